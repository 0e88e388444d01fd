import type { Answers } from '../questionnaire/answers.js';
import { valueId } from '../questionnaire/ids.js';
import { IMPORTANCE, type ValueId } from '../questionnaire/options.js';
import type { OptionId, ValueConflict, ValueConflictId } from './types.js';

interface ConflictRule {
  id: ValueConflictId;
  /** The option it pulls against. */
  option: OptionId;
  /** The value whose rating raises it, if it applies. */
  raisedBy: (a: Answers) => ValueId | undefined;
}

/** How much a value matters, as a rank: -1 unrated, 0 not much, 1 somewhat, 2 a lot. */
const rank = (a: Answers, v: ValueId): number => (a[valueId(v)] ? IMPORTANCE.indexOf(a[valueId(v)]!) : -1);
/** The value, when it is rated "a lot". */
const mattersALot = (v: ValueId) => (a: Answers) => (a[valueId(v)] === 'a-lot' ? v : undefined);
/** The value, when it is rated above the other one (an unrated one counts as "not much"). */
const mattersMoreThan = (v: ValueId, other: ValueId) => (a: Answers) => (rank(a, v) > Math.max(0, rank(a, other)) ? v : undefined);

/**
 * When a value the patient rated pulls against an option. Each is said in the
 * guide in one sourced sentence (content/values.ts); the rule lives here once.
 */
const RULES: readonly ConflictRule[] = [
  // LDN blocks opioid pain relief (S0, S3).
  { id: 'opioid-pain-relief', option: 'ldn', raisedBy: mattersALot('keep-opioid-pain-relief') },
  // Vivid dreams and trouble sleeping are LDN's common side effects (S0, S8); the sentence says standard medicines have side effects too.
  { id: 'side-effects', option: 'ldn', raisedBy: mattersALot('avoid-side-effects') },
  // LDN is often compounded, and cover varies (S0).
  { id: 'cost', option: 'ldn', raisedBy: mattersALot('cost') },
  // LDN is not mainly aimed at heart rate or light-headedness (S0).
  { id: 'heart-rate-over-fatigue', option: 'ldn', raisedBy: mattersMoreThan('relief-heart-rate-dizziness', 'relief-fatigue-pain-fog') },
  // The evidence for LDN in POTS is limited (S0).
  { id: 'limited-evidence', option: 'ldn', raisedBy: (a) => (a[valueId('try-limited-evidence')] === 'not-much' ? 'try-limited-evidence' : undefined) },
  // Standard POTS medicines are mainly aimed at heart rate and blood pressure (S0, S5): the mirror of heart-rate-over-fatigue.
  { id: 'fatigue-over-heart-rate', option: 'conventional', raisedBy: mattersMoreThan('relief-fatigue-pain-fog', 'relief-heart-rate-dizziness') },
  // Keeping the current plan brings no new chance of relief, whichever relief matters a lot.
  {
    id: 'relief-wanted',
    option: 'no-change',
    raisedBy: (a) => mattersALot('relief-fatigue-pain-fog')(a) ?? mattersALot('relief-heart-rate-dizziness')(a),
  },
];

/** The conflicts the answers raise, in the order of the rules (LDN's first, then standard care's, then keeping the plan's). */
export function valueConflicts(a: Answers): ValueConflict[] {
  return RULES.flatMap(({ id, option, raisedBy }) => {
    const value = raisedBy(a);
    return value ? [{ id, value, option }] : [];
  });
}
