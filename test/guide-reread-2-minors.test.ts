/**
 * The minor findings of the second independent clinical re-read of 2026-12-07
 * (docs/clinical-reread-2-2026-12-07.md, issue 22) that are fixed in the
 * guide: the ivabradine warning where the options are weighed (m5) and the
 * "weigh" sentence for standard care (m6). The QR code's floor items (m2) are
 * in test/compact-summary.test.ts, the many-flag patient's length (m8) in
 * test/guide-length.test.ts.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { GuideDocument, OptionsBlock } from '../src/content/guide/blocks.js';
import { guideDocument } from '../src/content/guide/document.js';
import { VALUE_CONFLICT_TEXT } from '../src/content/values.js';
import { guideToText } from '../src/export/text.js';
import { buildGuide } from '../src/guide/build-guide.js';
import { VALUE_CONFLICT_RULES } from '../src/guide/rules/value-conflicts.js';
import type { Answers } from '../src/questionnaire/answers.js';
import { EXAMPLE_PATIENTS, valuesALot } from './fixtures/patients.js';
import { anyAnswers, withAnswers } from './support/answers.js';

const docOf = (a: Answers): GuideDocument => guideDocument(buildGuide(a), 'en');
const cell = (a: Answers, field: string, option: number) => {
  const table = docOf(a)
    .sections.flatMap((s) => s.blocks)
    .find((b): b is OptionsBlock => b.type === 'options')!;
  return table.fields.find((f) => f.id === field)!.cells[option]!;
};
const NO_CHANGE = 2;
const leaningText = (a: Answers) =>
  docOf(a)
    .sections.find((s) => s.id === 'leaning')!
    .blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))
    .join(' ');

describe('second re-read m5: keeping the current plan on ivabradine, pregnant or planning', () => {
  it('points back to the ivabradine warning in the plan’s harms, with its source (S17)', () => {
    const a = withAnswers(EXAMPLE_PATIENTS['planning-pregnancy-ivabradine'](), { leaning: 'keep-current-plan' });
    const harms = cell(a, 'harms', NO_CHANGE);
    expect(harms.text).to.contain('Ivabradine needs a talk with its prescriber (see above).');
    expect(harms.sources).to.deep.equal(['S17']);
  });

  it('says so exactly when the ivabradine flag is raised, for any answers', () => {
    // Half the answer sets take ivabradine now, so both sides of the rule are met often.
    const onIvabradine = anyAnswers.map((a) => withAnswers(a, { therapies: ['ivabradine'], 'therapies-current': ['ivabradine'] }));
    let flagged = 0;
    fc.assert(
      fc.property(fc.oneof(anyAnswers, onIvabradine), (a) => {
        const raised = buildGuide(a).safety.includes('ivabradine-pregnancy');
        if (raised) flagged++;
        return /Ivabradine/.test(cell(a, 'harms', NO_CHANGE).text) === raised;
      }),
      { numRuns: 400, seed: 17 },
    );
    expect(flagged).to.be.greaterThan(20);
  });
});

describe('second re-read m8: shorter where Safety first already says it', () => {
  it('points back to Safety first for LDN blocking opioid pain relief, which it says whenever that value is offered', () => {
    fc.assert(
      fc.property(anyAnswers, (a) => {
        const doc = docOf(a);
        const said = (id: string) => guideToText({ ...doc, title: '', sections: doc.sections.filter((s) => s.id === id) });
        if (!said('values').includes('LDN blocks it (see Safety first).')) return true;
        return /blocks? (the )?opioid pain relief/.test(said('safety'));
      }),
      { numRuns: 1000, seed: 8 },
    );
  });
});

describe('second re-read m6: values that pull against standard care pull against its medicines', () => {
  it('names standard POTS medicines, not the whole choice with its non-drug steps', () => {
    const a = withAnswers(EXAMPLE_PATIENTS['nothing-notable'](), { ...valuesALot('cost', 'avoid-side-effects'), leaning: 'standard-care' });
    expect(leaningText(a)).to.contain('Some things that matter a lot to you pull against standard POTS medicines: Avoiding side effects and Cost.');
    expect(leaningText(withAnswers(a, { leaning: 'try-ldn' }))).to.contain('pull against this choice: Avoiding side effects and Cost.');
  });

  it('holds because every value that pulls against standard care says so of its medicines', () => {
    const againstStandardCare = VALUE_CONFLICT_RULES.filter((r) => (r.options as readonly string[]).includes('conventional'));
    expect(againstStandardCare.length).to.be.greaterThan(0);
    for (const rule of againstStandardCare) expect(VALUE_CONFLICT_TEXT[rule.id].text(), rule.id).to.match(/medicine/i);
  });
});
