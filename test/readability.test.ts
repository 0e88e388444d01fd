/**
 * Plain language (issue 4): the English text a patient reads stays at or below
 * Flesch–Kincaid grade 8, per question step, per guide section and overall,
 * and medical terms are explained where the patient first meets them.
 *
 * The text is read from the real element rendered in Chromium, with every
 * follow-up question revealed and the guide shown for a set of answer profiles
 * that together show every flag, evidence point, question, value and
 * situation sentence. The grade is computed in Node with the
 * `text-readability` package (scripts/test-runner/readability-plugin.mjs), which also
 * prints the table of grades at the end of the run.
 *
 * Not measured, because it is not patient reading text:
 * - the "For your clinician" section (written for clinicians);
 * - the numbered source citations in "Sources and about this guide" and the
 *   "(Sources: S0, S3)" markers after statements (references, not prose);
 * - button labels, the "Part 2 of 6" progress caption, and visually hidden
 *   text that repeats a visible label for screen readers;
 *
 * Error messages are measured as a group of their own, every one of them
 * (the error of every required question in the model), because a patient
 * who missed an answer reads them too.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { container, expectReadable, measure, unique, type Unit, unitsIn } from './support/readability.js';
import { THERAPIES, THERAPY_STATUS, HELPS, VALUES, DIAGNOSIS } from '../src/questionnaire/options.js';
import type { Answers } from '../src/questionnaire/answers.js';
import { STORAGE_KEY } from '../src/components/controllers/progress-store.js';
import { errorText } from '../src/content/question-text.js';
import { pruneAnswers } from '../src/questionnaire/prune.js';
import { symptomId, therapyHelpsId, therapySideEffectsId } from '../src/questionnaire/ids.js';
import type { QuestionId } from '../src/questionnaire/answers.js';
import { QUESTIONS as MODEL_QUESTIONS } from '../src/questionnaire/structure.js';
import { writeSavedProgress } from '../src/flow/saved-progress.js';
import { QUESTION_STEPS, type StepId } from '../src/flow/steps.js';
import { buildGuide } from '../src/guide/build-guide.js';
import { GUIDE_SECTIONS } from '../src/guide/ids.js';
import { EVIDENCE_POINTS } from '../src/guide/rules/evidence.js';
import { PERSONAL_HIGHLIGHTS } from '../src/guide/rules/highlights.js';
import { QUESTIONS_TO_ASK } from '../src/guide/rules/questions-to-ask.js';
import { SAFETY_FLAGS } from '../src/guide/rules/safety-flags.js';
import { type GuideSectionId } from '../src/guide/types.js';
import type { LdnDecisionAid } from '../src/ldn-decision-aid.js';
import { completeAnswers, EXAMPLE_PATIENTS, symptoms, tried, valuesALot, withConditions } from './fixtures/patients.js';
import { answerOpenQuestions, choose, continueOn, mountAid, root, settle, stepOf } from './support/harness.js';

// ---------------------------------------------------------------------------
// Walking the flow with every follow-up question shown
// ---------------------------------------------------------------------------

type MeasuredStep = Exclude<StepId, 'guide'> | 'guide-page';
const STEP_GROUPS: MeasuredStep[] = ['intro', ...QUESTION_STEPS, 'review', 'guide-page'];

async function collectSteps(): Promise<{ steps: Record<MeasuredStep, Unit[][]>; clicked: Answers }> {
  const steps = Object.fromEntries(STEP_GROUPS.map((s) => [s, []])) as unknown as Record<MeasuredStep, Unit[][]>;
  const take = (step: MeasuredStep, el: LdnDecisionAid) => {
    if (step !== 'guide-page') expect(stepOf(el)).to.equal(step);
    steps[step].push(unitsIn(container(el)));
  };

  // The first page with saving on (its privacy note differs), then the flow without saving.
  localStorage.removeItem(STORAGE_KEY);
  const saving = await fixture<LdnDecisionAid>(html`<ldn-decision-aid save></ldn-decision-aid>`);
  await settle(saving);
  take('intro', saving);
  saving.remove();
  localStorage.removeItem(STORAGE_KEY);

  const el = await mountAid();
  take('intro', el);
  await continueOn(el);

  take('condition', el);
  await choose(el, 'diagnosis', 'diagnosed');
  await choose(el, 'duration', '2-to-5-years');
  await choose(el, 'age-group', '18-or-over');
  await answerOpenQuestions(el);
  await continueOn(el);

  // Every treatment ticked, so every follow-up shows; each answered so the review lists them all.
  const everyOne = everyTherapy(0, 0);
  for (const [id] of everyOne) await choose(el, 'therapies', id);
  for (const [id, detail] of everyOne) if (detail!.status === 'current') await choose(el, 'therapies-current', id);
  for (const [id, detail] of everyOne) {
    await choose(el, therapyHelpsId(id), detail!.helps!);
    if (detail!.sideEffects) await choose(el, therapySideEffectsId(id), 'side-effects');
  }
  take('therapies', el);
  await answerOpenQuestions(el);
  await continueOn(el);

  await choose(el, 'opioid-use', 'yes');
  for (const details of container(el).querySelectorAll('details')) details.open = true;
  await settle(el);
  take('opioids', el);
  await choose(el, 'opioid-kinds', 'tramadol');
  await choose(el, 'opioid-pattern', 'occasional');
  await choose(el, 'planned-procedure', 'no');
  await answerOpenQuestions(el);
  await continueOn(el);

  await choose(el, 'naltrexone-before', 'yes');
  take('health', el);
  await choose(el, 'naltrexone-helps', 'a-little');
  await choose(el, 'naltrexone-side-effects', 'side-effects');
  await choose(el, 'liver', 'no');
  await choose(el, 'pregnancy', 'none-of-these');
  await choose(el, 'conditions', 'fibromyalgia');
  await answerOpenQuestions(el);
  await continueOn(el);

  // Blank, "None of these bother me" shows; three symptoms rated, "Which bother you most?" shows.
  take('symptoms', el);
  await choose(el, symptomId('racing-heart'), 'moderate');
  await choose(el, symptomId('fatigue'), 'severe');
  await choose(el, symptomId('sleep'), 'mild');
  take('symptoms', el);
  await choose(el, 'worst-symptom', 'fatigue');
  await answerOpenQuestions(el);
  await continueOn(el);

  take('values', el);
  // What matters less is left blank.
  for (const id of TICKED_VALUES) await choose(el, 'values-a-lot', id);
  await answerOpenQuestions(el);
  await continueOn(el);

  take('review', el);
  let clicked: Answers | undefined;
  el.addEventListener('ldn-complete', (e) => (clicked = e.detail.answers), { once: true });
  await continueOn(el);
  expect(stepOf(el)).to.equal('guide');
  // The guide page's own text, outside its sections (its title and lead).
  const inSections = sectionTexts(el);
  steps['guide-page'].push(unitsIn(container(el)).filter((u) => !inSections.has(u.text)));
  el.remove();
  localStorage.removeItem(STORAGE_KEY);
  return { steps, clicked: clicked! };
}

function sectionTexts(el: LdnDecisionAid): Set<string> {
  return new Set([...root(el).querySelectorAll('[data-section]')].flatMap((s) => unitsIn(s).map((u) => u.text)));
}

type TriedEntry = Parameters<typeof tried>[number];

/** Every treatment tried, statuses and whether it helps taken in turn (shifted, so two profiles differ), side effects for every third. */
function everyTherapy(statusShift: number, helpsShift: number): TriedEntry[] {
  return THERAPIES.map((id, i) => [
    id,
    {
      status: THERAPY_STATUS[(i + statusShift) % THERAPY_STATUS.length],
      helps: HELPS[(i + helpsShift) % HELPS.length],
      sideEffects: (i + helpsShift) % 3 === 0,
    },
  ]);
}

