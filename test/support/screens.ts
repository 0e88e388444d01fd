/**
 * Every screen a patient can reach, enumerated from the flow machine rather
 * than listed by hand: the walk of the flow model (flow-walk.ts) keeps, for
 * each distinct screen, its shortest path.
 *
 * A screen is what is drawn: the page, which follow-up questions are open,
 * which errors are listed, and on the guide whether personal safety flags and
 * which readiness status show. New pages, follow-ups or error paths in the
 * machine show up here without editing this file.
 */
import { ratedSymptoms } from '../../src/questionnaire/predicates.js';
import { createActor } from 'xstate';
import { decisionAidMachine, type FlowEvent } from '../../src/flow/machine.js';
import { isQuestionStep, QUESTION_STEPS, type QuestionStep, type StepId } from '../../src/flow/steps.js';
import type { Answers } from '../../src/questionnaire/answers.js';
import { sureId } from '../../src/questionnaire/ids.js';
import { SURE_ITEMS } from '../../src/questionnaire/options.js';
import { isEnabled, ITEMS } from '../../src/questionnaire/structure.js';
import { type FlowSnapshot, shortestPaths } from './flow-walk.js';
import { isPageComplete } from '../../src/questionnaire/validate.js';
import { buildGuide } from '../../src/guide/build-guide.js';
import type { LdnDecisionAid } from '../../src/ldn-decision-aid.js';
import { settle } from './settle.js';

/**
 * Which follow-up questions a question page shows: the ids of the items on it whose condition holds, from the model,
 * but not those a blank page shows too ("None of these bother me", until a symptom is rated).
 */
export function revealed(step: QuestionStep, a: Answers): string {
  return ITEMS.filter((p) => p.step === step && p.item.enableWhen && isEnabled(p.item, a) && !isEnabled(p.item, {}))
    .map((p) => p.item.id)
    .join('+');
}

/** What the patient sees, in words: screens with the same description look the same to axe. */
export function describeScreen(snapshot: FlowSnapshot): string {
  const step = snapshot.value as StepId;
  const { answers, errors } = snapshot.context;
  const parts: string[] = [step];
  if (isQuestionStep(step)) {
    const open = revealed(step, answers);
    if (open) parts.push(`showing ${open}`);
  }
  if (step === 'review' && QUESTION_STEPS.some((s) => revealed(s, answers))) parts.push('with follow-up answers');
  if (errors.length) parts.push(`errors: ${errors.length > 3 ? `${errors.length} questions` : errors.join(', ')}`);
  if (step === 'guide') {
    const guide = buildGuide(answers);
    parts.push(
      guide.safety.length ? 'with safety flags' : 'no safety flags',
      guide.situation.symptoms.length ? 'with symptom chart' : 'no symptom chart',
      `readiness ${guide.sure.status}`,
    );
  }
  return parts.join(', ');
}

/**
 * The walk's own state key: the screen, plus what decides where Continue, Back and the
 * review links lead. Follow-ups open on other pages are left out on purpose: keeping them
 * multiplies the walk into tens of thousands of states without adding a screen.
 * The test that uses this asserts which screens must be found, so a key too coarse fails.
 */
function walkKey(snapshot: FlowSnapshot): string {
  const { answers, returnToReview } = snapshot.context;
  const done = QUESTION_STEPS.filter((s) => isPageComplete(s, answers)).join(',');
  const sure = snapshot.value === 'guide' ? JSON.stringify(SURE_ITEMS.map((item) => answers[sureId(item)])) : '';
  // Opioid use decides the guide's safety flags; rated symptoms, its chart.
  const rated = ratedSymptoms(answers).length > 0;
  return `${describeScreen(snapshot)} | review:${returnToReview} done:[${done}] opioids:${answers['opioid-use']} rated:${rated} ${sure}`;
}

export interface Screen {
  /** Readable, unique: the page and what is open or wrong on it. */
  name: string;
  step: StepId;
  /** Machine events from the start that lead here (shortest path). */
  events: FlowEvent[];
}

let cached: Screen[] | undefined;

export function reachableScreens(): Screen[] {
  if (cached) return cached;
  const byName = new Map<string, Screen>();
  // The model drops paths that are prefixes of longer ones, so every prefix is a screen too.
  for (const path of shortestPaths(walkKey)) {
    path.steps.forEach(({ state }, i) => {
      const name = describeScreen(state);
      const events = path.steps.slice(1, i + 1).map((s) => s.event as FlowEvent);
      const known = byName.get(name);
      if (!known || known.events.length > events.length) byName.set(name, { name, step: state.value as StepId, events });
    });
  }
  cached = [...byName.values()].sort((a, b) => a.events.length - b.events.length);
  return cached;
}

/** Every distinct answer set the walk passes through, at every step of every path (for checks that need answers, not screens). */
export function answerSetsOnTheWalk(): Answers[] {
  const sets = new Map<string, Answers>();
  for (const screen of reachableScreens()) {
    const actor = createActor(decisionAidMachine).start();
    for (const event of screen.events) {
      actor.send(event);
      const { answers } = actor.getSnapshot().context;
      sets.set(JSON.stringify(answers), answers);
    }
    actor.stop();
  }
  return [...sets.values()];
}

/**
 * Puts a mounted aid on a screen by sending the path's events to its flow.
 * Only for enumerating screens: journeys through the real controls are tested
 * with the keyboard and mouse helpers elsewhere.
 */
export async function showScreen(el: LdnDecisionAid, screen: Screen): Promise<void> {
  const flow = el['flow'] as { send(event: FlowEvent): void };
  for (const event of screen.events) {
    flow.send(event);
    await settle(el);
  }
}

/** Puts a mounted aid on the guide for a complete answer set, through the flow's own events (as showScreen does). */
export async function showGuideFor(el: LdnDecisionAid, answers: Answers): Promise<void> {
  const flow = el['flow'] as { send(event: FlowEvent): void; snapshot: { value: string } };
  flow.send({ type: 'flow.start' });
  for (let i = 0; i < 20 && flow.snapshot.value !== 'review'; i++) {
    flow.send({ type: 'answers.update', patch: answers });
    flow.send({ type: 'step.continue' });
    await el.updateComplete;
  }
  flow.send({ type: 'review.confirm' });
  await el.updateComplete;
}
