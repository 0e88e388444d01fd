import { msg } from '@lit/localize';
import { html } from 'lit';
import { heading, type HeadingLevel } from '../views/headings.js';
import { reviewRows } from '../../content/review-rows.js';
import type { Answers } from '../../questionnaire/answers.js';
import type { QuestionStep } from '../../flow/steps.js';
import { stepHeading } from '../../content/step-headings.js';

export function renderReview(a: Answers, steps: readonly QuestionStep[], onChange: (step: QuestionStep) => void, top: HeadingLevel) {
  return html`${steps.map((step) => {
    const title = stepHeading(step);
    return html`<div class="summary-card" data-review=${step}>
      <div class="summary-card__title-wrap">
        ${heading(top, 1, { class: 'summary-card__title' }, title)}
      </div>
      <dl class="summary-list">
        ${reviewRows(step, a).map(
          (row) => html`<div class="summary-list__row">
            <dt>${row.key}</dt>
            <dd>${Array.isArray(row.value) ? html`<ul class="list">${row.value.map((v) => html`<li>${v}</li>`)}</ul>` : row.value}</dd>
            <dd class="summary-list__actions">
              <button type="button" class="link-button" part="button" data-change=${step} @click=${() => onChange(step)}>
                ${msg('Change', { id: 'review.change', desc: 'Button to change an answer. Screen readers hear it followed by the question.' })}<span
                  class="visually-hidden"
                  >${' '}${row.key}</span
                >
              </button>
            </dd>
          </div>`,
        )}
      </dl>
    </div>`;
  })}`;
}
