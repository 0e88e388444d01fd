/** "Where you stand": which option the patient leans toward, and how ready they feel (the SURE test, S13), both answered on the guide itself. */
import { msg, str } from '@lit/localize';
import type { Guide, SureResult } from '../guide/types.js';
import { LEANING, SURE_ITEMS, type ValueId } from '../questionnaire/options.js';
import { notAnswered } from './answer-text.js';
import { plain, type SectionBuilder } from './guide/blocks.js';
import { leaningWords } from './labels/choices.js';
import { VALUE_WORDS } from './labels/values.js';
import { shortWords } from './labels/words.js';
import { listOf } from './list-format.js';
import { GROUP_TEXT, questionText } from './question-text.js';
import { SURE_TEXT } from './sure.js';

export const SURE_SOURCES = ['S13'] as const;

export const SURE_STATUS_TEXT: Record<SureResult['status'], () => string> = {
  unanswered: () => msg('Answer all four to see how ready you feel.', { id: 'sure.status.unanswered', desc: 'Shown until all SURE items are answered.' }),
  'needs-support': () =>
    msg('Answering “no” is common. More information, or a talk with your clinician or someone you trust, may help.', {
      id: 'sure.status.needs-support',
      desc: 'Shown when fewer than four SURE answers are yes.',
    }),
  ready: () =>
    msg('You answered “yes” to all four. Bring this guide to your visit to talk it through.', {
      id: 'sure.status.ready',
      desc: 'Shown when all four SURE answers are yes.',
    }),
};

/**
 * The Ottawa guide's "weigh" step, in neutral words naming the values the
 * patient ticked as mattering a lot: those that pull against the option they
 * lean toward, and those that fit it (guide/rules/value-conflicts.ts,
 * `valuesTowardLeaning`; third re-read n5). Both sides in one sentence pair
 * when both apply.
 */
const WEIGH_TEXT = {
  choice: (against: string) =>
    msg(str`Some things that matter a lot to you pull against this choice: ${against}.`, {
      id: 'guide.leaning.weigh',
      desc: 'Shown under the leaning question when values the patient ticked as mattering a lot pull against the option they chose. Neutral: it must not suggest another option. Placeholder: a list of values.',
    }),
  // Every value pulls against standard care's medicines, never its non-drug steps (guide/rules/value-conflicts.ts; re-read 2 m6).
  medicines: (against: string) =>
    msg(str`Some things that matter a lot to you pull against standard POTS medicines: ${against}.`, {
      id: 'guide.leaning.weigh-medicines',
      desc: 'Shown under the leaning question when the patient leans toward standard POTS care and values they ticked as mattering a lot pull against its medicines (not its non-drug steps). Neutral: it must not suggest another option. Placeholder: a list of values.',
    }),
  toward: (toward: string) =>
    msg(str`Some things that matter a lot to you fit this choice: ${toward}.`, {
      id: 'guide.leaning.weigh-toward',
      desc: 'Shown under the leaning question when values the patient ticked as mattering a lot pull against another option but not the one they chose. Neutral: it must not praise the choice. Placeholder: a list of values.',
    }),
  choiceAndToward: (against: string, toward: string) =>
    msg(str`Some things that matter a lot to you pull against this choice: ${against}. Others fit it: ${toward}.`, {
      id: 'guide.leaning.weigh-both',
      desc: 'Shown under the leaning question: values the patient ticked as mattering a lot that pull against the option they chose, then those that fit it. Neutral: it must not suggest another option nor praise the choice. Placeholders: two lists of values.',
    }),
  medicinesAndToward: (against: string, toward: string) =>
    msg(str`Some things that matter a lot to you pull against standard POTS medicines: ${against}. Others fit this choice: ${toward}.`, {
      id: 'guide.leaning.weigh-both-medicines',
      desc: 'Shown under the leaning question when the patient leans toward standard POTS care: values they ticked as mattering a lot that pull against its medicines (not its non-drug steps), then those that fit the choice. Neutral. Placeholders: two lists of values.',
    }),
};

/** The weigh sentence for this guide, if any value that matters a lot pulls against the leaning or fits it. */
function weighText(g: Guide, words: (values: readonly ValueId[]) => string): string | undefined {
  const [against, toward] = [g.leaningAgainst, g.leaningToward].map((v) => (v.length ? words(v) : undefined));
  const medicines = g.leaning === 'standard-care';
  if (against && toward) return medicines ? WEIGH_TEXT.medicinesAndToward(against, toward) : WEIGH_TEXT.choiceAndToward(against, toward);
  if (against) return medicines ? WEIGH_TEXT.medicines(against) : WEIGH_TEXT.choice(against);
  return toward && WEIGH_TEXT.toward(toward);
}

/** "Where you stand": which option the patient leans toward, and the SURE test, both answered on the guide itself. */
export const leaningSection: SectionBuilder = ({ guide: g, locale }) => {
  const leaning = questionText('leaning');
  const words = (values: readonly ValueId[]) =>
    listOf(
      values.map((v) => shortWords(VALUE_WORDS[v])),
      locale,
    );
  const weigh = weighText(g, words);
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
    ...(weigh ? [plain(weigh)] : []),
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
