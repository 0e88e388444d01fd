/**
 * Every question and answer option, page by page, from the widget's own FHIR
 * Questionnaire (the same model the widget asks from): each question with its
 * hint or help text, its answers, whether it must be answered, and when it is
 * asked, named by the answers that open it.
 */
import { el, esc, list } from './html.mjs';

const CONTROL = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';
const EXPRESSION = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression';

/** The answer option's words, by question and code, for naming the answers that open a follow-up. */
function displays(items, found = new Map()) {
  for (const item of items) {
    for (const o of item.answerOption ?? []) found.set(`${item.linkId} ${o.valueCoding?.code}`, o.valueCoding?.display);
    displays(item.item ?? [], found);
  }
  return found;
}

function askedWhen(item, words, texts) {
  const expression = item.extension?.find((e) => e.url === EXPRESSION)?.valueExpression?.expression;
  if (expression) return `Asked when: ${esc(expression)} (FHIRPath)`;
  if (!item.enableWhen?.length) return '';
  const conditions = item.enableWhen.map((w) => {
    const answer = w.answerCoding
      ? `“${words.get(`${w.question} ${w.answerCoding.code}`) ?? w.answerCoding.code}”`
      : JSON.stringify(w.answerBoolean ?? w.answerString ?? '');
    return `${esc(texts.get(w.question) ?? w.question)} ${w.operator === '=' ? 'is' : esc(w.operator)} ${esc(answer)}`;
  });
  return `Asked when: ${conditions.join(item.enableBehavior === 'all' ? ' and ' : ' or ')}`;
}

function itemHtml(item, words, texts) {
  const notes = (item.item ?? []).filter((i) => i.type === 'display');
  const children = (item.item ?? []).filter((i) => i.type !== 'display');
  const control = item.extension?.find((e) => e.url === CONTROL)?.valueCodeableConcept?.coding?.[0]?.code;
  const when = askedWhen(item, words, texts);
  const facts = [item.required ? 'must be answered' : 'optional', item.repeats ? 'any number of answers' : '', control ?? ''].filter(Boolean).join(', ');
  const head =
    `<p><strong>${esc(item.text ?? '')}</strong> <code>${esc(item.linkId)}</code>` +
    (item.type === 'group' ? '' : ` <span class="muted">(${esc(facts)})</span>`) +
    '</p>' +
    notes.map((n) => `<p class="muted">${esc(n.text)}</p>`).join('') +
    (when ? `<p class="muted">${when}</p>` : '');
  const options = list((item.answerOption ?? []).map((o) => `${esc(o.valueCoding?.display)} <code>${esc(o.valueCoding?.code)}</code>`));
  return `<div class="question">${head}${options}${children.map((c) => itemHtml(c, words, texts)).join('')}</div>`;
}

export function questionsHtml(questionnaire) {
  const words = displays(questionnaire.item);
  const texts = new Map();
  const collect = (items) => items.forEach((i) => (texts.set(i.linkId, i.text), collect(i.item ?? [])));
  collect(questionnaire.item);
  return questionnaire.item
    .map(
      (page) =>
        el('h3', page.text) + `<p class="muted">Page <code>${esc(page.linkId)}</code></p>` + (page.item ?? []).map((i) => itemHtml(i, words, texts)).join(''),
    )
    .join('');
}
