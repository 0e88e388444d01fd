/**
 * The clinical review's safety findings (issue 22, items 1, 2, 4 and 6), each
 * on the guide a patient reads, the clinician summary and the QR code's text:
 * opioid use disorder treatment, a planned procedure before any LDN,
 * pregnancy and current medicines (ivabradine), and age. The rules hold over
 * every combination of answers in test/guide-invariants.test.ts; here each
 * finding is shown on the patients the reviewers described.
 */
import { expect } from '@open-wc/testing';
import { clinicianSummaryRows } from '../src/content/clinician-summary.js';
import { compactSummaryText } from '../src/content/compact-summary.js';
import type { GuideDocument } from '../src/content/guide/blocks.js';
import { guideDocument } from '../src/content/guide/document.js';
import { QUESTION_TO_ASK_TEXT } from '../src/content/questions-to-ask.js';
import { SAFETY_FLAG_TEXT } from '../src/content/safety.js';
import { guideToText } from '../src/export/text.js';
import { buildGuide } from '../src/guide/build-guide.js';
import type { Answers } from '../src/questionnaire/answers.js';
import { completeAnswers, EXAMPLE_PATIENTS, tried } from './fixtures/patients.js';

const docOf = (a: Answers): GuideDocument => guideDocument(buildGuide(a), 'en');
const textOf = (a: Answers) => guideToText(docOf(a));
const sectionText = (a: Answers, id: string) => guideToText({ ...docOf(a), title: '', sections: docOf(a).sections.filter((s) => s.id === id) });
const flagsRow = (a: Answers) => clinicianSummaryRows(buildGuide(a).clinicianSummary, 'en')[0]!.value;
const qrText = (a: Answers) => compactSummaryText(buildGuide(a).clinicianSummary, 'en', '2026-12-07');

const onBuprenorphine = (patch: Answers = {}) =>
  completeAnswers({
    'opioid-use': 'yes',
    'opioid-kinds': ['buprenorphine'],
    'opioid-pattern': 'regular',
    'opioid-use-disorder-treatment': 'yes',
    leaning: 'try-ldn',
    ...patch,
  });

describe('review finding 1: a patient in treatment for opioid use disorder', () => {
  const a = onBuprenorphine();

  it('is never told that an opioid-free period is the way to LDN, nor asked how long to be off opioids', () => {
    const text = textOf(a);
    expect(text).not.to.match(/opioid-free period/i);
    expect(text).not.to.contain(QUESTION_TO_ASK_TEXT['opioid-free-period']());
    expect(buildGuide(a).opioidFreePeriod).to.equal(false);
  });

  it('reads, right under the withdrawal warning, that the label rules naltrexone out during that treatment, and not to stop or lower it (S3, S16)', () => {
    const safety = sectionText(a, 'safety');
    const oud = safety.slice(safety.indexOf(`! ${SAFETY_FLAG_TEXT['opioid-use-disorder-treatment'].title()}`));
    expect(safety.indexOf('! Opioid medicines and LDN do not mix')).to.be.lessThan(safety.indexOf(oud));
    expect(oud).to.contain('The naltrexone label says not to take it during treatment for opioid use disorder, such as with methadone or buprenorphine.');
    expect(oud).to.contain('Do not stop or lower your treatment to try LDN. Stopping it raises the risk of overdose.');
    expect(oud).to.contain('Any change to it is up to the clinician who treats it.');
    expect(oud).to.contain('[Sources: S3,\u00a0S16]');
    expect(docOf(a).sources).to.include.members(['S3', 'S16']);
  });

  it('is asked whether LDN is possible at all while staying on the treatment, and what else could help, first', () => {
    const questions = buildGuide(a).questions;
    expect(questions.slice(0, 2)).to.deep.equal(['ldn-with-oud-treatment', 'what-else-could-help']);
    const text = sectionText(a, 'questions');
    expect(text).to.contain('1. Is LDN possible at all while I stay on my treatment for opioid use disorder?');
    expect(text).to.contain('2. What else could help my POTS?');
  });

  it('shows the clinician, in the summary and the QR code, that the label lists this treatment as a contraindication', () => {
    expect(flagsRow(a)).to.contain('Treatment for opioid use disorder (naltrexone contraindicated per label)');
    expect(qrText(a).split('\n')[1]).to.equal('Safety: Opioids (withdrawal risk), OUD treatment (contraindicated)');
  });

  it('"prefer not to say" while taking opioids: no opioid-free period either, and the question whether LDN is possible at all', () => {
    const withheld = onBuprenorphine({ 'opioid-use-disorder-treatment': 'prefer-not' });
    expect(textOf(withheld)).not.to.match(/opioid-free period|off opioids/i);
    expect(buildGuide(withheld).questions[0]).to.equal('ldn-with-opioid-treatment');
    expect(qrText(withheld)).to.contain('Not answered: OUD treatment');
  });

  it('someone who takes tramadol, not in that treatment, is still told an opioid-free period is needed and asked how long', () => {
    const tramadol = EXAMPLE_PATIENTS['tramadol-regularly']();
    expect(sectionText(tramadol, 'safety')).to.contain('If LDN is an option, an opioid-free period is needed first. Your clinician will say how long.');
    expect(buildGuide(tramadol).questions[0]).to.equal('opioid-free-period');
  });
});

