import { asksNaltrexoneOutcome, asksOpioidFollowUps, asksWorstSymptom, ratedSymptoms, tickedTherapies } from './predicates.js';
import type { Answers, TherapyDetail } from './types.js';
import type { TherapyId } from './options.js';

/**
 * Drops answers to follow-up questions that no longer apply, so an earlier
 * "yes" changed to "no" leaves nothing behind in the guide or the exports.
 * Runs when a step is completed, not on every click, so toggling an answer
 * back and forth while on the page loses nothing.
 */
export function pruneAnswers(a: Answers): Answers {
  const next: Answers = structuredClone(a);

  if (next.noTherapies) next.therapies = [];
  const ticked = new Set(tickedTherapies(next));
  const details: Partial<Record<TherapyId, TherapyDetail>> = {};
  for (const id of ticked) if (next.therapyDetails[id]) details[id] = next.therapyDetails[id];
  next.therapyDetails = details;

  if (!asksOpioidFollowUps(next)) {
    next.opioidKinds = [];
    delete next.opioidPattern;
    delete next.opioidUseDisorderTreatment;
  }
  if (!asksNaltrexoneOutcome(next)) delete next.naltrexoneOutcome;
  if (next.conditionsExclusive) next.conditions = [];
  const worst = next.worstSymptom;
  if (worst && (!asksWorstSymptom(next) || !ratedSymptoms(next).includes(worst))) delete next.worstSymptom;
  return next;
}
