/**
 * The compact clinician summary that the QR code holds: at most 330 bytes of
 * UTF-8 (QR version 13 at error correction M, the most a phone camera reads
 * well), safety flags always whole and first, lines in the agreed order, and
 * every text encodable and decodable. Checked on the example patients, on
 * every combination of the safety answers (each over a seeded random
 * background), on every answer set of the flow walk, and on random answers.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { QR_MAX_VERSION, qrMatrix } from '../src/components/chunks/qr-encoder.js';
import { symptomsLine } from '../src/content/compact-answer-lines.js';
import { fitCompactLines, type CompactLine } from '../src/content/compact-lines.js';
import { diagnosisLine, opioidLine } from '../src/content/compact-safety-lines.js';
import { COMPACT_SUMMARY_MAX_BYTES, compactSummaryText } from '../src/content/compact-summary.js';
import { utf8Bytes } from '../src/content/fit-lines.js';
import { SAFETY_FLAG_TEXT } from '../src/content/safety.js';
import { buildGuide } from '../src/guide/build-guide.js';
import type { Answers } from '../src/questionnaire/answers.js';
import { EXAMPLE_PATIENTS, REREAD_PATIENTS } from './fixtures/patients.js';
import { anyAnswers, anyOtherAnswers, describeAnswers, SAFETY_COMBINATION_COUNT, safetyCombinations, withAnswers } from './support/answers.js';
import { decodeMatrix } from './support/qr-decode.js';
import { answerSetsOnTheWalk } from './support/screens.js';

const DATE = '2026-12-07';
const textFor = (a: Answers) => compactSummaryText(buildGuide(a).clinicianSummary, 'en', DATE);

/**
 * Labels in reading order, after the title; the ones marked always are on
 * every summary. The diagnosis, the leaning and the SURE test give way whole
 * only as a last resort, when every safety flag is raised: `usually`.
 */
const LINES = [
  { label: 'Safety', always: true },
  { label: 'POTS', usually: true },
  { label: 'Main symptoms' },
  { label: 'Opioids', always: true },
  { label: 'Tried' },
  { label: 'Matters a lot' },
  { label: 'Leaning', usually: true },
  { label: 'SURE test', usually: true },
];

/** The safety questions answered "prefer not to say", as the summary names them (opioid use disorder treatment only while opioid use is possible). */
function withheldNames(a: Answers): string[] {
  const possible = a['opioid-use'] === 'yes' || a['opioid-use'] === 'not-sure';
  return [
    possible && a['opioid-use-disorder-treatment'] === 'prefer-not' && 'OUD treatment',
    a['age-group'] === 'prefer-not' && 'age',
    a.liver === 'prefer-not' && 'liver',
    !!a.pregnancy?.includes('prefer-not') && 'pregnancy',
  ].filter((x): x is string => !!x);
}

