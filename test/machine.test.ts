import { expect } from '@open-wc/testing';
import { createActor, type SnapshotFrom } from 'xstate';
import { isEnabled, ITEMS } from '../src/questionnaire/structure.js';
import { tried } from './fixtures/patients.js';
import { COMPLETE_PATCH, ctx, openStep, press, update } from './support/flow-actor.js';
import { type Answers, emptyAnswers } from '../src/questionnaire/answers.js';
import { decisionAidMachine } from '../src/flow/machine.js';
import { isStartOver, QUESTION_STEPS, type QuestionStep, STEPS, type StepId } from '../src/flow/steps.js';
import { isPageComplete } from '../src/questionnaire/validate.js';
import { offersNew } from '../src/questionnaire/newly-offered.js';
import { shortestPaths } from './support/flow-walk.js';

type FlowSnapshot = SnapshotFrom<typeof decisionAidMachine>;

const ALL_COMPLETE = Object.assign(emptyAnswers(), ...QUESTION_STEPS.map((step) => structuredClone(COMPLETE_PATCH[step]))) as Answers;
const previousOf = (step: StepId) => STEPS[STEPS.indexOf(step) - 1];
const nextOf = (step: StepId) => STEPS[STEPS.indexOf(step) + 1];

/** What every blank question step reports on Continue, in page order. */
const KNOWN_BLANK_STEP_ERRORS: Record<QuestionStep, string[]> = {
  condition: ['diagnosis', 'age-group'],
  therapies: ['therapies'],
  opioids: ['opioid-use', 'planned-procedure'],
  health: ['liver', 'pregnancy', 'naltrexone-before', 'conditions'],
  // One answer: a rating, or "None of these bother me", which is asked while nothing is rated.
  symptoms: ['no-symptoms'],
  // Values are rated where they matter; one left blank matters little.
  values: [],
};
/** The same from the model: every required question that applies to the blank page (so a question added later is expected too), in page order. */
const BLANK_STEP_ERRORS = Object.fromEntries(
  QUESTION_STEPS.map((step) => [
    step,
    ITEMS.filter((p) => p.step === step && p.item.kind !== 'group' && p.item.required && isEnabled(p.item, {})).map((p) => p.item.id),
  ]),
) as Record<QuestionStep, string[]>;

/** A page that requires nothing (the values) can be left blank: Continue always moves on. */
const CAN_BE_LEFT_BLANK = (step: QuestionStep) => BLANK_STEP_ERRORS[step].length === 0;

/** Something typed on each step that does not complete it. */
const PARTIAL_PATCH: Record<QuestionStep, Answers> = {
  condition: { duration: '2-to-5-years' },
  therapies: tried(['beta-blocker', { status: 'current' }]),
  opioids: { 'opioid-use': 'yes', 'opioid-kinds': ['codeine'] },
  health: { 'naltrexone-before': 'yes', conditions: ['me-cfs'] },
  symptoms: { 'symptom-fatigue': 'severe' },
  values: { 'values-a-lot': ['cost'] },
};

