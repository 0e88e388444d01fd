/** The words for the option the patient leans toward. */
import { msg } from '@lit/localize';
import type { Leaning } from '../../questionnaire/options.js';
import type { Wording } from './words.js';

/** The options of the decision, as the patient may lean toward them. */
export const leaningWords: Wording<Leaning> = {
  'try-ldn': {
    label: () => msg('Trying LDN', { id: 'leaning.try-ldn', desc: 'Answer to "Which option are you leaning toward?"' }),
    compact: () => msg('Try LDN', { id: 'compact.leaning.try-ldn', desc: 'QR summary, keep short: leaning toward trying LDN.' }),
  },
  'standard-care': {
    label: () => msg('Trying or changing standard POTS care', { id: 'leaning.standard-care', desc: 'Answer to "Which option are you leaning toward?"' }),
    compact: () =>
      msg('Try or change standard care', {
        id: 'compact.leaning.standard-care',
        desc: 'QR summary, keep short: leaning toward trying or changing standard POTS care.',
      }),
  },
  'keep-current-plan': {
    label: () => msg('Keeping my current plan for now', { id: 'leaning.keep-current-plan', desc: 'Answer to "Which option are you leaning toward?"' }),
    compact: () =>
      msg('Keep current plan', { id: 'compact.leaning.keep-current-plan', desc: 'QR summary, keep short: leaning toward keeping the current plan.' }),
  },
  'not-sure-yet': {
    label: () => msg('Not sure yet', { id: 'leaning.not-sure-yet', desc: 'Answer to "Which option are you leaning toward?"' }),
    compact: () => msg('Not sure yet', { id: 'compact.leaning.not-sure-yet', desc: 'QR summary, keep short: not sure which option yet.' }),
  },
};
