import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { focusIn } from '../browser/focus.js';

/** The saver's side of the choice: whether different answers were saved elsewhere, and the two ways on. */
export interface ChangedElsewhere {
  readonly changedElsewhere: boolean;
  loadNewer(): void;
  keepThese(): void;
}

interface Host {
  readonly updateComplete: Promise<boolean>;
  readonly renderRoot: ParentNode;
}

/**
 * Shown when another tab (or anything else) saved different answers under this
 * widget's key: this tab saves nothing until the patient loads those answers
 * or keeps its own. Focus then goes to the step heading, as on a step change,
 * since the button that had it is gone.
 */
export function renderChangedElsewhere(saving: ChangedElsewhere, host: Host) {
  if (!saving.changedElsewhere) return nothing;
  const choose = (choice: () => void) => () => {
    choice();
    void host.updateComplete.then(() => focusIn(host.renderRoot, '[data-step-heading]'));
  };
  return html`<div class="notice no-print" data-changed-elsewhere>
    <p role="alert">
      ${msg('Other answers were saved in another tab. This tab will not save over them.', {
        id: 'saving.changed-elsewhere',
        desc: 'Shown when the patient’s saved answers were changed in another browser tab or window, above two buttons to choose which answers to keep.',
      })}
    </p>
    <div class="button-group">
      <button type="button" class="button" part="button" data-action="load-newer" @click=${choose(() => saving.loadNewer())}>
        ${msg('Load the newer answers', { id: 'saving.load-newer', desc: 'Button: replace the answers in this tab with those saved in another tab.' })}
      </button>
      <button type="button" class="button button--secondary" part="button" data-action="keep-these" @click=${choose(() => saving.keepThese())}>
        ${msg('Keep these answers', { id: 'saving.keep-these', desc: 'Button: save the answers in this tab over those saved in another tab.' })}
      </button>
    </div>
  </div>`;
}
