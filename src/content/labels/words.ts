/**
 * The words for answer options, one record per option: its label, as the
 * patient reads it in the question, and, where the label is long, fewer words
 * for the summaries a clinician reads. One file per topic, beside this one;
 * index.ts gathers them by option set. Functions, so `msg()` runs at render
 * time in the active locale (lit.dev localization best practices).
 */
import { msg } from '@lit/localize';
import type { YesNoNotSurePreferNot } from '../../questionnaire/options.js';

export interface Words {
  /** The option in the question, on "Check your answers", in the full clinician summary and in the FHIR export. */
  readonly label: () => string;
  /** A few words for the guide's summaries (the symptom chart, summary lines), where the label is long. */
  readonly short?: () => string;
  // The fewest words, for the QR code's summary, are the guide's alone: compact.ts, beside this file.
}

export type Wording<K extends string> = Readonly<Record<K, Words>>;

/** The short words, or the label where there are none. */
export const shortWords = (w: Words): string => (w.short ?? w.label)();

export const yesNoWords: Wording<YesNoNotSurePreferNot> = {
  yes: { label: () => msg('Yes', { id: 'answer.yes', desc: 'Answer option.' }) },
  no: { label: () => msg('No', { id: 'answer.no', desc: 'Answer option.' }) },
  'not-sure': { label: () => msg('Not sure', { id: 'answer.not-sure', desc: 'Answer option.' }) },
  'prefer-not': { label: () => msg('Prefer not to say', { id: 'answer.prefer-not', desc: 'Answer option.' }) },
};

export const noneOfThese: Words = {
  label: () => msg('None of these', { id: 'answer.none-of-these', desc: 'Exclusive answer to a "select all that apply" question.' }),
};
