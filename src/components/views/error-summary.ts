import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { heading, type HeadingLevel } from './headings.js';
import { errorText } from '../../content/question-text.js';
import type { QuestionId } from '../../questionnaire/answers.js';

/**
 * GOV.UK error summary: first on the page, focused after a failed Continue,
 * one link per unanswered question. As in govuk-frontend, the alert role sits
 * on an inner element: VoiceOver on iOS and TalkBack say nothing on focus
 * alone, and the inner placement keeps other screen readers from reading it twice.
 */
export function renderErrorSummary(errors: readonly QuestionId[], follow: (event: Event, field: QuestionId) => void, top: HeadingLevel) {
  if (!errors.length) return nothing;
  return html`<div class="error-summary" part="error-summary" tabindex="-1">
    <div role="alert">
      ${heading(top, 0, { class: 'error-summary__title' }, msg('There is a problem', { id: 'error-summary.title', desc: 'Error summary heading.' }))}
      <ul class="error-summary__list">
        ${errors.map((field) => html`<li><a href="#${field}" @click=${(e: Event) => follow(e, field)}>${errorText(field)}</a></li>`)}
      </ul>
    </div>
  </div>`;
}
