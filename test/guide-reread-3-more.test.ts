/**
 * The rest of the third clinical re-read's minor and trivial findings
 * (docs/clinical-reread-3-2026-12-07.md): n5, n6, n10, n11 and t1, t3-t8,
 * each on a patient the reviewer described, and the leaning's two sides
 * over any answers.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { clinicianSummaryRows } from '../src/content/clinician-summary.js';
import { compactSummaryText } from '../src/content/compact-summary.js';
import { guideDocument } from '../src/content/guide/document.js';
import { toQuestionnaireResponse } from '../src/export/fhir/response.js';
import type { QuestionnaireResponseItem } from '../src/export/fhir/r4.js';
import { guideToText } from '../src/export/text.js';
import { buildGuide } from '../src/guide/build-guide.js';
import type { Answers } from '../src/questionnaire/answers.js';
import { pruneAnswers } from '../src/questionnaire/prune.js';
import { completeAnswers, tried, valuesALot } from './fixtures/patients.js';
import { anyAnswers } from './support/answers.js';
import { expectedWeigh } from './support/weigh-oracle.js';

const sectionText = (a: Answers, id: string) => {
  const doc = guideDocument(buildGuide(a), 'en');
  return guideToText({ ...doc, title: '', sections: doc.sections.filter((s) => s.id === id) });
};
const leaningRow = (a: Answers) => clinicianSummaryRows(buildGuide(a).clinicianSummary, 'en').find((r) => r.label === 'Leaning toward')!.value;
const qrText = (a: Answers) => compactSummaryText(buildGuide(a).clinicianSummary, 'en', '2026-12-07');

/** Oxycodone after back surgery, another procedure ahead, leaning toward standard care (the reviewer's patient 2b). */
const oxycodoneBackSurgery = completeAnswers({
  'opioid-use': 'yes',
  'opioid-kinds': ['oxycodone-hydrocodone'],
  'opioid-pattern': 'regular',
  'planned-procedure': 'yes',
  ...valuesALot('keep-opioid-pain-relief', 'avoid-side-effects', 'cost'),
  leaning: 'standard-care',
});

/** In treatment for opioid use disorder with buprenorphine. */
const onBuprenorphineForOud = (patch: Answers = {}) =>
  completeAnswers({
    'opioid-use': 'yes',
    'opioid-kinds': ['buprenorphine'],
    'opioid-use-disorder-treatment': 'yes',
    'opioid-pattern': 'regular',
    ...patch,
  });

describe('third re-read n5: a leaning is weighed on both sides, and flagged only where a value tells the options apart', () => {
  it('names what pulls against standard POTS medicines and what fits the choice; the summary and QR do not flag values that count against both medicines', () => {
    const leaning = sectionText(oxycodoneBackSurgery, 'leaning');
    expect(leaning).to.contain(
      'Some things that matter a lot to you pull against standard POTS medicines: Avoiding side effects and Cost. Others fit this choice: Keeping opioid pain relief.',
    );
    expect(leaningRow(oxycodoneBackSurgery)).to.equal('Trying or changing standard POTS care');
    expect(qrText(oxycodoneBackSurgery)).to.contain('\nLeaning: Try or change standard care\n');
  });

  it('a value that pulls against the chosen option only still flags it (waiting for research, leaning toward LDN)', () => {
    const a = completeAnswers({ ...valuesALot('wait-for-research', 'relief-fatigue-pain-fog'), leaning: 'try-ldn' });
    expect(leaningRow(a)).to.equal('Trying LDN. Check: values that matter a lot pull against it: Waiting for stronger research');
    expect(sectionText(a, 'leaning')).to.contain(
      'Some things that matter a lot to you pull against this choice: Waiting for stronger research. Others fit it: Relief from fatigue, pain and brain fog.',
    );
    // Only what fits: its own sentence.
    const fits = completeAnswers({ ...valuesALot('relief-fatigue-pain-fog'), leaning: 'try-ldn' });
    expect(sectionText(fits, 'leaning')).to.contain('\nSome things that matter a lot to you fit this choice: Relief from fatigue, pain and brain fog.\n');
  });

  it('over any answers: the sides the requirements give (test/support/weigh-oracle.ts), in the guide, the clinician summary and the QR code', () => {
    fc.assert(
      fc.property(anyAnswers, (raw) => {
        const a = pruneAnswers(raw);
        const g = buildGuide(a);
        const expected = expectedWeigh(a);
        expect(g.leaningAgainst, 'against').to.have.members(expected.against);
        expect(g.leaningToward, 'toward').to.have.members(expected.toward);
        expect(g.clinicianSummary.leaningAgainst, 'flagged').to.have.members(expected.flagged);
        // The QR code may give the mark up, last, when its bytes run short; it never shows it unflagged.
        if (!expected.flagged.length) expect(qrText(a), 'QR mark').not.to.contain('(against own values)');
      }),
      { numRuns: 1000 },
    );
  });

  it('nothing is said to fit trying LDN where its label rules it out or its safe use is not established (the n5 fix’s review, M1)', () => {
    const fatigue = { ...valuesALot('relief-fatigue-pain-fog'), leaning: 'try-ldn' } as const;
    for (const a of [
      onBuprenorphineForOud(fatigue),
      onBuprenorphineForOud({ ...fatigue, 'opioid-use-disorder-treatment': 'prefer-not' }),
      completeAnswers({ ...fatigue, 'age-group': 'under-18' }),
    ])
      expect(sectionText(a, 'leaning')).not.to.match(/\bfits?\b/);
    expect(sectionText(completeAnswers(fatigue), 'leaning')).to.contain('fit this choice: Relief from fatigue, pain and brain fog.');
  });

  it('keeping a plan with the ivabradine warning is not said to fit avoiding side effects or cost (M2); relief fits no option it is not aimed at (m1)', () => {
    const pregnantOnIvabradine = completeAnswers({
      pregnancy: ['pregnant'],
      ...tried(['ivabradine', { status: 'current', helps: 'a-little' }]),
      ...valuesALot('avoid-side-effects', 'cost'),
      leaning: 'keep-current-plan',
    });
    expect(sectionText(pregnantOnIvabradine, 'leaning')).not.to.match(/\bfits?\b/);
    const bothReliefs = completeAnswers({ ...valuesALot('relief-fatigue-pain-fog', 'relief-heart-rate-dizziness'), leaning: 'standard-care' });
    expect(buildGuide(bothReliefs).leaningToward).to.deep.equal([]);
  });
});

