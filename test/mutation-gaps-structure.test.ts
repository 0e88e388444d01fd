/**
 * What counts as a valid answer (structure.ts `hasValidAnswer`), which the
 * check-your-answers rows and the "not answered" words read: a code the
 * question does not offer is none, and a list must stay within its most ticks.
 * Written from mutants that `npm run mutate` found alive in src/questionnaire
 * (issue 21). Pure: this file also runs in Node.
 */
import { expect } from '@open-wc/testing';
import type { Answers } from '../src/questionnaire/answers.js';
import { MAX_MAIN_SYMPTOMS } from '../src/questionnaire/options.js';
import { hasValidAnswer, question } from '../src/questionnaire/structure.js';
import { completeAnswers, symptoms } from './fixtures/patients.js';

describe('a valid answer', () => {
  it('to a single choice is one of its codes, nothing else', () => {
    expect(hasValidAnswer(question('diagnosis'), { diagnosis: 'diagnosed' })).to.equal(true);
    expect(hasValidAnswer(question('diagnosis'), { diagnosis: 'maybe' } as unknown as Answers)).to.equal(false);
  });

  it(`to a list holds 1 to its most ticks (${MAX_MAIN_SYMPTOMS} symptoms that bother most), no more`, () => {
    const rated = completeAnswers(symptoms({ fatigue: 'severe', pain: 'moderate', 'brain-fog': 'mild' }));
    const ticked = (...worst: ('fatigue' | 'pain' | 'brain-fog')[]) => hasValidAnswer(question('worst-symptom'), { ...rated, 'worst-symptom': worst });
    expect([ticked('fatigue'), ticked('fatigue', 'pain'), ticked('fatigue', 'pain', 'brain-fog')]).to.deep.equal([true, true, false]);
  });
});
