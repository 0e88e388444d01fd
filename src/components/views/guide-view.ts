/** Renders the guide document as HTML: one <section> per guide section, safety first. */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { heading, type HeadingLevel } from './headings.js';
import type { Answers } from '../../questionnaire/answers.js';
import { sureId } from '../../questionnaire/ids.js';
import type { YesNo } from '../../questionnaire/options.js';
import { question } from '../../questionnaire/structure.js';
import type { Block, GuideDocument } from '../../content/guide/blocks.js';
import { FLAG_LABELS } from '../../content/guide/headings.js';
import { labelOr } from '../../content/answer-text.js';
import { yesNoWords } from '../../content/labels/words.js';
import { citeIds } from '../../content/sources.js';
import { choicesOf, radioGroup } from './form-controls.js';
import { renderSymptomChart } from './symptom-chart.js';

export interface GuideViewOptions {
  /** An answer to one of the questions asked on the guide itself (leaning, SURE). */
  onAnswer: (patch: Answers) => void;
  /** The widget's top heading level: sections are one below it, items in them two below. */
  top: HeadingLevel;
  /** Just opened: sections off screen are laid out later (styles/guide.ts). */
  opening?: boolean;
}

function cite(sources: readonly string[] | undefined) {
  if (!sources?.length) return nothing;
  const list = citeIds(sources);
  return html` <span class="cite">${msg(str`(Sources: ${list})`, { id: 'guide.cite', desc: 'Source ids after a statement.' })}</span>`;
}

/** On paper, a question asked on the guide shows its answer as words: radio buttons would print as empty circles. */
function printedAnswer(question: string, answer: string) {
  return html`<p class="print-only printed-answer"><strong>${question}</strong> ${answer}</p>`;
}

function renderBlock(block: Block, o: GuideViewOptions): TemplateResult | typeof nothing {
  switch (block.type) {
    case 'paragraph':
      return html`<p>${block.text}${cite(block.sources)}</p>`;
    case 'list': {
      const items = block.items.map((item) => html`<li>${item}</li>`);
      return html`${block.ordered ? html`<ol class="list list--number">${items}</ol>` : html`<ul class="list list--bullet">${items}</ul>`}${
        block.sources ? html`<p class="cite-line">${cite(block.sources)}</p>` : nothing
      }`;
    }
    case 'flag':
      return html`<div class="flag warning-box" part="safety-flag" data-flag=${block.id}>
        ${heading(o.top, 2, { class: 'h-item flag__title' }, block.title)}
        ${
          block.raise
            ? html`<p><strong>${FLAG_LABELS.raise()}</strong> ${block.raise}</p>
              <p><strong>${FLAG_LABELS.why()}</strong> ${block.why}${cite(block.sources)}</p>`
            : html`<p>${block.why}${cite(block.sources)}</p>`
        }
      </div>`;
    case 'options':
      // One table, a column per option: on narrow screens each field becomes a card comparing the options (styles/guide.ts).
      return html`<div class="table-wrap">
        <table class="table table--options" role="table" data-options>
          <caption>${block.caption}</caption>
          <thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader"><span class="visually-hidden">${block.corner}</span></th>${block.options.map(
            (o) => html`<th scope="col" role="columnheader" data-option=${o.id}>${o.name}</th>`,
          )}</tr></thead>
          <tbody role="rowgroup">
            ${block.fields.map(
              (field) =>
                html`<tr role="row" data-field=${field.id}><th scope="row" role="rowheader">${field.label}</th>${field.cells.map(
                  (cell, i) => html`<td role="cell" data-label=${block.options[i]?.name ?? ''}>${cell.text}${cite(cell.sources)}</td>`,
                )}</tr>`,
            )}
          </tbody>
        </table>
      </div>`;
    case 'choice':
      return html`<div class="no-print">
          ${radioGroup({
            id: block.question,
            legend: block.legend,
            hint: block.hint,
            optional: true,
            small: true,
            choices: block.choices,
            value: block.answer,
            onChange: (value) => o.onAnswer({ [block.question]: value }),
          })}
        </div>
        ${printedAnswer(block.legend, block.answerText)}`;
    case 'table':
      // Explicit roles keep table semantics when narrow screens restyle rows as stacked cards.
      return html`<div class="table-wrap">
        <table class="table" role="table">
          <caption>${block.caption}${cite(block.sources)}</caption>
          <thead role="rowgroup"><tr role="row">${block.head.map((cell) => html`<th scope="col" role="columnheader">${cell}</th>`)}</tr></thead>
          <tbody role="rowgroup">
            ${block.rows.map(
              ([first, ...rest]) =>
                html`<tr role="row"><th scope="row" role="rowheader">${first}</th>${rest.map(
                  (cell, i) => html`<td role="cell" data-label=${block.head[i + 1] ?? ''}>${cell}</td>`,
                )}</tr>`,
            )}
          </tbody>
        </table>
      </div>`;
    case 'symptom-chart':
      return renderSymptomChart(block);
    case 'summary':
      return html`<dl class="summary-list summary-list--compact" part="clinician-summary">
        ${block.rows.map((row) => html`<div class="summary-list__row"><dt>${row.label}</dt><dd>${row.value}</dd></div>`)}
      </dl>`;
    case 'sure':
      return html`
        ${heading(o.top, 2, { class: 'h-item sure__title' }, block.title)}
        <div class="no-print">
          ${block.items.map((item) =>
            radioGroup({
              id: sureId(item.id),
              small: true,
              inline: true,
              legend: item.question,
              choices: choicesOf(question(sureId(item.id)).options as readonly YesNo[], yesNoWords),
              value: item.answer,
              onChange: (value) => o.onAnswer({ [sureId(item.id)]: value }),
            }),
          )}
        </div>
        ${block.items.map((item) => printedAnswer(item.question, labelOr(yesNoWords, item.answer)))}
        <p class="sure-status sure-status--${block.status}" role="status">${block.statusText}</p>
        <p class="cite-line">${cite(block.sources)}</p>
      `;
    case 'sources':
      return html`<ol class="sources">
        ${block.items.map(
          // The citation is English in every locale: marked so, for screen readers, and isolated left to right, so
          // in a right-to-left guide its punctuation stays where the English puts it.
          (s) =>
            html`<li id="source-${s.id}">
              <span class="sources__id">${s.id}</span> <span lang="en" dir="ltr">${s.citation}</span>${s.note ? html` ${s.note}` : nothing}
            </li>`,
        )}
      </ol>`;
  }
}

/**
 * Marks the safety section as important the way GOV.UK warning text does: a
 * visible "!" and a hidden word read with the heading. Not an alert, so it is
 * read in its place rather than interrupting the patient.
 */
function importantMark() {
  return html`<span class="important-icon" aria-hidden="true">!</span><span class="visually-hidden"
      >${msg('Important:', { id: 'guide.safety.important', desc: 'Read by screen readers before the safety section heading.' })} </span
    >`;
}

export function renderGuide(doc: GuideDocument, o: GuideViewOptions): TemplateResult {
  return html`<div class="guide ${o.opening ? 'guide--opening' : ''}" part="guide">
    <p class="print-only guide__title">${doc.title}</p>
    ${doc.sections.map(
      (section) => html`<section class="guide__section guide__section--${section.id}" aria-labelledby="guide-${section.id}" data-section=${section.id}>
        ${heading(o.top, 1, { class: 'h-section', id: `guide-${section.id}` }, html`${section.id === 'safety' ? importantMark() : nothing}${section.heading}`)}
        ${section.blocks.map((block) => renderBlock(block, o))}
      </section>`,
    )}
  </div>`;
}
