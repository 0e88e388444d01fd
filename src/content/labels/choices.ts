/** The words for the option the patient leans toward. */
import { msg } from '@lit/localize';
import type { Leaning } from '../../questionnaire/options.js';
import type { Wording } from './words.js';

/** The options of the decision, as the patient may lean toward them. */
export const leaningWords: Wording<Leaning> = {
  'try-ldn': {
    label: () => msg('Trying LDN', { id: 'leaning.try-ldn', desc: 'Answer to "Which option are you leaning toward?"' }),
  },
  'standard-care': {
    label: () => msg('Trying or changing standard POTS care', { id: 'leaning.standard-care', desc: 'Answer to "Which option are you leaning toward?"' }),
  },
  'keep-current-plan': {
    label: () => msg('Keeping my current plan for now', { id: 'leaning.keep-current-plan', desc: 'Answer to "Which option are you leaning toward?"' }),
  },
  'not-sure-yet': {
    label: () => msg('Not sure yet', { id: 'leaning.not-sure-yet', desc: 'Answer to "Which option are you leaning toward?"' }),
  },
};
