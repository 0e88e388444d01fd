import { msg } from '@lit/localize';
import type { TherapyId } from '../questionnaire/options.js';
import type { OptionId } from '../guide/types.js';
import type { Sourced, SourcedText } from './sources.js';

/** One option, described in the same four parts so benefits and harms get equal space (IPDAS, S14). */
export interface OptionText extends Sourced {
  name: () => string;
  what: () => string;
  benefits: () => string;
  harms: () => string;
  living: () => string;
}

export const OPTION_TEXT: Record<OptionId, OptionText> = {
  ldn: {
    sources: ['S0', 'S1', 'S3'],
    name: () => msg('Trying LDN', { id: 'option.ldn.name', desc: 'Option heading.' }),
    what: () =>
      msg('Low-dose naltrexone, often made to order by a special (compounding) pharmacy. Its use for POTS is off-label.', {
        id: 'option.ldn.what',
        desc: 'What the LDN option is.',
      }),
    benefits: () =>
      msg(
        'It may help some people with fatigue and pain, and possibly brain fog. It is thought to calm inflammation in the nervous system and to raise the body’s own endorphins, but this is still being studied. In one small report of 6 people with POTS, with no comparison group, 3 said they improved and 2 stopped because it did not help.',
        { id: 'option.ldn.benefits', desc: 'Possible benefits of LDN.' },
      ),
    harms: () =>
      msg(
        'Common side effects include vivid dreams, trouble sleeping and headaches. They are usually mild. LDN cannot be taken with opioid medicines, and it blocks opioid pain relief. After stopping it, people may be more sensitive to opioids.',
        { id: 'option.ldn.harms', desc: 'Possible harms of LDN.' },
      ),
    living: () =>
      msg(
        'It is often made specially by a pharmacy, so cost and insurance cover vary. The dose is usually raised slowly, and how people respond varies. Every clinician who treats you needs to know you take it.',
        { id: 'option.ldn.living', desc: 'What living with the LDN option is like.' },
      ),
  },
  conventional: {
    sources: ['S0', 'S5', 'S6', 'S7'],
    name: () => msg('Standard POTS treatments', { id: 'option.conventional.name', desc: 'Option heading.' }),
    what: () =>
      msg(
        'Non-drug steps, such as more fluids and salt, compression garments and exercise training, and medicines aimed at heart rate, blood vessels or blood volume. No medicine is FDA-approved for POTS, so these medicines are off-label too.',
        { id: 'option.conventional.what', desc: 'What the standard treatment option is.' },
      ),
    benefits: () =>
      msg(
        'They target heart rate, blood pressure and the symptoms of standing up. Research on propranolol, ivabradine and midodrine is of moderate quality. For some other medicines it is low.',
        { id: 'option.conventional.benefits', desc: 'Possible benefits of standard POTS treatments.' },
      ),
    harms: () =>
      msg(
        'Side effects depend on the medicine and can include tiredness, dizziness and stomach or bowel problems. Like LDN, none of these medicines is FDA-approved for POTS.',
        { id: 'option.conventional.harms', desc: 'Possible harms of standard POTS treatments.' },
      ),
    living: () =>
      msg(
        'Non-drug steps are part of daily life: more fluids and salt as advised, compression garments, raising the head of the bed, and avoiding heat, large meals and alcohol.',
        { id: 'option.conventional.living', desc: 'What living with standard POTS treatments is like.' },
      ),
  },
  'no-change': {
    sources: ['S2', 'S14'],
    name: () => msg('Not changing anything now', { id: 'option.no-change.name', desc: 'Option heading.' }),
    what: () =>
      msg('Keep your current plan for now, and come back to the decision later.', {
        id: 'option.no-change.what',
        desc: 'What the "no change" option is.',
      }),
    benefits: () =>
      msg('No new side effects, costs or limits on opioid pain relief. Time to learn more, for example from the POTS trial that is under way.', {
        id: 'option.no-change.benefits',
        desc: 'Possible benefits of not changing anything now.',
      }),
    harms: () =>
      msg('Your symptoms may carry on as they are now. You might miss relief that a new treatment could bring.', {
        id: 'option.no-change.harms',
        desc: 'Possible harms of not changing anything now.',
      }),
    living: () =>
      msg('Your current treatments and their side effects stay the same. You can raise LDN again at any visit.', {
        id: 'option.no-change.living',
        desc: 'What living with the "no change" option is like.',
      }),
  },
};

export const COMPARISON_ROWS = ['mechanism', 'targets', 'medicines', 'approval', 'side-effects'] as const;
export type ComparisonRowId = (typeof COMPARISON_ROWS)[number];

