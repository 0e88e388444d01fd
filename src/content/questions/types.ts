/** The shape of a question's wording, shared by the files of this folder and `content/question-text.ts`, which gathers them. */
import { msg } from '@lit/localize';
import type { Answers } from '../../questionnaire/answers.js';

export interface QuestionText {
  /**
   * The question: the fieldset's legend, the label of a single checkbox, and the
   * item's text in FHIR. Given the answers, it may fit them ("Did it help?" for a
   * treatment stopped); without, it is the form a Questionnaire shows.
   */
  legend: (a?: Answers) => string;
  hint?: () => string;
  /** What to do when a required question is left blank ("Select …"). */
  error?: () => string;
  /** A few words naming the question on "Check your answers". */
  short: () => string;
  /** How "Check your answers" words an optional question left blank, where "Not provided" would mislead. */
  blank?: () => string;
  /** Naming the question in the clinician summary, where it differs from `short`. */
  summary?: () => string;
  /** Help behind a disclosure, after the hint; a paragraph that is '' in the locale is left out. */
  details?: { summary: () => string; paragraphs: readonly (() => string)[] };
}

export interface GroupText {
  /** The shared question of a rating grid, or the thing a group of follow-ups is about. */
  legend: () => string;
  hint?: () => string;
  /** A rating grid's few words on "Check your answers", where it is one row. */
  short?: () => string;
}

export const selectAllHint = () => msg('Select all that apply.', { id: 'form.select-all', desc: 'Hint for a checkbox question.' });
