/**
 * The minor findings of the third independent clinical re-read of 2026-12-07
 * (docs/clinical-reread-3-2026-12-07.md, issue 22) that are fixed in the
 * guide, each on a patient the reviewer described. The withdrawal warning's
 * "do not stop or lower" for a withheld answer (n2) is also checked over every
 * safety combination in test/guide-invariants.test.ts.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { GuideDocument, OptionsBlock } from '../src/content/guide/blocks.js';
import { guideDocument } from '../src/content/guide/document.js';
import { guideToText } from '../src/export/text.js';
import { buildGuide } from '../src/guide/build-guide.js';
import type { Answers } from '../src/questionnaire/answers.js';
import { completeAnswers, EXAMPLE_PATIENTS, symptoms, tried, valuesALot } from './fixtures/patients.js';
import { REREAD3_PATIENTS } from './fixtures/reread3-patients.js';
import { anyAnswers } from './support/answers.js';

const docOf = (a: Answers): GuideDocument => guideDocument(buildGuide(a), 'en');
const sectionText = (a: Answers, id: string) => {
  const doc = docOf(a);
  return guideToText({ ...doc, title: '', sections: doc.sections.filter((s) => s.id === id) });
};

/** On methadone every day, and would rather not say whether it is treatment for opioid use disorder (the reviewer's patient 1b). */
const methadoneWithheld = REREAD3_PATIENTS['methadone-oud-withheld-procedure-unsure']();

describe('third re-read n1: the opioid-free period in the facts file’s words', () => {
  it('"an opioid-free period is needed; your clinician will say how long" (S3)', () => {
    expect(sectionText(EXAMPLE_PATIENTS['tramadol-sometimes'](), 'safety')).to.contain(
      'If LDN is an option, an opioid-free period is needed first. Your clinician will say how long.',
    );
  });
});

describe('third re-read n2: "prefer not to say" about treatment for opioid use disorder', () => {
  it('says not to stop or lower that treatment, on the chance, with its source (S16), and no opioid-free period', () => {
    const safety = sectionText(methadoneWithheld, 'safety');
    expect(safety).to.contain('If you are in treatment for opioid use disorder, do not stop or lower it to try LDN. Stopping it raises the risk of overdose.');
    expect(safety).to.contain('S16');
    expect(safety).not.to.contain('opioid-free period');
  });

  it('says it once: in treatment, the flag of its own says it, not the withdrawal warning', () => {
    const safety = sectionText(EXAMPLE_PATIENTS['buprenorphine-for-oud'](), 'safety');
    expect(safety.match(/do not stop or lower/gi)).to.have.length(1);
  });
});

describe('third re-read n3: the label’s contraindication covers every opioid treatment for opioid use disorder', () => {
  it('names methadone and buprenorphine as examples, so a patient on morphine treatment reads it as about them (S3)', () => {
    const morphine = completeAnswers({
      'opioid-use': 'yes',
      'opioid-kinds': ['morphine-hydromorphone'],
      'opioid-use-disorder-treatment': 'yes',
      'opioid-pattern': 'regular',
    });
    expect(sectionText(morphine, 'safety')).to.contain(
      'The naltrexone label says not to take it during treatment for opioid use disorder, such as with methadone or buprenorphine.',
    );
  });
});

describe('third re-read n8 and n9: relief that matters a lot, said as the patient said it', () => {
  it('standard POTS medicines aim at heart rate and blood pressure (S0, S5)', () => {
    expect(sectionText(completeAnswers(valuesALot('relief-fatigue-pain-fog')), 'values')).to.contain(
      'Standard POTS medicines are mainly aimed at heart rate and blood pressure.',
    );
  });

  it('never tells a patient that relief from her own worst symptom matters less to her (the reviewer’s teen, patient 3a)', () => {
    const teen = completeAnswers({
      'age-group': 'under-18',
      ...symptoms({ 'light-headedness': 'severe', 'brain-fog': 'severe', fatigue: 'moderate' }),
      'worst-symptom': ['brain-fog', 'light-headedness'],
      ...valuesALot('relief-fatigue-pain-fog', 'avoid-side-effects'),
      leaning: 'try-ldn',
    });
    const values = sectionText(teen, 'values');
    expect(values).to.contain('Relief from fatigue, pain and brain fog matters a lot to you.');
    expect(values).not.to.match(/more to you than|light-headedness/);
  });
});

describe('third re-read n4: standard care names ivabradine, so pregnant or planning, its harms give the label’s warning (S17)', () => {
  const standardCareHarms = (a: Answers) => {
    const table = docOf(a)
      .sections.flatMap((s) => s.blocks)
      .find((b): b is OptionsBlock => b.type === 'options')!;
    return table.fields.find((f) => f.id === 'harms')!.cells[1]!;
  };

  it('for a patient pregnant after stopping ivabradine, with no ivabradine flag (the reviewer’s edge case)', () => {
    const stopped = completeAnswers({ ...tried(['ivabradine', { status: 'stopped', helps: 'a-lot' }]), pregnancy: ['pregnant'] });
    expect(buildGuide(stopped).safety).not.to.include('ivabradine-pregnancy');
    const harms = standardCareHarms(stopped);
    expect(harms.text).to.contain('The ivabradine label warns it may harm an unborn baby.');
    expect(harms.sources).to.include('S17');
  });

  it('exactly when pregnant or planning, for any answers', () => {
    fc.assert(
      fc.property(anyAnswers, (a) => {
        const safety = buildGuide(a).safety;
        return /unborn baby/.test(standardCareHarms(a).text) === (safety.includes('pregnant') || safety.includes('planning-pregnancy'));
      }),
      { numRuns: 300, seed: 4 },
    );
  });
});

describe('third re-read n12: "What you have tried" names treatments in a few words', () => {
  it('the guide and the clinician summary say "Exercise training", not the question’s explanation', () => {
    const a = completeAnswers(tried(['exercise-training', { status: 'stopped', helps: 'no' }], ['compression', { status: 'current', helps: 'a-little' }]));
    const situation = sectionText(a, 'situation');
    expect(situation).to.contain('Exercise training (stopped): no benefit');
    expect(situation).to.contain('Compression garments (still using): a little benefit');
    expect(situation).not.to.contain('starting lying down');
    expect(sectionText(a, 'clinician-summary')).to.contain('Exercise training (stopped): no benefit');
  });
});

describe('third re-read n7: no question that assumes LDN goes ahead fills the list of a patient leaning away from it', () => {
  it('leaning toward keeping the plan, only their own questions and "what if I keep my current plan"', () => {
    const settled = completeAnswers({
      ...tried(['fluids-salt', { status: 'current', helps: 'a-lot' }], ['compression', { status: 'current', helps: 'a-lot' }]),
      ...symptoms({ 'racing-heart': 'mild' }),
      leaning: 'keep-current-plan',
    });
    expect(buildGuide(settled).questions).to.deep.equal(['heart-rate-symptoms', 'what-if-no-change']);
    // Not sure yet: the list fills to six as before.
    expect(buildGuide({ ...settled, leaning: 'not-sure-yet' }).questions).to.have.length(6);
  });

  it('a question tied to what matters a lot stays, whatever the leaning', () => {
    const a = completeAnswers({ ...valuesALot('cost'), leaning: 'standard-care' });
    expect(buildGuide(a).questions).to.include('cost');
  });
});