describe('review finding 2: a planned procedure before any LDN', () => {
  const surgery = completeAnswers({
    'opioid-use': 'yes',
    'opioid-kinds': ['tramadol'],
    'opioid-pattern': 'occasional',
    'planned-procedure': 'yes',
  });

  it('says that starting LDN before the procedure could block the opioid pain relief needed after it (S0, S3, S12)', () => {
    // Not sure whether they took naltrexone before: the advice for someone who takes it stays (third re-read t1).
    const safety = sectionText({ ...surgery, 'naltrexone-before': 'not-sure' }, 'safety');
    expect(safety).to.contain('Starting LDN before a procedure could block the opioid pain relief you may need after it. Talk about timing.');
    expect(safety).to.match(
      /Talk about timing\. If you already take naltrexone, guidelines advise stopping it before planned surgery\. Plan this with your care team\. \[Sources: S0,\u00a0S3,\u00a0S12\]/,
    );
  });

  it('keeps "Yes" as planned in the clinician summary and the QR code; "Not sure" is possibly planned', () => {
    expect(flagsRow(surgery)).to.contain('Procedure planned');
    expect(flagsRow(surgery)).not.to.contain('possibly');
    expect(qrText(surgery)).to.contain('Procedure planned');
    const unsure = { ...surgery, 'planned-procedure': 'not-sure' } as Answers;
    expect(flagsRow(unsure)).to.contain('Procedure possibly planned');
    expect(qrText(unsure)).to.contain('Possible procedure');
  });
});

describe('review finding 4: pregnancy and current medicines', () => {
  const onIvabradine = (pregnancy: Answers['pregnancy'], status: 'current' | 'stopped' = 'current') =>
    completeAnswers({ ...tried(['ivabradine', { status, helps: 'a-lot' }]), pregnancy });

  it('each state has its own wording and its own question; pregnant or planning also asks for a review of current medicines', () => {
    const questionsFor = (state: 'pregnant' | 'planning-pregnancy' | 'breastfeeding') => sectionText(completeAnswers({ pregnancy: [state] }), 'questions');
    expect(questionsFor('pregnant')).to.contain('What is known about LDN in pregnancy?');
    expect(questionsFor('pregnant')).to.contain('Are my current medicines safe in pregnancy?');
    expect(questionsFor('planning-pregnancy')).to.contain('What is known about LDN if I become pregnant?');
    expect(questionsFor('planning-pregnancy')).to.contain('Are my current medicines safe if I become pregnant?');
    expect(questionsFor('breastfeeding')).to.contain('What is known about LDN while breastfeeding?');
    expect(questionsFor('breastfeeding')).not.to.match(/current POTS medicines/);
    const whys = (['pregnant', 'planning-pregnancy', 'breastfeeding'] as const).map((f) => SAFETY_FLAG_TEXT[f].why());
    expect(new Set(whys).size).to.equal(3);
  });

  it('warns about ivabradine, citing its label (S17), when it is taken now and the patient is pregnant or planning; it says to talk, never to stop', () => {
    for (const state of ['pregnant', 'planning-pregnancy'] as const) {
      const a = onIvabradine([state]);
      expect(buildGuide(a).safety, state).to.include('ivabradine-pregnancy');
      const safety = sectionText(a, 'safety');
      expect(safety, state).to.contain('The ivabradine label warns that it may harm an unborn baby');
      expect(safety, state).not.to.match(/\bstop\b/i);
      expect(flagsRow(a), state).to.contain('fetal toxicity warning');
      expect(qrText(a), state).to.contain('Ivabradine (fetal risk)');
      // A medicine taken now comes before the points about starting LDN (independent clinical re-read, m1).
      expect(buildGuide(a).safety.indexOf('ivabradine-pregnancy'), state).to.be.below(buildGuide(a).safety.indexOf(state));
    }
    // Pregnant: no birth-control advice, and the talk is soon; planning: before trying (re-read, M1).
    const pregnant = sectionText(onIvabradine(['pregnant']), 'safety');
    expect(pregnant).to.contain('Talk with the clinician who prescribes it as soon as you can. [Sources: S17]');
    expect(pregnant).not.to.match(/birth control/);
    const planning = sectionText(onIvabradine(['planning-pregnancy']), 'safety');
    expect(planning).to.contain('It advises reliable birth control for anyone who could become pregnant.');
    expect(planning).to.contain('Talk with the clinician who prescribes it before you try to become pregnant. [Sources: S17]');
  });

  it('raises no ivabradine warning when it was stopped, when only breastfeeding, or without ivabradine', () => {
    expect(buildGuide(onIvabradine(['planning-pregnancy'], 'stopped')).safety).not.to.include('ivabradine-pregnancy');
    expect(buildGuide(onIvabradine(['breastfeeding'])).safety).not.to.include('ivabradine-pregnancy');
    expect(buildGuide(completeAnswers({ pregnancy: ['pregnant'] })).safety).not.to.include('ivabradine-pregnancy');
  });
});

