/**
 * What the QR summary's "Tried" line tells a clinician about each treatment:
 * still used or stopped, how much it helps, side effects, and naltrexone taken
 * before with however much the patient said about it; that the opioid line
 * never goes, even when its names must give way; and the printed summary's
 * opioid row. Written from mutants
 * that `npm run mutate` found alive in src/content (issue 21). Pure: this file
 * also runs in Node.
 */
import { expect } from '@open-wc/testing';
import { clinicianSummaryRows } from '../src/content/clinician-summary.js';
import { triedLine } from '../src/content/compact-answer-lines.js';
import { fitCompactLines } from '../src/content/compact-lines.js';
import { opioidLine } from '../src/content/compact-safety-lines.js';
import { buildGuide } from '../src/guide/build-guide.js';
import type { Answers } from '../src/questionnaire/answers.js';
import { completeAnswers, EXAMPLE_PATIENTS, tried } from './fixtures/patients.js';

const triedItems = (patch: Answers) => triedLine(buildGuide(completeAnswers(patch)).clinicianSummary, 'en').items;

describe('compact clinician summary: each treatment tried', () => {
  it('says whether it is still used, how much it helps, and that it caused side effects', () => {
    const items = triedItems(
      tried(['fluids-salt', { status: 'current', helps: 'a-little' }], ['midodrine', { status: 'stopped', helps: 'no', sideEffects: true }]),
    );
    expect(items).to.deep.equal(['Fluids/salt (current, helps a little)', 'Midodrine (stopped, no help, side effects)']);
  });

  it('names a treatment alone, with no empty brackets, when nothing was said about it', () => {
    // "Which of these do you still take?" not answered yet: no status, and the follow-ups it opens are not asked.
    expect(triedItems({ therapies: ['midodrine'], 'therapies-current': undefined })).to.deep.equal(['Midodrine']);
  });

  it('naltrexone before: how much it helped, even without side effects; side effects, even without how much it helped', () => {
    const naltrexone = (helps: Answers['naltrexone-helps'], sideEffects: Answers['naltrexone-side-effects']) =>
      triedItems({ 'naltrexone-before': 'yes', 'naltrexone-helps': helps, 'naltrexone-side-effects': sideEffects })[0];
    expect(naltrexone('a-little', undefined)).to.equal('Naltrexone before (helps a little)');
    expect(naltrexone(undefined, ['side-effects'])).to.equal('Naltrexone before (side effects)');
    expect(naltrexone(undefined, undefined)).to.equal('Naltrexone before');
  });
});

describe('compact clinician summary: opioid use never goes', () => {
  it('when even the first name must give way, the line stays and says how many were named', () => {
    const line = opioidLine(buildGuide(EXAMPLE_PATIENTS['every-safety-concern']()).clinicianSummary, 'en');
    expect(fitCompactLines([line], 0, 'en')).to.equal('Opioids: 1 named; regularly');
  });
});

describe('printed clinician summary: the opioid row', () => {
  const opioidRow = (a: Answers) => clinicianSummaryRows(buildGuide(a).clinicianSummary, 'en').find((r) => r.value.startsWith('Yes: '))?.value;

  it('gives the answer on treatment for opioid use disorder only when it was asked (after a medicine that treatment uses)', () => {
    expect(opioidRow(EXAMPLE_PATIENTS['tramadol-sometimes']())).to.equal('Yes: Tramadol; how often: Now and then');
    expect(opioidRow(EXAMPLE_PATIENTS['every-safety-concern']())).to.match(/^Yes: Methadone; how often: .+; treatment for opioid use disorder: Yes$/);
  });
});
