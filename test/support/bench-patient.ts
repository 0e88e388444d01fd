/**
 * The patient `npm run bench` clicks through (scripts/bench.mjs): takes no
 * opioid, has tried four treatments, has two related conditions and several
 * symptoms, so the guide is full-size. Made from the model like the example
 * patients, so a question added later is answered too.
 */
import { STORAGE_KEY } from '../../src/components/controllers/progress-store.js';
import { writeSavedProgress } from '../../src/flow/saved-progress.js';
import { QUESTION_STEPS, type QuestionStep } from '../../src/flow/steps.js';
import { type Clicks, clicksFor, completeAnswers, symptoms, tried, valuesALot, withConditions } from '../fixtures/patients.js';

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
  ...valuesALot('avoid-side-effects', 'relief-fatigue-pain-fog'),
});

/** Per question page, the inputs to click as [question, option], in page order so a follow-up comes after the answer that opens it. */
export const BENCH_CLICKS = Object.fromEntries(QUESTION_STEPS.map((step) => [step, clicksFor(step, BENCH_ANSWERS)])) as Record<QuestionStep, Clicks>;

/** Saved progress on the first question page, nothing answered yet: the benchmark opens the widget there, as a returning patient's page would. */
export const BENCH_SAVED_PROGRESS = {
  key: STORAGE_KEY,
  text: writeSavedProgress({ step: QUESTION_STEPS[0]!, returnToReview: false, answers: {} }),
};