describe('third re-read n6: the liver and procedure flags each have their question', () => {
  it('liver disease "yes" or "not sure": "Is LDN safe for my liver?"; in treatment for opioid use disorder, one that does not assume LDN', () => {
    for (const liver of ['yes', 'not-sure'] as const) {
      expect(sectionText(completeAnswers({ liver }), 'questions'), liver).to.contain('Is LDN safe for my liver?');
      const inTreatment = buildGuide(onBuprenorphineForOud({ liver })).questions;
      expect(inTreatment, liver).to.include('liver-options').and.not.to.include('liver-ldn');
    }
    expect(sectionText(onBuprenorphineForOud({ liver: 'yes' }), 'questions')).to.contain('What does my liver health mean for my treatment options?');
    for (const liver of ['no', 'prefer-not'] as const)
      expect(buildGuide(completeAnswers({ liver })).questions).not.to.include.oneOf(['liver-ldn', 'liver-options']);
  });

  it('a procedure ahead: timing an LDN start is asked after planning pain relief, but never in treatment for opioid use disorder', () => {
    const q = buildGuide(oxycodoneBackSurgery).questions;
    expect(q.indexOf('procedure-timing')).to.equal(q.indexOf('procedure-plan') + 1);
    expect(sectionText(oxycodoneBackSurgery, 'questions')).to.contain('If I try LDN, how would we time it around my procedure?');
    expect(buildGuide(onBuprenorphineForOud({ 'planned-procedure': 'yes' })).questions)
      .to.include('procedure-plan')
      .and.not.to.include('procedure-timing');
  });
});

describe('third re-read n10: "not sure" whether they take an opioid', () => {
  /** "Not sure" almost everywhere (the reviewer's patient 5). */
  const notSureEverywhere = completeAnswers({
    'opioid-use': 'not-sure',
    'opioid-kinds': ['not-sure-which'],
    'opioid-use-disorder-treatment': 'prefer-not',
    'opioid-pattern': 'not-sure',
    liver: 'not-sure',
  });

  it('asks first whether any of their medicines are opioids, and assumes no opioid treatment', () => {
    expect(buildGuide(notSureEverywhere).questions.slice(0, 2)).to.deep.equal(['which-are-opioids', 'ldn-with-current-medicines']);
    const questions = sectionText(notSureEverywhere, 'questions');
    expect(questions).to.contain('1. Are any of my medicines opioids?\n');
    expect(questions).to.contain('Is LDN possible at all with the medicines I take now?');
    expect(questions).not.to.contain('my opioid treatment');
  });

  it('a patient who says "yes" keeps the neutral question about their opioid treatment', () => {
    const yes = buildGuide({ ...notSureEverywhere, 'opioid-use': 'yes' }).questions;
    expect(yes.slice(0, 1)).to.deep.equal(['ldn-with-opioid-treatment']);
    expect(yes).not.to.include('which-are-opioids');
  });
});

