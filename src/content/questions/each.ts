/**
 * The wording of the questions asked once per treatment, symptom or
 * SURE item: one function per pattern, so a treatment added to the list is
 * worded at once. A treatment's follow-ups fit its status: "Does it help?"
 * while it is used, "Did it help?" once stopped.
 */
import { msg, str } from '@lit/localize';
import type { Answers } from '../../questionnaire/answers.js';
import { therapyStatus } from '../../questionnaire/predicates.js';
import type { SureItem, SymptomId, TherapyId } from '../../questionnaire/options.js';
import { symptomWords } from '../labels/symptoms.js';
import { sideEffectsWords, therapyWords } from '../labels/treatments.js';
import { shortWords } from '../labels/words.js';
import { SURE_TEXT } from '../sure.js';
import type { QuestionText } from './types.js';

const stopped = (t: TherapyId, a?: Answers) => !!a && therapyStatus(a, t) === 'stopped';

/** "Does it help?" while used (and before the status is answered), "Did it help?" once stopped. */
export const helpsLegend = (past: boolean): string =>
  past
    ? msg('Did it help?', {
        id: 'therapies.helped.legend',
        desc: 'Follow-up question for a treatment the patient has stopped, or for naltrexone taken before.',
      })
    : msg('Does it help?', { id: 'therapies.helps.legend', desc: 'Follow-up question for a treatment the patient still uses.' });

export function therapyHelpsText(t: TherapyId): QuestionText {
  return {
    // Without answers (the FHIR Questionnaire and response), one item serves both tenses (third re-read t5).
    legend: (a) =>
      a
        ? helpsLegend(stopped(t, a))
        : msg('Does or did it help?', {
            id: 'therapies.helps-or-helped.legend',
            desc: 'A treatment follow-up question in the exported form, for a treatment still used or stopped.',
          }),
    error: () => {
      const therapy = therapyWords[t].label();
      return msg(str`Select whether it helps or helped: ${therapy}`, {
        id: 'error.therapy-helps-or-helped',
        desc: 'Validation error, for a treatment still used or stopped. The placeholder is a treatment name.',
      });
    },
    short: () => msg('Benefit', { id: 'review.therapy-helps', desc: 'Check answers: whether a treatment helps or helped (without a tense).' }),
  };
}

/** The single box ticked when it caused side effects, worded in the tense that fits. */
export const sideEffectsLegend = (past: boolean): string =>
  past
    ? msg('It caused side effects', {
        id: 'therapies.side-effects.past',
        desc: 'A checkbox: a treatment stopped, or naltrexone taken before, caused side effects.',
      })
    : msg('It has caused side effects', { id: 'therapies.side-effects.present', desc: 'A checkbox: a treatment still used has caused side effects.' });

const sideEffectsShort = sideEffectsWords['side-effects'].label;

export function therapySideEffectsText(t: TherapyId): QuestionText {
  return { legend: (a) => sideEffectsLegend(stopped(t, a)), short: sideEffectsShort };
}

/** Naltrexone or LDN taken before: asked in the past tense. */
export const NALTREXONE_FOLLOW_UP_TEXT = {
  'naltrexone-helps': {
    legend: () => helpsLegend(true),
    error: () => msg('Select whether naltrexone or LDN helped', { id: 'error.naltrexone-helps', desc: 'Validation error.' }),
    short: () => msg('Did naltrexone or LDN help', { id: 'review.naltrexone-helps', desc: 'Check answers row.' }),
  },
  'naltrexone-side-effects': { legend: () => sideEffectsLegend(true), short: sideEffectsShort },
} satisfies Record<string, QuestionText>;

export function symptomText(s: SymptomId): QuestionText {
  return { legend: symptomWords[s].label, short: symptomWords[s].label, summary: () => shortWords(symptomWords[s]) };
}

export function sureText(i: SureItem): QuestionText {
  return { legend: SURE_TEXT[i].label, short: SURE_TEXT[i].label };
}

/** One entry per id made from a list, e.g. one per treatment. */
export function each<const T extends string, const K extends string>(ids: readonly T[], key: (id: T) => K, text: (id: T) => QuestionText) {
  return Object.fromEntries(ids.map((id) => [key(id), text(id)])) as Record<K, QuestionText>;
}
