/**
 * The words for the values the patient may tick: each as the question names it,
 * and in a few words for the guide's short list and the clinician summary.
 * Apart from values.ts, which is the guide's: the question pages need these words.
 */
import { msg } from '@lit/localize';
import type { ValueId } from '../../questionnaire/options.js';
import type { Wording } from './words.js';

export const VALUE_WORDS: Wording<ValueId> = {
  // A preference with a direction: ticked, it pulls against trying LDN now; a neutral item ("trying a treatment with limited research") could be read either way.
  'wait-for-research': {
    label: () =>
      msg('Waiting for stronger research before I try a new treatment', {
        id: 'value.wait-for-research',
        desc: 'A value the patient may tick as mattering a lot to them.',
      }),
    short: () =>
      msg('Waiting for stronger research', { id: 'value-short.wait-for-research', desc: 'A value that matters a lot to the patient, in a few words.' }),
  },
  'avoid-side-effects': {
    label: () =>
      msg('Avoiding side effects, such as changes to my sleep', {
        id: 'value.avoid-side-effects',
        desc: 'A value the patient may tick as mattering a lot to them.',
      }),
    short: () => msg('Avoiding side effects', { id: 'value-short.avoid-side-effects', desc: 'A value that matters a lot to the patient, in a few words.' }),
  },
  cost: {
    // Neutral for every country: no assumption of private insurance (clinical-facts.md, "One text for many countries").
    label: () =>
      msg('Keeping my treatment costs low', {
        id: 'value.cost',
        desc: 'A value the patient may tick as mattering a lot to them. A preference, not a fact about any treatment’s price (issue 20 walk).',
      }),
    short: () => msg('Cost', { id: 'value-short.cost', desc: 'A value that matters a lot to the patient, in a few words.' }),
  },
  'keep-opioid-pain-relief': {
    label: () =>
      msg('Keeping opioid pain relief available to me', {
        id: 'value.keep-opioid-pain-relief',
        desc: 'A value the patient may tick as mattering a lot to them.',
      }),
    short: () =>
      msg('Keeping opioid pain relief', { id: 'value-short.keep-opioid-pain-relief', desc: 'A value that matters a lot to the patient, in a few words.' }),
  },
  'stay-on-oud-treatment': {
    label: () =>
      msg('Staying on my treatment for opioid use disorder', {
        id: 'value.stay-on-oud-treatment',
        desc: 'A value the patient may tick as mattering a lot; offered only of patients in treatment for opioid use disorder.',
      }),
    short: () =>
      msg('Staying on opioid use disorder treatment', {
        id: 'value-short.stay-on-oud-treatment',
        desc: 'A value that matters a lot to the patient, in a few words.',
      }),
  },
  'relief-fatigue-pain-fog': {
    label: () =>
      msg('Relief from fatigue, pain and brain fog', { id: 'value.relief-fatigue-pain-fog', desc: 'A value the patient may tick as mattering a lot to them.' }),
    short: () =>
      msg('Relief from fatigue, pain and brain fog', {
        id: 'value-short.relief-fatigue-pain-fog',
        desc: 'A value that matters a lot to the patient, in a few words.',
      }),
  },
  'relief-heart-rate-dizziness': {
    label: () =>
      msg('Relief from a racing heart and light-headedness', {
        id: 'value.relief-heart-rate-dizziness',
        desc: 'A value the patient may tick as mattering a lot to them.',
      }),
    short: () =>
      msg('Relief from a racing heart and light-headedness', {
        id: 'value-short.relief-heart-rate-dizziness',
        desc: 'A value that matters a lot to the patient, in a few words.',
      }),
  },
};