/** What must hold for any answers; returns the problems found. */
function problemsWith(a: Answers): string[] {
  const guide = buildGuide(a);
  const text = compactSummaryText(guide.clinicianSummary, 'en', DATE);
  const problems: string[] = [];
  const bytes = utf8Bytes(text);
  if (bytes > COMPACT_SUMMARY_MAX_BYTES) problems.push(`${bytes} bytes`);
  const [title, ...lines] = text.split('\n');
  if (title !== `LDN guide, ${DATE}`) problems.push(`title: ${title}`);
  const labels = lines.map((line) => line.slice(0, line.indexOf(':')));
  const expectedOrder = LINES.map((l) => l.label).filter((l) => labels.includes(l));
  if (labels.join() !== expectedOrder.join()) problems.push(`lines out of order or unknown: ${labels.join(', ')}`);
  for (const { label } of LINES.filter((l) => l.always)) if (!labels.includes(label)) problems.push(`no "${label}" line`);
  // A last resort: only when the safety line itself takes a third of the bytes.
  const lastResort = utf8Bytes(lines[0] ?? '') > COMPACT_SUMMARY_MAX_BYTES / 3;
  for (const { label } of LINES.filter((l) => l.usually)) if (!labels.includes(label) && !lastResort) problems.push(`no "${label}" line`);
  // The safety line is never shortened: every flag, in the guide's order, and the warning when an answer was withheld.
  const safety = lines[0] ?? '';
  const flags = guide.safety.map((f) => SAFETY_FLAG_TEXT[f].compact(guide.clinicianSummary.answers));
  const positions = flags.map((f) => safety.indexOf(f));
  if (positions.some((p) => p < 0) || positions.some((p, i) => i > 0 && p < positions[i - 1]!)) problems.push(`safety flags missing or reordered: ${safety}`);
  // Which safety answers were withheld, each named, never just "some".
  const withheld = withheldNames(guide.clinicianSummary.answers);
  const said = /Not answered: (.*)$/.exec(safety)?.[1] ?? '';
  if (said !== withheld.join(', ')) problems.push(`withheld ${JSON.stringify(withheld)}, but: ${safety}`);
  if (!flags.length && !withheld.length && safety !== 'Safety: None raised') problems.push(`no flags, but: ${safety}`);
  if (/more/.test(safety)) problems.push(`safety line shortened: ${safety}`);
  // Every symptom that bothers most (at most two) stays named until "Tried" and "Matters a lot" have given way whole (re-read 2 m2).
  const { symptoms, mainSymptoms } = guide.clinicianSummary;
  // Marked "(worst)" only when singled out from more symptoms rated (third re-read t2).
  const worst = symptoms.length > mainSymptoms.length ? symptoms.filter((r) => mainSymptoms.includes(r.id)).length : 0;
  const named = (lines.find((l) => l.startsWith('Main symptoms:')) ?? '').split('(worst)').length - 1;
  const listsLeft = labels.filter((l) => l === 'Tried' || l === 'Matters a lot');
  if (named > worst || (named < worst && listsLeft.length)) problems.push(`${worst} symptoms bother most, ${named} named, before ${listsLeft.join()} gave way`);
  return problems;
}

