import { msg } from '@lit/localize';
import type { SureItem } from '../questionnaire/options.js';
import type { Wording } from './labels/words.js';

/** The SURE test's four yes/no items (Légaré et al. 2010, S13), and each in a few words for the clinician. */
export const SURE_TEXT: Wording<SureItem> = {
  sure: {
    label: () => msg('Do you feel sure about the best choice for you?', { id: 'sure.sure', desc: 'SURE test item: certainty.' }),
    short: () => msg('sure of best choice', { id: 'summary.sure.item.sure', desc: 'SURE item, a few words: feels sure about the best choice.' }),
  },
  understand: {
    label: () => msg('Do you know the benefits and risks of each option?', { id: 'sure.understand', desc: 'SURE test item: information.' }),
    short: () => msg('knows benefits and risks', { id: 'summary.sure.item.understand', desc: 'SURE item, a few words: knows the benefits and risks.' }),
  },
  'risk-benefit': {
    label: () => msg('Are you clear about which benefits and risks matter most to you?', { id: 'sure.risk-benefit', desc: 'SURE test item: values clarity.' }),
    short: () => msg('clear what matters most', { id: 'summary.sure.item.risk-benefit', desc: 'SURE item, a few words: clear about what matters most.' }),
  },
  encouragement: {
    label: () => msg('Do you have enough support and advice to make a choice?', { id: 'sure.encouragement', desc: 'SURE test item: support.' }),
    short: () => msg('enough support', { id: 'summary.sure.item.encouragement', desc: 'SURE item, a few words: has enough support and advice.' }),
  },
};
