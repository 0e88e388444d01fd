import { expect } from '@open-wc/testing';
import type { Answers } from '../src/questionnaire/answers.js';
import type { GuideDocument } from '../src/content/guide/blocks.js';
import { guideDocument } from '../src/content/guide/document.js';
import { clinicianSummaryRows, unsummarised } from '../src/content/clinician-summary.js';
import { question, QUESTIONS } from '../src/questionnaire/structure.js';
import { answerWords } from '../src/content/answer-text.js';
import { questionText } from '../src/content/question-text.js';
import { symptomWords } from '../src/content/labels/symptoms.js';
import { therapyWords } from '../src/content/labels/treatments.js';
import { GENERAL_SAFETY_TEXT, SAFETY_FLAG_TEXT } from '../src/content/safety.js';
import { guideToText } from '../src/export/text.js';
import { buildGuide } from '../src/guide/build-guide.js';
import { GENERAL_SAFETY, GUIDE_SECTIONS } from '../src/guide/ids.js';
import { SAFETY_FLAGS } from '../src/guide/rules/safety-flags.js';
import { completeAnswers, EXAMPLE_PATIENTS, symptoms, tried, withConditions } from './fixtures/patients.js';
import { withAnswers } from './support/answers.js';

const docOf = (a: Answers): GuideDocument => guideDocument(buildGuide(a), 'en');
const textOf = (a: Answers): string => guideToText(docOf(a));

/** Asserts that `text` contains `part`, without printing the whole guide on failure. */
function expectContains(text: string, part: string, yes = true): void {
  expect(text.includes(part), `the text should ${yes ? '' : 'not '}contain ${JSON.stringify(part)}`).to.equal(yes);
}

/** Asserts that `text` matches `re`, without printing the whole guide on failure. */
function expectMatches(text: string, re: RegExp): void {
  expect(re.test(text), `the text should match ${re}`).to.equal(true);
}

/** The text of one section of the document, heading and blocks. */
function sectionText(doc: GuideDocument, id: string): string {
  return guideToText({ title: '', sections: doc.sections.filter((s) => s.id === id), sources: [] });
}

/** The guide's first screen: "Safety first", the patient's most relevant points and "Safety for everyone", up to "About POTS". */
function safetySectionText(text: string): string {
  const start = text.indexOf('Safety first\n');
  const end = text.indexOf('About POTS\n');
  expect(start, 'the text has a "Safety first" heading').to.be.greaterThan(-1);
  expect(end, 'the text has an "About POTS" heading after the safety section').to.be.greaterThan(start);
  return text.slice(start, end);
}

const RELATED_CONDITION_EVIDENCE = ['fibromyalgia', 'long-covid', 'other-conditions-not-covered'] as const;

