import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { changeAnswersLabel } from '../../content/actions.js';
import { heading, type HeadingLevel } from '../views/headings.js';
import type { Answers } from '../../questionnaire/answers.js';
import type { GuideDocument } from '../../content/guide/blocks.js';
import { renderClinicianCode, type ClinicianCodeProps } from '../views/clinician-code.js';
import { renderDisclosure } from '../views/disclosure.js';
import { renderGuide } from '../views/guide-view.js';

export interface GuideStepProps {
  doc: GuideDocument;
  /** The widget's top heading level (`heading-level`). */
  top: HeadingLevel;
  /** Just opened: sections off screen are laid out later. */
  opening: boolean;
  statusMessage: string;
  confirmingStartOver: boolean;
  /** "Save or print" is open. */
  saveMenuOpen: boolean;
  onToggleSaveMenu: () => void;
  clinicianCode: ClinicianCodeProps;
  onAnswer: (patch: Answers) => void;
  /** Left out where the browser would ignore it (a sandboxed frame: browser/sandbox.ts). */
  onPrint?: () => void;
  onCopy: () => void;
  onDownload?: () => void;
  onChangeAnswers: () => void;
  onStartOver: () => void;
  onConfirmStartOver: () => void;
  onCancelStartOver: () => void;
}

/** What the status line says after a guide action. */
export const GUIDE_STATUS_TEXT = {
  copied: () => msg('The guide was copied as text.', { id: 'guide.copy.done', desc: 'Status after copying.' }),
  copyFailed: () =>
    msg('Copying did not work in this browser. Use “Download as a text file” instead.', { id: 'guide.copy.failed', desc: 'Status when copying failed.' }),
  // The widget cannot see whether the browser saved the file (some drop it without a word), so it says what should happen.
  downloaded: () =>
    msg('Your browser should now save the guide as a text file. If it does not, use “Copy as text”.', {
      id: 'guide.download.started',
      desc: 'Status after pressing "Download as a text file". "Copy as text" is the name of another button: use its translation.',
    }),
};

type Variant = 'primary' | 'secondary' | 'warning';

function actionButton(action: string, label: string, onClick: () => void, variant: Variant) {
  const parts = variant === 'primary' ? 'button button-primary' : 'button';
  return html`<button type="button" class="button button--${variant}" part=${parts} data-action=${action} @click=${onClick}>${label}</button>`;
}

const SAVE_PANEL_ID = 'save-or-print-panel';

/**
 * "Save or print": one disclosure at the top of the guide (disclosure.ts), so
 * the guide's first screen is about the patient. It shows Print, Copy,
 * Download and the code for the clinician.
 */
function renderSaveOrPrint(p: GuideStepProps) {
  const panel = html`<div class="button-group" role="group" aria-label=${msg('Save or share the guide', { id: 'guide.actions.label', desc: 'Label of the guide actions.' })}>
      ${p.onPrint ? actionButton('print', msg('Print', { id: 'guide.print', desc: 'Button.' }), p.onPrint, 'primary') : nothing}
      ${actionButton('copy', msg('Copy as text', { id: 'guide.copy', desc: 'Button.' }), p.onCopy, 'secondary')}
      ${p.onDownload ? actionButton('download', msg('Download as a text file', { id: 'guide.download', desc: 'Button.' }), p.onDownload, 'secondary') : nothing}
    </div>
    ${renderClinicianCode(p.clinicianCode)}`;
  const label = msg('Save or print', {
    id: 'guide.save-or-print',
    desc: 'Button that shows or hides the ways to keep the guide: print, copy, download, a code for the clinician.',
  });
  return html`<div class="save-menu no-print">
    ${renderDisclosure({
      action: 'save-or-print',
      buttonClass: 'save-menu__toggle',
      panelId: SAVE_PANEL_ID,
      panelClass: 'save-menu__panel',
      open: p.saveMenuOpen,
      label,
      onToggle: p.onToggleSaveMenu,
      panel: () => panel,
    })}
  </div>`;
}

/** The guide page: "Save or print", the guide, then change and start-over actions. */
export function renderGuideStep(p: GuideStepProps) {
  return html`
    <p class="lead no-print">
      ${msg('Bring this guide to your visit. It is tailored to your answers, and it does not tell you what to do.', {
        id: 'guide.lead',
        desc: 'Introduction above the guide.',
      })}
    </p>
    ${renderSaveOrPrint(p)}
    <p class="status no-print" role="status">${p.statusMessage}</p>
    ${renderGuide(p.doc, { onAnswer: p.onAnswer, top: p.top, opening: p.opening })}
    <div class="button-group no-print">
      ${actionButton('change-answers', changeAnswersLabel(), p.onChangeAnswers, 'secondary')}
      ${actionButton('start-over', msg('Start over', { id: 'guide.start-over', desc: 'Button.' }), p.onStartOver, 'warning')}
    </div>
    ${p.confirmingStartOver ? renderConfirmStartOver(p) : nothing}
  `;
}

function renderConfirmStartOver(p: GuideStepProps) {
  return html`<div class="confirm no-print" role="group" aria-labelledby="confirm-start-over-title">
    ${heading(p.top, 1, { class: 'h-section', id: 'confirm-start-over-title', tabindex: -1 }, msg('Start over?', { id: 'start-over.title', desc: 'Confirmation heading.' }))}
    <p>${msg('This clears all your answers and the guide. It cannot be undone.', { id: 'start-over.text', desc: 'Confirmation text.' })}</p>
    <div class="button-group">
      ${actionButton('confirm-start-over', msg('Yes, clear my answers', { id: 'start-over.confirm', desc: 'Button.' }), p.onConfirmStartOver, 'warning')}
      ${actionButton('cancel-start-over', msg('Cancel', { id: 'start-over.cancel', desc: 'Button.' }), p.onCancelStartOver, 'secondary')}
    </div>
  </div>`;
}