describe('review finding 6: age', () => {
  const young = () => EXAMPLE_PATIENTS['under-18-beta-blocker']();

  it('under 18: says the three facts plainly, citing the label, the trial and the diagnostic criteria (S3, S2, S5, S7)', () => {
    expect(buildGuide(young()).safety).to.deep.equal(['under-18']);
    const safety = sectionText(young(), 'safety');
    expect(safety).to.contain('! Under 18\n');
    expect(safety).to.contain('Naltrexone has not been shown to be safe for people under 18.');
    expect(safety).to.contain('The POTS trial takes adults only.');
    expect(safety).to.contain('At ages 12 to 19, POTS is diagnosed with a bigger heart-rate rise: at least 40 beats a minute, not 30.');
    expect(safety).to.contain('[Sources: S3,\u00a0S2,\u00a0S5,\u00a0S7]');
  });

  it('under 18: the flag has its question, as every safety flag does, and it is never cut (independent clinical re-read, M2)', () => {
    const ask = 'Is LDN an option at my age?';
    expect(sectionText(young(), 'questions')).to.contain(ask);
    // With the most personal questions at once, it is still there.
    const crowded = completeAnswers({
      'age-group': 'under-18',
      'planned-procedure': 'yes',
      pregnancy: ['pregnant', 'breastfeeding'],
      'naltrexone-before': 'yes',
    });
    expect(sectionText(crowded, 'questions')).to.contain(ask);
    expect(sectionText(completeAnswers({ 'age-group': '18-or-over' }), 'questions')).not.to.contain(ask);
  });

  it('shows the age group in the clinician summary and the QR code; "prefer not to say" is named as withheld', () => {
    const rows = (a: Answers) => clinicianSummaryRows(buildGuide(a).clinicianSummary, 'en');
    expect(rows(young()).find((r) => r.label === 'Age group')?.value).to.equal('Under 18');
    expect(flagsRow(young())).to.contain('Under 18 (naltrexone safety not established)');
    expect(qrText(young()).split('\n')[1]).to.equal('Safety: Under 18');
    expect(qrText(completeAnswers()).split('\n')[2]).to.match(/^POTS: Diagnosed, Age 18\+/);
    const withheld = completeAnswers({ 'age-group': 'prefer-not' });
    expect(buildGuide(withheld).safety).to.deep.equal([]);
    expect(qrText(withheld).split('\n')[1]).to.equal('Safety: Not answered: age');
    expect(rows(withheld).find((r) => r.label === 'Age group')?.value).to.equal('Prefer not to say');
  });
});
