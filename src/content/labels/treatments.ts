/** The words for the treatments tried, whether they are still used, whether they help, and side effects. */
import { msg } from '@lit/localize';
import type { Helps, SIDE_EFFECTS, TherapyId, TherapyStatus } from '../../questionnaire/options.js';
import { type Wording, type Words, yesNoWords } from './words.js';

export const therapyWords: Wording<TherapyId> = {
  'fluids-salt': {
    label: () => msg('More fluids and salt', { id: 'therapy.fluids-salt', desc: 'A non-drug POTS measure.' }),
  },
  compression: {
    label: () => msg('Compression garments (stockings or abdominal binder)', { id: 'therapy.compression', desc: 'A non-drug POTS measure.' }),
  },
  'exercise-training': {
    label: () =>
      msg('Exercise training that builds up slowly, starting lying down', {
        id: 'therapy.exercise-training',
        desc: 'A non-drug POTS measure: recumbent-to-upright exercise training.',
      }),
  },
  'other-lifestyle': {
    label: () =>
      msg('Other daily changes, such as raising the head of the bed or avoiding heat, large meals and alcohol', {
        id: 'therapy.other-lifestyle',
        desc: 'Other non-drug POTS measures.',
      }),
  },
  'beta-blocker': {
    label: () => msg('Propranolol or another beta-blocker', { id: 'therapy.beta-blocker', desc: 'A POTS medicine.' }),
  },
  ivabradine: {
    label: () => msg('Ivabradine', { id: 'therapy.ivabradine', desc: 'A POTS medicine (drug name).' }),
  },
  pyridostigmine: {
    label: () => msg('Pyridostigmine', { id: 'therapy.pyridostigmine', desc: 'A POTS medicine (drug name).' }),
  },
  midodrine: {
    label: () => msg('Midodrine', { id: 'therapy.midodrine', desc: 'A POTS medicine (drug name).' }),
  },
  fludrocortisone: {
    label: () => msg('Fludrocortisone', { id: 'therapy.fludrocortisone', desc: 'A POTS medicine (drug name).' }),
  },
  desmopressin: {
    label: () => msg('Desmopressin', { id: 'therapy.desmopressin', desc: 'A POTS medicine (drug name).' }),
  },
  'clonidine-methyldopa': {
    label: () => msg('Clonidine or methyldopa', { id: 'therapy.clonidine-methyldopa', desc: 'POTS medicines (drug names).' }),
  },
  'other-medicine': {
    label: () => msg('Another medicine for POTS', { id: 'therapy.other-medicine', desc: 'A POTS medicine not in the list.' }),
  },
};

/** The exclusive answer to "Which of these do you still take or do?". */
export const stoppedAllWords: Words = {
  label: () => msg('None, I have stopped them all', { id: 'therapy-current.stopped-all', desc: 'Answer to "Which of these do you still take or do?".' }),
};

/** `short` follows a treatment name in a summary line; the label is how the guide's data names a status. */
export const therapyStatusWords: Wording<TherapyStatus> = {
  current: {
    label: () => msg('I still take or do this', { id: 'therapy-status.current', desc: 'Whether a treatment is still used.' }),
    short: () => msg('still using', { id: 'therapy-status-summary.current', desc: 'In a summary line after a treatment name.' }),
  },
  stopped: {
    label: () => msg('I have stopped', { id: 'therapy-status.stopped', desc: 'Whether a treatment is still used.' }),
    short: () => msg('stopped', { id: 'therapy-status-summary.stopped', desc: 'In a summary line after a treatment name.' }),
  },
};

/**
 * Whether a treatment helps: the label answers "Does it help?" (or "Did it
 * help?"); `short`, and the compact words in compact.ts, say the same without a tense, for summaries
 * of current and stopped treatments alike.
 */
export const helpsWords: Wording<Helps> = {
  'a-lot': {
    // The id is older than this list: the same words once rated values too, and every locale has them.
    label: () => msg('A lot', { id: 'importance.a-lot', desc: 'Answer to "Does it help?": a lot.' }),
    short: () => msg('a lot of benefit', { id: 'helps-summary.a-lot', desc: 'In a summary line after a treatment name: it helps (or helped) a lot.' }),
  },
  'a-little': {
    label: () => msg('A little', { id: 'helps.a-little', desc: 'Answer to "Does it help?": a little.' }),
    short: () => msg('a little benefit', { id: 'helps-summary.a-little', desc: 'In a summary line after a treatment name: it helps (or helped) a little.' }),
  },
  no: {
    label: yesNoWords.no.label,
    short: () => msg('no benefit', { id: 'helps-summary.no', desc: 'In a summary line after a treatment name: it does not (or did not) help.' }),
  },
  'too-soon': {
    label: () => msg('Too soon to tell', { id: 'outcome.too-soon', desc: 'Answer to "Does it help?": too soon to tell.' }),
    short: () =>
      msg('too soon to tell', { id: 'helps-summary.too-soon', desc: 'In a summary line after a treatment name: too soon to tell whether it helps.' }),
  },
};

/** The code of the side-effects box; the box itself is worded by its question ("It has caused side effects"). */
export const sideEffectsWords: Wording<(typeof SIDE_EFFECTS)[number]> = {
  'side-effects': {
    label: () => msg('Side effects', { id: 'side-effects.label', desc: 'A treatment has caused side effects: the answer, as summaries and records name it.' }),
  },
};
