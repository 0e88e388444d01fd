/**
 * The patient `npm run bench` clicks through (scripts/bench.mjs): takes no
 * opioid, has tried four treatments, has two related conditions and several
 * symptoms, so the guide is full-size. Made from the model like the example
 * patients, so a question added later is answered too.
 */
import { QUESTION_STEPS, type QuestionStep } from '../../src/flow/steps.js';
import { type Clicks, clicksFor, completeAnswers, symptoms, tried, values, withConditions } from '../fixtures/patients.js';

export const BENCH_ANSWERS = completeAnswers({
  ...tried(
    ['fluids-salt', { status: 'current', helps: 'a-little' }],
    ['compression', { status: 'current', helps: 'no' }],
    ['beta-blocker', { status: 'stopped', helps: 'no', sideEffects: true }],
    ['midodrine', { status: 'current', helps: 'a-lot' }],
  ),
  ...withConditions('me-cfs', 'hypermobility-eds'),
  ...symptoms({ 'racing-heart': 'moderate', 'light-headedness': 'severe', fatigue: 'severe', 'brain-fog': 'moderate', pain: 'mild', sleep: 'moderate' }),
  'worst-symptom': ['fatigue'],
  ...values('somewhat', { 'avoid-side-effects': 'a-lot', 'relief-fatigue-pain-fog': 'a-lot', cost: 'not-much' }),
});

/** Per question page, the inputs to click as [question, option], in page order so a follow-up comes after the answer that opens it. */
export const BENCH_CLICKS = Object.fromEntries(QUESTION_STEPS.map((step) => [step, clicksFor(step, BENCH_ANSWERS)])) as Record<QuestionStep, Clicks>;
