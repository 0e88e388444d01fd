import { msg } from '@lit/localize';
import type { ValueId } from '../answers/options.js';
import type { Sourced } from './sources.js';

export interface ValueText extends Sourced {
  /** Shown on the values step and restated in the guide. */
  label: () => string;
  /** What the evidence says about this value, shown beside the patient's answer in the guide. */
  note: () => string;
}

export const VALUE_TEXT: Record<ValueId, ValueText> = {
  'try-limited-evidence': {
    sources: ['S0'],
    label: () => msg('Trying a treatment that has only limited research behind it', { id: 'value.try-limited-evidence', desc: 'A value the patient rates.' }),
    note: () => msg('Research on LDN for POTS is small so far.', { id: 'value.try-limited-evidence.note', desc: 'Fact shown next to the value.' }),
  },
  'avoid-side-effects': {
    sources: ['S0'],
    label: () => msg('Avoiding side effects, such as changes to my sleep', { id: 'value.avoid-side-effects', desc: 'A value the patient rates.' }),
    note: () =>
      msg('LDN’s common side effects are vivid dreams, trouble sleeping and headaches. Other POTS medicines have side effects too.', {
        id: 'value.avoid-side-effects.note',
        desc: 'Fact shown next to the value.',
      }),
  },
  cost: {
    sources: ['S0'],
    label: () => msg('Cost and insurance cover (LDN is often made to order by a special pharmacy)', { id: 'value.cost', desc: 'A value the patient rates.' }),
    note: () =>
      msg('LDN is often made specially by a compounding pharmacy. Ask about cost and insurance.', { id: 'value.cost.note', desc: 'Fact shown next to the value.' }),
  },
  'keep-opioid-pain-relief': {
    sources: ['S0', 'S3'],
    label: () => msg('Keeping opioid pain relief available to me', { id: 'value.keep-opioid-pain-relief', desc: 'A value the patient rates.' }),
    note: () =>
      msg('LDN blocks opioid pain relief and cannot be taken with opioids.', { id: 'value.keep-opioid-pain-relief.note', desc: 'Fact shown next to the value.' }),
  },
  'relief-fatigue-pain-fog': {
    sources: ['S0'],
    label: () => msg('Relief from fatigue, pain and brain fog', { id: 'value.relief-fatigue-pain-fog', desc: 'A value the patient rates.' }),
    note: () =>
      msg('LDN is thought to target fatigue and pain. This is still being studied.', { id: 'value.relief-fatigue-pain-fog.note', desc: 'Fact shown next to the value.' }),
  },
  'relief-heart-rate-dizziness': {
    sources: ['S0'],
    label: () =>
      msg('Relief from a racing heart and light-headedness', { id: 'value.relief-heart-rate-dizziness', desc: 'A value the patient rates.' }),
    note: () =>
      msg('LDN is not mainly aimed at heart rate or blood pressure. Standard POTS treatments target these.', {
        id: 'value.relief-heart-rate-dizziness.note',
        desc: 'Fact shown next to the value.',
      }),
  },
};
