/**
 * The named facts the guide reads from answers (predicates.ts), on answers
 * that did not come through the pages: a page would not let them through, but
 * the guide must still say no more than the model allows. Written from mutants
 * that `npm run mutate` found alive in src/questionnaire (issue 21). Pure:
 * this file also runs in Node.
 */
import { expect } from '@open-wc/testing';
import { MAX_MAIN_SYMPTOMS } from '../src/questionnaire/options.js';
import { mainSymptoms } from '../src/questionnaire/predicates.js';
import { completeAnswers, symptoms } from './fixtures/patients.js';

describe('the symptoms that bother most', () => {
  it(`are never more than ${MAX_MAIN_SYMPTOMS}, even when more were ticked, and follow the rating order`, () => {
    const a = completeAnswers({
      ...symptoms({ fatigue: 'moderate', pain: 'severe', 'brain-fog': 'mild', sleep: 'moderate' }),
      'worst-symptom': ['fatigue', 'brain-fog', 'pain'],
    });
    expect(mainSymptoms(a)).to.deep.equal(['pain', 'fatigue']);
  });
});
