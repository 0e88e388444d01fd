import { msg } from '@lit/localize';
import type { ValueConflictId } from '../guide/types.js';
import type { SourcedText } from './sources.js';

/**
 * One sentence per way a rated value pulls against an option (the rules are in
 * guide/value-conflicts.ts). Each names the value in the patient's terms and
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
      msg('Trying a treatment with only limited research matters little to you. The research on LDN for POTS is limited.', {
        id: 'value.conflict.limited-evidence',
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
