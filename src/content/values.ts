import { msg } from '@lit/localize';
import type { ValueId } from '../questionnaire/options.js';
import type { Sourced } from './sources.js';

/** What the evidence says about a value the patient rated (the value's own words are in question-text.ts). */
export interface ValueText extends Sourced {
  note: () => string;
}

export const VALUE_TEXT: Record<ValueId, ValueText> = {
  'try-limited-evidence': {
    sources: ['S0'],
    note: () => msg('Research on LDN for POTS is small so far.', { id: 'value.try-limited-evidence.note', desc: 'Fact shown next to the value.' }),
  },
  'avoid-side-effects': {
    sources: ['S0'],
    note: () =>
      msg('LDN’s common side effects are vivid dreams, trouble sleeping and headaches. Other POTS medicines have side effects too.', {
        id: 'value.avoid-side-effects.note',
        desc: 'Fact shown next to the value.',
      }),
  },
  cost: {
    sources: ['S0'],
    note: () =>
      msg('LDN is often made specially by a compounding pharmacy. Ask about cost and insurance.', {
        id: 'value.cost.note',
        desc: 'Fact shown next to the value.',
      }),
  },
  'keep-opioid-pain-relief': {
    sources: ['S0', 'S3'],
    note: () =>
      msg('LDN blocks opioid pain relief and cannot be taken with opioids.', {
        id: 'value.keep-opioid-pain-relief.note',
        desc: 'Fact shown next to the value.',
      }),
  },
  'relief-fatigue-pain-fog': {
    sources: ['S0'],
    note: () =>
      msg('LDN is thought to target fatigue and pain. This is still being studied.', {
        id: 'value.relief-fatigue-pain-fog.note',
        desc: 'Fact shown next to the value.',
      }),
  },
  'relief-heart-rate-dizziness': {
    sources: ['S0'],
    note: () =>
      msg('LDN is not mainly aimed at heart rate or blood pressure. Standard POTS treatments target these.', {
        id: 'value.relief-heart-rate-dizziness.note',
        desc: 'Fact shown next to the value.',
      }),
  },
};
