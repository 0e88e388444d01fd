/**
 * Invariants of the guide over all answer combinations.
 *
 * Safety requirement: any current or possible opioid use ("yes" or "not sure")
 * must always put the opioid-withdrawal warning at the top of the guide, for
 * every combination of answers.
 *
 * How "every combination" is covered, within a ~20 s budget (buildGuide takes
 * ~15 µs, rendering the full text ~150 µs):
 *
 *  A. The SAFETY PRODUCT, exhaustively and down to the rendered text: every
 *     combination of opioid-use × opioid-use-disorder-treatment × opioid-pattern ×
 *     planned-procedure × liver × pregnancy, each including "unanswered"
 *     (4 × 4 × 4 × 4 × 5 × 10 = 12,800; pregnancy is a multiple choice: every
 *     set of pregnant / planning / breastfeeding, "none of these", "prefer not to say"). These, with the opioid kinds
 *     (which open the use-disorder question, and vary with the backgrounds), are the only answers that
 *     the safety flag rules read and that decide the opioid follow-ups kept by the
 *     pruning. Each combination is paired with a different, seeded random set
 *     of ALL other answers (therapies with details, symptoms, values, SURE,
 *     naltrexone, conditions, …), so every safety combination is checked, and
 *     checked against varied backgrounds rather than one fixed patient.
 *
 *  B. The TAILORING PRODUCT, exhaustively at the data level: opioid-use (4,
 *     with unanswered) × opioid-use-disorder-treatment (4) × planned-procedure (3)
 *     × liver (4) × pregnancy (5: each state alone, "none of these", "prefer not")
 *     × naltrexone-before (4) × every conditions answer (64 subsets + "none" +
 *     "prefer not" = 66) = 253,440 guides. Pregnancy's combined states are
 *     left to A.
 *     - opioid-pattern is rotated through its four values rather than
 *       multiplied in, because test A proves, for every safety combination,
 *       that changing opioid-pattern changes nothing in the guide except the
 *       clinician summary's echo of it.
 *     - "unanswered" procedure, liver and pregnancy are left to A, which has
 *       them in every combination with the opioid answers; multiplying them in
 *       here too would take ~11 s more.
 *     So every safety combination is checked (A, down to the text), and every
 *     combination of the opioid, procedure, liver, pregnancy, naltrexone and
 *     conditions answers is checked (B). The other fields (therapies and their
 *     details, symptoms, worst symptom, values, SURE, diagnosis, duration,
 *     opioid kinds, naltrexone outcome) vary with the seeded backgrounds; they
 *     cannot add, drop or reorder a safety flag, since the safety flag rules never
 *     reads them, and A and C check that in the output rather than assume it.
 *
 *  C. fast-check over completely random `Answers` (every field), so the
 *     answers that A and B hold fixed or sample are also shrunk to a minimal
 *     counterexample if anything goes wrong.
 *
 * The expected flags come from an oracle written from the requirement
 * (support/guide-oracle.ts), not from src/questionnaire/predicates.ts, so a change
 * to a predicate or to the order of the safety flag rules (src/guide/rules/safety-flags.ts) is caught. That everything
 * else the answers call for is there too is test/guide-completeness.test.ts.
 */
