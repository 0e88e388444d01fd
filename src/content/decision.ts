import { msg } from '@lit/localize';
import { ABOUT_TEXT } from './about.js';
import { paragraph, plain, type SectionBuilder, sourcedList } from './guide/blocks.js';
import { KEY_POINT_TEXT } from './safety.js';
import type { SourcedText } from './sources.js';

/** "About POTS": the condition described (IPDAS qualifying criterion; S5, S7). */
export const POTS_TEXT: readonly SourcedText[] = [
  {
    sources: ['S5', 'S7'],
    text: () =>
      msg(
        'POTS is a long-term condition. When a person with POTS stands up, their heart rate rises a lot without a big drop in blood pressure, and they feel unwell while upright.',
        { id: 'pots.what', desc: 'Describes POTS (postural orthostatic tachycardia syndrome) in plain words.' },
      ),
  },
  {
    sources: ['S5', 'S6', 'S7'],
    text: () =>
      msg('Treatment aims to ease symptoms. No medicine is approved for POTS, and guidelines put non-drug steps first.', {
        id: 'pots.treatment',
        desc: 'How POTS is treated, in general.',
      }),
  },
];

/** "Your decision": the decision stated (IPDAS qualifying criterion). */
export const DECISION_TEXT: readonly SourcedText[] = [
  {
    sources: [],
    text: () =>
      msg('Your decision is whether to try LDN, try or change standard POTS care, or keep your current plan for now.', {
        id: 'decision.choice',
        desc: 'States the decision the guide is about, and its three options.',
      }),
  },
  {
    sources: ['S0'],
    text: () =>
      msg('LDN is usually considered when standard POTS treatments have not helped enough.', {
        id: 'decision.when-considered',
        desc: 'When LDN is usually considered.',
      }),
  },
];

export const potsSection: SectionBuilder = () => POTS_TEXT.map(paragraph);

/** The decision, the key points every guide makes, and the disclaimer. */
export const decisionSection: SectionBuilder = ({ guide: g }) => [
  ...DECISION_TEXT.map(paragraph),
  sourcedList(g.keyPoints.map((id) => KEY_POINT_TEXT[id])),
  plain(ABOUT_TEXT.disclaimer.text()),
];
