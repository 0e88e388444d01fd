/**
 * The weigh step under "Where you stand", written from the requirements (the
 * third clinical re-read's n5 and the review of its fix), not from
 * src/guide/rules/value-conflicts.ts: which values that matter a lot pull
 * against the option leaned toward, which of those the clinician summary and
 * the QR code flag, and which the guide says fit the choice.
 */
import type { Answers } from '../../src/questionnaire/answers.js';
import { mayBeInTreatment, opioidUsePossible, reportsTreatment } from './guide-oracle.js';

type Partial = { readonly [id: string]: string | readonly string[] | undefined };
type Option = 'ldn' | 'conventional' | 'no-change';

const LEANING_OPTION: { readonly [leaning: string]: Option | undefined } = {
  'try-ldn': 'ldn',
  'standard-care': 'conventional',
  'keep-current-plan': 'no-change',
};

/** Ticked on "Which of these matter a lot to you?" and offered there: the opioid values only where they apply. */
function mattersALot(a: Answers | Partial, value: string): boolean {
  const x = a as Partial;
  const ticked = Array.isArray(x['values-a-lot']) && (x['values-a-lot'] as readonly string[]).includes(value);
  if (value === 'keep-opioid-pain-relief') return ticked && (opioidUsePossible(a) || ['yes', 'not-sure'].includes(x['planned-procedure'] as string));
  if (value === 'stay-on-oud-treatment') return ticked && reportsTreatment(a);
  return ticked;
}

/**
 * The options each value that matters a lot pulls against: the opioid values
 * and waiting for research against LDN (S0, S3, S2); side effects and cost
 * against both medicine options (S0, S8); relief from a racing heart against
 * LDN, and relief from fatigue, pain and brain fog against standard medicines,
 * each only when the other relief is not ticked (S0, S5); relief of either
 * kind against keeping the plan, said once (of fatigue relief when both are ticked).
 */
function pulls(a: Answers | Partial): [string, Option[]][] {
  const fatigue = mattersALot(a, 'relief-fatigue-pain-fog');
  const heart = mattersALot(a, 'relief-heart-rate-dizziness');
  const all: [string, Option[]][] = [
    ['stay-on-oud-treatment', ['ldn']],
    ['keep-opioid-pain-relief', ['ldn']],
    ['avoid-side-effects', ['ldn', 'conventional']],
    ['cost', ['ldn', 'conventional']],
    ['wait-for-research', ['ldn']],
    ['relief-heart-rate-dizziness', fatigue ? [] : ['ldn', 'no-change']],
    ['relief-fatigue-pain-fog', heart ? ['no-change'] : ['conventional', 'no-change']],
  ];
  return all.filter(([value, options]) => options.length && mattersALot(a, value));
}

const MEDICINES: readonly Option[] = ['ldn', 'conventional'];

export interface Weigh {
  /** Pulls against the option leaned toward (the guide's sentence). */
  against: string[];
  /** Of those, the ones that tell the options apart (the clinician summary and the QR code): not side effects or cost. */
  flagged: string[];
  /** Fit the choice: pull against one medicine option, not the one leaned toward; nothing fits trying LDN where it is ruled out or not established. */
  toward: string[];
}

export function expectedWeigh(a: Answers | Partial): Weigh {
  const option = LEANING_OPTION[(a as Partial).leaning as string];
  if (!option) return { against: [], flagged: [], toward: [] };
  const valuePulls = pulls(a);
  const against = valuePulls.filter(([, options]) => options.includes(option));
  const ldnNotOpen = mayBeInTreatment(a) || (a as Partial)['age-group'] === 'under-18';
  const toward =
    option === 'ldn' && ldnNotOpen
      ? []
      : valuePulls.filter(([, options]) => !options.includes(option) && MEDICINES.filter((m) => options.includes(m)).length === 1);
  return {
    against: against.map(([v]) => v),
    flagged: against.filter(([, options]) => !MEDICINES.every((m) => options.includes(m))).map(([v]) => v),
    toward: toward.map(([v]) => v),
  };
}
