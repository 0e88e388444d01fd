import type { TherapyId } from './options.js';
import { asksNaltrexoneOutcome, asksOpioidFollowUps, asksWorstSymptom, ratedSymptoms, tickedTherapies } from './predicates.js';
import type { Answers, TherapyDetail } from './types.js';

/** Answer groups with follow-up questions, named like the steps that ask them. */
export type PrunableGroup = 'therapies' | 'opioids' | 'health' | 'symptoms';

const PRUNERS: Record<PrunableGroup, (a: Answers) => void> = {
  therapies(a) {
    if (a.noTherapies) a.therapies = [];
    const details: Partial<Record<TherapyId, TherapyDetail>> = {};
    for (const id of tickedTherapies(a)) if (a.therapyDetails[id]) details[id] = a.therapyDetails[id];
    a.therapyDetails = details;
  },
  opioids(a) {
    if (asksOpioidFollowUps(a)) return;
    a.opioidKinds = [];
    delete a.opioidPattern;
    delete a.opioidUseDisorderTreatment;
  },
  health(a) {
    if (!asksNaltrexoneOutcome(a)) delete a.naltrexoneOutcome;
    if (a.conditionsExclusive) a.conditions = [];
  },
  symptoms(a) {
    const worst = a.worstSymptom;
    if (worst && (!asksWorstSymptom(a) || !ratedSymptoms(a).includes(worst))) delete a.worstSymptom;
  },
};

const isPrunable = (group: string): group is PrunableGroup => group in PRUNERS;

/**
 * Drops answers to follow-up questions of one group that no longer apply, so
 * an earlier "yes" changed to "no" leaves nothing behind. The flow runs it when
 * that group's step is completed, not on every click and not for other steps,
 * so toggling an answer back and forth, or going Back, loses nothing.
 */
export function pruneStepAnswers(group: string, a: Answers): Answers {
  const next = structuredClone(a);
  if (isPrunable(group)) PRUNERS[group](next);
  return next;
}

/** All groups at once: what the guide and the exports see. */
export function pruneAnswers(a: Answers): Answers {
  const next = structuredClone(a);
  for (const prune of Object.values(PRUNERS)) prune(next);
  return next;
}