/** The values the click-through ticks, every other one offered (not the one for patients in treatment for opioid use disorder). */
const TICKED_VALUES = VALUES.filter((v) => v !== 'stay-on-oud-treatment').filter((_, i) => i % 2 === 0);

/** What the click-through in collectSteps answers, as data (checked against the widget's ldn-complete event below). */
const CLICKED_ANSWERS: Answers = completeAnswers({
  duration: '2-to-5-years',
  ...tried(...everyTherapy(0, 0)),
  'opioid-use': 'yes',
  'opioid-kinds': ['tramadol'],
  'opioid-pattern': 'occasional',
  'naltrexone-before': 'yes',
  'naltrexone-helps': 'a-little',
  'naltrexone-side-effects': ['side-effects'],
  ...withConditions('fibromyalgia'),
  ...symptoms({ 'racing-heart': 'moderate', fatigue: 'severe', sleep: 'mild' }),
  'worst-symptom': ['fatigue'],
  ...valuesALot(...TICKED_VALUES),
});

// ---------------------------------------------------------------------------
// The guide, for answer profiles that together show every sentence
// ---------------------------------------------------------------------------

/**
 * Complete answers, so a saved guide opens as the guide. Between them they show
 * every safety flag, evidence point, question, value, SURE status, diagnosis,
 * duration and symptom pattern, with and without flags and withheld answers.
 */
