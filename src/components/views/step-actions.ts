/** What frames a step: the Back link at its top, the "Part N of M" caption above its heading, and its Continue button. */
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { FlowEvent } from '../../flow/machine.js';
import { QUESTION_STEPS, type QuestionStep, type StepId } from '../../flow/steps.js';

export function renderProgress(step: StepId) {
  const index = QUESTION_STEPS.indexOf(step as QuestionStep);
  if (index < 0) return nothing;
  const number = index + 1;
  const total = QUESTION_STEPS.length;
  // Hidden from screen readers: the live region says it once, so the focused heading does not repeat it.
  return html`<span class="caption" aria-hidden="true">${msg(str`Part ${number} of ${total}`, { id: 'progress', desc: 'Progress caption. Placeholders: numbers.' })}</span>`;
}

/** What the step's submit button asks of the flow. */
const CONTINUE: Partial<Record<StepId, FlowEvent>> = { intro: { type: 'flow.start' }, review: { type: 'review.confirm' } };

/**
 * A step's questions in a form, with its submit button. Start, Continue and "Show my
 * discussion guide" act on the button's click (Enter in a field clicks it too), never by submitting
 * the form: an iframe sandboxed without allow-forms blocks that, and the form stays for its semantics.
 * `failed`: a press did nothing, as the flow's file could not load (machine-controller.ts); a notice
 * above the button says so, and screen readers hear it, until a press works.
 */
export function renderStepForm(step: StepId, body: unknown, send: (event: FlowEvent) => void, failed: boolean) {
  const prevent = (event: Event) => event.preventDefault();
  const onContinue = (event: Event) => {
    prevent(event);
    send(CONTINUE[step] ?? { type: 'step.continue' });
  };
  return html`<form novalidate @submit=${prevent}>${body} ${renderNotLoaded(failed)}${renderStepActions(step, onContinue)}</form>`;
}

/** The notice that a press did nothing, as the flow's file could not load: above a step's button, after the guide's last ones. */
export function renderNotLoaded(failed: boolean) {
  return failed
    ? html`<p class="notice" role="alert" data-flow-failed>
        ${msg('This page did not load fully. Check that you are online, then try again.', {
          id: 'flow.not-loaded',
          desc: 'Shown above the Continue button when the part of the widget that moves between pages could not be downloaded (the connection dropped), so pressing the button did nothing. It goes once a press works. Keep it short and plain.',
        })}
      </p>`
    : nothing;
}

/** The form's submit button, named for the step (Back is at the page's top: renderBackLink). */
function renderStepActions(step: StepId, onContinue: (event: Event) => void) {
  const label =
    step === 'intro'
      ? msg('Start', { id: 'action.start', desc: 'Button: begin the questions.' })
      : step === 'review'
        ? msg('Show my discussion guide', { id: 'action.show-guide', desc: 'Button on the check answers page.' })
        : msg('Continue', { id: 'action.continue', desc: 'Button: next step.' });
  return html`<div class="button-group no-print">
    <button type="submit" class="button" part="button button-primary" data-action="continue" @click=${onContinue}>${label}</button>
  </div>`;
}

/**
 * "Back" at the top of every page after the first, as GOV.UK's back link: a
 * button, since it goes to the previous page of the widget, not to a URL.
 */
export function renderBackLink(step: StepId, onBack: () => void) {
  if (step === 'intro') return nothing;
  return html`<button type="button" class="back-link no-print" part="back-link" data-action="back" @click=${onBack}>
    ${msg('Back', { id: 'action.back', desc: 'Button: previous step.' })}
  </button>`;
}