describe('compact clinician summary (the QR code text)', () => {
  it('reads as a title with the date, then short "Label: value" lines, safety first, for the patient who takes tramadol now and then', () => {
    // Over the cap in full, so the lists give way in order: the less bad symptoms first (the worst stays), then the values, then what was tried.
    expect(textFor(EXAMPLE_PATIENTS['tramadol-sometimes']())).to.equal(
      [
        'LDN guide, 2026-12-07',
        'Safety: Opioids (withdrawal risk)',
        'POTS: Diagnosed, Age 18+, for 2 to 5 years',
        'Main symptoms: severe: Fatigue (worst), +4 more',
        'Opioids: Tramadol; now and then',
        'Tried: Fluids/salt (current, helps a little), +1 more',
        'Matters a lot: Avoid side effects, +1 more',
        'Leaning: not yet',
        'SURE test: not yet',
      ].join('\n'),
    );
  });

  it("keeps every line whole for the patient with every safety concern: the label's contraindication, a procedure planned, naltrexone before", () => {
    const text = textFor(EXAMPLE_PATIENTS['every-safety-concern']());
    expect(text).to.equal(
      [
        'LDN guide, 2026-12-07',
        'Safety: Opioids (withdrawal risk), OUD treatment (contraindicated), Procedure planned, Liver disease, Pregnant, Breastfeeding',
        'POTS: Diagnosed, Age 18+',
        'Main symptoms: None rated',
        'Opioids: Methadone; regularly',
        'Tried: Naltrexone before (no help, side effects)',
        'Leaning: not yet',
        'SURE test: not yet',
      ].join('\n'),
    );
    expect(utf8Bytes(text)).to.be.at.most(COMPACT_SUMMARY_MAX_BYTES);
  });

  it('keeps the worst symptom and the "against own values" mark as floor items: "Matters a lot" and "Tried" give way first (re-read m15)', () => {
    const a = REREAD_PATIENTS['methadone-pregnant-surgery']();
    expect(textFor(a)).to.equal(
      [
        'LDN guide, 2026-12-07',
        'Safety: Opioids (withdrawal risk), OUD treatment (contraindicated), Procedure planned, Ivabradine (fetal risk), Pregnant',
        'POTS: Diagnosed',
        'Main symptoms: severe: Pain (worst), +3 more',
        'Opioids: Methadone; regularly',
        'Leaning: Try LDN (against own values)',
        'SURE test: not yet',
      ].join('\n'),
    );
  });

  it('names both symptoms that bother most before any other list gives way (re-read 2 m2)', () => {
    const text = textFor(withAnswers(EXAMPLE_PATIENTS['tramadol-sometimes'](), { 'worst-symptom': ['fatigue', 'pain'] }));
    expect(text).to.include('Main symptoms: severe: Fatigue (worst); moderate: Pain (worst), +3 more\n');
    expect(utf8Bytes(text)).to.be.at.most(COMPACT_SUMMARY_MAX_BYTES);
  });

  it('says "not sure" about opioid use, and which answers were withheld', () => {
    const text = textFor(
      withAnswers(EXAMPLE_PATIENTS['not-sure-about-opioids'](), {
        'opioid-use-disorder-treatment': 'prefer-not',
        liver: 'prefer-not',
        'sure-understand': 'yes',
      }),
    );
    // Which answers were withheld, each named; "prefer not to say" on treatment for opioid use disorder is said there, once.
    expect(text).to.include('Safety: Opioids (withdrawal risk), Not answered: OUD treatment, liver\n');
    expect(text).to.include('Opioids: Not sure: Unsure which; how often unsure\n');
    expect(text).to.include('SURE test: 1 of 4 yes, 3 not answered');
  });

  it('holds for every example patient', () => {
    for (const [name, patient] of Object.entries(EXAMPLE_PATIENTS)) expect(problemsWith(patient()), name).to.deep.equal([]);
  });

  it(`holds for all ${SAFETY_COMBINATION_COUNT.toLocaleString('en')} combinations of the safety answers, each over a different seeded background`, function () {
    // Each builds a guide and its compact summary: about 15 s on a busy 2-core machine.
    this.timeout(120_000);
    const backgrounds = fc.sample(anyOtherAnswers, { seed: 9330, numRuns: SAFETY_COMBINATION_COUNT });
    let i = 0;
    for (const safety of safetyCombinations()) {
      const a = withAnswers(backgrounds[i++]!, safety);
      const problems = problemsWith(a);
      if (problems.length) expect.fail(`${problems.join('; ')}\nfor ${describeAnswers(a)}:\n${textFor(a)}`);
    }
  });

  it('holds for every answer set on the walk of the flow (incomplete answers included)', () => {
    for (const a of answerSetsOnTheWalk()) expect(problemsWith(a), describeAnswers(a)).to.deep.equal([]);
  });

  it('holds for random answers (fast-check, shrinking to a minimal counterexample)', () => {
    fc.assert(
      fc.property(anyAnswers, (a) => problemsWith(a).length === 0),
      { numRuns: 2000, seed: 330 },
    );
  });

  it(`fits a QR code of version ${QR_MAX_VERSION} or smaller at error correction M, and reads back exactly (jsQR)`, async () => {
    const sets = [...Object.values(EXAMPLE_PATIENTS).map((p) => p()), ...fc.sample(anyAnswers, { seed: 13, numRuns: 60 })];
    for (const a of sets) {
      const text = textFor(a);
      const m = qrMatrix(text);
      expect(m.size, describeAnswers(a)).to.be.at.most(4 * QR_MAX_VERSION + 17);
      expect(await decodeMatrix(m), describeAnswers(a)).to.equal(text);
    }
  });

  it('encodes 330 bytes of non-ASCII text within version 13 (UTF-8), and refuses more', async () => {
    const accented = 'é'.repeat(COMPACT_SUMMARY_MAX_BYTES / 2);
    expect(await decodeMatrix(qrMatrix(accented))).to.equal(accented);
    const ascii = 'a'.repeat(COMPACT_SUMMARY_MAX_BYTES);
    expect(qrMatrix(ascii).size).to.equal(4 * QR_MAX_VERSION + 17);
    expect(() => qrMatrix(`${accented}éé`)).to.throw();
  });
});

