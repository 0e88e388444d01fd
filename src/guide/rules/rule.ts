/**
 * The one shape of a tailoring rule: an id, and when it applies to the
 * answers. A guide part that depends on the answers (a safety flag, an
 * evidence point, a question to ask, a value that pulls against an option) is
 * an ordered list of rules, and the guide shows what applies in list order:
 * the order is data, stated once, in the list.
 */
import type { Answers } from '../../questionnaire/answers.js';

export interface Rule<Id extends string> {
  readonly id: Id;
  readonly applies: (a: Answers) => boolean;
}

/** A rule, its id kept as a literal type so a list of rules can name its ids' type. */
export const rule = <const Id extends string>(id: Id, applies: (a: Answers) => boolean): Rule<Id> => ({ id, applies });

/** The ids of the rules that apply, in the list's order. */
export const applying = <Id extends string>(rules: readonly Rule<Id>[], a: Answers): Id[] => rules.filter((r) => r.applies(a)).map((r) => r.id);

/** The ids of a list of rules, in its order. */
export const idsOf = <Id extends string>(rules: readonly Rule<Id>[]): readonly Id[] => rules.map((r) => r.id);
