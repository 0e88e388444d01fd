/**
 * The clinical review's findings on the guide's text (issue 22, items 3, 5,
 * 7, 8 and the minor findings) and the order of its first screen (issue 20,
 * item 7): questions tied to what matters to the patient, a leaning that
 * their own values pull against, naltrexone taken before, one text for many
 * countries, the evidence said once, and the QR code's title, values and
 * withheld answers.
 */
import { expect } from '@open-wc/testing';
import { clinicianSummaryRows } from '../src/content/clinician-summary.js';
import { compactSummaryText } from '../src/content/compact-summary.js';
import { EVIDENCE_TEXT } from '../src/content/evidence.js';
import { KEY_POINT_TEXT } from '../src/content/for-you.js';
import type { GuideDocument } from '../src/content/guide/blocks.js';
import { guideDocument } from '../src/content/guide/document.js';
import { OPTION_TEXT } from '../src/content/options.js';
import { guideToText } from '../src/export/text.js';
import { buildGuide } from '../src/guide/build-guide.js';
import { GENERAL_QUESTIONS, MAX_QUESTIONS, QUESTION_RULES } from '../src/guide/rules/questions-to-ask.js';
import type { Answers } from '../src/questionnaire/answers.js';
import { VALUES } from '../src/questionnaire/options.js';
import { completeAnswers, EXAMPLE_PATIENTS, symptoms, tried, valuesALot } from './fixtures/patients.js';
import { patientReadText } from './support/guide-length.js';

const docOf = (a: Answers): GuideDocument => guideDocument(buildGuide(a), 'en');
const textOf = (a: Answers) => guideToText(docOf(a));
const sectionText = (a: Answers, id: string) => guideToText({ ...docOf(a), title: '', sections: docOf(a).sections.filter((s) => s.id === id) });
const ALL_EXAMPLES = Object.entries(EXAMPLE_PATIENTS).map(([name, make]) => [name, make()] as const);

/** Enough safety and tailored questions to fill the list on their own: pregnant, a procedure planned, taking tramadol, no standard treatment tried. */
const busy = (patch: Answers) =>
  completeAnswers({
    'opioid-use': 'yes',
    'opioid-kinds': ['tramadol'],
    'opioid-pattern': 'occasional',
    'opioid-use-disorder-treatment': 'no',
    'planned-procedure': 'yes',
    pregnancy: ['pregnant'],
    ...patch,
  });

describe('review finding 3: a question tied to what matters a lot, or to a severe symptom, is never dropped', () => {
  const personal = (a: Answers) => buildGuide(a).questions.filter((q) => !GENERAL_QUESTIONS.includes(q));

  it('each general question declares what it is tied to, as data', () => {
    const tied = Object.fromEntries(QUESTION_RULES.filter((r) => r.kind === 'general').map((r) => [r.id, r.tiedTo]));
    expect(tied['sleep-side-effects']).to.deep.equal({ values: ['avoid-side-effects'], symptoms: ['sleep'] });
    expect(tied.cost).to.deep.equal({ values: ['cost'] });
  });

  it('with the list already full of safety questions, the sleep question stays when avoiding side effects matters a lot, or sleep is severe', () => {
    const base = busy({});
    expect(personal(base).length).to.be.at.least(MAX_QUESTIONS);
    expect(buildGuide(base).questions).not.to.include('sleep-side-effects');
    for (const patch of [valuesALot('avoid-side-effects'), symptoms({ sleep: 'severe' })]) {
      const q = buildGuide(busy(patch)).questions;
      expect(q, JSON.stringify(patch)).to.include('sleep-side-effects');
      // Tailored: after the safety and tailored questions, before the one general question that fills the list.
      expect(q.at(-1)).to.equal('what-if-no-change');
      expect(q.at(-2)).to.equal('sleep-side-effects');
    }
  });

  it('the cost question stays when cost matters a lot; another value or a moderate symptom does not promote a question', () => {
    expect(buildGuide(busy(valuesALot('cost'))).questions).to.include('cost');
    expect(buildGuide(busy({ ...valuesALot('wait-for-research'), ...symptoms({ sleep: 'moderate' }) })).questions).not.to.include.members([
      'cost',
      'sleep-side-effects',
    ]);
  });

  it('orders them: safety questions, tailored ones, the tied general ones in their list order, then general ones to fill the list', () => {
    const q = buildGuide(busy({ ...valuesALot('cost', 'avoid-side-effects'), 'naltrexone-before': 'yes' })).questions;
    expect(q).to.deep.equal([
      'opioid-free-period',
      'procedure-plan',
      'procedure-timing',
      'pregnant-ldn',
      'pregnant-medicines',
      'future-pain-relief',
      'naltrexone-before',
      'other-options-first',
      'cost',
      'sleep-side-effects',
      'what-if-no-change',
    ]);
    // With few of the patient's own, general ones fill the list to six, in their order.
    const light = buildGuide(completeAnswers({ ...tried(['compression', { status: 'current', helps: 'a-lot' }]), ...valuesALot('cost') }));
    expect(light.questions).to.deep.equal(['cost', 'what-if-no-change', 'how-to-tell', 'who-prescribes', 'sleep-side-effects']);
  });
});

