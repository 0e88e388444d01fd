/**
 * The words for the values the patient rates: each as the question names it,
 * and in a few words for the guide's short list and the clinician summary.
 * Apart from values.ts, which is the guide's: the question pages need these words.
 */
import { msg } from '@lit/localize';
import type { ValueId } from '../../questionnaire/options.js';
import type { Wording } from './words.js';

export const VALUE_WORDS: Wording<ValueId> = {
  'try-limited-evidence': {
    label: () => msg('Trying a treatment that has only limited research behind it', { id: 'value.try-limited-evidence', desc: 'A value the patient rates.' }),
    short: () =>
      msg('Trying a treatment with limited research', { id: 'value-short.try-limited-evidence', desc: 'A value the patient rated, in a few words.' }),
  },
  'avoid-side-effects': {
    label: () => msg('Avoiding side effects, such as changes to my sleep', { id: 'value.avoid-side-effects', desc: 'A value the patient rates.' }),
    short: () => msg('Avoiding side effects', { id: 'value-short.avoid-side-effects', desc: 'A value the patient rated, in a few words.' }),
  },
  cost: {
    label: () => msg('Cost and insurance cover (LDN is often made to order by a special pharmacy)', { id: 'value.cost', desc: 'A value the patient rates.' }),
    short: () => msg('Cost and insurance cover', { id: 'value-short.cost', desc: 'A value the patient rated, in a few words.' }),
  },
  'keep-opioid-pain-relief': {
    label: () => msg('Keeping opioid pain relief available to me', { id: 'value.keep-opioid-pain-relief', desc: 'A value the patient rates.' }),
    short: () => msg('Keeping opioid pain relief', { id: 'value-short.keep-opioid-pain-relief', desc: 'A value the patient rated, in a few words.' }),
  },
  'relief-fatigue-pain-fog': {
    label: () => msg('Relief from fatigue, pain and brain fog', { id: 'value.relief-fatigue-pain-fog', desc: 'A value the patient rates.' }),
    short: () =>
      msg('Relief from fatigue, pain and brain fog', { id: 'value-short.relief-fatigue-pain-fog', desc: 'A value the patient rated, in a few words.' }),
  },
  'relief-heart-rate-dizziness': {
    label: () => msg('Relief from a racing heart and light-headedness', { id: 'value.relief-heart-rate-dizziness', desc: 'A value the patient rates.' }),
    short: () =>
      msg('Relief from a racing heart and light-headedness', {
        id: 'value-short.relief-heart-rate-dizziness',
        desc: 'A value the patient rated, in a few words.',
      }),
  },
};
