/**
 * The guide object itself, as an embedder receives it in `ldn-complete`
 * (event.detail.guide, typed Guide): its fields hold the answers as given.
 * Written from mutants that `npm run mutate` found alive in src/guide
 * (issue 21). Pure: this file also runs in Node.
 */
import { expect } from '@open-wc/testing';
import { buildGuide } from '../src/guide/build-guide.js';
import { question } from '../src/questionnaire/structure.js';
import type { Answers } from '../src/questionnaire/answers.js';
import { completeAnswers } from './fixtures/patients.js';

describe('the guide handed to the host page', () => {
  it('its situation holds the answer to "Have you taken naltrexone or LDN before?" as given, whichever it is', () => {
    const answers = question('naltrexone-before').options as readonly Answers['naltrexone-before'][];
    expect(answers.length).to.be.greaterThan(2);
    for (const given of answers) expect(buildGuide(completeAnswers({ 'naltrexone-before': given })).situation.naltrexoneBefore, given).to.equal(given);
  });
});