describe('guide: safety first', () => {
  it('a patient taking tramadol regularly gets the opioid-withdrawal flag first, the opioid-free-period question and the "trials exclude opioids" evidence point', () => {
    const guide = buildGuide(EXAMPLE_PATIENTS['tramadol-regularly']());
    expect(guide.safety).to.deep.equal(['opioid-withdrawal']);
    expect(guide.questions[0]).to.equal('opioid-free-period');
    expect(guide.questions).to.include('future-pain-relief');
    expect(guide.evidence).to.include('trials-exclude-opioids');
    expect(guide.clinicianSummary.flags).to.deep.equal(['opioid-withdrawal']);
  });

  it('in the text, the withdrawal warning is the first thing under "Safety first", and it says an opioid-free period is needed without naming a length', () => {
    const text = textOf(EXAMPLE_PATIENTS['tramadol-regularly']());
    const blocks = text.split('\n\n');
    expect(blocks[1]).to.match(/^Safety first\n-+$/);
    expect(blocks[2].startsWith(`! ${SAFETY_FLAG_TEXT['opioid-withdrawal'].title()}\n`)).to.equal(true, blocks[2]);
    expect(blocks[2]).to.match(/sudden, severe opioid withdrawal/);
    expect(blocks[2]).to.match(/opioid-free period is needed/);
    // The facts file's words: "an opioid-free period is needed; your clinician will say how long" (S3; third re-read n1).
    expect(blocks[2]).to.match(/Your clinician will say how long/);
    expect(blocks[2]).not.to.match(/\b\d+\s*(-|to|–)?\s*\d*\s*days?\b/i);
  });

  it('"not sure" about opioids is treated like yes', () => {
    const notSure = buildGuide(EXAMPLE_PATIENTS['not-sure-about-opioids']());
    const yes = buildGuide(EXAMPLE_PATIENTS['tramadol-regularly']());
    expect(notSure.safety).to.deep.equal(yes.safety);
    expect(notSure.safety[0]).to.equal('opioid-withdrawal');
    // Plus one question first: they may not know which of their medicines are opioids (third re-read n10).
    expect(notSure.questions).to.deep.equal(['which-are-opioids', ...yes.questions.slice(0, -1)]);
    expect(notSure.evidence).to.deep.equal(yes.evidence);
  });

  it('a patient who has taken no opioids gets no withdrawal flag, no opioid-free-period question and no "trials exclude opioids" point', () => {
    const guide = buildGuide(completeAnswers({ 'opioid-use': 'no' }));
    expect(guide.safety).not.to.include('opioid-withdrawal');
    expect(guide.questions).not.to.include('opioid-free-period');
    expect(guide.evidence).not.to.include('trials-exclude-opioids');
  });

  it('opioid use disorder treatment adds its flag right after the withdrawal warning, and its own questions instead of the opioid-free period', () => {
    const guide = buildGuide(EXAMPLE_PATIENTS['in-opioid-use-disorder-treatment']());
    expect(guide.safety).to.deep.equal(['opioid-withdrawal', 'opioid-use-disorder-treatment']);
    expect(guide.questions.slice(0, 2)).to.deep.equal(['ldn-with-oud-treatment', 'what-else-could-help']);
    expect(guide.questions).not.to.include('opioid-free-period');
  });

  it('opioid use disorder "prefer not to say" adds no flag of its own, but the withdrawal warning stays', () => {
    const guide = buildGuide(
      completeAnswers({ 'opioid-use': 'yes', 'opioid-kinds': ['methadone'], 'opioid-pattern': 'regular', 'opioid-use-disorder-treatment': 'prefer-not' }),
    );
    expect(guide.safety).to.deep.equal(['opioid-withdrawal']);
  });

  it('an opioid use disorder answer left over after changing opioid use to "no" is dropped, with no flag', () => {
    const guide = buildGuide(
      completeAnswers({ 'opioid-use': 'no', 'opioid-kinds': ['methadone'], 'opioid-pattern': 'regular', 'opioid-use-disorder-treatment': 'yes' }),
    );
    expect(guide.safety).to.deep.equal([]);
    expect(guide.clinicianSummary.answers).not.to.have.any.keys('opioid-use-disorder-treatment', 'opioid-kinds', 'opioid-pattern');
  });

  it('no opioids and nothing else to report: no personal flags, and the general safety points for everyone', () => {
    const guide = buildGuide(EXAMPLE_PATIENTS['nothing-notable']());
    expect(guide.safety).to.deep.equal([]);
    expect(guide.generalSafety).to.deep.equal([...GENERAL_SAFETY]);
    const safety = safetySectionText(textOf(EXAMPLE_PATIENTS['nothing-notable']()));
    expectContains(safety, 'Nothing you told us needs to be raised first.');
    for (const id of GENERAL_SAFETY) expectContains(safety, GENERAL_SAFETY_TEXT[id].text());
    expect(safety).not.to.match(/^! /m);
    // Even with no opioid use, everyone is told LDN and opioids do not mix.
    expect(safety).to.match(/must not be taken with opioids/);
  });

  it('a planned procedure, "yes" or "not sure", flags it and asks how pain relief would be planned', () => {
    for (const plannedProcedure of ['yes', 'not-sure'] as const) {
      const guide = buildGuide(completeAnswers({ 'planned-procedure': plannedProcedure }));
      expect(guide.safety, plannedProcedure).to.deep.equal(['planned-procedure']);
      expect(guide.questions[0], plannedProcedure).to.equal('procedure-plan');
    }
  });

  it('liver "not sure" flags liver, like "yes"; "no" and "prefer not to say" do not', () => {
    expect(buildGuide(completeAnswers({ liver: 'not-sure' })).safety).to.deep.equal(['liver']);
    expect(buildGuide(completeAnswers({ liver: 'yes' })).safety).to.deep.equal(['liver']);
    expect(buildGuide(completeAnswers({ liver: 'no' })).safety).to.deep.equal([]);
    expect(buildGuide(completeAnswers({ liver: 'prefer-not' })).safety).to.deep.equal([]);
  });

  it('pregnant, planning a pregnancy and breastfeeding each raise their own flag, named in the flag and the clinician summary; "prefer not to say" raises none', () => {
    for (const [answer, flag] of [
      ['pregnant', 'pregnant'],
      ['planning-pregnancy', 'planning-pregnancy'],
      ['breastfeeding', 'breastfeeding'],
    ] as const) {
      const a = completeAnswers({ pregnancy: [answer] });
      const guide = buildGuide(a);
      expect(guide.safety, answer).to.deep.equal([flag]);
      expect(
        guide.questions.filter((q) => /pregnan|planning|breastfeeding/.test(q)),
        answer,
      ).to.deep.equal(
        {
          pregnant: ['pregnant-ldn', 'pregnant-medicines'],
          'planning-pregnancy': ['planning-ldn', 'planning-medicines'],
          breastfeeding: ['breastfeeding-ldn', 'breastfeeding-medicines'],
        }[answer],
      );
      const text = textOf(a);
      expectContains(safetySectionText(text), `! ${SAFETY_FLAG_TEXT[flag].title()}\n`);
      expectContains(text, `Safety flags: ${SAFETY_FLAG_TEXT[flag].short(a)}\n`);
    }
    expect(buildGuide(completeAnswers({ pregnancy: ['pregnant', 'breastfeeding'] })).safety).to.deep.equal(['pregnant', 'breastfeeding']);
    // The POTS trial leaves out people who are pregnant or breastfeeding, not those planning a pregnancy (S2).
    expect(buildGuide(completeAnswers({ pregnancy: ['planning-pregnancy'] })).evidence).not.to.include('trial-excludes-pregnancy');
    expect(buildGuide(completeAnswers({ pregnancy: ['breastfeeding'] })).evidence).to.include('trial-excludes-pregnancy');
    const preferNot = buildGuide(completeAnswers({ pregnancy: ['prefer-not'] }));
    expect(preferNot.safety).to.deep.equal([]);
    expect(preferNot.questions.filter((q) => /pregnan|planning|breastfeeding/.test(q))).to.deep.equal([]);
  });

  it('"prefer not to say" on a safety question is named in "Safety first", so silence is not read as "nothing to raise"', () => {
    for (const patch of [
      { liver: 'prefer-not' },
      { pregnancy: ['prefer-not'] },
      { 'opioid-use': 'yes', 'opioid-kinds': ['methadone'], 'opioid-pattern': 'regular', 'opioid-use-disorder-treatment': 'prefer-not' },
    ] as Partial<Answers>[]) {
      const a = completeAnswers(patch);
      expect(buildGuide(a).safetyWithheld, JSON.stringify(patch)).to.equal(true);
      expect(safetySectionText(textOf(a)), JSON.stringify(patch)).to.contain('You chose not to answer some health questions');
    }
    const answered = completeAnswers({ liver: 'no', pregnancy: ['none-of-these'] });
    expect(buildGuide(answered).safetyWithheld).to.equal(false);
    expect(safetySectionText(textOf(answered))).not.to.contain('You chose not to answer');
  });

  it('every safety concern at once: every flag in the fixed order, withdrawal first, in the data, the text and the clinician summary', () => {
    const a = EXAMPLE_PATIENTS['every-safety-concern']();
    const guide = buildGuide(a);
    // Pregnant and breastfeeding: planning a pregnancy is the one flag this patient cannot also have; they are an adult and take no ivabradine.
    const expected = SAFETY_FLAGS.filter((f) => f !== 'planning-pregnancy' && f !== 'ivabradine-pregnancy' && f !== 'under-18');
    expect(guide.safety).to.deep.equal(expected);
    expect(guide.clinicianSummary.flags).to.deep.equal(expected);
    const safety = safetySectionText(textOf(a));
    const positions = expected.map((id) => safety.indexOf(`! ${SAFETY_FLAG_TEXT[id].title()}\n`));
    expect(
      positions.every((p) => p > 0),
      `every flag title is in the safety section: ${positions.join(', ')}`,
    ).to.equal(true);
    expect([...positions].sort((x, y) => x - y)).to.deep.equal(positions);
    // The clinician summary's first row lists the flags, the withdrawal one first.
    const summary = docOf(a)
      .sections.find((s) => s.id === 'clinician-summary')
      ?.blocks.find((b) => b.type === 'summary');
    const flagsRow = summary?.type === 'summary' ? summary.rows[0] : undefined;
    const withdrawalOnly = clinicianSummaryRows({ ...guide.clinicianSummary, flags: ['opioid-withdrawal'] }, 'en')[0];
    expect(flagsRow?.label).to.equal(withdrawalOnly.label);
    expect(flagsRow?.value.startsWith(withdrawalOnly.value), `${flagsRow?.value} starts with ${withdrawalOnly.value}`).to.equal(true);
  });

  it('with every safety concern, the safety questions come first, then every tailored one, then "what if I keep my current plan"', () => {
    const guide = buildGuide(EXAMPLE_PATIENTS['every-safety-concern']());
    // In treatment for opioid use disorder, "what else could help my POTS?" stands for "which standard treatments
    // could I try first?", and the liver question does not assume LDN (third re-read n6); no LDN start to time.
    expect(guide.questions).to.deep.equal([
      'ldn-with-oud-treatment',
      'what-else-could-help',
      'procedure-plan',
      'liver-options',
      'pregnant-ldn',
      'pregnant-medicines',
      'breastfeeding-ldn',
      'breastfeeding-medicines',
      'naltrexone-before',
      'what-if-no-change',
    ]);
  });

  it('with nothing to raise, general questions fill the list in their order, "what if I change nothing" first', () => {
    const guide = buildGuide(completeAnswers({ ...tried(['fluids-salt', { status: 'current', helps: 'a-lot' }]) }));
    expect(guide.questions).to.deep.equal(['what-if-no-change', 'how-to-tell', 'who-prescribes', 'cost', 'sleep-side-effects']);
    // Every question that applies, of all kinds, is asked, with one general question.
    const all = buildGuide(
      completeAnswers({ ...EXAMPLE_PATIENTS['every-safety-concern'](), 'values-a-lot': ['relief-heart-rate-dizziness'], therapies: ['none-of-these'] }),
    );
    expect(all.questions).to.have.length(11);
    expect(all.questions).to.include.members(['heart-rate-symptoms', 'naltrexone-before', 'pregnant-ldn', 'breastfeeding-ldn', 'what-if-no-change']);
  });
});