describe('review finding 5: a leaning that the patient’s own values pull against', () => {
  it('is named in one neutral sentence under the leaning, and flagged in the clinician summary and the QR code', () => {
    const a = completeAnswers({ ...valuesALot('wait-for-research'), leaning: 'try-ldn' });
    expect(buildGuide(a).leaningAgainst).to.deep.equal(['wait-for-research']);
    expect(sectionText(a, 'leaning')).to.contain(
      'Trying LDN\n\nSome things that matter a lot to you pull against this choice: Waiting for stronger research.\n',
    );
    const leaningRow = clinicianSummaryRows(buildGuide(a).clinicianSummary, 'en').find((r) => r.label === 'Leaning toward')!;
    expect(leaningRow.value).to.equal('Trying LDN. Check: values that matter a lot pull against it: Waiting for stronger research');
    expect(compactSummaryText(buildGuide(a).clinicianSummary, 'en', '2026-12-07')).to.contain('\nLeaning: Try LDN (against own values)\n');
  });

  it('holds for every option: relief from fatigue, ticked as mattering a lot, pulls against standard care and keeping the plan', () => {
    const fatigue = valuesALot('relief-fatigue-pain-fog');
    expect(buildGuide(completeAnswers({ ...fatigue, leaning: 'standard-care' })).leaningAgainst).to.deep.equal(['relief-fatigue-pain-fog']);
    expect(buildGuide(completeAnswers({ ...fatigue, leaning: 'keep-current-plan' })).leaningAgainst).to.deep.equal(['relief-fatigue-pain-fog']);
    expect(buildGuide(completeAnswers({ ...fatigue, leaning: 'try-ldn' })).leaningAgainst).to.deep.equal([]);
  });

  it('says nothing when their values pull against other options only, or when they are not sure yet', () => {
    const heart = valuesALot('relief-heart-rate-dizziness');
    const a = completeAnswers({ ...heart, leaning: 'standard-care' });
    expect(buildGuide(a).conflicts.map((c) => c.options)).to.deep.equal([['ldn'], ['no-change']]);
    expect(buildGuide(a).leaningAgainst).to.deep.equal([]);
    expect(sectionText(a, 'leaning')).not.to.match(/pull against/);
    expect(buildGuide(completeAnswers({ ...valuesALot(...VALUES), leaning: 'not-sure-yet' })).leaningAgainst).to.deep.equal([]);
  });
});

describe('review finding 7: naltrexone or LDN taken before', () => {
  it('is acknowledged where the options are compared, before the table, and not repeated in the situation', () => {
    const a = completeAnswers({ 'naltrexone-before': 'yes', 'naltrexone-helps': 'no', 'naltrexone-side-effects': ['side-effects'] });
    const options = docOf(a).sections.find((s) => s.id === 'options')!;
    expect(options.blocks[0]).to.deep.equal({ type: 'paragraph', text: 'You took naltrexone or LDN before: no benefit, side effects.' });
    expect(options.blocks[1]!.type).to.equal('options');
    expect(sectionText(a, 'situation')).not.to.match(/naltrexone/i);
    expect(
      docOf(completeAnswers())
        .sections.find((s) => s.id === 'options')!
        .blocks.map((b) => b.type),
    ).to.deep.equal(['options']);
  });
});