import { expect } from '@open-wc/testing';
import { DOSE_PATTERNS, PRESCRIPTIVE_PATTERNS } from './support/clinical-patterns.js';
import fc from 'fast-check';
import { YES_NO_NOT_SURE, YES_NO_NOT_SURE_PREFER_NOT } from '../src/questionnaire/options.js';
import type { Answers } from '../src/questionnaire/answers.js';
import { ABOUT_TEXT } from '../src/content/about.js';
import { clinicianSummaryRows } from '../src/content/clinician-summary.js';
import type { Block, GuideDocument } from '../src/content/guide/blocks.js';
import { guideDocument } from '../src/content/guide/document.js';
import { KEY_POINT_TEXT } from '../src/content/for-you.js';
import { SAFETY_FLAG_TEXT } from '../src/content/safety.js';
import { SOURCE_IDS } from '../src/content/sources.js';
import { guideToText } from '../src/export/text.js';
import { buildGuide } from '../src/guide/build-guide.js';
import { question } from '../src/questionnaire/structure.js';
import { GUIDE_SECTIONS } from '../src/guide/ids.js';
import { QUESTIONS_TO_ASK } from '../src/guide/rules/questions-to-ask.js';
import type { Guide } from '../src/guide/types.js';
import {
  anyAnswers,
  anyOtherAnswers,
  CONDITION_ANSWERS,
  describeAnswers,
  everyAnswer,
  orUnanswered,
  SAFETY_COMBINATION_COUNT,
  SAFETY_COMBINATIONS_TAKEN,
  SAFETY_DOMAINS,
  safetyCombinations,
  withAnswers,
} from './support/answers.js';
import {
  conditionsReported,
  expectedFlags,
  fewestQuestions,
  leadingOpioidQuestions,
  mayBeInTreatment,
  opioidUsePossible,
  PREGNANCY_QUESTIONS,
  PREGNANCY_QUESTIONS_FOR,
} from './support/guide-oracle.js';

// ---------------------------------------------------------------------------
// Oracle and helpers
// ---------------------------------------------------------------------------

const WITHDRAWAL_TITLE = SAFETY_FLAG_TEXT['opioid-withdrawal'].title();
const OPIOID_FREE_PERIOD = /opioid-free period/i;
const OFF_OPIOIDS_QUESTION = /How long would I need to be off opioids/i;
const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);

function fail(a: Partial<Answers>, what: string): never {
  throw new Error(`${what}\n  answers: ${describeAnswers(a)}`);
}

/** Throws with the offending answers named; the message is built only on failure. */
function check(ok: boolean, a: Partial<Answers>, what: () => string): void {
  if (!ok) throw new Error(`${what()}\n  answers: ${describeAnswers(a)}`);
}

const render = (guide: Guide): { doc: GuideDocument; text: string } => {
  const doc = guideDocument(guide, 'en');
  return { doc, text: guideToText(doc) };
};

