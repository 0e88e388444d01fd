/**
 * Renders a page of the questionnaire model: one renderer per kind of item,
 * no rules of their own. Which questions show, which options they offer and
 * where follow-ups open all come from the model (`questionnaire/structure.ts`);
 * the words come from `content/`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { keyed } from 'lit/directives/keyed.js';
import { errorText, groupText, questionText } from '../../content/question-text.js';
import { optionLabel } from '../../content/labels/index.js';
import type { Answers, GroupId, QuestionId, StepOfModel } from '../../questionnaire/answers.js';
import type { AnswerMap } from '../../questionnaire/conditions.js';
import type { ChoiceQuestion, Group, Item, MultipleQuestion, Question } from '../../questionnaire/items.js';
import { followUpsOf, isEnabled, isFollowUp, isSharedFollowUp, offeredOptions, opensFollowUp, pageOf } from '../../questionnaire/structure.js';
import { checkboxGroup, type Choice, radioGroup, ratingList, singleCheckbox } from '../views/form-controls.js';

/** What every question page renders from and reports back to. */
export interface PageProps {
  answers: Answers;
  errors: readonly QuestionId[];
  /** A question set to `undefined` becomes unanswered. */
  update: (patch: Answers) => void;
}

interface Placement {
  /** Nested under another question: a smaller legend. */
  followUp?: boolean;
  /** What a group of follow-ups is about (a treatment ticked), shown above its first question and heard with each. */
  subject?: string;
}

const valueOf = (p: PageProps, id: string) => (p.answers as AnswerMap)[id];
const errorOf = (p: PageProps, id: QuestionId) => (p.errors.includes(id) ? errorText(id) : undefined);
const set = (p: PageProps, id: string, value: string | readonly string[] | undefined) => p.update({ [id]: value } as Answers);

function legendOf(q: Question, p: PageProps, at: Placement): string | TemplateResult {
  // Given the answers: a treatment's follow-ups fit its status ("Does it help?" / "Did it help?").
  const legend = questionText(q.id as QuestionId).legend(p.answers);
  // Several treatments can be ticked: the name says which one a follow-up is about.
  return at.subject ? html`<span class="legend__subject">${at.subject}</span>${legend}` : legend;
}

/** The options as labelled choices, each with the follow-ups it opens shown under it once chosen (a shared one is shown after the list). */
function choicesFor(q: Question, options: readonly string[], p: PageProps): Choice<string>[] {
  const followUps = followUpsOf(q).filter((f) => !isSharedFollowUp(q, f));
  return options.map((option) => {
    const opened = followUps.filter((f) => opensFollowUp(q, option, f));
    return {
      value: option,
      label: optionLabel(q.optionSet, option),
      ...(opened.length && { reveal: html`${opened.map((f) => renderItem(f, p, { followUp: true }))}` }),
    };
  });
}

/** What a question's fieldset shows whatever its kind: legend, hint, help, error, size and "(optional)". */
function frameOf(q: Question, p: PageProps, at: Placement) {
  const text = questionText(q.id as QuestionId);
  return {
    id: q.id,
    legend: legendOf(q, p, at),
    hint: text.hint?.(),
    help: renderDetails(text.details),
    small: at.followUp,
    optional: !q.required,
    error: errorOf(p, q.id as QuestionId),
  };
}

function renderChoice(q: ChoiceQuestion, p: PageProps, at: Placement): TemplateResult {
  return radioGroup({
    ...frameOf(q, p, at),
    inline: q.inline,
    choices: choicesFor(q, offeredOptions(q, p.answers), p),
    value: valueOf(p, q.id) as string | undefined,
    onChange: (value) => set(p, q.id, value),
  });
}