const PROFILES: Record<string, Answers> = {
  'nothing notable': completeAnswers(),
  'example: every safety concern': EXAMPLE_PATIENTS['every-safety-concern'](),
  'every flag and condition': completeAnswers({
    diagnosis: 'suspected',
    duration: '6-months-to-2-years',
    ...tried(...everyTherapy(1, 2)),
    'opioid-use': 'yes',
    'opioid-kinds': ['methadone', 'kratom'],
    'opioid-pattern': 'regular',
    'opioid-use-disorder-treatment': 'yes',
    'planned-procedure': 'yes',
    liver: 'yes',
    // Pregnant and breastfeeding are in the example above.
    pregnancy: ['planning-pregnancy'],
    'naltrexone-before': 'yes',
    'naltrexone-helps': 'no',
    'naltrexone-side-effects': ['side-effects'],
    ...withConditions('fibromyalgia', 'me-cfs', 'long-covid', 'hypermobility-eds', 'mast-cell', 'autoimmune'),
    ...symptoms({ fatigue: 'severe', pain: 'moderate', 'brain-fog': 'moderate', 'racing-heart': 'mild', sleep: 'mild' }),
    'worst-symptom': ['pain'],
    ...valuesALot(...VALUES),
    // Values that matter a lot pull against the option they lean toward: the guide says so.
    leaning: 'try-ldn',
    'sure-sure': 'no',
    'sure-understand': 'yes',
  }),
  'unsure and withheld': completeAnswers({
    diagnosis: 'not-sure',
    duration: 'under-6-months',
    ...tried(['beta-blocker', { status: 'stopped', helps: 'too-soon' }]),
    'opioid-use': 'not-sure',
    'opioid-kinds': ['not-sure-which'],
    'opioid-pattern': 'not-sure',
    'opioid-use-disorder-treatment': 'prefer-not',
    'planned-procedure': 'not-sure',
    liver: 'prefer-not',
    pregnancy: ['prefer-not'],
    'naltrexone-before': 'yes',
    'naltrexone-helps': 'a-lot',
    conditions: ['prefer-not'],
    ...symptoms({ 'racing-heart': 'severe', 'light-headedness': 'moderate', fatigue: 'mild' }),
    'worst-symptom': ['racing-heart'],
    ...valuesALot(),
    'sure-sure': 'yes',
    'sure-understand': 'yes',
    'sure-risk-benefit': 'yes',
    'sure-encouragement': 'yes',
  }),
  'liver unsure, mixed symptoms': completeAnswers({
    diagnosis: 'diagnosed',
    duration: 'over-5-years',
    'age-group': 'under-18',
    liver: 'not-sure',
    'planned-procedure': 'yes',
    ...withConditions('long-covid'),
    ...symptoms({ 'racing-heart': 'moderate', 'brain-fog': 'moderate', headaches: 'severe', 'stomach-bowel': 'mild', 'exercise-intolerance': 'moderate' }),
    'worst-symptom': ['headaches'],
  }),
  // Sure of taking an opioid, would not say whether it is treatment for opioid use disorder: the neutral questions.
  'on methadone, withheld': completeAnswers({
    'opioid-use': 'yes',
    'opioid-kinds': ['methadone'],
    'opioid-pattern': 'regular',
    'opioid-use-disorder-treatment': 'prefer-not',
    // With few safety questions, room for a tailored one.
    ...symptoms({ 'light-headedness': 'severe' }),
    ...valuesALot('keep-opioid-pain-relief', 'avoid-side-effects'),
    leaning: 'standard-care',
  }),
  'clicked through': CLICKED_ANSWERS,
};

