/** How each value the patient rates pulls against an option, and the "What matters to you" section. */
import { msg, str } from '@lit/localize';
import type { ValueConflictId } from '../guide/types.js';
import { IMPORTANCE, type Importance } from '../questionnaire/options.js';
import { type Block, paragraph, plain, type SectionBuilder } from './guide/blocks.js';
import { VALUE_WORDS } from './labels/values.js';
import { shortWords } from './labels/words.js';
import { listOf } from './list-format.js';
import type { SourcedText } from './sources.js';

/**
 * One sentence per way a rated value pulls against an option (the rules are in
 * guide/rules/value-conflicts.ts). Each names the value in the patient's terms and
 * points to the fact rather than restating it.
 */
export const VALUE_CONFLICT_TEXT: Record<ValueConflictId, SourcedText> = {
  'opioid-pain-relief': {
    sources: ['S0', 'S3'],
    text: () =>
      msg('Keeping opioid pain relief available matters a lot to you. This pulls against trying LDN, because LDN blocks opioid pain relief.', {
        id: 'value.conflict.opioid-pain-relief',
        desc: 'A value that pulls against trying LDN.',
      }),
  },
  'side-effects': {
    sources: ['S0', 'S8'],
    text: () =>
      msg('Avoiding side effects matters a lot to you. LDN can cause vivid dreams and trouble sleeping. Standard POTS medicines have side effects too.', {
        id: 'value.conflict.side-effects',
        desc: 'A value that pulls against trying LDN.',
      }),
  },
  cost: {
    sources: ['S0'],
    text: () =>
      msg('Cost matters a lot to you. LDN is usually made to order by a compounding pharmacy, and insurance cover varies.', {
        id: 'value.conflict.cost',
        desc: 'A value that pulls against trying LDN.',
      }),
  },
  'heart-rate-over-fatigue': {
    sources: ['S0'],
    text: () =>
      msg(
        'Relief from a racing heart and light-headedness matters more to you than relief from fatigue and pain. LDN is not mainly aimed at heart rate. Standard POTS care is.',
        { id: 'value.conflict.heart-rate-over-fatigue', desc: 'A value that pulls against trying LDN.' },
      ),
  },
  'limited-evidence': {
    sources: ['S0'],
    text: () =>
      msg('Waiting for stronger research matters a lot to you. The research on LDN for POTS is limited.', {
        id: 'value.conflict.wait-for-research',
        desc: 'A value that pulls against trying LDN.',
      }),
  },
  'fatigue-over-heart-rate': {
    sources: ['S0', 'S5'],
    text: () =>
      msg('Relief from fatigue and pain matters more to you than relief from a racing heart. Standard POTS medicines are mainly aimed at heart rate.', {
        id: 'value.conflict.fatigue-over-heart-rate',
        desc: 'A value that pulls against standard POTS care.',
      }),
  },
  'relief-wanted': {
    sources: [],
    text: () =>
      msg('Relief from your symptoms matters a lot to you. Keeping your current plan brings no new chance of relief.', {
        id: 'value.conflict.relief-wanted',
        desc: 'A value that pulls against keeping the current plan.',
      }),
  },
};

/** Importance levels from most to least, for the short list of ratings. */
const IMPORTANCE_DESCENDING = [...IMPORTANCE].reverse();

/** The ratings in brief: one line per level, or one sentence when every value got the same rating. */
const RATED_TEXT = {
  lead: {
    'a-lot': (values: string) => msg(str`Matters a lot: ${values}.`, { id: 'guide.values.a-lot', desc: 'Placeholder: a list of values rated "a lot".' }),
    somewhat: (values: string) =>
      msg(str`Matters somewhat: ${values}.`, { id: 'guide.values.somewhat', desc: 'Placeholder: a list of values rated "somewhat".' }),
    'not-much': (values: string) =>
      msg(str`Matters less: ${values}.`, { id: 'guide.values.not-much', desc: 'Placeholder: a list of values rated "not much".' }),
  },
  all: {
    'a-lot': () => msg('Everything you rated matters a lot to you.', { id: 'guide.values.all-a-lot', desc: 'Every value was rated "a lot".' }),
    somewhat: () => msg('Everything you rated matters somewhat to you.', { id: 'guide.values.all-somewhat', desc: 'Every value was rated "somewhat".' }),
    'not-much': () =>
      msg('You left them all blank: none of them matters much to you.', {
        id: 'guide.values.all-not-much',
        desc: 'Every value was left blank, which means "matters little".',
      }),
  },
  none: () => msg('You did not rate what matters to you.', { id: 'guide.values.none', desc: 'No values rated.' }),
  noConflict: () =>
    msg('Nothing you rated pulls strongly against one of the options.', {
      id: 'guide.values.no-conflict',
      desc: 'When no rated value pulls against an option.',
    }),
} satisfies { lead: Record<Importance, (values: string) => string>; all: Record<Importance, () => string>; none: () => string; noConflict: () => string };

/** How the patient's values bear on the options: each pull against an option in a sentence, then their ratings in brief. */
export const valuesSection: SectionBuilder = ({ guide: g, locale }) => {
  if (!g.values.length) return [plain(RATED_TEXT.none())];
  const conflicts: Block[] = g.conflicts.length ? g.conflicts.map((c) => paragraph(VALUE_CONFLICT_TEXT[c.id])) : [plain(RATED_TEXT.noConflict())];
  // A value already named in a sentence above is not listed again.
  const named = new Set(g.conflicts.map((c) => c.value));
  const level = g.values[0]!.importance;
  // Every value asked was rated (they are required), so one level for all is "everything you rated".
  if (g.values.every((v) => v.importance === level)) return [...conflicts, plain(RATED_TEXT.all[level]())];
  const ratings = IMPORTANCE_DESCENDING.flatMap((level) => {
    const rated = g.values.filter((v) => v.importance === level && !named.has(v.id)).map((v) => shortWords(VALUE_WORDS[v.id]));
    return rated.length ? [RATED_TEXT.lead[level](listOf(rated, locale, 'unit'))] : [];
  });
  return ratings.length ? [...conflicts, { type: 'list', items: ratings }] : conflicts;
};
