/**
 * The guide as a decision aid, criterion by criterion: the IPDAS minimum
 * standards listed in clinical-facts.md (S14), six qualifying and six
 * certification criteria, each checked here on the rendered document. Also the
 * accuracy points of the guide's rewrite and the tie between values and options.
 */
import { expect } from '@open-wc/testing';
import type { GuideDocument, OptionsBlock } from '../src/content/guide/blocks.js';
import { guideDocument } from '../src/content/guide/document.js';
import { TRIAL_REGISTRY } from '../src/content/evidence.js';
import { guideToText } from '../src/export/text.js';
import { buildGuide } from '../src/guide/build-guide.js';
import { OPTION_FIELDS, OPTIONS } from '../src/guide/ids.js';
import { type ValueConflictId } from '../src/guide/types.js';
import type { Answers } from '../src/questionnaire/answers.js';
import { VALUES } from '../src/questionnaire/options.js';
import { completeAnswers, EXAMPLE_PATIENTS, symptoms, valuesALot } from './fixtures/patients.js';

const docOf = (a: Answers, publisher = {}): GuideDocument => guideDocument(buildGuide(a), 'en', publisher);
const sectionText = (doc: GuideDocument, id: string) => guideToText({ ...doc, title: '', sections: doc.sections.filter((s) => s.id === id) });
const optionsOf = (doc: GuideDocument): OptionsBlock =>
  doc.sections.flatMap((s) => s.blocks).find((b): b is OptionsBlock => b.type === 'options') ?? expect.fail('no options table');
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const ALL_EXAMPLES = Object.values(EXAMPLE_PATIENTS).map((make): Answers => make());

/** The largest over the smallest word count of one field across the options. */
export const EQUAL_DETAIL_RATIO = 1.5;

describe('IPDAS qualifying criteria (S14)', () => {
  // Made before each test, not when the file loads, so that mutation testing (npm run mutate) sees the code it changes.
  let doc: GuideDocument;
  beforeEach(() => {
    doc = docOf(completeAnswers());
  });

  it('1. describes the condition: "About POTS" says what POTS is, sourced to S5 and S7', () => {
    const about = sectionText(doc, 'pots');
    expect(about).to.match(/POTS is a long-term condition/);
    expect(about).to.match(/heart rate rises/);
    expect(about).to.contain('[Sources: S5,\u00a0S7]');
  });

  it('2. states the decision: "Your decision" names it, and when LDN is usually considered (S0), among the patient’s own points when they have tried no standard treatment', () => {
    const decision = sectionText(doc, 'decision');
    expect(decision).to.contain('Your decision is whether to try LDN, try or change standard POTS care, or keep your current plan for now.');
    // This patient has tried nothing: when LDN is usually considered is one of their most relevant points.
    expect(sectionText(doc, 'for-you')).to.match(/LDN is usually considered when they have not helped enough\./);
    const tried = docOf(completeAnswers({ therapies: ['fluids-salt'], 'therapies-current': ['fluids-salt'] }));
    expect(sectionText(tried, 'decision')).to.match(/usually considered when standard POTS treatments have not helped enough\. \[Sources: S0\]/);
  });

  it('3. describes the options, keeping the current plan among them', () => {
    const table = optionsOf(doc);
    expect(table.options.map((o) => o.id)).to.deep.equal([...OPTIONS]);
    expect(table.options.map((o) => o.name)).to.include('Keeping your current plan for now');
  });

  for (const [n, field, label] of [
    [4, 'benefit', 'benefits'],
    [5, 'harms', 'harms'],
    [6, 'living', 'what it is like to live with it'],
  ] as const) {
    it(`${n}. gives the ${label} of each option`, () => {
      const row = optionsOf(doc).fields.find((f) => f.id === field) ?? expect.fail(`no ${field} row`);
      expect(row.cells).to.have.length(3);
      for (const cell of row.cells) expect(words(cell.text)).to.be.at.least(5);
    });
  }
});