describe('third re-read n11: breastfeeding', () => {
  it('asks whether their current medicines are safe while breastfeeding, as pregnant and planning patients ask', () => {
    const a = completeAnswers({ pregnancy: ['breastfeeding'], ...tried(['ivabradine', { status: 'current', helps: 'a-little' }]) });
    expect(sectionText(a, 'questions')).to.contain('Are my current medicines safe while breastfeeding?');
  });
});

describe('third re-read n12: relief that matters a lot is said once in "What matters to you"', () => {
  it('after the sentence on what standard medicines aim at, no second relief sentence: the table says what keeping the plan may miss, and the weigh step names relief when it pulls against the leaning', () => {
    for (const value of ['relief-fatigue-pain-fog', 'relief-heart-rate-dizziness'] as const) {
      const values = sectionText(completeAnswers(valuesALot(value)), 'values');
      expect(values.match(/matters a lot to you/g), value).to.have.length(1);
      expect(values, value).not.to.contain('Keeping your current plan adds no new treatment.');
    }
    const keeping = completeAnswers({ ...valuesALot('relief-fatigue-pain-fog'), leaning: 'keep-current-plan' });
    expect(sectionText(keeping, 'options')).to.contain('You might miss relief another treatment could bring.');
    expect(sectionText(keeping, 'leaning')).to.contain('pull against this choice: Relief from fatigue, pain and brain fog.');
  });

  it('with both reliefs ticked, no sentence above names relief, so the one on keeping the plan names both, and neither is listed again', () => {
    const values = sectionText(completeAnswers(valuesALot('relief-fatigue-pain-fog', 'relief-heart-rate-dizziness')), 'values');
    expect(values).to.contain('Relief from your symptoms matters a lot to you. Keeping your current plan adds no new treatment.');
    expect(values).not.to.contain('Also matters a lot to you');
  });
});

describe('third re-read trivial findings', () => {
  it('t1: the advice for someone who already takes naltrexone is left out when they never have', () => {
    const advice = 'If you already take naltrexone, guidelines advise stopping it before planned surgery.';
    expect(sectionText({ ...oxycodoneBackSurgery, 'naltrexone-before': 'no' }, 'safety'))
      .to.contain('Talk about timing.')
      .and.not.to.contain(advice);
    for (const before of ['yes', 'not-sure', undefined] as const)
      expect(sectionText({ ...oxycodoneBackSurgery, 'naltrexone-before': before }, 'safety'), String(before)).to.contain(advice);
  });

  it('t3: "not sure" about liver disease is not read as reported in the clinician summary', () => {
    const row = clinicianSummaryRows(buildGuide(completeAnswers({ liver: 'not-sure' })).clinicianSummary, 'en')[0]!.value;
    expect(row).to.equal('Possible liver disease (answered not sure)');
  });

  it('t4: with no value ticked, the sentence needs nothing before it to make sense', () => {
    expect(sectionText(completeAnswers({ 'values-a-lot': undefined }), 'values')).to.contain('You did not tick anything as mattering a lot to you.');
  });

  it('t5: the exported answer to "does it help?" fits a stopped treatment too', () => {
    const a = completeAnswers(tried(['fludrocortisone', { status: 'stopped', helps: 'no' }]));
    const items = (list: readonly QuestionnaireResponseItem[] = []): QuestionnaireResponseItem[] => list.flatMap((i) => [i, ...items(i.item)]);
    const helps = items(toQuestionnaireResponse(a).item).find((i) => i.linkId === 'therapy-helps-fludrocortisone')!;
    expect(helps.text).to.equal('Does or did it help?');
  });

  it('t6: the QR code lists treatments taken now before stopped ones, so "+N more" never hides a current one', () => {
    const a = completeAnswers(
      tried(
        ['beta-blocker', { status: 'stopped', helps: 'a-little', sideEffects: true }],
        ['fludrocortisone', { status: 'stopped', helps: 'no' }],
        ['ivabradine', { status: 'current', helps: 'a-little' }],
      ),
    );
    expect(qrText(a)).to.match(/\nTried: Ivabradine \(/);
  });

  it('t8: the LDN option says the dose is usually raised slowly, as the source does (S0)', () => {
    expect(sectionText(completeAnswers({}), 'options')).to.contain('The dose is usually raised slowly.');
  });
});