describe('decision aid flow: moving between pages', () => {
  it('the model asks at least the questions this test knows of on each blank page, in the same order', () => {
    for (const step of QUESTION_STEPS)
      expect(
        BLANK_STEP_ERRORS[step].filter((id) => KNOWN_BLANK_STEP_ERRORS[step].includes(id)),
        step,
      ).to.deep.equal(KNOWN_BLANK_STEP_ERRORS[step]);
  });

  it('Start on the intro page opens the condition question', () => {
    const actor = createActor(decisionAidMachine).start();
    actor.send({ type: 'flow.start' });
    expect(actor.getSnapshot().value).to.equal('condition');
    expect(ctx(actor).answers).to.deep.equal(emptyAnswers());
  });

  for (const step of QUESTION_STEPS.filter((s) => !CAN_BE_LEFT_BLANK(s))) {
    it(`Continue on a blank ${step} page stays there and lists every missing question in page order`, () => {
      const actor = openStep(step);
      press(actor, 'step.continue');
      expect(actor.getSnapshot().value).to.equal(step);
      expect(ctx(actor).errors).to.deep.equal(BLANK_STEP_ERRORS[step]);
      expect(ctx(actor).errorCount).to.equal(1);
    });

    it(`Continue on a completed ${step} page goes to ${nextOf(step)} and clears the errors`, () => {
      const actor = openStep(step);
      press(actor, 'step.continue');
      update(actor, COMPLETE_PATCH[step]);
      press(actor, 'step.continue');
      expect(actor.getSnapshot().value).to.equal(nextOf(step));
      expect(ctx(actor).errors).to.deep.equal([]);
      expect(ctx(actor).errorCount).to.equal(1);
    });
  }

  for (const step of QUESTION_STEPS.filter(CAN_BE_LEFT_BLANK)) {
    it(`Continue on a blank ${step} page goes to ${nextOf(step)}: nothing on it is required`, () => {
      const actor = openStep(step);
      press(actor, 'step.continue');
      expect(actor.getSnapshot().value).to.equal(nextOf(step));
      expect(ctx(actor).errorCount).to.equal(0);
    });
  }

  for (const step of QUESTION_STEPS) {
    it(`Back on the ${step} page goes to ${previousOf(step)} and keeps what was typed, even unfinished`, () => {
      const actor = openStep(step);
      update(actor, PARTIAL_PATCH[step]);
      const typed = structuredClone(ctx(actor).answers);
      press(actor, 'step.back');
      expect(actor.getSnapshot().value).to.equal(previousOf(step));
      expect(ctx(actor).answers).to.deep.equal(typed);
      expect(ctx(actor).answers).to.deep.include(PARTIAL_PATCH[step]);
    });
  }

  it('each failed Continue counts up errorCount so the error summary is focused every time', () => {
    const actor = openStep('health');
    press(actor, 'step.continue');
    update(actor, { liver: 'no' });
    press(actor, 'step.continue');
    expect(ctx(actor).errorCount).to.equal(2);
    expect(ctx(actor).errors).to.deep.equal(['pregnancy', 'naltrexone-before', 'conditions']);
  });

  it('errors shown on a page are cleared when Back leaves it', () => {
    const actor = openStep('opioids');
    press(actor, 'step.continue');
    press(actor, 'step.back');
    expect(actor.getSnapshot().value).to.equal('therapies');
    expect(ctx(actor).errors).to.deep.equal([]);
  });

  const OPIOID_FOLLOW_UPS: Answers = {
    'opioid-kinds': ['tramadol', 'kratom'],
    'opioid-pattern': 'regular',
    'opioid-use-disorder-treatment': 'no',
  };

  it('Back keeps hidden opioid follow-ups after switching opioid use to no without Continue', () => {
    const actor = openStep('opioids');
    update(actor, { 'opioid-use': 'yes', ...OPIOID_FOLLOW_UPS });
    update(actor, { 'opioid-use': 'no' });
    press(actor, 'step.back');
    expect(actor.getSnapshot().value).to.equal('therapies');
    expect(ctx(actor).answers).to.deep.include({ 'opioid-use': 'no', ...OPIOID_FOLLOW_UPS });
  });

  it('hidden opioid follow-ups left behind with Back are still there after Continue on the earlier page', () => {
    const actor = openStep('opioids');
    update(actor, { 'opioid-use': 'yes', ...OPIOID_FOLLOW_UPS });
    update(actor, { 'opioid-use': 'no' });
    press(actor, 'step.back');
    press(actor, 'step.continue');
    expect(actor.getSnapshot().value).to.equal('opioids');
    update(actor, { 'opioid-use': 'yes' });
    // The opioids page was never completed with "no", so nothing on it should have been dropped.
    expect(ctx(actor).answers).to.deep.include(OPIOID_FOLLOW_UPS);
  });

  it('Continue on values goes to review, and Back on review returns to values', () => {
    const actor = openStep('values');
    update(actor, COMPLETE_PATCH.values);
    press(actor, 'step.continue');
    expect(actor.getSnapshot().value).to.equal('review');
    press(actor, 'step.back');
    expect(actor.getSnapshot().value).to.equal('values');
  });

  it('Confirm on review opens the guide when every question is answered', () => {
    const actor = openStep('review');
    actor.send({ type: 'review.confirm' });
    expect(actor.getSnapshot().value).to.equal('guide');
    expect(ctx(actor).errors).to.deep.equal([]);
    expect(ctx(actor).answers, 'nothing valid is pruned on the way').to.deep.equal(ALL_COMPLETE);
  });

  it('Confirm on review with unanswered questions stays on review and lists them in page order', () => {
    const actor = openStep('review');
    // Back from a page opened from review keeps the unfinished edit, so review can hold gaps.
    actor.send({ type: 'review.change', step: 'health' });
    update(actor, { 'naltrexone-before': 'yes' });
    press(actor, 'step.back');
    actor.send({ type: 'review.change', step: 'opioids' });
    update(actor, { 'opioid-use': 'not-sure' });
    press(actor, 'step.back');
    expect(actor.getSnapshot().value).to.equal('review');

    actor.send({ type: 'review.confirm' });
    expect(actor.getSnapshot().value).to.equal('review');
    // Possible opioid use asks a value on a later page too: keeping opioid pain relief.
    expect(ctx(actor).errors).to.deep.equal(['opioid-kinds', 'opioid-pattern', 'naltrexone-helps']);
    expect(ctx(actor).errorCount).to.equal(1);
  });

  for (const step of QUESTION_STEPS) {
    it(`Change on review opens ${step}; a valid Continue returns to review, and so does Back`, () => {
      const actor = openStep('review');
      actor.send({ type: 'review.change', step });
      expect(actor.getSnapshot().value).to.equal(step);
      expect(ctx(actor).returnToReview).to.equal(true);
      press(actor, 'step.continue');
      expect(actor.getSnapshot().value).to.equal('review');
      expect(ctx(actor).returnToReview).to.equal(false);

      actor.send({ type: 'review.change', step });
      press(actor, 'step.back');
      expect(actor.getSnapshot().value).to.equal('review');
      expect(ctx(actor).returnToReview).to.equal(false);
    });
  }

  it('an invalid Continue on a page opened from review stays on the page with its errors', () => {
    const actor = openStep('review');
    actor.send({ type: 'review.change', step: 'opioids' });
    update(actor, { 'opioid-use': 'yes' });
    press(actor, 'step.continue');
    expect(actor.getSnapshot().value).to.equal('opioids');
    expect(ctx(actor).errors).to.deep.equal(['opioid-kinds', 'opioid-pattern']);
    update(actor, { 'opioid-kinds': ['methadone'], 'opioid-pattern': 'regular', 'opioid-use-disorder-treatment': 'yes' });
    press(actor, 'step.continue');
    // The change offers two more values: their page comes first (the next test).
    expect(actor.getSnapshot().value).to.equal('values');
    press(actor, 'step.continue');
    expect(actor.getSnapshot().value).to.equal('review');
  });

  it('a change that offers something new on a later page shows that page before returning to review, and only then', () => {
    const actor = openStep('review');
    expect(ctx(actor).answers['opioid-use']).to.equal('no');
    // Opioid use "yes" offers the value "keeping opioid pain relief" on the values page.
    actor.send({ type: 'review.change', step: 'opioids' });
    update(actor, { 'opioid-use': 'yes', 'opioid-kinds': ['tramadol'], 'opioid-pattern': 'occasional' });
    press(actor, 'step.continue');
    expect(actor.getSnapshot().value).to.equal('values');
    expect(ctx(actor).returnToReview, 'Continue and Back still return to review').to.equal(true);
    press(actor, 'step.continue');
    expect(actor.getSnapshot().value).to.equal('review');
    // Changed again, with nothing new on offer (tramadol to codeine): straight back.
    actor.send({ type: 'review.change', step: 'opioids' });
    update(actor, { 'opioid-kinds': ['codeine'] });
    press(actor, 'step.continue');
    expect(actor.getSnapshot().value).to.equal('review');
    // A change that takes an offer away (opioid use back to "no") has nothing new to show.
    actor.send({ type: 'review.change', step: 'opioids' });
    update(actor, { 'opioid-use': 'no' });
    press(actor, 'step.continue');
    expect(actor.getSnapshot().value).to.equal('review');
    // Back from the values page shown this way returns to review, as from any page opened from it.
    actor.send({ type: 'review.change', step: 'opioids' });
    update(actor, { 'planned-procedure': 'yes' });
    press(actor, 'step.continue');
    expect(actor.getSnapshot().value).to.equal('values');
    press(actor, 'step.back');
    expect(actor.getSnapshot().value).to.equal('review');
  });

  it('an error link on review opens the page with its missing answers already listed, and Continue returns to review', () => {
    const actor = openStep('review');
    actor.send({ type: 'review.change', step: 'opioids' });
    update(actor, { 'opioid-use': 'not-sure' });
    press(actor, 'step.back');
    actor.send({ type: 'review.confirm' });
    expect(actor.getSnapshot().value).to.equal('review');
    actor.send({ type: 'review.fix', step: 'opioids' });
    expect(actor.getSnapshot().value).to.equal('opioids');
    expect(ctx(actor).errors).to.deep.equal(['opioid-kinds', 'opioid-pattern']);
    update(actor, { 'opioid-kinds': ['kratom'], 'opioid-pattern': 'occasional' });
    press(actor, 'step.continue');
    expect(actor.getSnapshot().value).to.equal('review');
    expect(ctx(actor).errors).to.deep.equal([]);
  });

  it('after returning to review, Back on review goes to values rather than the changed page', () => {
    const actor = openStep('review');
    actor.send({ type: 'review.change', step: 'condition' });
    press(actor, 'step.continue');
    press(actor, 'step.back');
    expect(actor.getSnapshot().value).to.equal('values');
    press(actor, 'step.continue');
    expect(actor.getSnapshot().value).to.equal('review');
  });

  it('Change answers on the guide goes to review', () => {
    const actor = openStep('guide');
    actor.send({ type: 'guide.changeAnswers' });
    expect(actor.getSnapshot().value).to.equal('review');
  });

  it('Back on the guide goes to review', () => {
    const actor = openStep('guide');
    press(actor, 'step.back');
    expect(actor.getSnapshot().value).to.equal('review');
  });

  it('Start over on the guide returns to intro with empty answers', () => {
    const actor = openStep('guide');
    actor.send({ type: 'guide.answer', patch: { 'sure-sure': 'no', leaning: 'try-ldn' } });
    actor.send({ type: 'guide.startOver' });
    expect(actor.getSnapshot().value).to.equal('intro');
    expect(ctx(actor).answers).to.deep.equal(emptyAnswers());
    expect(ctx(actor).returnToReview).to.equal(false);
    actor.send({ type: 'flow.start' });
    press(actor, 'step.continue');
    expect(ctx(actor).errors).to.deep.equal(['diagnosis', 'age-group']);
  });

  it('a SURE or leaning answer on the guide is recorded, keeps earlier answers and stays on the guide', () => {
    const actor = openStep('guide');
    actor.send({ type: 'guide.answer', patch: { 'sure-understand': 'yes' } });
    actor.send({ type: 'guide.answer', patch: { 'sure-risk-benefit': 'no' } });
    actor.send({ type: 'guide.answer', patch: { leaning: 'not-sure-yet' } });
    expect(actor.getSnapshot().value).to.equal('guide');
    expect(ctx(actor).answers).to.deep.include({ 'sure-understand': 'yes', 'sure-risk-benefit': 'no', leaning: 'not-sure-yet' });
    expect(ctx(actor).answers).not.to.have.any.keys('sure-sure', 'sure-encouragement');
    expect(ctx(actor).answers.diagnosis).to.equal('diagnosed');
  });

  it('on the guide, only the guide’s own questions can change: the answers it was built from stay as confirmed', () => {
    const actor = openStep('guide');
    const before = ctx(actor).answers;
    actor.send({ type: 'guide.answer', patch: { 'opioid-use': 'yes', diagnosis: undefined, leaning: 'try-ldn' } });
    expect(ctx(actor).answers).to.deep.equal({ ...before, leaning: 'try-ldn' });
    // An answer the question does not offer is dropped, not kept to break the guide or a saved session.
    actor.send({ type: 'guide.answer', patch: { leaning: 'maybe' as never, 'sure-sure': 'perhaps' as never } });
    expect(ctx(actor).answers).to.deep.equal(before);
  });
});

