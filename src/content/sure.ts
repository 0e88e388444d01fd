import { msg } from '@lit/localize';
import type { SureItem } from '../questionnaire/options.js';
import type { SureResult } from '../guide/types.js';

/** The SURE test's four yes/no items (Légaré et al. 2010, S13). */
export const SURE_TEXT: Record<SureItem, () => string> = {
  sure: () => msg('Do you feel sure about the best choice for you?', { id: 'sure.sure', desc: 'SURE test item: certainty.' }),
  understand: () => msg('Do you know the benefits and risks of each option?', { id: 'sure.understand', desc: 'SURE test item: information.' }),
  'risk-benefit': () =>
    msg('Are you clear about which benefits and risks matter most to you?', { id: 'sure.risk-benefit', desc: 'SURE test item: values clarity.' }),
  encouragement: () => msg('Do you have enough support and advice to make a choice?', { id: 'sure.encouragement', desc: 'SURE test item: support.' }),
};

export const SURE_SOURCES = ['S13'] as const;

export const SURE_STATUS_TEXT: Record<SureResult['status'], () => string> = {
  unanswered: () => msg('Answer all four to see how ready you feel.', { id: 'sure.status.unanswered', desc: 'Shown until all SURE items are answered.' }),
  'needs-support': () =>
    msg(
      'You answered “no” to at least one question. That is common. It may help to get more information, talk it through with your clinician, or bring someone you trust to your visit.',
      { id: 'sure.status.needs-support', desc: 'Shown when fewer than four SURE answers are yes.' },
    ),
  ready: () =>
    msg('You answered “yes” to all four. Bring this guide to your visit to talk it through.', {
      id: 'sure.status.ready',
      desc: 'Shown when all four SURE answers are yes.',
    }),
};
