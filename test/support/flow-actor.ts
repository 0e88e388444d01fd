/**
 * The flow machine driven as a page drives it, for the machine tests: a patch
 * that completes each question page, and an actor walked to a given page.
 */
import { createActor, type Actor } from 'xstate';
import { decisionAidMachine } from '../../src/flow/machine.js';
import { QUESTION_STEPS, type QuestionStep, type StepId } from '../../src/flow/steps.js';
import type { Answers } from '../../src/questionnaire/answers.js';
import { symptoms, valuesALot, withEveryRequiredAnswer } from '../fixtures/patients.js';

export type FlowActor = Actor<typeof decisionAidMachine>;

/** A patch that answers every required question on one step (and any the model adds later), and nothing on any other. */
export const COMPLETE_PATCH: Record<QuestionStep, Answers> = {
  condition: { diagnosis: 'diagnosed' },
  therapies: { therapies: ['none-of-these'] },
  opioids: { 'opioid-use': 'no', 'planned-procedure': 'no' },
  health: { liver: 'no', pregnancy: ['none-of-these'], 'naltrexone-before': 'no', conditions: ['none-of-these'] },
  symptoms: { ...symptoms({ fatigue: 'severe', pain: 'mild', sleep: 'moderate' }), 'worst-symptom': ['fatigue'] },
  // Only values offered to this patient (no opioids, no procedure).
  values: valuesALot('cost', 'relief-fatigue-pain-fog'),
};
for (const step of QUESTION_STEPS) COMPLETE_PATCH[step] = withEveryRequiredAnswer(COMPLETE_PATCH[step], [step]);

/** Starts the flow and walks forward, answering each page it passes, until `step` is shown (blank if a question page). */
export function openStep(step: StepId): FlowActor {
  const actor = createActor(decisionAidMachine).start();
  while (actor.getSnapshot().value !== step) {
    const here = actor.getSnapshot().value;
    if (here === 'intro') actor.send({ type: 'flow.start' });
    else if (here === 'review') actor.send({ type: 'review.confirm' });
    else if (here === 'guide') throw new Error(`openStep: cannot walk past the guide to ${step}`);
    else {
      actor.send({ type: 'answers.update', patch: COMPLETE_PATCH[here] });
      actor.send({ type: 'step.continue' });
    }
  }
  return actor;
}

export const ctx = (actor: FlowActor) => actor.getSnapshot().context;
export const update = (actor: FlowActor, patch: Answers) => actor.send({ type: 'answers.update', patch });
export const press = (actor: FlowActor, type: 'step.continue' | 'step.back') => actor.send({ type });
