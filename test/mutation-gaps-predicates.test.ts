/**
 * The named facts the guide reads from answers (predicates.ts): which kind of
 * symptom weighs more, and the symptoms singled out, also from answers that
 * did not come through the pages (a page would not let them through, but the
 * guide must still say no more than the model allows). Written from mutants
 * that `npm run mutate` found alive in src/questionnaire (issue 21). Pure:
 * this file also runs in Node.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CONVENTIONAL_TARGET_SYMPTOMS, LDN_TARGET_SYMPTOMS, MAX_MAIN_SYMPTOMS, SEVERITY, type Severity, type SymptomId } from '../src/questionnaire/options.js';
import { mainSymptoms, symptomPattern } from '../src/questionnaire/predicates.js';
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

describe('which kind of symptom weighs more', () => {
  const severities = (n: number) => fc.array(fc.constantFrom(...SEVERITY), { minLength: n, maxLength: n });
  it('the kind with the worst rating; both when they tie; none when neither kind is rated, whatever the other is', () => {
    fc.assert(
      fc.property(severities(LDN_TARGET_SYMPTOMS.length), severities(CONVENTIONAL_TARGET_SYMPTOMS.length), (ldn, conventional) => {
        const rated: Partial<Record<SymptomId, Severity>> = {};
        LDN_TARGET_SYMPTOMS.forEach((s, i) => (rated[s] = ldn[i]));
        CONVENTIONAL_TARGET_SYMPTOMS.forEach((s, i) => (rated[s] = conventional[i]));
        const worst = (rating: readonly Severity[]) => Math.max(...rating.map((s) => SEVERITY.indexOf(s)));
        const [l, c] = [worst(ldn), worst(conventional)];
        const expected = l === 0 && c === 0 ? 'none' : l === c ? 'both' : l > c ? 'ldn-targets' : 'conventional-targets';
        expect(symptomPattern(completeAnswers(symptoms(rated))), JSON.stringify(rated)).to.equal(expected);
      }),
    );
    expect(symptomPattern(completeAnswers(symptoms({ fatigue: 'mild' })))).to.equal('ldn-targets');
    expect(symptomPattern(completeAnswers(symptoms({ 'racing-heart': 'mild' })))).to.equal('conventional-targets');
  });
});
