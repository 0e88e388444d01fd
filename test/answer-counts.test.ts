/**
 * Issue 20: fewer required answers and taps for the example patients than with
 * questionnaire 0.2.0 (test/support/answer-counts.ts says what counts, and how
 * 0.2.0 was measured). Prints both counts per patient, as `npm run check:length` does.
 */
import { expect } from '@open-wc/testing';
import { EXAMPLE_PATIENTS } from './fixtures/patients.js';
import { BEFORE, countsTable, exampleCounts, requiredAnswers, taps } from './support/answer-counts.js';

describe('answers and taps to reach the guide (issue 20)', () => {
  const rows = exampleCounts(EXAMPLE_PATIENTS);
  before(() => console.log(countsTable(rows).join('\n')));

  it('every example patient has a 0.2.0 count to compare with', () => {
    expect(Object.keys(EXAMPLE_PATIENTS).filter((name) => !(name in BEFORE))).to.deep.equal([]);
  });

  for (const { patient, before: was, after: now } of rows) {
    it(`${patient}: required answers ${was.required} -> ${now.required} (at least a third fewer), taps ${was.taps} -> ${now.taps} (fewer)`, () => {
      expect(now.required).to.be.at.most(Math.floor((was.required * 2) / 3));
      expect(now.taps).to.be.below(was.taps);
    });
  }

  it('counts what a patient does: each required question once, each tap once', () => {
    const teen = EXAMPLE_PATIENTS['under-18-beta-blocker']();
    // diagnosis, age, treatments, still used, helps (2 treatments), opioids, procedure, liver, pregnancy, naltrexone,
    // conditions, one answer on the symptoms page; side effects, the worst symptoms and the values are optional.
    expect(requiredAnswers(teen)).to.equal(13);
    // Those, with 2 treatments and 2 still used ticked, then duration, side effects, 2 more symptoms rated, the worst
    // symptom (3 rated), the one value that matters a lot to her ticked, then Start, 6 Continue and "Show my guide".
    expect(taps(teen)).to.equal(13 + 2 + 1 + 1 + 2 + 1 + 1 + 8);
    // A value left blank costs no tap and no required answer; each one ticked, one tap.
    expect(taps({ ...teen, 'values-a-lot': undefined })).to.equal(taps(teen) - 1);
    expect(taps({ ...teen, 'values-a-lot': ['cost', 'relief-heart-rate-dizziness'] })).to.equal(taps(teen) + 1);
    expect(requiredAnswers({ ...teen, 'values-a-lot': undefined })).to.equal(13);
  });
});