async function guideFor(answers: Answers): Promise<LdnDecisionAid> {
  localStorage.setItem(STORAGE_KEY, writeSavedProgress({ step: 'guide', returnToReview: false, answers }));
  const el = await fixture<LdnDecisionAid>(html`<ldn-decision-aid save></ldn-decision-aid>`);
  await settle(el);
  expect(stepOf(el), 'a profile must be complete so that it opens on the guide').to.equal('guide');
  return el;
}

/** Patient-facing guide sections: everything but the clinician summary. */
const MEASURED_SECTIONS = GUIDE_SECTIONS.filter((s) => s !== 'clinician-summary');

async function collectGuides(): Promise<{ sections: Record<GuideSectionId, Unit[][]>; flows: Record<string, Unit[]> }> {
  const sections = Object.fromEntries(GUIDE_SECTIONS.map((s) => [s, []])) as unknown as Record<GuideSectionId, Unit[][]>;
  const flows: Record<string, Unit[]> = {};
  for (const [name, answers] of Object.entries(PROFILES)) {
    const el = await guideFor(answers);
    flows[name] = [];
    for (const id of MEASURED_SECTIONS) {
      const section = root(el).querySelector(`[data-section="${id}"]`);
      expect(section, `section ${id}`).to.not.equal(null);
      const units = unitsIn(section!);
      sections[id].push(units);
      flows[name].push(...units);
    }
    el.remove();
  }
  localStorage.removeItem(STORAGE_KEY);
  return { sections, flows };
}

// ---------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------

let steps: Record<MeasuredStep, Unit[][]>;
let clicked: Answers;
let sections: Record<GuideSectionId, Unit[][]>;
let guideFlows: Record<string, Unit[]>;

describe('readability: patient text at Flesch–Kincaid grade 8 or below', function () {
  this.timeout(180_000);

  before(async function () {
    this.timeout(180_000);
    ({ steps, clicked } = await collectSteps());
    ({ sections, flows: guideFlows } = await collectGuides());
  });

  it('the click-through answered what the test data says it did', () => {
    const json = (a: Answers) => JSON.parse(JSON.stringify(a)) as unknown;
    // As the widget sends them: the example data rates every value, the page asks only those that apply.
    expect(json(clicked)).to.deep.equal(json(pruneAnswers(CLICKED_ANSWERS)));
  });

  it('the answer profiles show every safety flag, evidence point, question, value, SURE status and situation sentence', () => {
    const guides = Object.values(PROFILES).map(buildGuide);
    const seen = <T>(pick: (g: ReturnType<typeof buildGuide>) => T | T[] | undefined) =>
      new Set(guides.flatMap((g) => [pick(g)].flat().filter((v) => v !== undefined)));
    expect([...seen((g) => g.safety)]).to.have.members([...SAFETY_FLAGS]);
    expect([...seen((g) => g.evidence)]).to.have.members([...EVIDENCE_POINTS]);
    expect([...seen((g) => g.questions)]).to.have.members([...QUESTIONS_TO_ASK]);
    expect([...seen((g) => g.values)]).to.have.members([...VALUES]);
    // A page left all blank has its own sentence.
    expect([...seen((g) => g.values.length > 0)]).to.have.members([true, false]);
    expect([...seen((g) => g.sure.status)]).to.have.members(['unanswered', 'needs-support', 'ready']);
    expect([...seen((g) => g.situation.diagnosis)]).to.have.members([...DIAGNOSIS]);
    expect([...seen((g) => g.situation.pattern)]).to.have.members(['ldn-targets', 'conventional-targets', 'both', 'none']);
    expect([...seen((g) => g.safetyWithheld)]).to.have.members([true, false]);
    expect([...seen((g) => g.safety.length > 0)]).to.have.members([true, false]);
    expect([...seen((g) => g.situation.tried.map((t) => t.helps))]).to.have.members([...HELPS]);
    expect([...seen((g) => g.situation.tried.map((t) => t.sideEffects))]).to.have.members([true, false]);
    expect([...seen((g) => g.situation.tried.length > 0)]).to.have.members([true, false]);
    expect([...seen((g) => g.options.ldnTried)]).to.have.members([true, false]);
    expect([...seen((g) => g.highlights)]).to.include.members([...PERSONAL_HIGHLIGHTS, 'evidence-limited', 'off-label']);
    expect([...seen((g) => g.leaningAgainst.length > 0)]).to.have.members([true, false]);
    expect([...seen((g) => g.situation.naltrexone?.helps)]).to.include.members(['a-lot', 'no']);
    expect([...seen((g) => g.situation.naltrexone?.sideEffects)]).to.have.members([true, false]);
  });

  for (const step of STEP_GROUPS) {
    it(`step "${step}" reads at or below the grade limit`, async () => {
      expectReadable(await measure(step, 'step', unique(steps[step])));
    });
  }

  for (const section of MEASURED_SECTIONS) {
    it(`guide section "${section}" reads at or below the grade limit`, async () => {
      expectReadable(await measure(`guide: ${section}`, 'guide section', unique(sections[section])));
    });
  }

  for (const profile of Object.keys(PROFILES)) {
    it(`the guide for "${profile}" reads at or below the grade limit as a whole`, async () => {
      expectReadable(await measure(`guide for: ${profile}`, 'one guide', unique([guideFlows[profile]!])));
    });
  }

  it('every error message reads at or below the grade limit', async () => {
    const required = MODEL_QUESTIONS.filter((p) => p.item.kind !== 'group' && p.item.required).map((p) => p.item.id as QuestionId);
    expect(required.length, 'required questions in the model').to.be.greaterThan(25);
    expectReadable(await measure('error messages', 'errors', [...new Set(required.map(errorText))]));
  });

  it(`all the English patient text together reads at or below the grade limit`, async () => {
    const all = unique([...STEP_GROUPS.flatMap((s) => steps[s]), ...MEASURED_SECTIONS.flatMap((s) => sections[s])]);
    expectReadable(await measure('overall', 'all patient text', all));
  });
});

