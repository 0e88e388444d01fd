/**
 * The minor findings of the independent clinical re-read of 2026-12-07
 * (docs/clinical-reread-2026-12-07.md, issue 22), each on the patient the
 * reviewer described: the OUD path's procedure flag, question wording and
 * question list, the value sentences, balanced value conflicts, questions for
 * severe headaches, a suspected diagnosis and waiting for research, the case
 * series' own conclusion, and the withdrawal flag's pharmacist. The QR code's
 * floor items (m15) are in test/compact-summary.test.ts.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { GuideDocument } from '../src/content/guide/blocks.js';
import { guideDocument } from '../src/content/guide/document.js';
import { guideToText } from '../src/export/text.js';
import { buildGuide } from '../src/guide/build-guide.js';
import { clinicianSummaryRows } from '../src/content/clinician-summary.js';
import { compactSummaryText } from '../src/content/compact-summary.js';
import { GENERAL_QUESTIONS } from '../src/guide/rules/questions-to-ask.js';
import { mayBeInOpioidUseDisorderTreatment } from '../src/guide/rules/safety-flags.js';
import type { Answers } from '../src/questionnaire/answers.js';
import type { ValueId } from '../src/questionnaire/options.js';
import { completeAnswers, EXAMPLE_PATIENTS, REREAD_PATIENTS, symptoms, valuesALot } from './fixtures/patients.js';
import { anyAnswers } from './support/answers.js';
import { pruneAnswers } from '../src/questionnaire/prune.js';

const docOf = (a: Answers): GuideDocument => guideDocument(buildGuide(a), 'en');
const sectionText = (a: Answers, id: string) => guideToText({ ...docOf(a), title: '', sections: docOf(a).sections.filter((s) => s.id === id) });
const flagWhy = (a: Answers, id: string) => {
  const flag = docOf(a)
    .sections[0]!.blocks.filter((b) => b.type === 'flag')
    .find((b) => b.id === id);
  return flag?.type === 'flag' ? flag.why : undefined;
};

const methadonePregnantSurgery = REREAD_PATIENTS['methadone-pregnant-surgery'];
const teenLongCovidCodeine = REREAD_PATIENTS['teen-long-covid-codeine'];

describe('re-read m3: a procedure ahead for someone who is, or may be, in treatment for opioid use disorder', () => {
  it('plans pain relief with the care team, and never talks about timing an LDN start (S12)', () => {
    for (const oud of ['yes', 'prefer-not'] as const) {
      const why = flagWhy(methadonePregnantSurgery({ 'opioid-use-disorder-treatment': oud }), 'planned-procedure');
      expect(why, oud).to.equal('Plan pain relief for your procedure with your care team.');
    }
  });

  it('keeps the timing point for someone who takes opioids outside that treatment (S0, S3, S12)', () => {
    expect(flagWhy(EXAMPLE_PATIENTS['surgery-planned-tramadol'](), 'planned-procedure')).to.match(/^Starting LDN before a procedure .* Talk about timing\./);
    expect(flagWhy(methadonePregnantSurgery({ 'opioid-use-disorder-treatment': 'no' }), 'planned-procedure')).to.contain('Talk about timing.');
  });
});

describe('re-read m5: whether LDN is possible at all while staying on treatment', () => {
  it('names the treatment for opioid use disorder when the patient reported it', () => {
    const questions = sectionText(EXAMPLE_PATIENTS['buprenorphine-for-oud'](), 'questions');
    expect(questions).to.contain('1. Is LDN possible at all while I stay on my treatment for opioid use disorder?');
    expect(questions).not.to.contain('my opioid treatment');
  });

  it('stays neutral for "prefer not to say"', () => {
    const withheld = methadonePregnantSurgery({ 'opioid-use-disorder-treatment': 'prefer-not' });
    expect(buildGuide(withheld).questions[0]).to.equal('ldn-with-opioid-treatment');
    expect(sectionText(withheld, 'questions')).to.contain('1. Is LDN possible at all while I stay on my opioid treatment?');
    expect(sectionText(withheld, 'questions')).not.to.contain('opioid use disorder');
  });
});

describe('re-read m6: in treatment for opioid use disorder, no filler that assumes LDN goes ahead', () => {
  it('asks only their own questions and "what if I keep my current plan"', () => {
    expect(buildGuide(EXAMPLE_PATIENTS['in-opioid-use-disorder-treatment']()).questions).to.deep.equal([
      'ldn-with-oud-treatment',
      'what-else-could-help',
      'what-if-no-change',
    ]);
    const q = buildGuide(methadonePregnantSurgery()).questions;
    expect(q.filter((id) => GENERAL_QUESTIONS.includes(id))).to.deep.equal(['what-if-no-change']);
  });

  it('second re-read m4: not even a general question tied to what matters a lot to them (cost, side effects, relief), which would assume LDN goes ahead', () => {
    const a = { ...EXAMPLE_PATIENTS['in-opioid-use-disorder-treatment'](), ...valuesALot('cost', 'avoid-side-effects', 'relief-fatigue-pain-fog') };
    expect(buildGuide(a).questions).to.deep.equal(['ldn-with-oud-treatment', 'what-else-could-help', 'what-if-no-change']);
  });

  it('someone who would not say gets none of them either: they may be in that treatment (third re-read n7, which reverses this re-read’s choice)', () => {
    const q = buildGuide({ ...EXAMPLE_PATIENTS['in-opioid-use-disorder-treatment'](), 'opioid-use-disorder-treatment': 'prefer-not' }).questions;
    expect(q).to.deep.equal(['ldn-with-opioid-treatment', 'other-options-first', 'what-if-no-change']);
  });

  it('the emergency pain-relief question follows its value there too, as the rule comment says', () => {
    expect(buildGuide(methadonePregnantSurgery()).questions).to.include('future-pain-relief');
    expect(buildGuide(methadonePregnantSurgery(valuesALot('stay-on-oud-treatment', 'avoid-side-effects'))).questions).not.to.include('future-pain-relief');
  });
});

describe('re-read m8: the value sentences name the whole value', () => {
  it('relief from fatigue, pain and brain fog; relief from a racing heart and light-headedness (never "more than" a box left blank: third re-read n9)', () => {
    expect(sectionText(EXAMPLE_PATIENTS['buprenorphine-for-oud'](), 'values')).to.contain(
      'Relief from fatigue, pain and brain fog matters a lot to you. Standard POTS medicines are mainly aimed at heart rate and blood pressure.',
    );
    const heart = completeAnswers(valuesALot('relief-heart-rate-dizziness'));
    expect(sectionText(heart, 'values')).to.contain('Relief from a racing heart and light-headedness matters a lot to you.');
    expect(sectionText(heart, 'values')).not.to.contain('more to you than');
  });
});

describe('re-read m10: side effects and cost count against both medicine options alike (IPDAS equal detail)', () => {
  for (const [value, conflict] of [
    ['avoid-side-effects', 'side-effects'],
    ['cost', 'cost'],
  ] as const satisfies readonly (readonly [ValueId, string])[]) {
    it(`${value}, if it matters a lot, pulls against trying LDN and standard care, not against keeping the plan`, () => {
      const rated = valuesALot(value);
      expect(buildGuide(completeAnswers(rated)).conflicts.find((c) => c.id === conflict)?.options).to.deep.equal(['ldn', 'conventional']);
      for (const leaning of ['try-ldn', 'standard-care'] as const)
        expect(buildGuide(completeAnswers({ ...rated, leaning })).leaningAgainst, leaning).to.deep.equal([value]);
      expect(buildGuide(completeAnswers({ ...rated, leaning: 'keep-current-plan' })).leaningAgainst).to.deep.equal([]);
    });
  }

  it('the cost sentence asks about each medicine, not LDN alone', () => {
    expect(sectionText(EXAMPLE_PATIENTS['codeine-syrup-tooth-out'](), 'values')).to.contain('Cost matters a lot to you: the table compares medicine costs.');
  });
});

describe('re-read m11, m12, m13: questions for severe headaches, a suspected diagnosis and waiting for research', () => {
  it('m11: severe headaches ask whether LDN could make them worse (a common side effect, S0), and stay when the list is full', () => {
    const a = EXAMPLE_PATIENTS['codeine-syrup-tooth-out']();
    expect(sectionText(a, 'questions')).to.contain('Could LDN make my headaches worse?');
    expect(buildGuide({ ...a, ...symptoms({ headaches: 'moderate' }) }).questions).not.to.include('headaches');
    expect(buildGuide(methadonePregnantSurgery(symptoms({ headaches: 'severe' }))).questions).to.include('headaches');
  });

  it('m12: a suspected or unsure diagnosis asks how to find out (S5, S7); a diagnosed one does not', () => {
    expect(sectionText(teenLongCovidCodeine(), 'questions')).to.contain('How can we find out whether I have POTS?');
    expect(buildGuide(teenLongCovidCodeine({ diagnosis: 'not-sure' })).questions).to.include('find-out-if-pots');
    expect(buildGuide(teenLongCovidCodeine({ diagnosis: 'diagnosed' })).questions).not.to.include('find-out-if-pots');
  });

  it('m13: waiting for stronger research, if it matters a lot, asks what could help meanwhile (S2); not ticked, it does not', () => {
    expect(sectionText(teenLongCovidCodeine(), 'questions')).to.contain('What could help while we wait for research results?');
    expect(buildGuide(teenLongCovidCodeine(valuesALot('relief-fatigue-pain-fog'))).questions).not.to.include('while-waiting');
  });
});

describe('re-read m16 and m17: the case series’ own conclusion; the withdrawal flag’s pharmacist', () => {
  it('m16: the case series ends with its authors’ conclusion (S1)', () => {
    expect(sectionText(completeAnswers(), 'evidence')).to.match(
      /reported no side effects\. The authors said there is little evidence that it works\. \[Sources: S1\]/,
    );
  });

  it('m17: any change to an opioid is planned with its prescriber, or a pharmacist for one bought without a prescription (some codeine)', () => {
    for (const name of ['codeine-syrup-tooth-out', 'tramadol-regularly'] as const)
      expect(flagWhy(EXAMPLE_PATIENTS[name](), 'opioid-withdrawal'), name).to.contain(
        'Plan any change to an opioid medicine with its prescriber (or a pharmacist, if bought without a prescription).',
      );
  });

  it('second re-read MJ2: in, or perhaps in, treatment for opioid use disorder, a change is for the prescriber alone, never a pharmacist (S3, S16)', () => {
    const inTreatment = fc.sample(anyAnswers, { seed: 2212, numRuns: 3000 }).filter((a) => mayBeInOpioidUseDisorderTreatment(pruneAnswers(a)));
    expect(inTreatment.length, 'answer sets in, or perhaps in, that treatment').to.be.greaterThan(50);
    let reported = 0;
    for (const a of [EXAMPLE_PATIENTS['buprenorphine-for-oud'](), EXAMPLE_PATIENTS['in-opioid-use-disorder-treatment'](), ...inTreatment]) {
      const why = flagWhy(a, 'opioid-withdrawal');
      // Reported, the flag on that treatment follows and says it once: "Any change to it is up to the clinician who treats it" (third re-read n12).
      const oudFlag = flagWhy(a, 'opioid-use-disorder-treatment');
      if (oudFlag) reported++;
      expect(oudFlag ?? why, JSON.stringify(a)).to.contain(
        oudFlag ? 'Any change to it is up to the clinician who treats it.' : 'Any change to an opioid medicine is up to the clinician who prescribes it.',
      );
      expect(why, JSON.stringify(a)).not.to.match(oudFlag ? /pharmacist|any change/i : /pharmacist/i);
      expect(oudFlag ?? '', JSON.stringify(a)).not.to.match(/pharmacist/i);
    }
    expect(reported, 'answer sets with the flag on that treatment').to.be.greaterThan(10);
  });
});

describe('second re-read m1: a liver disease reported is not downgraded to "possible"', () => {
  it('"Yes" reads as reported in the clinician summary and the QR text; "Not sure" as possible', () => {
    const summaryOf = (liver: 'yes' | 'not-sure') => {
      const g = buildGuide(completeAnswers({ liver }));
      return {
        rows: clinicianSummaryRows(g.clinicianSummary, 'en')
          .map((r) => `${r.label}: ${r.value}`)
          .join('\n'),
        qr: compactSummaryText(g.clinicianSummary, 'en', '2026-12-07'),
      };
    };
    const yes = summaryOf('yes');
    expect(yes.rows).to.contain('Liver disease reported').and.not.to.contain('possible');
    expect(yes.qr).to.contain('Safety: Liver disease\n');
    const unsure = summaryOf('not-sure');
    expect(unsure.rows).to.contain('Possible liver disease (answered not sure)').and.not.to.contain('Liver disease reported');
    expect(unsure.qr).to.contain('Safety: Possible liver disease\n');
  });
});
