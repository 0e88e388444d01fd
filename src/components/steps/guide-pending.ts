/**
 * @chunk main: shown while the guide's chunk is on its way, so it cannot be in it.
 *
 * What the guide step shows while the guide's chunk is still on its way (a
 * reload straight onto the guide, or a slow connection), or when it could not
 * come. The status line is a live region, so the change is read out; the
 * answers are untouched either way, and the patient can try again or go back
 * to "Check your answers". (Chromium fetches a failed chunk again on "Try
 * again"; Firefox and Safari remember the failure until the page reloads.)
 */
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { changeAnswersLabel } from '../../content/actions.js';

export function renderGuidePending(failed: boolean, onRetry: () => void, onChangeAnswers: () => void) {
  const status = failed
    ? msg('Your guide could not be loaded. Check that you are online, then try again. Your answers are kept while this page stays open.', {
        id: 'guide.load-failed',
        desc: 'Shown on the guide page when the guide could not be downloaded.',
      })
    : msg('Getting your guide ready…', { id: 'guide.loading', desc: 'Shown on the guide page for a moment while the guide downloads.' });
  return html`<div class="guide-pending" data-guide-pending=${failed ? 'failed' : 'loading'}>
    <p role="status">${status}</p>
    ${
      failed
        ? html`<div class="button-group no-print">
          <button type="button" class="button" part="button button-primary" data-action="retry-guide" @click=${onRetry}>
            ${msg('Try again', { id: 'action.try-again', desc: 'Button: download the guide again after it failed.' })}
          </button>
          <button type="button" class="button button--secondary" part="button" data-action="change-answers" @click=${onChangeAnswers}>${changeAnswersLabel()}</button>
        </div>`
        : nothing
    }
  </div>`;
}