describe('IPDAS certification criteria (S14)', () => {
  it(`1. benefits and harms in equal detail: every field has the same rows for each option, within ${EQUAL_DETAIL_RATIO}× in words`, () => {
    const table = optionsOf(docOf(completeAnswers()));
    expect(table.fields.map((f) => f.id)).to.deep.equal([...OPTION_FIELDS]);
    for (const field of table.fields) {
      const counts = field.cells.map((c) => words(c.text));
      expect(Math.max(...counts) / Math.min(...counts), `${field.id}: ${counts.join(', ')} words`).to.be.at.most(EQUAL_DETAIL_RATIO);
    }
  });

  it('1. off-label status is stated in the same row for both medicine options, and nowhere else in the table', () => {
    const table = optionsOf(docOf(completeAnswers()));
    for (const field of table.fields)
      for (const [i, cell] of field.cells.entries()) expect(/off-label/i.test(cell.text), `${field.id}, option ${i}`).to.equal(field.id === 'what' && i < 2);
  });

  it('2. cites evidence: every option cell that states a fact cites a source, and the reference list holds them', () => {
    const doc = docOf(completeAnswers());
    const table = optionsOf(doc);
    for (const field of ['what', 'benefit', 'harms'] as const)
      for (const cell of table.fields.find((f) => f.id === field)!.cells.slice(0, 2)) expect(cell.sources.length, cell.text).to.be.greaterThan(0);
    for (const id of table.sources) expect(doc.sources).to.include(id);
  });

  it('3. gives the date it was last reviewed', () => {
    expect(sectionText(docOf(completeAnswers()), 'about')).to.match(/Last reviewed against its sources: \w+ \d+, \d{4}\./);
  });

  it('4. states the update policy and who updates it', () => {
    expect(sectionText(docOf(completeAnswers()), 'about')).to.match(/Updates: the project checks it yearly and after important new research\./);
  });

  it('5. states uncertainty: "how sure we are" for each option, and plainly that nobody knows whether LDN helps in POTS', () => {
    const doc = docOf(completeAnswers());
    const certainty = optionsOf(doc).fields.find((f) => f.id === 'certainty')!;
    expect(certainty.cells[0]!.text).to.match(/^Very unsure/);
    expect(sectionText(doc, 'options')).to.contain('Nobody yet knows whether it helps people with POTS.');
  });

  it('6. states funding, conflicts of interest and authorship: the founders’ statement by default, the clinic’s own statements beside it', () => {
    const own = sectionText(docOf(completeAnswers()), 'about');
    expect(own).to.match(/Written by the LDN decision aid project from the sources below\./);
    // The founders' statement (clinical-facts.md, "The project's own statements", 2026-12-07), shown by default.
    expect(own).to.contain(
      'Funding: this project has no funding from, and no financial ties to, any maker, pharmacy or seller of naltrexone or of any other treatment in this guide.',
    );
    expect(own).to.contain('Conflicts of interest: its authors have no conflicts of interest to declare.');
    // Clinical review: still none, until a named clinician signs.
    expect(own).to.match(/Clinical review: no clinician has reviewed this content yet\./);
    const clinic = sectionText(
      docOf(completeAnswers(), {
        publisher: 'Hillside POTS Clinic',
        funding: 'Paid for by the clinic’s own budget.',
        conflicts: 'None.',
        reviewer: 'Dr. A. Rivera',
        reviewDate: '2026-10-01',
      }),
      'about',
    );
    expect(clinic).to.contain('Offered to you by Hillside POTS Clinic.');
    expect(clinic).to.contain('Funding of Hillside POTS Clinic: Paid for by the clinic’s own budget.');
    expect(clinic).to.contain('Conflicts of interest of Hillside POTS Clinic: None.');
    expect(clinic).to.contain('Clinical review: reviewed by Dr. A. Rivera on October 1, 2026.');
    expect(clinic).not.to.contain('no clinician has reviewed');
    // The project's own statement stays: the clinic's are added beside it, not swapped in.
    expect(clinic).to.match(/this project has no funding from, and no financial ties to/);
    // Each of the clinic's statements right after the project's own.
    const lines = clinic.split('\n');
    expect(lines[lines.findIndex((l) => l.startsWith('- Funding: this project')) + 1]).to.equal(
      '- Funding of Hillside POTS Clinic: Paid for by the clinic’s own budget.',
    );
    expect(lines[lines.findIndex((l) => l.startsWith('- Conflicts of interest: its authors')) + 1]).to.equal(
      '- Conflicts of interest of Hillside POTS Clinic: None.',
    );
  });
});