/** Checks the safety section of one guide, in the data, the document and the text. */
function checkSafetyFirst(a: Answers, guide: Guide, doc: GuideDocument, text: string): void {
  const possible = opioidUsePossible(a);
  const flags = expectedFlags(a);

  // Data.
  check(same(guide.safety, flags), a, () => `guide.safety is ${JSON.stringify(guide.safety)}, expected ${JSON.stringify(flags)}`);
  check((guide.safety[0] === 'opioid-withdrawal') === possible, a, () => `guide.safety[0] is ${guide.safety[0]}, opioid use possible: ${possible}`);
  check(same(guide.clinicianSummary.flags, flags), a, () => `clinician summary flags ${JSON.stringify(guide.clinicianSummary.flags)}`);
  check(guide.sections[0] === 'safety', a, () => `first section is ${guide.sections[0]}`);

  // Document: safety is the first section; its first block is the withdrawal flag iff opioid use is possible.
  const safety = doc.sections[0];
  check(safety.id === 'safety', a, () => `first document section is ${safety.id}`);
  const flagBlocks = safety.blocks.filter((b): b is Extract<Block, { type: 'flag' }> => b.type === 'flag');
  check(
    same(
      flagBlocks.map((b) => b.id),
      flags,
    ),
    a,
    () => `flag blocks ${JSON.stringify(flagBlocks.map((b) => b.id))}`,
  );
  const first = safety.blocks[0];
  check(
    (first.type === 'flag' && first.id === 'opioid-withdrawal') === possible,
    a,
    () => `first safety block is ${first.type === 'flag' ? `flag ${first.id}` : first.type}, opioid use possible: ${possible}`,
  );
  for (const section of doc.sections.slice(1))
    check(!section.blocks.some((b) => b.type === 'flag'), a, () => `a flag block outside the safety section, in ${section.id}`);

  // Text: title, then "Safety first", then (if opioid use is possible) the withdrawal warning before anything else.
  const parts = text.split('\n\n');
  check(/^Safety first\n-+$/.test(parts[1]), a, () => `the first section heading in the text is ${JSON.stringify(parts[1])}`);
  const firstFlagLine = text.split('\n').find((line) => line.startsWith('! '));
  if (possible) {
    check(parts[2].startsWith(`! ${WITHDRAWAL_TITLE}\n`), a, () => `the first safety item in the text is ${JSON.stringify(parts[2].slice(0, 80))}`);
    check(/sudden, severe opioid withdrawal/.test(parts[2]), a, () => `the first safety item does not warn about withdrawal: ${parts[2]}`);
    check(firstFlagLine === `! ${WITHDRAWAL_TITLE}`, a, () => `the first flag line in the text is ${firstFlagLine}`);
    const leading = leadingOpioidQuestions(a);
    check(
      same(guide.questions.slice(0, leading.length), leading),
      a,
      () => `the questions start ${guide.questions.slice(0, 2).join()}, expected ${leading.join()}`,
    );
  } else {
    check(!text.includes(`! ${WITHDRAWAL_TITLE}`), a, () => 'the withdrawal flag is shown although opioid use is not possible');
  }
  // An opioid-free period is the way to LDN only for someone who takes opioids and is not (or may not be) in treatment for opioid use disorder.
  const periodOffered = possible && !mayBeInTreatment(a);
  check(OPIOID_FREE_PERIOD.test(text) === periodOffered, a, () => `"opioid-free period" in the text: ${!periodOffered}`);
  check(OFF_OPIOIDS_QUESTION.test(text) === periodOffered, a, () => `"How long would I need to be off opioids" in the text: ${!periodOffered}`);
  check(guide.questions.includes('opioid-free-period') === periodOffered, a, () => `the opioid-free-period question: ${JSON.stringify(guide.questions)}`);
  // A procedure ahead, and maybe in treatment: the label rules LDN out, so the flag plans pain relief and never times an LDN start (S3, S12).
  const procedure = flagBlocks.find((b) => b.id === 'planned-procedure');
  if (procedure)
    check(
      mayBeInTreatment(a) === !/timing|Starting LDN/.test(procedure.why) && /pain relief/.test(procedure.why),
      a,
      () => `the procedure flag, maybe in treatment: ${mayBeInTreatment(a)}: ${procedure.why}`,
    );
  // In treatment: the label's contraindication and "do not stop or lower" it, from the flag right under the withdrawal warning.
  if (flags.includes('opioid-use-disorder-treatment')) {
    const oud = safety.blocks[1];
    check(
      oud.type === 'flag' &&
        /not to take it during treatment for opioid use disorder, such as with methadone or buprenorphine/.test(oud.why) &&
        /Do not stop or lower your treatment/.test(oud.why),
      a,
      () => `the opioid use disorder flag does not say what the facts require: ${JSON.stringify(oud)}`,
    );
  }
  // Maybe in that treatment but not said: the withdrawal warning says not to stop or lower it, on the chance (S16; third re-read n2).
  const withdrawal = flagBlocks.find((b) => b.id === 'opioid-withdrawal');
  if (withdrawal) {
    const withheld = mayBeInTreatment(a) && !flags.includes('opioid-use-disorder-treatment');
    check(
      /do not stop or lower it to try LDN/.test(withdrawal.why) === withheld && withdrawal.sources.includes('S16') === withheld,
      a,
      () => `the withdrawal warning, treatment withheld: ${withheld}: ${withdrawal.why} ${withdrawal.sources.join()}`,
    );
  }
  // Under 18: the three facts, plainly (S3, S2, S5, S7).
  const young = flagBlocks.find((b) => b.id === 'under-18');
  if (young)
    check(
      /not been shown to be safe for people under 18/.test(young.why) && /trial takes adults only/.test(young.why) && /ages 12 to 19/.test(young.why),
      a,
      () => `the under-18 flag does not say the three facts: ${young.why}`,
    );
  check(guide.evidence.includes('trials-exclude-opioids') === possible, a, () => `'trials-exclude-opioids' present: ${!possible}`);
  // The clinician summary's first row lists the flags, withdrawal first.
  const summary = doc.sections.find((s) => s.id === 'clinician-summary')?.blocks.find((b) => b.type === 'summary');
  const flagsRow = summary?.type === 'summary' ? summary.rows[0] : undefined;
  const withdrawalOnly = clinicianSummaryRows({ ...guide.clinicianSummary, flags: ['opioid-withdrawal'] }, 'en')[0];
  check(
    flagsRow?.label === withdrawalOnly.label && flagsRow.value.startsWith(withdrawalOnly.value) === possible,
    a,
    () => `clinician summary flags row: ${JSON.stringify(flagsRow)}`,
  );
}

