import { msg } from '@lit/localize';
import { ABOUT_TEXT } from './about.js';
import { paragraph, plain, type SectionBuilder, sourcedList } from './guide/blocks.js';
import { KEY_POINT_TEXT } from './for-you.js';
import type { SourcedText } from './sources.js';

/** "About POTS": the condition described (IPDAS qualifying criterion; S5, S7). */
export const POTS_TEXT: readonly SourcedText[] = [
  {
    sources: ['S5', 'S7'],
    text: () =>
      msg(
        'POTS is a long-term condition. On standing, the heart rate rises a lot without a big drop in blood pressure, and the person feels unwell while upright.',
        { id: 'pots.what', desc: 'Describes POTS (postural orthostatic tachycardia syndrome) in plain words.' },
      ),
  },
  {
    sources: ['S0', 'S5', 'S6', 'S7'],
    text: () =>
      msg('Treatment aims to ease symptoms, and no medicine is approved for POTS.', {
        id: 'pots.treatment',
        desc: 'How POTS is treated, in general. That guidelines put non-drug steps first is said in the options table.',
      }),
  },
];

/** "Your decision": the decision stated (IPDAS qualifying criterion), and when LDN is usually considered. */
export const DECISION_TEXT = {
  choice: {
    sources: [],
    text: () =>
      msg('Your decision is whether to try LDN, try or change standard POTS care, or keep your current plan for now.', {
        id: 'decision.choice',
        desc: 'States the decision the guide is about, and its three options.',
      }),
  },
  'when-considered': {
    sources: ['S0'],
    text: () =>
      msg('LDN is usually considered when standard POTS treatments have not helped enough.', {
        id: 'decision.when-considered',
        desc: 'When LDN is usually considered.',
      }),
  },
} satisfies Record<string, SourcedText>;

export const potsSection: SectionBuilder = () => POTS_TEXT.map(paragraph);

/**
 * The decision, the key points every guide makes that are not among the
 * patient's most relevant points (each is said once), and the disclaimer.
 * "When LDN is usually considered" is one of those points for a patient who
 * has tried no standard treatment.
 */
export const decisionSection: SectionBuilder = ({ guide: g }) => {
  const keyPoints = g.keyPoints.filter((id) => !g.highlights.includes(id));
  return [
    paragraph(DECISION_TEXT.choice),
    ...(g.highlights.includes('standard-care-untried') ? [] : [paragraph(DECISION_TEXT['when-considered'])]),
    ...(keyPoints.length ? [sourcedList(keyPoints.map((id) => KEY_POINT_TEXT[id]))] : []),
    plain(ABOUT_TEXT.disclaimer.text()),
  ];
};