describe('accuracy, per clinical-facts.md', () => {
  let text: string;
  beforeEach(() => {
    text = guideToText(docOf(EXAMPLE_PATIENTS['tramadol-sometimes']()));
  });

  it('the trial S2 is planned, in Canada, and claims no more than its registry record showed when checked; nothing says it is under way', () => {
    expect(text).to.match(/A trial in Canada \(NCT05363514\) plans to test LDN/);
    // The dates come from TRIAL_REGISTRY, the one place to update when the record is checked again. What the record
    // said is attributed to the record, with when it was last updated: not "the trial had not started".
    expect(text).to.contain(
      'On November 30, 2026, its record (last verified May 2024) said it was not yet recruiting and expected to end in December 2028. Results are years away.',
    );
    expect(Object.keys(TRIAL_REGISTRY)).to.deep.equal(['checked', 'recordVerified', 'expectedCompletion']);
    expect(text).not.to.match(/under way|underway|ongoing|still running|had not started/i);
  });

  it('warns about overdose after stopping naltrexone, in every guide', () => {
    for (const a of ALL_EXAMPLES) expect(guideToText(docOf(a))).to.match(/can lead to an overdose that can kill/);
  });

  it('names kratom only as something to ask a pharmacist about', () => {
    for (const a of ALL_EXAMPLES) {
      const t = guideToText(docOf(a));
      const mentions = t.split('\n').filter((line) => /kratom/i.test(line) && !/^(Opioids|Related)/.test(line));
      for (const line of mentions) expect(line, line).to.match(/Ask your pharmacist about kratom or other supplements/);
    }
  });

  it('lists nausea among LDN’s side effects', () => {
    expect(optionsOf(docOf(completeAnswers())).fields.find((f) => f.id === 'harms')!.cells[0]!.text).to.match(/nausea/);
  });

  it('states the case series figures as the source does: each of the 6', () => {
    expect(text).to.contain('6 to 12 months after they started LDN. 3 of the 6 reported improvement, and 2 of the 6 stopped because it did not help.');
  });

  it('marks the mechanism as a theory, under "What it is", not under benefits', () => {
    const table = optionsOf(docOf(completeAnswers()));
    expect(table.fields.find((f) => f.id === 'what')!.cells[0]!.text).to.match(/In theory/);
    expect(table.fields.find((f) => f.id === 'benefit')!.cells[0]!.text).not.to.match(/inflammation|endorphin/);
  });
});

