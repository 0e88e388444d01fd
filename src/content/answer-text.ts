/**
 * Answers as short phrases, shared by "Check your answers", the clinician
 * summary and the text export. Pure: `msg()` only, no DOM.
 */
import { msg, str } from '@lit/localize';
import type { Helps } from '../questionnaire/options.js';
import type { HowItWent, RatedSymptom } from '../guide/types.js';
import type { Answers, QuestionId } from '../questionnaire/answers.js';
import type { AnswerMap } from '../questionnaire/conditions.js';
import type { Question } from '../questionnaire/items.js';
import { hasValidAnswer, question } from '../questionnaire/structure.js';
import { optionLabel } from './labels/index.js';
import { severityWords, symptomWords } from './labels/symptoms.js';
import { helpsWords } from './labels/treatments.js';
import { shortWords, type Wording, type Words } from './labels/words.js';
import { listOf } from './list-format.js';

export const notProvided = () => msg('Not provided', { id: 'answer.not-provided', desc: 'Shown for an optional question left blank.' });
export const notAnswered = () => msg('Not answered yet', { id: 'answer.not-answered', desc: 'Shown for a required question left blank.' });

/** An answer's words (its label, unless `form` picks others), or the fallback when there is no answer. */
export function labelOr<K extends string>(words: Wording<K>, value: K | undefined, fallback = notAnswered, form = (w: Words) => w.label()): string {
  return value ? form(words[value]) : fallback();
}

/** Whether it helps and any side effects, in words without a tense ("a little benefit, side effects"). */
export function howItWentText(h: HowItWent, form = shortWords): string {
  const benefit = labelOr<Helps>(helpsWords, h.helps, notAnswered, form);
  return h.sideEffects
    ? msg(str`${benefit}, side effects`, { id: 'answer.how-it-went.side-effects', desc: 'Whether a treatment helps, then that it caused side effects.' })
    : benefit;
}

/** The symptoms that bother most are singled out from more rated ones: with one or two rated, every one counts as main. */
export const mainSymptomsSingledOut = (s: { symptoms: readonly unknown[]; mainSymptoms: readonly unknown[] }): boolean =>
  s.symptoms.length > s.mainSymptoms.length;

export function ratedSymptomText(s: RatedSymptom): string {
  const symptom = shortWords(symptomWords[s.id]);
  const severity = severityWords[s.severity].label();
  return msg(str`${symptom}: ${severity}`, { id: 'answer.rated-symptom', desc: 'One symptom and how much it bothers. Placeholders: symptom, severity.' });
}

/**
 * One question's answer in words: its option's label, the labels of a
 * multiple choice, or "Not answered yet" ("Not provided" when optional).
 */
export function answerWords(q: Question, a: Answers): string | string[] {
  if (!hasValidAnswer(q, a)) return q.required ? notAnswered() : notProvided();
  const value = (a as AnswerMap)[q.id]!;
  if (typeof value === 'string') return optionLabel(q.optionSet, value);
  const labels = value.map((o) => optionLabel(q.optionSet, o));
  return labels.length === 1 ? labels[0]! : labels;
}

/** A question's answer as one line: the labels of a multiple choice joined as a compact list. */
export function answerLine(id: QuestionId, a: Answers, locale: string): string {
  const words = answerWords(question(id), a);
  return Array.isArray(words) ? listOf(words, locale, 'unit') : words;
}