describe('fitting the compact summary to the byte cap', () => {
  const FIXED = 'Fixed: never shortened, however long it is';
  const planted = (): CompactLine[] => [
    { label: 'Fixed', items: ['never shortened, however long it is'] },
    { label: 'Low', items: ['apple pie', 'banana split', 'cherry tart', 'date loaf'], shortenRank: 1 },
    { label: 'High', items: ['eggplant', 'fennel', 'garlic'], shortenRank: 2, minItems: 1 },
  ];
  const full = `${FIXED}\nLow: apple pie, banana split, cherry tart, date loaf\nHigh: eggplant, fennel, garlic`;

  it('leaves text that fits alone', () => {
    expect(fitCompactLines(planted(), utf8Bytes(full), 'en')).to.equal(full);
  });

  it('shortens the lowest-ranked list first, saying how many were left out', () => {
    expect(fitCompactLines(planted(), utf8Bytes(full) - 1, 'en')).to.equal(
      `${FIXED}\nLow: apple pie, banana split, cherry tart, +1 more\nHigh: eggplant, fennel, garlic`,
    );
  });

  it('takes every list down to one item before any line goes, then lists to their minimum, never touching unranked lines', () => {
    expect(fitCompactLines(planted(), 95, 'en')).to.equal(`${FIXED}\nLow: apple pie, +3 more\nHigh: eggplant, +2 more`);
    expect(fitCompactLines(planted(), 80, 'en')).to.equal(`${FIXED}\nHigh: eggplant, +2 more`);
    expect(fitCompactLines(planted(), 10, 'en')).to.equal(`${FIXED}\nHigh: eggplant, +2 more`);
  });

  it('as a last resort, cuts lines step by step in the order given, below their minimum too', () => {
    const lines = (): CompactLine[] => [
      { label: 'Fixed', items: ['never shortened, however long it is'] },
      // Like the leaning and its mark: two floor items, the mark cut first, the line later.
      {
        label: 'Mark',
        items: ['kept', ''],
        shortenRank: 1,
        minItems: 2,
        lastResort: [
          [1, 1],
          [3, 0],
        ],
        value: (kept) => (kept.length > 1 ? 'kept (marked)' : 'kept'),
      },
      // Like the opioid names: a floor item that gives way to a count.
      {
        label: 'Floor',
        items: ['eggplant', 'fennel'],
        shortenRank: 2,
        minItems: 1,
        lastResort: [[2, 0]],
        keepWhenEmpty: true,
        value: (kept, dropped) => (kept.length ? kept.join(', ') : `${dropped} named`),
      },
    ];
    const at = (bytes: number) => fitCompactLines(lines(), bytes, 'en');
    expect(at(86)).to.equal(`${FIXED}\nMark: kept (marked)\nFloor: eggplant, fennel`);
    expect(at(85)).to.equal(`${FIXED}\nMark: kept (marked)\nFloor: eggplant`);
    expect(at(77)).to.equal(`${FIXED}\nMark: kept\nFloor: eggplant`);
    expect(at(68)).to.equal(`${FIXED}\nMark: kept\nFloor: 2 named`);
    expect(at(60)).to.equal(`${FIXED}\nFloor: 2 named`);
  });

  it('a list shortened to nothing leaves its line out unless kept when empty; an empty list stays only when its value speaks for it', () => {
    const count = (kept: string[], dropped: number) => `${kept.length} kept, ${dropped} left out`;
    const lines: CompactLine[] = [
      { label: 'Fixed', items: ['never shortened, however long it is'] },
      { label: 'Goes', items: ['apple pie', 'banana split'], shortenRank: 1, value: count },
      { label: 'Stays', items: ['cherry tart', 'date loaf'], shortenRank: 2, keepWhenEmpty: true, value: count },
      { label: 'Empty', items: [] },
      { label: 'Said', items: [], value: () => 'None rated' },
    ];
    expect(fitCompactLines(lines, 10, 'en')).to.equal(`${FIXED}\nStays: 0 kept, 2 left out\nSaid: None rated`);
  });
});