/** The guide without the clinician summary's echo of the opioid pattern answer. */
const withoutPatternEcho = (g: Guide) => ({
  ...g,
  clinicianSummary: {
    ...g.clinicianSummary,
    opioids: { ...g.clinicianSummary.opioids, pattern: undefined },
    answers: withAnswers(g.clinicianSummary.answers, { 'opioid-pattern': undefined }),
  },
});

// ---------------------------------------------------------------------------
// A and B: exhaustive
// ---------------------------------------------------------------------------

describe('guide invariants: the withdrawal warning is always at the top when opioid use is possible', () => {
  // One seeded random background (all non-safety answers) per safety combination.
  const backgrounds = fc.sample(anyOtherAnswers, { seed: 20261124, numRuns: SAFETY_COMBINATION_COUNT });

  it(`A: all ${SAFETY_COMBINATION_COUNT.toLocaleString('en')} combinations of the safety answers, each over a different seeded background, checked in the data, the document and the plain text`, function () {
    // Each combination renders the whole guide as text: about 20 s on a 2-core machine.
    this.timeout(120_000);
    let i = 0;
    for (const safety of safetyCombinations()) {
      const a = withAnswers(structuredClone(backgrounds[i]), safety);
      const guide = buildGuide(a);
      const { doc, text } = render(guide);
      checkSafetyFirst(a, guide, doc, text);
      i += 1;
    }
    expect(i).to.equal(SAFETY_COMBINATIONS_TAKEN);
  });

  it('A: for every combination of the safety answers, opioidPattern changes nothing but its echo in the clinician summary (so B may rotate it)', () => {
    let i = 0;
    for (const safety of safetyCombinations()) {
      if (safety['opioid-pattern'] !== undefined) continue;
      const base = withAnswers(structuredClone(backgrounds[i++]), safety);
      const reference = JSON.stringify(withoutPatternEcho(buildGuide(base)));
      for (const opioidPattern of SAFETY_DOMAINS['opioid-pattern']) {
        const a = withAnswers(base, { 'opioid-pattern': opioidPattern });
        check(JSON.stringify(withoutPatternEcho(buildGuide(a))) === reference, a, () => `opioidPattern ${opioidPattern} changed the guide`);
      }
    }
    // A quarter of them leave the pattern unanswered (to within one when `npm run mutate` takes every 7th).
    expect(i).to.be.closeTo(SAFETY_COMBINATIONS_TAKEN / 4, 1);
  });

  // The ivabradine and under-18 flags read answers that the backgrounds of A set at random: here every
  // combination of the safety answers meets each way of taking ivabradine and each age group, at the data level.
  const IVABRADINE: Answers[] = [
    { therapies: ['ivabradine'], 'therapies-current': ['ivabradine'] },
    { therapies: ['ivabradine', 'midodrine'], 'therapies-current': ['midodrine'] },
    { therapies: ['ivabradine'], 'therapies-current': ['stopped-all'] },
    { therapies: ['midodrine'] },
    { therapies: ['none-of-these'] },
  ];
  const AGE_GROUPS = everyAnswer(question('age-group')) as Answers['age-group'][];
  it(`A: all ${SAFETY_COMBINATION_COUNT.toLocaleString('en')} combinations of the safety answers × ${IVABRADINE.length} ways of taking ivabradine × ${AGE_GROUPS.length} age answers: the flags, in order`, function () {
    this.timeout(120_000);
    let i = 0;
    for (const safety of safetyCombinations())
      for (const ivabradine of IVABRADINE)
        for (const ageGroup of AGE_GROUPS) {
          const a = withAnswers(withAnswers(backgrounds[i++ % backgrounds.length], { ...ivabradine, 'age-group': ageGroup }), safety);
          const g = buildGuide(a);
          const flags = expectedFlags(a);
          if (!same(g.safety, flags)) fail(a, `guide.safety is ${JSON.stringify(g.safety)}, expected ${JSON.stringify(flags)}`);
        }
    expect(i).to.equal(SAFETY_COMBINATIONS_TAKEN * IVABRADINE.length * AGE_GROUPS.length);
  });

  // B: the answered values of plannedProcedure, liver and pregnancy (their "unanswered" is covered by A);
  // opioid use and opioid use disorder treatment, and naltrexoneBefore, including unanswered.
  const B = {
    'opioid-use-disorder-treatment': SAFETY_DOMAINS['opioid-use-disorder-treatment'],
    'planned-procedure': YES_NO_NOT_SURE,
    liver: YES_NO_NOT_SURE_PREFER_NOT,
    pregnancy: [['pregnant'], ['planning-pregnancy'], ['breastfeeding'], ['none-of-these'], ['prefer-not']] as const,
    'naltrexone-before': orUnanswered(YES_NO_NOT_SURE),
  };
  const perUse = Object.values(B).reduce((n, d) => n * d.length, CONDITION_ANSWERS.length);

  for (const opioidUse of SAFETY_DOMAINS['opioid-use']) {
    it(`B: opioid use ${opioidUse ?? 'unanswered'} × opioid use disorder treatment × procedure × liver × pregnancy × naltrexone before × every conditions answer (${perUse.toLocaleString('en')} guides): flags, questions and evidence as required`, () => {
      const possible = opioidUsePossible({ 'opioid-use': opioidUse });
      let n = 0;
      for (const opioidUseDisorderTreatment of B['opioid-use-disorder-treatment'])
        for (const plannedProcedure of B['planned-procedure'])
          for (const liver of B.liver)
            for (const pregnancy of B.pregnancy)
              for (const naltrexoneBefore of B['naltrexone-before'])
                for (const conditionAnswer of CONDITION_ANSWERS) {
                  const a = withAnswers(backgrounds[n % backgrounds.length], {
                    conditions: conditionAnswer as Answers['conditions'],
                    'opioid-use': opioidUse,
                    'opioid-use-disorder-treatment': opioidUseDisorderTreatment,
                    'opioid-pattern': SAFETY_DOMAINS['opioid-pattern'][n % SAFETY_DOMAINS['opioid-pattern'].length],
                    'planned-procedure': plannedProcedure,
                    liver,
                    pregnancy: pregnancy as Answers['pregnancy'],
                    'naltrexone-before': naltrexoneBefore,
                  });
                  n += 1;
                  const g = buildGuide(a);
                  const flags = expectedFlags(a);
                  if (!same(g.safety, flags)) fail(a, `guide.safety is ${JSON.stringify(g.safety)}, expected ${JSON.stringify(flags)}`);
                  if ((g.safety[0] === 'opioid-withdrawal') !== possible) fail(a, `guide.safety[0] is ${g.safety[0]}`);
                  if (g.sections[0] !== 'safety') fail(a, `first section is ${g.sections[0]}`);
                  if (
                    possible
                      ? !same(g.questions.slice(0, leadingOpioidQuestions(a).length), leadingOpioidQuestions(a))
                      : g.questions.includes('opioid-free-period')
                  )
                    fail(a, `questions start ${g.questions.slice(0, 2).join()}`);
                  if (g.opioidFreePeriod !== (possible && !mayBeInTreatment(a)) || g.questions.includes('opioid-free-period') !== g.opioidFreePeriod)
                    fail(a, `opioid-free period ${g.opioidFreePeriod}, questions ${JSON.stringify(g.questions)}`);
                  if (g.evidence.includes('trials-exclude-opioids') !== possible) fail(a, `evidence ${JSON.stringify(g.evidence)}`);
                  const reported = conditionsReported(a);
                  const others = reported.filter((c) => c !== 'fibromyalgia' && c !== 'long-covid');
                  if (
                    g.evidence.includes('fibromyalgia') !== reported.includes('fibromyalgia') ||
                    g.evidence.includes('long-covid') !== reported.includes('long-covid') ||
                    g.evidence.includes('other-conditions-not-covered') !== others.length > 0 ||
                    !same(g.conditionsWithoutEvidence, others)
                  )
                    fail(a, `evidence ${JSON.stringify(g.evidence)}, conditions without evidence ${JSON.stringify(g.conditionsWithoutEvidence)}`);
                  if (g.questions.length < fewestQuestions(a) || new Set(g.questions).size !== g.questions.length)
                    fail(a, `questions ${JSON.stringify(g.questions)}`);
                  // Tailored and safety questions are never dropped for general ones.
                  if ((a['naltrexone-before'] === 'yes') !== g.questions.includes('naltrexone-before'))
                    fail(a, `naltrexone-before question: ${JSON.stringify(g.questions)}`);
                  // Each pregnancy state its own questions; pregnant or planning, a review of current medicines too.
                  const asked = PREGNANCY_QUESTIONS.filter((q) => g.questions.includes(q));
                  if (!same(asked, PREGNANCY_QUESTIONS_FOR[pregnancy[0]] ?? [])) fail(a, `pregnancy questions: ${JSON.stringify(g.questions)}`);
                  if (!g.questions.includes('what-if-no-change')) fail(a, `no "what if I change nothing" question: ${JSON.stringify(g.questions)}`);
                }
      expect(n).to.equal(perUse);
    });
  }
});