describe('guide: related conditions', () => {
  it('fibromyalgia reported: the fibromyalgia evidence, citing the trials for and against', () => {
    const a = completeAnswers(withConditions('fibromyalgia'));
    const guide = buildGuide(a);
    expect(guide.evidence).to.include('fibromyalgia');
    expect(guide.evidence).not.to.include('long-covid');
    expect(guide.evidence).not.to.include('other-conditions-not-covered');
    expect(docOf(a).sources).to.include.members(['S8', 'S9', 'S10']);
    expectMatches(textOf(a), /largest trial, with 99 people, found no benefit over placebo/);
  });

  it('long COVID reported: the long COVID evidence, which says there was no comparison group', () => {
    const a = completeAnswers(withConditions('long-covid'));
    expect(buildGuide(a).evidence).to.include('long-covid');
    expectMatches(textOf(a), /no comparison group/);
  });

  it('ME/CFS reported: "other conditions not covered", naming ME/CFS', () => {
    const a = completeAnswers(withConditions('me-cfs'));
    const guide = buildGuide(a);
    expect(guide.evidence).to.include('other-conditions-not-covered');
    expect(guide.conditionsWithoutEvidence).to.deep.equal(['me-cfs']);
    const line = textOf(a)
      .split('\n')
      .find((l) => l.startsWith('This guide has no research summary for'));
    // In the few words the patient read on the question: the full name is long (third re-read n12).
    expectContains(line ?? '', 'ME/CFS.');
  });

  it('no related conditions ("none of these"): no related-condition evidence at all', () => {
    const guide = buildGuide(completeAnswers({ conditions: ['none-of-these'] }));
    for (const id of RELATED_CONDITION_EVIDENCE) expect(guide.evidence).not.to.include(id);
    expect(guide.conditionsWithoutEvidence).to.deep.equal([]);
  });

  it('"prefer not to say" about conditions: no related-condition evidence, even if conditions were ticked before, and the summary says so', () => {
    const a = completeAnswers({ conditions: ['fibromyalgia', 'me-cfs', 'prefer-not'] });
    const guide = buildGuide(a);
    for (const id of RELATED_CONDITION_EVIDENCE) expect(guide.evidence).not.to.include(id);
    expect(guide.clinicianSummary.answers.conditions).to.deep.equal(['prefer-not']);
    expectContains(textOf(a), 'Related conditions: Prefer not to say');
  });
});

