/** How each value that matters a lot to the patient pulls against an option, and the "What matters to you" section. */
import { msg, str } from '@lit/localize';
import { RELIEF } from '../guide/rules/value-conflicts.js';
import type { ValueConflictId } from '../guide/types.js';
import type { ValueId } from '../questionnaire/options.js';
import { type Block, paragraph, plain, type SectionBuilder } from './guide/blocks.js';
import { VALUE_WORDS } from './labels/values.js';
import { shortWords } from './labels/words.js';
import { listOf } from './list-format.js';
import type { SourcedText } from './sources.js';

/**
 * One sentence per way a value that matters a lot pulls against an option (the rules are in
 * guide/rules/value-conflicts.ts). Each names the value in the patient's terms and
 * points to the fact rather than restating it.
 */
export const VALUE_CONFLICT_TEXT: Record<ValueConflictId, SourcedText> = {
  'stay-on-oud-treatment': {
    sources: ['S3'],
    text: () =>
      msg('Staying on your treatment for opioid use disorder matters a lot to you. The naltrexone label says not to take it during that treatment.', {
        id: 'value.conflict.stay-on-oud-treatment',
        desc: 'A value that pulls against trying LDN, for a patient in treatment for opioid use disorder (naltrexone label). Never suggest changing that treatment.',
      }),
  },
  'opioid-pain-relief': {
    sources: ['S0', 'S3'],
    text: () =>
      msg('Keeping opioid pain relief matters a lot to you. LDN blocks it (see Safety first).', {
        id: 'value.conflict.opioid-pain-relief',
        desc: 'A value that pulls against trying LDN.',
      }),
  },
  'side-effects': {
    sources: ['S0'],
    text: () =>
      msg('Avoiding side effects matters a lot to you. LDN and standard POTS medicines both have them (see the table).', {
        id: 'value.conflict.side-effects',
        desc: 'A value that pulls against trying LDN and against standard POTS medicines alike: both have side effects. Points back to the options table, which names them.',
      }),
  },
  cost: {
    sources: [],
    text: () =>
      msg('Cost matters a lot to you: the table compares medicine costs.', {
        id: 'value.conflict.cost',
        desc: 'A value that pulls against trying LDN and against standard POTS medicines alike: both cost something. Points back to the options table, which says LDN is often compounded. Neutral for every country: no assumption of private insurance.',
      }),
  },
  'heart-rate-over-fatigue': {
    sources: ['S0'],
    text: () =>
      msg('Relief from a racing heart and light-headedness matters a lot to you. LDN is not mainly aimed at heart rate. Standard POTS care is.', {
        id: 'value.conflict.heart-rate-over-fatigue',
        desc: 'A value that pulls against trying LDN.',
      }),
  },
  'wait-for-research': {
    sources: ['S2'],
    text: () =>
      msg('Waiting for stronger research matters a lot to you. Trial results are years away.', {
        id: 'value.conflict.wait-for-research',
        desc: 'A value that pulls against trying LDN now. That the evidence is limited is said once elsewhere; this points back to the POTS trial described in "What the evidence says", just above.',
      }),
  },
  'fatigue-over-heart-rate': {
    sources: ['S0', 'S5'],
    text: () =>
      msg('Relief from fatigue, pain and brain fog matters a lot to you. Standard POTS medicines are mainly aimed at heart rate and blood pressure.', {
        id: 'value.conflict.fatigue-over-heart-rate',
        desc: 'A value that pulls against standard POTS medicines, ticked while relief from a racing heart or light-headedness was not. Never say it matters more than that: a box left blank says nothing about it (third re-read n9).',
      }),
  },
  // Names relief of either kind: when both matter a lot, neither is listed again.
  'relief-wanted': {
    sources: [],
    text: () =>
      msg('Relief from your symptoms matters a lot to you. Keeping your current plan adds no new treatment.', {
        id: 'value.conflict.relief-wanted',
        desc: 'A value that pulls against keeping the current plan.',
      }),
  },
};

/** The section's own sentences, around the conflicts. */
const VALUES_SECTION_TEXT = {
  alsoALot: (values: string) =>
    msg(str`Also matters a lot to you: ${values}.`, {
      id: 'guide.values.also-a-lot',
      desc: 'After the sentences on values that pull against an option: the other values ticked as mattering a lot. Placeholder: a list of values.',
    }),
  // The page asks to tick only what matters a lot, so a page left blank is an answer, said as such.
  none: () =>
    msg('You did not tick anything as mattering a lot to you.', {
      id: 'guide.values.none-ticked',
      desc: 'The patient ticked none of the values on "Which of these matter a lot to you?".',
    }),
};

/**
 * How the patient's values bear on the options: each pull against an option
 * in a sentence, then the other values that matter a lot to them. (Every value
 * on the list pulls against some option, so a value ticked is never left unsaid.)
 */
export const valuesSection: SectionBuilder = ({ guide: g, locale }) => {
  if (!g.values.length) return [plain(VALUES_SECTION_TEXT.none())];
  /*
   * A value is said once, in its first sentence: wanting relief, once named
   * beside the medicines aimed at it, is not said again against keeping the
   * plan (third re-read n12). The options table says what keeping the plan may
   * miss, and the weigh step in "Where you stand" names the value when it pulls
   * against the option leaned toward.
   */
  const named = new Set<ValueId>();
  const conflicts: Block[] = g.conflicts.flatMap((c) => {
    if (named.has(c.value)) return [];
    named.add(c.value);
    // "Relief from your symptoms" names every relief the patient ticked.
    if (c.id === 'relief-wanted') RELIEF.forEach((v) => named.add(v));
    return [paragraph(VALUE_CONFLICT_TEXT[c.id])];
  });
  const others = g.values.filter((v) => !named.has(v)).map((v) => shortWords(VALUE_WORDS[v]));
  return others.length ? [...conflicts, plain(VALUES_SECTION_TEXT.alsoALot(listOf(others, locale, 'unit')))] : conflicts;
};
