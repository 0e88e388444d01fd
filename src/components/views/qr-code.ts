/**
 * A QR code drawn with Lit's `svg` templates from the encoder's module matrix:
 * no innerHTML (Trusted Types), no inline styles and no canvas (strict CSP),
 * crisp at any screen density (qr-fit.ts).
 * The encoder loads on first use, as a separate chunk beside the main module;
 * while it loads, or if it cannot, a status line says so and the text the code
 * would hold stays on screen for the clinician to read.
 */
import { msg } from '@lit/localize';
import { html, nothing, svg } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { LazyModuleStatus } from '../chunks/lazy-module.js';
import type { QrEncoderLoader } from '../chunks/qr-encoder-loader.js';
import type { QrMatrix } from '../chunks/qr-encoder.js';
import { fitToPixels } from './qr-fit.js';

/** Scanners need a light margin of four modules round the code. */
const QUIET_ZONE = 4;

/** The dark modules as one path: a rectangle per horizontal run, in module units. */
export function darkModulesPath(m: QrMatrix): string {
  const parts: string[] = [];
  for (let y = 0; y < m.size; y++) {
    for (let x = 0; x < m.size; x++) {
      if (!m.get(x, y)) continue;
      const start = x;
      while (x + 1 < m.size && m.get(x + 1, y)) x++;
      const run = x - start + 1;
      parts.push(`M${start} ${y}h${run}v1h-${run}z`);
    }
  }
  return parts.join('');
}

function renderSvg(m: QrMatrix, label: string) {
  const side = m.size + 2 * QUIET_ZONE;
  // Black on white whatever the theme (styles/qr.ts): scanners need dark modules on a light ground.
  // Sized after its viewBox is set, on every render (a new callback each time), in whole device pixels per module (qr-fit.ts).
  return html`<svg
    class="qr__code"
    viewBox="${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}"
    role="img"
    aria-label=${label}
    focusable="false"
    data-qr-size=${m.size}
    ${ref((code) => fitToPixels(code))}
  >
    ${svg`<rect class="qr__light" x=${-QUIET_ZONE} y=${-QUIET_ZONE} width=${side} height=${side}></rect>`}
    ${svg`<path class="qr__dark" d=${darkModulesPath(m)}></path>`}
  </svg>`;
}

function statusText(status: LazyModuleStatus, matrix: QrMatrix | undefined): string {
  if (status === 'idle') return '';
  if (status === 'failed' || (status === 'ready' && !matrix)) {
    return msg('The code could not be shown. Show your clinician the summary below instead.', {
      id: 'qr.failed',
      desc: 'Status when the QR code cannot be made: its text is shown instead.',
    });
  }
  return status === 'ready' ? '' : msg('Making the code…', { id: 'qr.loading', desc: 'Status while the QR code is being made.' });
}

/**
 * The status line: making the code, or that it could not be made. A live
 * region that stays in the page while the guide is shown, so the first
 * message is announced (a region added together with its text often is not).
 */
export function renderQrStatus(text: string | undefined, encoder: QrEncoderLoader) {
  if (text === undefined) return html`<p class="qr__status" role="status"></p>`;
  // Asking for the code starts loading the encoder, so the status is read after it.
  const matrix = encoder.matrixFor(text);
  const message = statusText(encoder.status, matrix);
  return html`<p class="qr__status" role="status">${message}</p>`;
}

/** The code for `text`. `label` names the picture for screen readers; the text itself is shown beside it by the caller. */
export function renderQrCode(text: string, encoder: QrEncoderLoader, label: string) {
  const matrix = encoder.matrixFor(text);
  return html`<div class="qr" data-qr-status=${encoder.status}>${matrix ? renderSvg(matrix, label) : nothing}</div>`;
}