describe('guide: your situation', () => {
  it('symptom pattern "ldn-targets" when fatigue, pain or brain fog is worse than heart rate or light-headedness', () => {
    const guide = buildGuide(
      completeAnswers({
        ...symptoms({ fatigue: 'severe', 'racing-heart': 'mild' }),
        'worst-symptom': ['fatigue'],
      }),
    );
    expect(guide.situation.pattern).to.equal('ldn-targets');
    expect(guide.questions).not.to.include('heart-rate-symptoms');
  });

  it('symptom pattern "conventional-targets" when heart rate or light-headedness is worse, and the heart-rate question is asked', () => {
    const a = completeAnswers({
      ...symptoms({ 'light-headedness': 'severe', 'brain-fog': 'moderate' }),
      'worst-symptom': ['light-headedness'],
    });
    const guide = buildGuide(a);
    expect(guide.situation.pattern).to.equal('conventional-targets');
    expect(guide.questions).to.include('heart-rate-symptoms');
  });

  it('symptom pattern "both" when the worst of each group is equally bad', () => {
    const guide = buildGuide(completeAnswers({ ...symptoms({ pain: 'moderate', 'racing-heart': 'moderate', fatigue: 'mild' }), 'worst-symptom': ['pain'] }));
    expect(guide.situation.pattern).to.equal('both');
  });

  it('symptom pattern "none" when neither group is rated, even with other symptoms', () => {
    expect(buildGuide(completeAnswers({ ...symptoms({ headaches: 'severe' }) })).situation.pattern).to.equal('none');
    expect(buildGuide(completeAnswers()).situation.pattern).to.equal('none');
    expectContains(textOf(completeAnswers()), 'Symptom pattern: Neither group rated\n');
  });

  it('the main symptoms are those rated when one or two are, whatever "worst" says', () => {
    const guide = buildGuide(completeAnswers({ ...symptoms({ sleep: 'moderate' }), 'worst-symptom': ['fatigue'] }));
    expect(guide.situation.mainSymptoms).to.deep.equal(['sleep']);
    expect(guide.clinicianSummary.mainSymptoms).to.deep.equal(['sleep']);
    const two = completeAnswers({ ...symptoms({ sleep: 'mild', pain: 'severe' }) });
    expect(buildGuide(two).situation.mainSymptoms).to.deep.equal(['pain', 'sleep']);
    // The chart shows them already: "bother you most" is said only when it singles some out (second re-read m8).
    expect(textOf(two)).not.to.contain('bother you most');
  });

  it('the main symptoms are the one or two the patient chose when three or more are rated; rated symptoms are listed most severe first', () => {
    const guide = buildGuide(completeAnswers({ ...symptoms({ pain: 'mild', fatigue: 'severe', headaches: 'moderate' }), 'worst-symptom': ['pain'] }));
    expect(guide.situation.mainSymptoms).to.deep.equal(['pain']);
    expect(guide.situation.symptoms.map((s) => s.id)).to.deep.equal(['fatigue', 'headaches', 'pain']);
    const both = completeAnswers({ ...symptoms({ pain: 'mild', fatigue: 'severe', headaches: 'moderate' }), 'worst-symptom': ['pain', 'headaches'] });
    expect(buildGuide(both).situation.mainSymptoms).to.deep.equal(['headaches', 'pain']);
    expectContains(textOf(both), 'The symptoms that bother you most: Headaches and Pain.');
  });

  it('tried therapies are listed in the situation in the page order, with how they went', () => {
    const a = completeAnswers(
      tried(['midodrine', { status: 'stopped', helps: 'no', sideEffects: true }], ['compression', { status: 'current', helps: 'a-lot' }]),
    );
    const guide = buildGuide(a);
    expect(guide.situation.tried).to.deep.equal([
      { id: 'compression', status: 'current', helps: 'a-lot', sideEffects: false },
      { id: 'midodrine', status: 'stopped', helps: 'no', sideEffects: true },
    ]);
    expect(guide.questions).not.to.include('other-options-first');
  });

  it('"I have not tried any" marks nothing tried and asks about other options first', () => {
    const guide = buildGuide(completeAnswers({ therapies: ['midodrine', 'none-of-these'] }));
    expect(guide.situation.tried).to.deep.equal([]);
    expect(guide.situation.triedNothing).to.equal(true);
    expect(guide.questions).to.include('other-options-first');
  });

  it('the text of the guide names the main symptom and every tried therapy, in the situation and in the clinician summary', () => {
    const a = completeAnswers({
      ...symptoms({ 'brain-fog': 'severe', 'stomach-bowel': 'mild' }),
      'worst-symptom': ['brain-fog'],
      ...tried(['beta-blocker', { status: 'current', helps: 'a-little' }], ['fluids-salt', { status: 'stopped', helps: 'no' }]),
    });
    const doc = docOf(a);
    const names = [symptomWords['brain-fog'].label(), symptomWords['brain-fog'].short!()];
    for (const id of ['situation', 'clinician-summary']) {
      const part = sectionText(doc, id);
      expect(
        names.some((name) => part.includes(name)),
        `${id} names the main symptom (${names.join(' / ')})`,
      ).to.equal(true);
      // The beta-blocker by its short name, as a summary line has it (third re-read n12).
      expectContains(part, 'Beta-blocker (still using)');
      expectContains(part, therapyWords['fluids-salt'].label());
    }
  });

  it('naltrexone taken before adds its question and says how it went', () => {
    const a = completeAnswers({ 'naltrexone-before': 'yes', 'naltrexone-helps': 'no' });
    expect(buildGuide(a).questions).to.include('naltrexone-before');
    expectContains(textOf(a), 'You took naltrexone or LDN before: no benefit.');
    const both = completeAnswers({ 'naltrexone-before': 'yes', 'naltrexone-helps': 'a-little', 'naltrexone-side-effects': ['side-effects'] });
    expectContains(textOf(both), 'You took naltrexone or LDN before: a little benefit, side effects.');
  });
});

