import type { Answers } from '../questionnaire/answers.js';
import { valueId } from '../questionnaire/ids.js';
import { IMPORTANCE, type ValueId } from '../questionnaire/options.js';
import type { OptionId, ValueConflict, ValueConflictId } from './types.js';

interface ConflictRule {
  id: ValueConflictId;
  /** The value whose rating raises it. */
  value: ValueId;
  /** The option it pulls against. */
  option: OptionId;
  applies: (a: Answers) => boolean;
}

/** How much a value matters, as a rank: -1 unrated, 0 not much, 1 somewhat, 2 a lot. */
const rank = (a: Answers, v: ValueId): number => (a[valueId(v)] ? IMPORTANCE.indexOf(a[valueId(v)]!) : -1);
const mattersALot = (v: ValueId) => (a: Answers) => a[valueId(v)] === 'a-lot';

/**
 * When a value the patient rated pulls against an option. Each is said in the
 * guide in one sourced sentence (content/values.ts); the rule lives here once.
 */
const RULES: readonly ConflictRule[] = [
  // LDN blocks opioid pain relief (S0, S3).
  { id: 'opioid-pain-relief', value: 'keep-opioid-pain-relief', option: 'ldn', applies: mattersALot('keep-opioid-pain-relief') },
  // Vivid dreams and trouble sleeping are LDN's common side effects (S0, S8).
  { id: 'side-effects', value: 'avoid-side-effects', option: 'ldn', applies: mattersALot('avoid-side-effects') },
  // LDN is usually compounded, and cover varies (S0).
  { id: 'cost', value: 'cost', option: 'ldn', applies: mattersALot('cost') },
  // LDN is not aimed at heart rate or light-headedness (S0).
  {
    id: 'heart-rate-over-fatigue',
    value: 'relief-heart-rate-dizziness',
    option: 'ldn',
    applies: (a) => rank(a, 'relief-heart-rate-dizziness') > Math.max(0, rank(a, 'relief-fatigue-pain-fog')),
  },
  // The evidence for LDN in POTS is limited (S0).
  { id: 'limited-evidence', value: 'try-limited-evidence', option: 'ldn', applies: (a) => a[valueId('try-limited-evidence')] === 'not-much' },
  // Keeping the current plan brings no new chance of relief.
  {
    id: 'relief-wanted',
    value: 'relief-fatigue-pain-fog',
    option: 'no-change',
    applies: (a) => mattersALot('relief-fatigue-pain-fog')(a) || mattersALot('relief-heart-rate-dizziness')(a),
  },
];

/** The conflicts the answers raise, in the order of the rules (LDN's first, then keeping the plan). */
export function valueConflicts(a: Answers): ValueConflict[] {
  return RULES.filter((r) => r.applies(a)).map(({ id, value, option }) => ({ id, value, option }));
}