// ---------------------------------------------------------------------------
// C: property-based, over completely random answers
// ---------------------------------------------------------------------------

const RUNS = 2500;

const textOf = (a: Answers) => render(buildGuide(a)).text;

/** Source ids cited after statements: "[Sources: S0, S3]" (a no-break space after the comma). */
function citedInText(text: string): string[] {
  return [...text.matchAll(/\[Sources: ([^\]]+)\]/g)].flatMap((m) => m[1].split(/,\s/));
}

/** The numbered sources list at the end: "S0. citation". */
function listedInText(text: string): string[] {
  const about = text.slice(text.lastIndexOf('Sources and about this guide\n'));
  return [...about.matchAll(/^(S\d+)\. \S/gm)].map((m) => m[1]);
}

function blockIsEmpty(block: Block): boolean {
  const blank = (s: string | undefined) => !s || !s.trim();
  switch (block.type) {
    case 'paragraph':
      return blank(block.text);
    case 'list':
      return !block.items.length || block.items.some(blank);
    case 'flag':
      return [block.title, block.why].some(blank) || (block.raise !== undefined && blank(block.raise));
    case 'options':
      return (
        block.options.length !== 3 ||
        block.options.some((o) => blank(o.name)) ||
        !block.fields.length ||
        block.fields.some((f) => blank(f.label) || f.cells.length !== block.options.length || f.cells.some((c) => blank(c.text)))
      );
    case 'choice':
      return blank(block.legend) || block.choices.length < 2 || block.choices.some((c) => blank(c.label)) || blank(block.answerText);
    case 'table':
      return blank(block.caption) || !block.rows.length || block.rows.some((row) => row.length !== block.head.length || row.some(blank));
    case 'summary':
      return !block.rows.length || block.rows.some((r) => blank(r.label) || blank(r.value));
    case 'symptom-chart':
      return blank(block.caption) || !block.rows.length || block.rows.some((r) => blank(r.label) || blank(r.levelText) || blank(r.text) || !(r.level > 0));
    case 'sure':
      return block.items.length !== 4 || blank(block.title) || block.items.some((i) => blank(i.question)) || blank(block.statusText);
    case 'sources':
      return !block.items.length || block.items.some((i) => blank(i.citation));
  }
}