describe('values tied to the options', () => {
  const conflictsOf = (a: Answers): ValueConflictId[] => buildGuide(a).conflicts.map((c) => c.id);

  it('each value that pulls against an option is said in a sentence, sourced where it states a fact', () => {
    const cases: [Answers, ValueConflictId, RegExp, boolean][] = [
      [
        // Asked only with opioid use or a procedure ahead.
        { ...valuesALot('keep-opioid-pain-relief'), 'planned-procedure': 'yes' },
        'opioid-pain-relief',
        /LDN blocks it \(see Safety first\)/,
        true,
      ],
      [valuesALot('avoid-side-effects'), 'side-effects', /LDN and standard POTS medicines both have them \(see the table\)/, true],
      // A question to ask, pointing back to the table, which states (and cites) that LDN is often made to order.
      [valuesALot('cost'), 'cost', /Cost matters a lot to you: the table compares medicine costs\.\n/, false],
      [valuesALot('relief-heart-rate-dizziness'), 'heart-rate-over-fatigue', /LDN is not mainly aimed at heart rate/, true],
    ];
    for (const [patch, id, sentence, sourced] of cases) {
      const a = completeAnswers(patch);
      expect(conflictsOf(a), id).to.include(id);
      const values = sectionText(docOf(a), 'values');
      expect(values, id).to.match(sentence);
      expect(/\[Sources: S0/.test(values), id).to.equal(sourced);
    }
  });

  it('the other rules: waiting for stronger research matters a lot; fatigue matters more than heart rate (against standard care); relief matters a lot (against keeping the plan)', () => {
    const limited = completeAnswers(valuesALot('wait-for-research'));
    expect(conflictsOf(limited)).to.deep.equal(['wait-for-research']);
    expect(sectionText(docOf(limited), 'values')).to.contain('Waiting for stronger research matters a lot to you.');
    // Not ticked, it pulls against nothing: the item has a direction.
    expect(conflictsOf(completeAnswers(valuesALot()))).to.deep.equal([]);
    const fatigue = buildGuide(completeAnswers(valuesALot('relief-fatigue-pain-fog')));
    expect(fatigue.conflicts).to.deep.equal([
      { id: 'fatigue-over-heart-rate', value: 'relief-fatigue-pain-fog', options: ['conventional'] },
      { id: 'relief-wanted', value: 'relief-fatigue-pain-fog', options: ['no-change'] },
    ]);
    // Raised by heart-rate relief, the rule names that value.
    const heart = completeAnswers(valuesALot('relief-heart-rate-dizziness'));
    expect(buildGuide(heart).conflicts.find((c) => c.id === 'relief-wanted')?.value).to.equal('relief-heart-rate-dizziness');
    // One relief over the other only when the other is not ticked.
    expect(conflictsOf(heart)).to.include('heart-rate-over-fatigue');
    const both = completeAnswers(valuesALot('relief-fatigue-pain-fog', 'relief-heart-rate-dizziness'));
    expect(conflictsOf(both)).not.to.include.members(['heart-rate-over-fatigue', 'fatigue-over-heart-rate']);
  });

  it('every value, ticked alone where it is offered, is said in a sentence on how it bears on an option (none is left unsaid)', () => {
    // In treatment for opioid use disorder, every value is offered.
    const offeredAll = { 'opioid-use': 'yes', 'opioid-kinds': ['buprenorphine'], 'opioid-use-disorder-treatment': 'yes', 'opioid-pattern': 'regular' } as const;
    for (const value of VALUES) {
      const guide = buildGuide(completeAnswers({ ...offeredAll, ...valuesALot(value) }));
      expect(guide.values, value).to.deep.equal([value]);
      expect(
        guide.conflicts.map((c) => c.value),
        value,
      ).to.include(value);
    }
  });

  it('conflicts pull against each option, not only LDN: the rules name every option', () => {
    const all = completeAnswers(
      valuesALot('wait-for-research', 'avoid-side-effects', 'cost', 'keep-opioid-pain-relief', 'stay-on-oud-treatment', 'relief-fatigue-pain-fog'),
    );
    expect(new Set(buildGuide(all).conflicts.flatMap((c) => c.options))).to.deep.equal(new Set(OPTIONS));
  });

  it('no value ticked raises no conflict, and the section says none was ticked', () => {
    const a = completeAnswers(valuesALot());
    expect(conflictsOf(a)).to.deep.equal([]);
    expect(sectionText(docOf(a), 'values')).to.contain('You did not tick anything as mattering a lot to you.');
  });

  it('other values that matter a lot are listed briefly, once', () => {
    const a = completeAnswers({
      ...valuesALot('avoid-side-effects', 'keep-opioid-pain-relief'),
      ...symptoms(),
    });
    const text = sectionText(docOf(a), 'values');
    // Avoiding side effects raises its own sentence; keeping opioid pain relief too: nothing is listed twice.
    expect(text).not.to.match(/Also matters a lot/);
    // Both reliefs: one sentence names them both, so neither is listed again (third re-read n12).
    const b = completeAnswers({ ...valuesALot('relief-fatigue-pain-fog', 'relief-heart-rate-dizziness') });
    expect(sectionText(docOf(b), 'values'))
      .to.contain('Relief from your symptoms matters a lot to you.')
      .and.not.to.match(/Also matters a lot|Cost/);
    // Every value pulls against some option; were one ever to raise no sentence, it is still listed, briefly.
    const silent = { ...buildGuide(completeAnswers(valuesALot('cost', 'wait-for-research'))), conflicts: [] };
    expect(sectionText(guideDocument(silent, 'en'), 'values')).to.contain('Also matters a lot to you: Waiting for stronger research, Cost.');
  });
});