function renderMultiple(q: MultipleQuestion, p: PageProps, at: Placement): TemplateResult {
  const chosen = (valueOf(p, q.id) as readonly string[] | undefined) ?? [];
  if (q.options.length === 1) return renderSingleCheckbox(q, chosen, p, at);
  const isExclusive = (o: string) => q.exclusive.includes(o);
  const shared = followUpsOf(q).filter((f) => isSharedFollowUp(q, f));
  return html`${checkboxGroup({
    ...frameOf(q, p, at),
    choices: choicesFor(
      q,
      offeredOptions(q, p.answers).filter((o) => !isExclusive(o)),
      p,
    ),
    selected: chosen.filter((o) => !isExclusive(o)),
    // Ticking an answer clears an exclusive one, and the other way round (GOV.UK "None" checkbox).
    onChange: (selected) => set(p, q.id, selected),
    ...(q.exclusive.length && {
      exclusive: {
        choices: q.exclusive.map((o) => ({ value: o, label: optionLabel(q.optionSet, o) })),
        value: chosen.find(isExclusive),
        onChange: (value: string | undefined) => set(p, q.id, value ? [value] : undefined),
      },
    }),
  })}${shared.map((f) => renderItem(f, p, { ...at, followUp: true }))}`;
}

/**
 * A list of one option is one checkbox, labelled by the question ("It has
 * caused side effects", "None of these bother me"). On its own on the page it
 * follows what it is the alternative to, after an "or".
 */
function renderSingleCheckbox(q: MultipleQuestion, chosen: readonly string[], p: PageProps, at: Placement): TemplateResult {
  const option = q.options[0]!;
  return singleCheckbox({
    id: q.id,
    legend: at.subject ?? questionText(q.id as QuestionId).short(),
    label: questionText(q.id as QuestionId).legend(p.answers),
    value: option,
    checked: chosen.includes(option),
    error: errorOf(p, q.id as QuestionId),
    afterOr: !at.followUp && !at.subject,
    onChange: (on) => set(p, q.id, on ? [option] : undefined),
  });
}

/** Several questions on one scale, under the group's shared question. */
function renderRatingGrid(g: Group, p: PageProps): TemplateResult {
  const text = groupText(g.id as GroupId);
  const scale = (g.items as readonly ChoiceQuestion[])[0]!;
  // Some items are rated only where they apply (a value about opioid pain relief, say).
  const questions = (g.items as readonly ChoiceQuestion[]).filter((q) => isEnabled(q, p.answers));
  return ratingList({
    id: g.id,
    legend: text.legend(),
    hint: text.hint?.(),
    scale: scale.options.map((o) => ({ value: o, label: optionLabel(scale.optionSet, o) })),
    items: questions.map((q) => ({
      field: q.id,
      label: questionText(q.id as QuestionId).legend(),
      value: valueOf(p, q.id) as string | undefined,
      error: errorOf(p, q.id as QuestionId),
    })),
    onChange: (index, value) => set(p, questions[index]!.id, value),
  });
}

function renderDetails(details: ReturnType<typeof questionText>['details']): TemplateResult | undefined {
  if (!details) return undefined;
  return html`<details class="details">
    <summary>${details.summary()}</summary>
    <div class="details__text">${details.paragraphs
      .map((text) => text())
      .filter(Boolean)
      .map((text) => html`<p>${text}</p>`)}</div>
  </details>`;
}

function renderItem(item: Item, p: PageProps, at: Placement = {}): TemplateResult | typeof nothing {
  if (!isEnabled(item, p.answers)) return nothing;
  switch (item.kind) {
    case 'choice':
      return renderChoice(item, p, at);
    case 'multiple':
      return renderMultiple(item, p, at);
    case 'group': {
      if (item.presentation === 'rating-grid') return renderRatingGrid(item as Group, p);
      const subject = groupText(item.id as GroupId).legend();
      return html`${item.items.map((child: Item) => renderItem(child, p, { ...at, subject }))}`;
    }
  }
}

/**
 * A question page: its items in order; follow-ups appear under the answers
 * that open them. Keyed by page, so no input is reused from another page: a
 * ticked radio renamed into this page's group would clear a tick of its own.
 */
export function renderPage(step: StepOfModel, p: PageProps): DirectiveResult {
  return keyed(
    step,
    html`${pageOf(step)
      .items.filter((item) => !isFollowUp(item))
      .map((item) => renderItem(item, p))}`,
  );
}
