/** "Where you stand": which option the patient leans toward, and how ready they feel (the SURE test, S13), both answered on the guide itself. */
import { msg } from '@lit/localize';
import type { SureResult } from '../guide/types.js';
import { LEANING, SURE_ITEMS } from '../questionnaire/options.js';
import { notAnswered } from './answer-text.js';
import type { SectionBuilder } from './guide/blocks.js';
import { leaningWords } from './labels/choices.js';
import { GROUP_TEXT, questionText } from './question-text.js';
import { SURE_TEXT } from './sure.js';

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

/** "Where you stand": which option the patient leans toward, and the SURE test, both answered on the guide itself. */
export const leaningSection: SectionBuilder = ({ guide: g }) => {
  const leaning = questionText('leaning');
  return [
    {
      type: 'choice',
      question: 'leaning',
      legend: leaning.legend(),
      ...(leaning.hint && { hint: leaning.hint() }),
      choices: LEANING.map((value) => ({ value, label: leaningWords[value].label() })),
      answer: g.leaning,
      answerText: g.leaning ? leaningWords[g.leaning].label() : notAnswered(),
    },
    {
      type: 'sure',
      title: GROUP_TEXT.sure.legend(),
      items: SURE_ITEMS.map((id) => ({ id, question: SURE_TEXT[id].label(), answer: g.sure.answers[id] })),
      status: g.sure.status,
      statusText: SURE_STATUS_TEXT[g.sure.status](),
      sources: SURE_SOURCES,
    },
  ];
};
