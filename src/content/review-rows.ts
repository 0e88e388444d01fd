/**
 * The rows of "Check your answers" for one page, derived from the model: one
 * row per question that applies, in page order; a group of follow-ups about
 * one treatment is one row named after it, and so is a group of ratings (the
 * symptoms), which lists each rating given or still needed.
 */
import type { Answers, GroupId, QuestionId, StepOfModel } from '../questionnaire/answers.js';
import type { Item, Question } from '../questionnaire/items.js';
import { hasValidAnswer, isEnabled, pageOf } from '../questionnaire/structure.js';
import { answerWords } from './answer-text.js';
import { groupText, questionText } from './question-text.js';
import { msg, str } from '@lit/localize';

export interface ReviewRow {
  key: string;
  value: string | string[];
}

/** A follow-up about a named thing: "Benefit: A little", a ticked box's own words ("Side effects"), or which question is still open. */
function followUpLine(q: Question, a: Answers): string {
  const answer = answerWords(q, a);
  if (q.kind === 'multiple' && hasValidAnswer(q, a)) return Array.isArray(answer) ? answer.join(', ') : answer;
  const question = questionText(q.id as QuestionId).short();
  return msg(str`${question}: ${answer}`, {
    id: 'review.follow-up-open',
    desc: 'Check answers: a follow-up question and its answer, or "Not answered yet".',
  });
}

/** One rating in a group's row: "Fatigue: Severe". */
function ratingLine(q: Question, a: Answers): string {
  const text = questionText(q.id as QuestionId);
  const item = (text.summary ?? text.short)();
  const rating = answerWords(q, a) as string;
  return msg(str`${item}: ${rating}`, {
    id: 'review.rating',
    desc: 'Check answers: one rating in a list. Placeholders: a symptom or a value, and its rating.',
  });
}

function rowsOf(item: Item, a: Answers): ReviewRow[] {
  if (!isEnabled(item, a)) return [];
  if (item.kind !== 'group') {
    const text = questionText(item.id as QuestionId);
    return [{ key: text.short(), value: !hasValidAnswer(item, a) && text.blank ? text.blank() : answerWords(item, a) }];
  }
  if (item.presentation === 'rating-grid') {
    const text = groupText(item.id as GroupId);
    const shown = (item.items as readonly Question[]).filter((q) => isEnabled(q, a) && (q.required || hasValidAnswer(q, a)));
    return shown.length ? [{ key: (text.short ?? text.legend)(), value: shown.map((q) => ratingLine(q, a)) }] : [];
  }
  // A box left unticked (no side effects) says nothing.
  const questions = (item.items as readonly Question[]).filter((q) => isEnabled(q, a) && (q.required || hasValidAnswer(q, a)));
  return [{ key: groupText(item.id as GroupId).legend(), value: questions.map((q) => followUpLine(q, a)) }];
}

export const reviewRows = (step: StepOfModel, a: Answers): ReviewRow[] => pageOf(step).items.flatMap((item) => rowsOf(item, a));