describe('guide: wording of answers inside sentences', () => {
  // buildGuide is public and must read well for any answers, even ones the flow would not let through.
  it('naltrexone taken before with "how it went" unanswered does not leave a blank after a colon', () => {
    const doc = docOf(completeAnswers({ 'naltrexone-before': 'yes', 'naltrexone-helps': undefined }));
    const options = sectionText(doc, 'options');
    const line = options.split('\n').find((l) => l.startsWith('You took naltrexone or LDN before'));
    expect(line, 'the options section acknowledges naltrexone taken before').to.be.a('string');
    expect(line?.trimEnd().endsWith(':'), `sentence left unfinished: ${JSON.stringify(line)}`).to.equal(false);
  });

  // Condition names are checkbox labels, capitalised as list items, so they are
  // listed after a colon rather than dropped into the middle of a sentence.
  it('condition names without a research summary are listed after a colon, not mid-sentence', () => {
    const doc = docOf(completeAnswers(withConditions('me-cfs', 'autoimmune')));
    const line = sectionText(doc, 'evidence')
      .split('\n')
      .find((l) => l.startsWith('This guide has no research summary for'));
    expect(line, 'the evidence names the conditions without a summary').to.be.a('string');
    const listed = /: (.+?)\. Ask your clinician/.exec(line ?? '')?.[1];
    expect(listed, `the conditions follow a colon: ${JSON.stringify(line)}`).to.equal('ME/CFS, Autoimmune disease');
  });
});