// ---------------------------------------------------------------------------
// Medical terms explained on first use
// ---------------------------------------------------------------------------

/**
 * Each term, and what its first use in running text must say to explain it.
 * Headings (step and section titles, table headers) only name a topic, so the
 * first use is looked for in the running text: a question with its hint, a
 * paragraph, a list item, a table cell or a disclosure.
 */
const TERMS: { term: string; find: RegExp; explained: RegExp }[] = [
  { term: 'LDN', find: /\bLDN\b/, explained: /low-dose naltrexone \(LDN\)/i },
  { term: 'naltrexone', find: /\bnaltrexone\b/i, explained: /medicine called naltrexone|naltrexone is a medicine/i },
  { term: 'POTS', find: /\bPOTS\b/, explained: /postural orthostatic tachycardia syndrome/i },
  { term: 'opioid', find: /\bopioids?\b/i, explained: /opioids are (a group of )?medicines/i },
  { term: 'off-label', find: /\boff-label\b/i, explained: /not approved/i },
  { term: 'compounded', find: /\bcompound(ed|ing)\b/i, explained: /made to order|made specially/i },
  { term: 'placebo', find: /\bplacebo\b/i, explained: /dummy pill/i },
];

describe('readability: medical terms explained on first use', function () {
  this.timeout(180_000);

  before(async function () {
    this.timeout(180_000);
    if (!steps) ({ steps, clicked } = await collectSteps());
    if (!guideFlows) ({ sections, flows: guideFlows } = await collectGuides());
  });

  /** What the patient reads, in order: the first page, each step, then the guide for one profile. */
  const flowFor = (profile: string): Unit[] => [...steps.intro.flat(), ...QUESTION_STEPS.flatMap((s) => steps[s].flat()), ...guideFlows[profile]!];

  for (const { term, find, explained } of TERMS) {
    it(`"${term}" is explained where the patient first meets it`, () => {
      for (const profile of Object.keys(PROFILES)) {
        const first = flowFor(profile).find((u) => !u.heading && find.test(u.text));
        expect(first, `${profile}: "${term}" never appears in running text`).to.not.equal(undefined);
        expect(explained.test(first!.context), `${profile}: "${term}" is first used without an explanation in: ${first!.context}`).to.equal(true);
      }
    });
  }
});
