/**
 * The rows of "Check your answers" for one page, derived from the model: one
 * row per question that applies, in page order; a group of follow-ups about
 * one treatment is one row named after it.
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

/** A follow-up about a named thing: its answer, or which question is still open. */
function followUpLine(q: Question, a: Answers): string {
  const answer = answerWords(q, a);
  if (hasValidAnswer(q, a)) return Array.isArray(answer) ? answer.join(', ') : answer;
  const question = questionText(q.id as QuestionId).short();
  return msg(str`${question}: ${answer}`, { id: 'review.follow-up-open', desc: 'Check answers: a follow-up question and "Not answered yet".' });
}

function rowsOf(item: Item, a: Answers): ReviewRow[] {
  if (!isEnabled(item, a)) return [];
  if (item.kind !== 'group') return [{ key: questionText(item.id as QuestionId).short(), value: answerWords(item, a) }];
  if (item.presentation === 'rating-grid') return item.items.flatMap((child: Item) => rowsOf(child, a));
  const questions = (item.items as readonly Question[]).filter((q) => isEnabled(q, a));
  return [{ key: groupText(item.id as GroupId).legend(), value: questions.map((q) => followUpLine(q, a)) }];
}

export const reviewRows = (step: StepOfModel, a: Answers): ReviewRow[] => pageOf(step).items.flatMap((item) => rowsOf(item, a));