describe('guide: are you ready to decide (SURE)', () => {
  it('no SURE answers: status "unanswered", and the clinician summary says "Not answered"', () => {
    const a = completeAnswers();
    const guide = buildGuide(a);
    expect(guide.sure).to.deep.equal({ answers: {}, yesCount: 0, no: [], status: 'unanswered' });
    expect(guide.clinicianSummary.sureAnswered).to.equal(0);
    expectContains(textOf(a), 'SURE test: Not answered');
  });

  it('three "yes" and one unanswered: still "unanswered", and the summary counts 3 yes and 1 unanswered', () => {
    const a = completeAnswers({ 'sure-sure': 'yes', 'sure-understand': 'yes', 'sure-risk-benefit': 'yes' });
    const guide = buildGuide(a);
    expect(guide.sure.status).to.equal('unanswered');
    expect(guide.clinicianSummary.sureYesCount).to.equal(3);
    expectContains(textOf(a), 'SURE test: 3 yes, 0 no, 1 not answered (of 4)\n');
  });

  it('any "no": status "needs-support", and the text suggests more information or support', () => {
    const a = completeAnswers({ 'sure-sure': 'no', 'sure-understand': 'yes', 'sure-risk-benefit': 'yes', 'sure-encouragement': 'yes' });
    const guide = buildGuide(a);
    expect(guide.sure.status).to.equal('needs-support');
    expect(guide.sure.yesCount).to.equal(3);
    const text = textOf(a);
    expect(/more information|support/.test(sectionText(docOf(a), 'leaning'))).to.equal(true);
    // Which item was "no" is what the clinician can follow up.
    expect(guide.sure.no).to.deep.equal(['sure']);
    expectContains(text, 'SURE test: 3 yes, 1 no, 0 not answered (of 4). No: sure of best choice\n');
  });

  it('all four "yes": status "ready", and the summary counts 4 of 4', () => {
    const a = completeAnswers({ 'sure-sure': 'yes', 'sure-understand': 'yes', 'sure-risk-benefit': 'yes', 'sure-encouragement': 'yes' });
    const guide = buildGuide(a);
    expect(guide.sure.status).to.equal('ready');
    expect(guide.clinicianSummary.sureYesCount).to.equal(4);
    // No "No:" list after the score when nothing was "no".
    expectContains(textOf(a), 'SURE test: 4 yes, 0 no, 0 not answered (of 4)\n');
  });
});