/** The source article's comparison table (S0), in plain words. */
export const COMPARISON_TEXT: Record<ComparisonRowId, { label: () => string; ldn: () => string; conventional: () => string }> = {
  mechanism: {
    label: () => msg('How it works', { id: 'compare.mechanism', desc: 'Comparison table row heading.' }),
    ldn: () =>
      msg('Thought to calm the immune response and inflammation, and to raise the body’s own endorphins.', {
        id: 'compare.mechanism.ldn',
        desc: 'Comparison table cell for LDN.',
      }),
    conventional: () =>
      msg('Act on specific body functions, such as heart rate and blood pressure.', {
        id: 'compare.mechanism.conventional',
        desc: 'Comparison table cell for standard treatments.',
      }),
  },
  targets: {
    label: () => msg('Main targets', { id: 'compare.targets', desc: 'Comparison table row heading.' }),
    ldn: () =>
      msg('Inflammation, nerves that have become over-sensitive, fatigue and pain.', { id: 'compare.targets.ldn', desc: 'Comparison table cell for LDN.' }),
    conventional: () =>
      msg('Fast heart rate, blood pressure control and feeling unwell when upright.', {
        id: 'compare.targets.conventional',
        desc: 'Comparison table cell for standard treatments.',
      }),
  },
  medicines: {
    label: () => msg('Medicines', { id: 'compare.medicines', desc: 'Comparison table row heading.' }),
    ldn: () => msg('Naltrexone at a low dose, often made by a compounding pharmacy.', { id: 'compare.medicines.ldn', desc: 'Comparison table cell for LDN.' }),
    conventional: () =>
      msg('Beta-blockers, fludrocortisone, midodrine, ivabradine and others.', {
        id: 'compare.medicines.conventional',
        desc: 'Comparison table cell for standard treatments.',
      }),
  },
  approval: {
    label: () => msg('FDA approval for POTS', { id: 'compare.approval', desc: 'Comparison table row heading.' }),
    ldn: () => msg('Off-label: not FDA-approved for POTS.', { id: 'compare.approval.ldn', desc: 'Comparison table cell for LDN.' }),
    conventional: () =>
      msg('Not FDA-approved for POTS, so their use for POTS is off-label too.', {
        id: 'compare.approval.conventional',
        desc: 'Comparison table cell for standard treatments.',
      }),
  },
  'side-effects': {
    label: () => msg('Side effects', { id: 'compare.side-effects', desc: 'Comparison table row heading.' }),
    ldn: () => msg('Usually mild: vivid dreams, trouble sleeping, headaches.', { id: 'compare.side-effects.ldn', desc: 'Comparison table cell for LDN.' }),
    conventional: () =>
      msg('Depend on the medicine: may include tiredness, dizziness, stomach or bowel problems.', {
        id: 'compare.side-effects.conventional',
        desc: 'Comparison table cell for standard treatments.',
      }),
  },
};

export const COMPARISON_SOURCES = ['S0'] as const;

type Target = 'first-steps' | 'heart-rate' | 'vessel-tone' | 'blood-volume' | 'adrenaline' | 'varies';
type Quality = 'moderate' | 'moderate-propranolol' | 'low' | 'not-graded';

/** What each conventional measure targets and the quality of its evidence (S5; first steps S5–S7). */
export const CONVENTIONAL_PROFILE: Record<TherapyId, { target: Target; quality: Quality }> = {
  'fluids-salt': { target: 'first-steps', quality: 'not-graded' },
  compression: { target: 'first-steps', quality: 'not-graded' },
  'exercise-training': { target: 'first-steps', quality: 'not-graded' },
  'other-lifestyle': { target: 'first-steps', quality: 'not-graded' },
  // S5 grades propranolol itself, not every beta-blocker.
  'beta-blocker': { target: 'heart-rate', quality: 'moderate-propranolol' },
  ivabradine: { target: 'heart-rate', quality: 'moderate' },
  pyridostigmine: { target: 'heart-rate', quality: 'low' },
  midodrine: { target: 'vessel-tone', quality: 'moderate' },
  fludrocortisone: { target: 'blood-volume', quality: 'low' },
  desmopressin: { target: 'blood-volume', quality: 'low' },
  'clonidine-methyldopa': { target: 'adrenaline', quality: 'low' },
  'other-medicine': { target: 'varies', quality: 'not-graded' },
};

export const CONVENTIONAL_PROFILE_SOURCES = ['S5', 'S6', 'S7'] as const;

export const TARGET_TEXT: Record<Target, () => string> = {
  'first-steps': () => msg('Non-drug first step', { id: 'target.first-steps', desc: 'What a POTS treatment targets.' }),
  'heart-rate': () => msg('Heart rate', { id: 'target.heart-rate', desc: 'What a POTS treatment targets.' }),
  'vessel-tone': () => msg('Tightening blood vessels', { id: 'target.vessel-tone', desc: 'What a POTS treatment targets.' }),
  'blood-volume': () => msg('Blood volume', { id: 'target.blood-volume', desc: 'What a POTS treatment targets.' }),
  adrenaline: () => msg('Overactive adrenaline response', { id: 'target.adrenaline', desc: 'What a POTS treatment targets.' }),
  varies: () => msg('Varies', { id: 'target.varies', desc: 'What a POTS treatment targets.' }),
};

export const QUALITY_TEXT: Record<Quality, () => string> = {
  moderate: () => msg('Moderate', { id: 'quality.moderate', desc: 'Quality of the research evidence.' }),
  'moderate-propranolol': () =>
    msg('Moderate (for propranolol)', { id: 'quality.moderate-propranolol', desc: 'Quality of the research evidence, graded for propranolol only.' }),
  low: () => msg('Low', { id: 'quality.low', desc: 'Quality of the research evidence.' }),
  'not-graded': () => msg('Not graded here', { id: 'quality.not-graded', desc: 'Quality of the research evidence is not graded.' }),
};

export const OPTION_SOURCES_NOTE: SourcedText = {
  sources: ['S14'],
  text: () =>
    msg('Each option has benefits and harms. Which fits best depends on what matters to you.', {
      id: 'options.note',
      desc: 'Introduces the options side by side.',
    }),
};
