import { msg, str } from '@lit/localize';
import { formatDate, formatMonth } from './date-format.js';
import type { EvidencePointId } from '../guide/types.js';
import type { ConditionId } from '../questionnaire/options.js';
import type { Block, SectionBuilder } from './guide/blocks.js';
import { conditionWords } from './labels/health.js';
import { listOf } from './list-format.js';
import type { Sourced } from './sources.js';

export interface EvidenceText extends Sourced {
  /** `conditions` is a ready-made list of condition names, used only by `other-conditions-not-covered`. */
  text: (conditions: string, locale: string) => string;
}

/**
 * What the trial registry said about S2 when last checked. Update all three
 * together when the record is checked again (clinical-facts.md, S2).
 */
export const TRIAL_REGISTRY = {
  checked: '2026-11-30',
  /** Month the registry record itself was last verified by the trial's sponsor. */
  recordVerified: '2024-05',
  /** Year and month the registry estimates the trial will be completed. */
  expectedCompletion: '2028-12',
} as const;

export const EVIDENCE_TEXT: Record<EvidencePointId, EvidenceText> = {
  'case-series': {
    sources: ['S1'],
    text: () =>
      msg(
        'A 2023 report looked back at 6 people with POTS, 6 to 12 months after they started LDN. 3 of the 6 reported improvement, and 2 of the 6 stopped because it did not help. It had no comparison group and reported no side effects. The authors said there is little evidence that it works.',
        {
          id: 'evidence.case-series',
          desc: 'Summary of the Cureus 2023 case series (S1). Keep the numbers exactly, each stated as the source states it (of 6). Ends with the authors’ own conclusion, as theirs; that the evidence is limited in general is said once, among the key points.',
        },
      ),
  },
  trial: {
    sources: ['S2'],
    text: (_conditions, locale) => {
      const checked = formatDate(TRIAL_REGISTRY.checked, locale);
      const verified = formatMonth(TRIAL_REGISTRY.recordVerified, locale);
      const completion = formatMonth(TRIAL_REGISTRY.expectedCompletion, locale);
      return msg(
        str`A trial in Canada (NCT05363514) plans to test LDN against a dummy pill (placebo) in 80 adults with POTS for 16 weeks, mainly for fatigue. On ${checked}, its record (last verified ${verified}) said it was not yet recruiting and expected to end in ${completion}. Results are years away.`,
        {
          id: 'evidence.trial',
          desc: 'Summary of the planned NCT05363514 trial (S2), which runs in Canada. Placeholders: the date we checked the registry, the month the record was last verified (the registry’s own field), and the expected month of completion. Claim no more than the record said; keep the numbers, and never suggest results are near.',
        },
      );
    },
  },
  'trials-exclude-opioids': {
    sources: ['S2'],
    text: () =>
      msg('The trial leaves out people who take opioids. So its results may not apply to you.', {
        id: 'evidence.trials-exclude-opioids',
        desc: 'Shown when the patient may take opioids.',
      }),
  },
  'trial-excludes-pregnancy': {
    sources: ['S2'],
    text: () =>
      msg('The trial leaves out people who are pregnant or breastfeeding. So its results may not apply to you.', {
        id: 'evidence.trial-excludes-pregnancy',
        desc: 'Shown when the patient is pregnant or breastfeeding.',
      }),
  },
  fibromyalgia: {
    sources: ['S8', 'S10'],
    text: () =>
      msg(
        'Fibromyalgia: a review of 4 small trials found a small drop in pain, with more vivid dreams and nausea than placebo. The largest trial, with 99 people, found no benefit over placebo.',
        { id: 'evidence.fibromyalgia', desc: 'Shown when the patient reported fibromyalgia. Keep the numbers exactly.' },
      ),
  },
  'long-covid': {
    sources: ['S11'],
    text: () =>
      msg('Long COVID: a group of patients taking LDN reported improvements. There was no comparison group, so we cannot tell whether LDN caused them.', {
        id: 'evidence.long-covid',
        desc: 'Shown when the patient reported long COVID.',
      }),
  },
  'other-conditions-not-covered': {
    sources: [],
    text: (conditions) =>
      msg(str`This guide has no research summary for these conditions: ${conditions}. Ask your clinician whether any research applies.`, {
        id: 'evidence.other-conditions-not-covered',
        desc: 'Shown when the patient reported related conditions the guide has no evidence for. The placeholder is a list of condition names.',
      }),
  },
};

/** Conditions with a long label, in the fewer words the patient already read beside it on the question (third re-read n12). */
const CONDITION_SHORT: Partial<Record<ConditionId, () => string>> = {
  'me-cfs': () =>
    msg('ME/CFS', { id: 'condition-short.me-cfs', desc: 'A related condition, in a list: myalgic encephalomyelitis or chronic fatigue syndrome.' }),
  'hypermobility-eds': () =>
    msg('Hypermobility or EDS', { id: 'condition-short.hypermobility-eds', desc: 'A related condition, in a list: hypermobility or Ehlers-Danlos syndrome.' }),
};

/** Both of the trial's exclusions that concern the patient, said in one sentence rather than two alike. */
const bothExclusions = () =>
  msg('The trial leaves out people who take opioids or are pregnant or breastfeeding. So its results may not apply to you.', {
    id: 'evidence.trial-excludes-both',
    desc: 'Shown when the patient may take opioids and is pregnant or breastfeeding.',
  });

/**
 * The evidence points in the guide's order; the note on conditions without
 * evidence names them, and the trial's two exclusions, when both concern the
 * patient, are one sentence.
 */
export const evidenceSection: SectionBuilder = ({ guide: g, locale }) => {
  const others = listOf(
    g.conditionsWithoutEvidence.map((c) => (CONDITION_SHORT[c] ?? conditionWords[c].label)()),
    locale,
    'unit',
  );
  const both = g.evidence.includes('trials-exclude-opioids') && g.evidence.includes('trial-excludes-pregnancy');
  return g.evidence.flatMap((id): Block[] => {
    if (both && id === 'trial-excludes-pregnancy') return [];
    const text = both && id === 'trials-exclude-opioids' ? bothExclusions() : EVIDENCE_TEXT[id].text(others, locale);
    return [{ type: 'paragraph', text, sources: EVIDENCE_TEXT[id].sources }];
  });
};