describe('guide: which way the patient leans', () => {
  it('the leaning answer is in the guide, the clinician summary and the text; unanswered says so', () => {
    const a = completeAnswers({ leaning: 'standard-care' });
    expect(buildGuide(a).leaning).to.equal('standard-care');
    expect(buildGuide(a).clinicianSummary.leaning).to.equal('standard-care');
    const text = textOf(a);
    expectContains(text, 'Which option are you leaning toward? Trying or changing standard POTS care\n');
    expectContains(text, 'Leaning toward: Trying or changing standard POTS care\n');
    expectContains(textOf(completeAnswers()), 'Leaning toward: Not answered\n');
  });
});

describe('answers in words (the clinician summary and "Check your answers")', () => {
  it('a choice is its label; one tick is one label, several a list; unanswered says whether it was required', () => {
    expect(answerWords(question('liver'), { liver: 'no' })).to.equal('No');
    expect(answerWords(question('conditions'), { conditions: ['fibromyalgia'] })).to.equal('Fibromyalgia');
    expect(answerWords(question('conditions'), { conditions: ['fibromyalgia', 'long-covid'] })).to.deep.equal(['Fibromyalgia', 'Long COVID']);
    expect([answerWords(question('liver'), {}), answerWords(question('values-a-lot'), {})]).to.deep.equal(['Not answered yet', 'Not provided']);
  });
});