describe('guide invariants: any answers at all (fast-check, every field of Answers)', () => {
  it(`no dose number and no prescriptive phrase anywhere in the full text (${RUNS} random answer sets)`, () => {
    fc.assert(
      fc.property(anyAnswers, (a) => {
        const text = textOf(a);
        for (const re of [...DOSE_PATTERNS, ...PRESCRIPTIVE_PATTERNS]) {
          const m = re.exec(text);
          check(!m, a, () => `${re} matched ${JSON.stringify(m && text.slice(Math.max(0, m.index - 60), m.index + 60))}`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('the dose and prescriptive patterns do catch what they are meant to catch', () => {
    const doses = [
      'Take 4.5 mg',
      'start at 1.5mg',
      '3 mcg',
      '50 micrograms',
      '2 tablets',
      'one capsule',
      'twice a day',
      '3 times a day',
      '1–4.5 mg daily',
      '5 drops',
      'half a tablet',
      'a pill at bedtime',
      '4.5 mg/day',
    ];
    for (const s of doses)
      expect(
        DOSE_PATTERNS.some((re) => re.test(s)),
        s,
      ).to.equal(true);
    const fine = [
      '3 of the 6 reported improvement',
      '80 adults with POTS over 16 weeks',
      'part of daily life',
      'once a year',
      'Can J Cardiol 2020;36:357–372',
      '4 yes, 0 no, 0 not answered (of 4)',
      '2 to 5 years',
    ];
    for (const s of fine)
      expect(
        DOSE_PATTERNS.some((re) => re.test(s)),
        s,
      ).to.equal(false);
    const prescriptive = ['You should start LDN', 'you must stop taking', 'We recommend LDN', 'LDN is right for you', 'You have POTS.'];
    for (const s of prescriptive)
      expect(
        PRESCRIPTIVE_PATTERNS.some((re) => re.test(s)),
        s,
      ).to.equal(true);
  });

  it('always states: off-label, limited evidence, the decision is with a clinician, the disclaimer, "Last reviewed", and a sources list with S0; every cited source is listed', () => {
    const required = {
      'off-label': KEY_POINT_TEXT['off-label'].text(),
      'limited evidence': KEY_POINT_TEXT['evidence-limited'].text(),
      'clinician decision': KEY_POINT_TEXT['clinician-decision'].text(),
      disclaimer: ABOUT_TEXT.disclaimer.text(),
    };
    // The statements themselves must still say what they are required to say.
    expect(required['off-label'])
      .to.match(/off-label/i)
      .and.match(/not approved for POTS by the medicines regulator/i)
      .and.not.match(/FDA|insurance/);
    expect(required['limited evidence']).to.match(/limited/i);
    expect(required['clinician decision']).to.match(/clinician/i);
    expect(required.disclaimer).to.match(/not medical advice/i);

    fc.assert(
      fc.property(anyAnswers, (a) => {
        const guide = buildGuide(a);
        const { doc, text } = render(guide);
        for (const [name, statement] of Object.entries(required)) check(text.includes(statement), a, () => `the ${name} statement is missing`);
        check(/^- Last reviewed\b.*: \S.*\d{4}\.$/m.test(text), a, () => 'no "Last reviewed: <date>." line');
        const listed = listedInText(text);
        check(listed.includes('S0'), a, () => `the sources list has no S0: ${JSON.stringify(listed)}`);
        check(same(listed, doc.sources), a, () => `listed ${JSON.stringify(listed)} but the document's sources are ${JSON.stringify(doc.sources)}`);
        check(
          same(
            listed,
            SOURCE_IDS.filter((id) => listed.includes(id)),
          ),
          a,
          () => `sources list not unique or not in table order: ${JSON.stringify(listed)}`,
        );
        const missing = [...new Set(citedInText(text))].filter((id) => !listed.includes(id));
        check(!missing.length, a, () => `cited but not in the sources list: ${JSON.stringify(missing)}`);
      }),
      { numRuns: RUNS },
    );
  });

  it('safety first, at least 5 unique questions (3 in treatment for opioid use disorder), and evidence tailored to opioid use and reported conditions', () => {
    fc.assert(
      fc.property(anyAnswers, (a) => {
        const guide = buildGuide(a);
        const { doc, text } = render(guide);
        checkSafetyFirst(a, guide, doc, text);
        const q = guide.questions;
        check(q.length >= fewestQuestions(a), a, () => `${q.length} questions: ${JSON.stringify(q)}`);
        check(new Set(q).size === q.length && q.every((id) => QUESTIONS_TO_ASK.includes(id)), a, () => `questions ${JSON.stringify(q)}`);
        const reported = conditionsReported(a);
        for (const condition of ['fibromyalgia', 'long-covid'] as const)
          check(guide.evidence.includes(condition) === reported.includes(condition), a, () => `evidence ${JSON.stringify(guide.evidence)}`);
        check(new Set(guide.evidence).size === guide.evidence.length, a, () => `duplicate evidence ${JSON.stringify(guide.evidence)}`);
      }),
      { numRuns: RUNS },
    );
  });

  it('every section is present, in order, and has content; no block is empty; no "undefined" or "[object Object]" leaks into the text', () => {
    fc.assert(
      fc.property(anyAnswers, (a) => {
        const guide = buildGuide(a);
        const { doc, text } = render(guide);
        check(
          same(
            doc.sections.map((s) => s.id),
            GUIDE_SECTIONS,
          ),
          a,
          () => `sections ${JSON.stringify(doc.sections.map((s) => s.id))}`,
        );
        for (const section of doc.sections) {
          check(section.blocks.length > 0 && !!section.heading.trim(), a, () => `section ${section.id} is empty`);
          const empty = section.blocks.find(blockIsEmpty);
          check(!empty, a, () => `an empty ${empty?.type} block in section ${section.id}: ${JSON.stringify(empty)}`);
        }
        check(!/undefined|NaN|\[object |\bnull\b/.test(text), a, () => `a leaked value in the text: ${/undefined|NaN|\[object |\bnull\b/.exec(text)?.[0]}`);
      }),
      { numRuns: RUNS },
    );
  });

  it('answers are not mutated by building the guide (buildGuide is pure)', () => {
    fc.assert(
      fc.property(anyAnswers, (a) => {
        const before = JSON.stringify(a);
        const first = JSON.stringify(buildGuide(a));
        check(JSON.stringify(a) === before, a, () => 'buildGuide changed its input');
        check(JSON.stringify(buildGuide(structuredClone(a))) === first, a, () => 'buildGuide gave a different guide for the same answers');
      }),
      { numRuns: 500 },
    );
  });

  it('sanity: a blank answer set renders too, with no personal flags', () => {
    const a: Answers = {};
    const guide = buildGuide(a);
    const { doc, text } = render(guide);
    checkSafetyFirst(a, guide, doc, text);
    expect(guide.safety).to.deep.equal([]);
  });
});
