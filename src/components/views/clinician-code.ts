/**
 * "Show a code for your clinician": a disclosure (disclosure.ts) that says
 * "Hide code" while open, holding a QR code of the compact clinician summary
 * and the same text in words. A clinician scans it from the patient's phone;
 * nothing is sent anywhere.
 */
import { msg } from '@lit/localize';
import { html } from 'lit';
import { renderDisclosure } from './disclosure.js';
import { renderQrCode, renderQrStatus } from './qr-code.js';
import type { QrEncoderLoader } from '../chunks/qr-encoder-loader.js';

export interface ClinicianCodeProps {
  open: boolean;
  /** The compact summary (content/compact-summary.ts): what the code holds. */
  text: string;
  encoder: QrEncoderLoader;
  onToggle: () => void;
}

const PANEL_ID = 'clinician-code-panel';

function renderPanel(p: ClinicianCodeProps) {
  const label = msg('QR code of the summary below', { id: 'qr.image-label', desc: 'Screen reader name of the QR code picture.' });
  return html`
    <p>
      ${msg('The code holds a short version of the summary for your clinician. Nothing is sent anywhere.', {
        id: 'qr.intro',
        desc: 'Above the QR code: what it holds, and that it stays on the device.',
      })}
    </p>
    ${renderQrCode(p.text, p.encoder, label)}
    <!-- Not a heading: it would sit between the page heading (h2) and the guide's sections (h3). -->
    <p class="clinician-code__text-title">${msg('What the code says:', { id: 'qr.text-title', desc: 'Label above the text the QR code holds.' })}</p>
    <ul class="clinician-code__text" data-qr-text>
      ${p.text.split('\n').map((line) => html`<li>${line}</li>`)}
    </ul>
  `;
}

export function renderClinicianCode(p: ClinicianCodeProps) {
  const label = p.open
    ? msg('Hide code', { id: 'qr.toggle.hide', desc: 'Button that hides the QR code of the clinician summary (it was "Show a code for your clinician").' })
    : msg('Show a code for your clinician', { id: 'qr.toggle', desc: 'Button that shows or hides a QR code of the clinician summary.' });
  return html`<div class="clinician-code no-print">
    ${renderDisclosure({ action: 'show-code', panelId: PANEL_ID, panelClass: 'clinician-code__panel', open: p.open, label, onToggle: p.onToggle, panel: () => renderPanel(p) })}
    ${renderQrStatus(p.open ? p.text : undefined, p.encoder)}
  </div>`;
}