describe('guide: the clinician summary', () => {
  it("speaks for every question of the model: grouped ones in their group's row, the rest in a row each", () => {
    expect(unsummarised(QUESTIONS), 'questions no summary row speaks for').to.deep.equal([]);
    // A question added to the model, and named by no row, is found, at the top level or in a new group.
    const added = { item: { kind: 'choice', id: 'tilt-test', options: 'yes-no-not-sure' }, step: 'condition' } as unknown as (typeof QUESTIONS)[number];
    const grouped = {
      ...added,
      item: { ...added.item, id: 'tilt-result' },
      parent: { kind: 'group', id: 'tilt', items: [] },
    } as unknown as (typeof QUESTIONS)[number];
    expect(unsummarised([...QUESTIONS, added, grouped])).to.deep.equal(['tilt-test', 'tilt-result']);
  });

  it('gives each answered question no row speaks for a row of its own, with its label and answer', () => {
    // "liver" stands in for a new question: passed as one no row speaks for, it gets a second row.
    const summary = buildGuide(EXAMPLE_PATIENTS['every-safety-concern']()).clinicianSummary;
    const text = questionText('liver');
    const label = (text.summary ?? text.short)();
    const rows = clinicianSummaryRows(summary, 'en');
    const withOther = clinicianSummaryRows(summary, 'en', ['liver']);
    expect(withOther).to.have.length(rows.length + 1);
    expect(rows.filter((row) => row.label === label)).to.have.length(1);
    const liverRows = withOther.filter((row) => row.label === label);
    expect(liverRows).to.have.length(2);
    expect(liverRows[1]).to.deep.equal(liverRows[0]);
  });

  it('gives no row to a question no row speaks for while it is unanswered', () => {
    const summary = buildGuide(withAnswers(EXAMPLE_PATIENTS['every-safety-concern'](), { liver: undefined })).clinicianSummary;
    expect(clinicianSummaryRows(summary, 'en', ['liver'])).to.deep.equal(clinicianSummaryRows(summary, 'en'));
  });
});

describe('guide: shape', () => {
  it('sections are in the fixed order, safety first and sources last, in the data, the document and the text', () => {
    const expected = [
      'safety',
      'for-you',
      'everyone',
      'pots',
      'decision',
      'situation',
      'options',
      'evidence',
      'values',
      'leaning',
      'questions',
      'clinician-summary',
      'about',
    ];
    for (const a of Object.values(EXAMPLE_PATIENTS).map((make): Answers => make())) {
      expect(buildGuide(a).sections).to.deep.equal(expected);
      const doc = docOf(a);
      expect(doc.sections.map((s) => s.id)).to.deep.equal(expected);
      const text = guideToText(doc);
      const headings = doc.sections.map((s) => text.indexOf(`\n\n${s.heading}\n`));
      expect(headings.every((p) => p > 0)).to.equal(true);
      expect([...headings].sort((x, y) => x - y)).to.deep.equal(headings);
    }
    expect([...GUIDE_SECTIONS]).to.deep.equal(expected);
  });

  it('the three options are trying LDN, trying or changing standard care, and keeping the current plan', () => {
    const guide = buildGuide(EXAMPLE_PATIENTS['nothing-notable']());
    expect(guide.options.options).to.deep.equal(['ldn', 'conventional', 'no-change']);
    const text = textOf(EXAMPLE_PATIENTS['nothing-notable']());
    for (const name of ['* Trying LDN\n', '* Trying or changing standard POTS care\n', '* Keeping your current plan for now\n']) expectContains(text, name);
  });
});
