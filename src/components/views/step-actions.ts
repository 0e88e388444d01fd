/** What frames a step: the "Part N of M" caption above its heading, and its Continue and Back buttons. */
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { QUESTION_STEPS, type QuestionStep, type StepId } from '../../flow/steps.js';

export function renderProgress(step: StepId) {
  const index = QUESTION_STEPS.indexOf(step as QuestionStep);
  if (index < 0) return nothing;
  const number = index + 1;
  const total = QUESTION_STEPS.length;
  // Hidden from screen readers: the live region says it once, so the focused heading does not repeat it.
  return html`<span class="caption" aria-hidden="true">${msg(str`Part ${number} of ${total}`, { id: 'progress', desc: 'Progress caption. Placeholders: numbers.' })}</span>`;
}

/**
 * The form's submit button, named for the step, and Back on every step after the first.
 * The submit button acts on its click (which Enter in a field fires too), not on the form's submit.
 */
export function renderStepActions(step: StepId, onContinue: (event: Event) => void, onBack: () => void) {
  const label =
    step === 'intro'
      ? msg('Start', { id: 'action.start', desc: 'Button: begin the questions.' })
      : step === 'review'
        ? msg('Show my discussion guide', { id: 'action.show-guide', desc: 'Button on the check answers page.' })
        : msg('Continue', { id: 'action.continue', desc: 'Button: next step.' });
  return html`<div class="button-group no-print">
    <button type="submit" class="button" part="button button-primary" data-action="continue" @click=${onContinue}>${label}</button>
    ${
      step === 'intro'
        ? nothing
        : html`<button type="button" class="button button--secondary" part="button" data-action="back" @click=${onBack}>
          ${msg('Back', { id: 'action.back', desc: 'Button: previous step.' })}
        </button>`
    }
  </div>`;
}