describe('decision aid flow: model-based paths', () => {
  /** What the user can observe: the page, where Continue/Back lead, which pages are done, errors shown. */
  const stateKey = (snapshot: FlowSnapshot) => {
    const { answers, returnToReview, errors, answersBeforeChange } = snapshot.context;
    const done = QUESTION_STEPS.filter((step) => isPageComplete(step, answers)).join(',');
    // Whether a change made from "Check your answers" offers something new on some page: Continue then shows it.
    const offers = answersBeforeChange !== undefined && QUESTION_STEPS.some((step) => offersNew(step, answersBeforeChange, answers));
    return `${snapshot.value} review:${returnToReview} done:[${done}] errors:${errors.length > 0} new:${offers}`;
  };

  // The incoming transition is part of the key so that shortest paths take every edge, not just every node.
  let paths: ReturnType<typeof shortestPaths> = [];
  before(() => {
    paths = shortestPaths((snapshot, event, previous) => `${stateKey(snapshot)} <- ${previous ? previous.value : '-'}:${event ? event.type : 'init'}`);
  });

  const transitionsTaken = () => paths.flatMap((path) => path.steps.slice(1).map((step, i) => ({ from: path.steps[i].state, step })));

  it('paths from the model reach all nine pages', () => {
    expect(Object.keys(decisionAidMachine.states).sort(), 'machine pages').to.deep.equal([...STEPS].sort());
    const reached = new Set(paths.flatMap((path) => path.steps.map((step) => String(step.state.value))));
    expect([...reached].sort()).to.deep.equal([...STEPS].sort());
  });

  it('paths from the model take every event each page accepts', () => {
    const accepted = STEPS.flatMap((step) => Object.keys(decisionAidMachine.states[step].on).map((type) => `${step} ${type}`));
    expect(accepted.length).to.be.greaterThan(STEPS.length);
    const taken = new Set(transitionsTaken().map(({ from, step }) => `${from.value} ${step.event.type}`));
    expect(
      accepted.filter((t) => !taken.has(t)),
      'never taken',
    ).to.deep.equal([]);
  });

  it('paths from the model take every guarded branch of every transition', () => {
    const branches = STEPS.flatMap(
      (step) =>
        Object.entries(decisionAidMachine.states[step].on).flatMap(([type, candidates]) =>
          candidates.map((t) => `${step} ${type} -> ${t.target?.[0]?.key ?? step}`),
        ),
      // A page that requires nothing never fails its Continue.
    ).filter((b) => !QUESTION_STEPS.some((step) => CAN_BE_LEFT_BLANK(step) && b === `${step} step.continue -> ${step}`));
    const taken = new Set(transitionsTaken().map(({ from, step }) => `${from.value} ${step.event.type} -> ${step.state.value}`));
    expect(
      branches.filter((b) => !taken.has(b)),
      'never taken',
    ).to.deep.equal([]);
    // review.change and review.fix have one guarded branch per question page
    expect(branches.filter((b) => b.startsWith('review review.change'))).to.have.length(QUESTION_STEPS.length);
    expect(branches.filter((b) => b.startsWith('review review.fix'))).to.have.length(QUESTION_STEPS.length);
  });

  // Rules stated independently of the machine's config, checked on every transition of every
  // path, replayed on a real actor (path snapshots are representatives of their state key).
  it('every transition on every model path keeps the flow rules', () => {
    expect(paths.length).to.be.greaterThan(50);
    const isQuestion = (v: unknown) => (QUESTION_STEPS as readonly unknown[]).includes(v);
    let checked = 0;
    for (const path of paths) {
      const actor = createActor(decisionAidMachine).start();
      for (const { event } of path.steps.slice(1)) {
        const from = actor.getSnapshot();
        actor.send(event);
        const to = actor.getSnapshot();
        const [before, after] = [from.context, to.context];
        const where = `${from.value} --${event.type}--> ${to.value}`;
        checked += 1;
        if (to.value === 'guide') {
          expect(
            QUESTION_STEPS.every((s) => isPageComplete(s, after.answers)),
            `${where}: guide only with complete answers`,
          ).to.equal(true);
        }
        if (event.type === 'step.back') expect(after.answers, `${where}: Back keeps answers`).to.deep.equal(before.answers);
        if (after.errors.length > 0) {
          expect(isQuestion(to.value) || to.value === 'review', `${where}: errors only on question pages and review`).to.equal(true);
          if (before.errors.length === 0) {
            expect(['step.continue', 'review.confirm', 'review.fix'], `${where}: errors appear only after Continue`).to.include(event.type);
          }
        }
        if (after.returnToReview) expect(isQuestion(to.value), `${where}: "return to review" only on question pages`).to.equal(true);
        if (isQuestion(from.value) && event.type === 'step.continue' && to.value !== from.value) {
          expect(isPageComplete(from.value as QuestionStep, before.answers), `${where}: a page is left forward only when complete`).to.equal(true);
        }
      }
      expect(actor.getSnapshot().value, 'the replay ends where the path does').to.equal(path.state.value);
      actor.stop();
    }
    expect(checked).to.be.greaterThan(200);
  });
});

describe('"Start over" (events, focus and history treat it as a new patient)', () => {
  it('is the step change from the guide to the first page, and no other', () => {
    expect(isStartOver('guide', 'intro')).to.equal(true);
    expect(isStartOver('review', 'intro')).to.equal(false);
    expect(isStartOver('condition', 'intro')).to.equal(false);
    expect(isStartOver('guide', 'review')).to.equal(false);
    expect(isStartOver('intro', 'guide')).to.equal(false);
  });
});

describe('a new flow', () => {
  it('starts on the first page with no answers, no errors and no return to "Check your answers"', () => {
    const snapshot = createActor(decisionAidMachine).start().getSnapshot();
    expect(snapshot.value).to.equal('intro');
    expect(snapshot.context).to.deep.equal({ answers: emptyAnswers(), returnToReview: false, errors: [], errorCount: 0 });
  });
});
