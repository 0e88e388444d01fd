/**
 * The guide stays short enough to read on a phone before a visit: at most
 * 1,200 words a patient reads, for every example patient and every realistic
 * patient of the third clinical re-read (n12; CI also prints the counts:
 * `npm run check:length`).
 */
import { expect } from '@open-wc/testing';
import { guideDocument } from '../src/content/guide/document.js';
import { buildGuide } from '../src/guide/build-guide.js';
import { completeAnswers } from './fixtures/patients.js';
import { exampleLengths, PATIENT_READ_WORD_LIMIT, patientReadWords, realisticLengths } from './support/guide-length.js';

describe('guide length', () => {
  for (const { patient, words } of exampleLengths()) {
    it(`example "${patient}": ${words} words a patient reads, at most ${PATIENT_READ_WORD_LIMIT}`, () => {
      expect(words).to.be.at.most(PATIENT_READ_WORD_LIMIT);
    });
  }

  for (const { patient, words } of realisticLengths()) {
    it(`third re-read's realistic patient "${patient}": ${words} words a patient reads, at most ${PATIENT_READ_WORD_LIMIT}`, () => {
      expect(words).to.be.at.most(PATIENT_READ_WORD_LIMIT);
    });
  }

  it('counts what the patient reads: not the clinician summary, the reference list or source ids', () => {
    const doc = guideDocument(buildGuide(completeAnswers()), 'en');
    // A longer statement counts more words; adding a clinician summary row counts none.
    const longer = structuredClone(doc);
    longer.sections[1]!.blocks.push({ type: 'paragraph', text: 'one two three', sources: ['S0', 'S1'] });
    expect(patientReadWords(longer)).to.equal(patientReadWords(doc) + 3);
    const withSources = structuredClone(doc);
    withSources.sections.at(-1)!.blocks.push({ type: 'sources', items: [{ id: 'S1', citation: 'A long citation with many words in it' }] });
    expect(patientReadWords(withSources)).to.equal(patientReadWords(doc));
    const withSummaryRow = structuredClone(doc);
    const summary = withSummaryRow.sections.find((s) => s.id === 'clinician-summary')!;
    summary.blocks.push({ type: 'paragraph', text: 'many more words for the clinician only' });
    expect(patientReadWords(withSummaryRow)).to.equal(patientReadWords(doc));
  });
});