describe('compact clinician summary: leaning and readiness', () => {
  it('says which option the patient leans toward, and which SURE items were "no"', () => {
    const answers = (leaning: Answers['leaning'], patch: Answers = {}) =>
      withAnswers(EXAMPLE_PATIENTS['tramadol-regularly'](), {
        leaning,
        'sure-sure': 'no',
        'sure-understand': 'yes',
        'sure-risk-benefit': 'yes',
        'sure-encouragement': 'no',
        ...patch,
      });
    const text = textFor(answers('try-ldn'));
    expect(text).to.include('\nLeaning: Try LDN\n');
    expect(text.endsWith('\nSURE test: 2 of 4 yes; no: sure of best choice, enough support')).to.equal(true, text);
    // Waiting for stronger research, ticked as mattering a lot, pulls against trying LDN: the leaning says so, and the value is listed.
    const against = textFor(answers('try-ldn', { 'values-a-lot': ['wait-for-research'] }));
    expect(against).to.include('\nMatters a lot: Wait for research\nLeaning: Try LDN (against own values)\n');
    // Cost pulls against both medicine options alike, so it does not mark a leaning toward either (third re-read n5).
    const cost = textFor(answers('try-ldn', { 'values-a-lot': ['cost'] }));
    expect(cost).to.include('\nMatters a lot: Cost\nLeaning: Try LDN\n');
  });
});

describe('compact clinician summary: the main symptoms', () => {
  it('grouped by severity, most severe first, the worst named first; mild ones left out while worse ones are rated', () => {
    const line = symptomsLine(buildGuide(EXAMPLE_PATIENTS['tramadol-sometimes']()).clinicianSummary, 'en');
    expect(line.value!(line.items, 0)).to.equal('severe: Fatigue (worst), Brain fog; moderate: Racing heart on standing, Pain, Exercise intolerance');
    expect(line.value!(line.items.slice(0, 2), 3)).to.equal('severe: Fatigue (worst), Brain fog, +3 more');
  });

  it('says "None rated" when no symptom is rated', () => {
    const line = symptomsLine(buildGuide(EXAMPLE_PATIENTS['every-safety-concern']()).clinicianSummary, 'en');
    expect(line.value!(line.items, 0)).to.equal('None rated');
  });
});

describe('compact clinician summary: what was tried', () => {
  const triedOf = (patch: Answers) =>
    textFor(withAnswers(EXAMPLE_PATIENTS['every-safety-concern'](), patch))
      .split('\n')
      .find((line) => line.startsWith('Tried: '));

  it('naltrexone before without how it went; nothing tried; the question not answered', () => {
    expect(triedOf({ 'naltrexone-helps': undefined, 'naltrexone-side-effects': undefined })).to.equal('Tried: Naltrexone before');
    expect(triedOf({ 'naltrexone-before': 'no' })).to.equal('Tried: Nothing yet');
    expect(triedOf({ 'naltrexone-before': 'no', therapies: undefined })).to.equal('Tried: not yet');
  });
});

describe('compact clinician summary: the POTS line', () => {
  const itemsOf = (patch: Answers) => diagnosisLine(buildGuide(withAnswers(EXAMPLE_PATIENTS['tramadol-sometimes'](), patch)).clinicianSummary, 'en').items;

  it('the diagnosis, "Age 18+" only for adults (under 18 is a safety flag), and the duration when given', () => {
    expect(itemsOf({})).to.deep.equal(['Diagnosed', 'Age 18+', 'for 2 to 5 years']);
    expect(itemsOf({ 'age-group': 'under-18', duration: undefined })).to.deep.equal(['Diagnosed']);
    expect(itemsOf({ 'age-group': undefined })).to.deep.equal(['Diagnosed', 'for 2 to 5 years']);
  });
});

describe('compact clinician summary: the Opioids line', () => {
  const lineOf = (patch: Answers) => opioidLine(buildGuide(withAnswers(EXAMPLE_PATIENTS['every-safety-concern'](), patch)).clinicianSummary, 'en');
  const valueOf = (patch: Answers, kept?: string[], dropped = 0) => {
    const line = lineOf(patch);
    return line.value!(kept ?? line.items, dropped);
  };

  it('no opioid use: the answer alone, with nothing to shorten', () => {
    const line = lineOf({ 'opioid-use': 'no' });
    expect([line.items, line.value]).to.deep.equal([['No'], undefined]);
  });

  it('"no" to treatment for opioid use disorder is said; the names may give way to their number', () => {
    expect(valueOf({ 'opioid-use-disorder-treatment': 'no' })).to.equal('Methadone; regularly; OUD treatment: No');
    expect(valueOf({}, [], 1)).to.equal('1 named; regularly');
    expect(valueOf({ 'opioid-use': 'not-sure', 'opioid-kinds': undefined, 'opioid-pattern': undefined })).to.equal('Not sure: not yet; not yet');
  });
});