describe('review finding 8 and the minor findings: one text for many countries, said once, claimed no further than the sources', () => {
  it('no guide names the FDA, insurance or a brand; "off-label" is explained by the medicines regulator; the trial is in Canada', () => {
    for (const [name, a] of ALL_EXAMPLES) {
      const text = textOf(a);
      expect(text, name).not.to.match(/\bFDA\b|insurance|Lomotil|Viberzi|usually made to order/i);
      expect(text, name).to.contain('it is not approved for POTS by the medicines regulator');
      expect(text, name).to.contain('A trial in Canada (NCT05363514)');
    }
  });

  it('says the evidence is limited once, in full; no other sentence says it again, but for the case series authors’ own conclusion, as theirs', () => {
    const caseSeries = EVIDENCE_TEXT['case-series'].text('', 'en');
    for (const [name, a] of ALL_EXAMPLES) {
      const read = patientReadText(docOf(a));
      expect(read.split(KEY_POINT_TEXT['evidence-limited'].text()).length - 1, name).to.equal(1);
      expect(read.split(caseSeries).length - 1, name).to.equal(1);
      expect(read.replace(KEY_POINT_TEXT['evidence-limited'].text(), '').replace(caseSeries, ''), name).not.to.match(
        /(evidence|research)[^.]* (is|are) limited|little evidence/i,
      );
    }
  });

  it('cites no cost or cover to the source article; the keep-the-plan benefits cite no trial; standard care puts non-drug steps first', () => {
    expect(OPTION_TEXT.ldn.fields.cost.text()).to.equal('Often made to order by a special (compounding) pharmacy. Ask what it would cost you.');
    expect(OPTION_TEXT['no-change'].fields.benefit.sources).to.deep.equal([]);
    expect(OPTION_TEXT.conventional.fields.benefit.text()).to.match(/^Guidelines put non-drug steps first\. Some medicines may help:/);
    expect(OPTION_TEXT.conventional.fields.benefit.sources).to.include.members(['S5', 'S6', 'S7']);
  });

  it('says what the trial’s exclusions mean for the reader', () => {
    const tramadol = sectionText(EXAMPLE_PATIENTS['tramadol-regularly'](), 'evidence');
    expect(tramadol).to.contain('The trial leaves out people who take opioids. So its results may not apply to you.');
    expect(sectionText(completeAnswers({ pregnancy: ['breastfeeding'] }), 'evidence')).to.contain(
      'The trial leaves out people who are pregnant or breastfeeding. So its results may not apply to you.',
    );
  });

  it('the QR text has a title with the date, the values that matter a lot, and names each withheld answer', () => {
    const a = completeAnswers({ ...valuesALot('cost'), liver: 'prefer-not', pregnancy: ['prefer-not'] });
    const lines = compactSummaryText(buildGuide(a).clinicianSummary, 'en', '2026-12-07').split('\n');
    expect(lines[0]).to.equal('LDN guide, 2026-12-07');
    expect(lines[1]).to.equal('Safety: Not answered: liver, pregnancy');
    expect(lines).to.include('Matters a lot: Cost');
  });
});

describe('issue 20, item 7: a first screen about the patient', () => {
  it('shows the safety points that apply, then their three most relevant points, then the rest', () => {
    for (const [name, a] of ALL_EXAMPLES) {
      const doc = docOf(a);
      expect(
        doc.sections.slice(0, 3).map((s) => s.id),
        name,
      ).to.deep.equal(['safety', 'for-you', 'everyone']);
      const points = doc.sections[1]!.blocks;
      expect(points.length === 1 && points[0]!.type === 'list' && points[0]!.items.length, name).to.equal(3);
    }
  });

  it('puts the patient’s own points first: a symptom pattern and no standard treatment tried come before the key points', () => {
    const a = completeAnswers({ ...symptoms({ fatigue: 'severe', 'racing-heart': 'mild' }) });
    expect(buildGuide(a).highlights).to.deep.equal(['symptoms-ldn-targets', 'standard-care-untried', 'evidence-limited']);
    // A key point not among them is said in "Your decision", once.
    expect(sectionText(a, 'decision')).to.contain(KEY_POINT_TEXT['off-label'].text());
    expect(sectionText(a, 'for-you')).not.to.contain(KEY_POINT_TEXT['off-label'].text());
  });

  it('keeps the overdose warning in every guide, in words that give its context', () => {
    for (const [name, a] of ALL_EXAMPLES)
      expect(sectionText(a, 'everyone'), name).to.contain(
        'If you stop LDN, you may react more strongly to opioids, even to a lower dose than before. The naltrexone label warns this can lead to an overdose that can kill.',
      );
  });
});
