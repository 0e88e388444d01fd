import { expect } from '@open-wc/testing';
import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { valueId } from '../src/questionnaire/ids.js';
import { isEnabled, ITEMS, offeredOptions, question } from '../src/questionnaire/structure.js';
import { symptoms, tried, values, withEveryRequiredAnswer } from './fixtures/patients.js';
import { type Answers, emptyAnswers, withChanges } from '../src/questionnaire/answers.js';
import { decisionAidMachine } from '../src/flow/machine.js';
import { QUESTION_STEPS, type QuestionStep, STEPS, type StepId } from '../src/flow/steps.js';
import { isPageComplete, missingQuestions } from '../src/questionnaire/validate.js';
import { shortestPaths } from './support/flow-walk.js';

type FlowActor = Actor<typeof decisionAidMachine>;
type FlowSnapshot = SnapshotFrom<typeof decisionAidMachine>;

/** A patch that answers every required question on one step (and any the model adds later), and nothing on any other. */
const COMPLETE_PATCH: Record<QuestionStep, Answers> = {
  condition: { diagnosis: 'diagnosed' },
  therapies: { therapies: ['none-of-these'] },
  opioids: { 'opioid-use': 'no', 'planned-procedure': 'no' },
  health: { liver: 'no', pregnancy: ['none-of-these'], 'naltrexone-before': 'no', conditions: ['none-of-these'] },
  symptoms: { ...symptoms({ fatigue: 'severe', pain: 'mild', sleep: 'moderate' }), 'worst-symptom': ['fatigue'] },
  // Only the values asked of this patient (no opioids, no procedure).
  values: withChanges(values('somewhat'), { 'value-keep-opioid-pain-relief': undefined, 'value-stay-on-oud-treatment': undefined }),
};
for (const step of QUESTION_STEPS) COMPLETE_PATCH[step] = withEveryRequiredAnswer(COMPLETE_PATCH[step], [step]);

const ALL_COMPLETE = Object.assign(emptyAnswers(), ...QUESTION_STEPS.map((step) => structuredClone(COMPLETE_PATCH[step]))) as Answers;
const previousOf = (step: StepId) => STEPS[STEPS.indexOf(step) - 1];
const nextOf = (step: StepId) => STEPS[STEPS.indexOf(step) + 1];

/** Starts the flow and walks forward, answering each page it passes, until `step` is shown (blank if a question page). */
function openStep(step: StepId): FlowActor {
  const actor = createActor(decisionAidMachine).start();
  while (actor.getSnapshot().value !== step) {
    const here = actor.getSnapshot().value;
    if (here === 'intro') actor.send({ type: 'flow.start' });
    else if (here === 'review') actor.send({ type: 'review.confirm' });
    else if (here === 'guide') throw new Error(`openStep: cannot walk past the guide to ${step}`);
    else {
      actor.send({ type: 'answers.update', patch: COMPLETE_PATCH[here] });
      actor.send({ type: 'step.continue' });
    }
  }
  return actor;
}

const ctx = (actor: FlowActor) => actor.getSnapshot().context;
const update = (actor: FlowActor, patch: Answers) => actor.send({ type: 'answers.update', patch });
const press = (actor: FlowActor, type: 'step.continue' | 'step.back') => actor.send({ type });

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
  values: { 'value-cost': 'a-lot' },
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

describe('decision aid flow: dropping answers that no longer apply, and what is required', () => {
  it('Continue drops opioid follow-ups when opioid use changes to no', () => {
    const actor = openStep('opioids');
    update(actor, {
      'opioid-use': 'yes',
      'opioid-kinds': ['fentanyl'],
      'opioid-pattern': 'occasional',
      'opioid-use-disorder-treatment': 'prefer-not',
      'planned-procedure': 'no',
    });
    update(actor, { 'opioid-use': 'no' });
    press(actor, 'step.continue');
    expect(actor.getSnapshot().value).to.equal('health');
    const { answers } = ctx(actor);
    expect(answers).not.to.have.any.keys('opioid-kinds', 'opioid-pattern', 'opioid-use-disorder-treatment');
    expect(answers['opioid-use']).to.equal('no');
  });

  it('Continue keeps opioid follow-ups when opioid use is not sure', () => {
    const actor = openStep('opioids');
    const followUps: Partial<Answers> = { 'opioid-kinds': ['not-sure-which'], 'opioid-pattern': 'not-sure', 'opioid-use-disorder-treatment': 'no' };
    update(actor, { 'opioid-use': 'not-sure', ...followUps, 'planned-procedure': 'yes' });
    press(actor, 'step.continue');
    expect(actor.getSnapshot().value).to.equal('health');
    expect(ctx(actor).answers).to.deep.include(followUps);
  });

  it('Continue drops the naltrexone outcome when "taken naltrexone before" changes to no', () => {
    const actor = openStep('health');
    update(actor, { ...COMPLETE_PATCH.health, 'naltrexone-before': 'yes', 'naltrexone-helps': 'no', 'naltrexone-side-effects': ['side-effects'] });
    update(actor, { 'naltrexone-before': 'no' });
    press(actor, 'step.continue');
    expect(actor.getSnapshot().value).to.equal('symptoms');
    expect(ctx(actor).answers).not.to.have.any.keys('naltrexone-helps', 'naltrexone-side-effects');
  });

  it('Continue drops the details of therapies that were unticked', () => {
    const actor = openStep('therapies');
    update(actor, tried(['compression', { status: 'current', helps: 'a-lot' }], ['midodrine', { status: 'stopped', helps: 'no', sideEffects: true }]));
    update(actor, { therapies: ['midodrine'] });
    press(actor, 'step.continue');
    // Only the unticked one was still used: which are still used needs an answer again.
    expect(ctx(actor).errors).to.deep.equal(['therapies-current']);
    update(actor, { 'therapies-current': ['stopped-all'] });
    press(actor, 'step.continue');
    expect(actor.getSnapshot().value).to.equal('opioids');
    expect(ctx(actor).answers).to.deep.equal({ ...COMPLETE_PATCH.condition, ...tried(['midodrine', { status: 'stopped', helps: 'no', sideEffects: true }]) });
  });

  it('Continue drops ticked therapies and their details when "no therapies" is chosen', () => {
    const actor = openStep('therapies');
    update(actor, tried(['ivabradine', { status: 'current', helps: 'a-lot' }]));
    update(actor, { therapies: ['none-of-these'] });
    expect(ctx(actor).answers, 'the details stay until Continue').to.deep.include({ 'therapies-current': ['ivabradine'], 'therapy-helps-ivabradine': 'a-lot' });
    press(actor, 'step.continue');
    expect(actor.getSnapshot().value).to.equal('opioids');
    expect(ctx(actor).answers).to.deep.equal({ ...COMPLETE_PATCH.condition, therapies: ['none-of-these'] });
  });

  for (const exclusive of ['none-of-these', 'prefer-not'] as const) {
    it(`Continue drops ticked conditions when "${exclusive}" is chosen for other conditions`, () => {
      const actor = openStep('health');
      update(actor, { ...COMPLETE_PATCH.health, conditions: ['fibromyalgia', 'mast-cell', exclusive] });
      press(actor, 'step.continue');
      expect(actor.getSnapshot().value).to.equal('symptoms');
      expect(ctx(actor).answers.conditions).to.deep.equal([exclusive]);
    });
  }

  it('Continue drops the worst symptoms when fewer than three symptoms are rated', () => {
    const actor = openStep('symptoms');
    update(actor, COMPLETE_PATCH.symptoms);
    update(actor, { 'symptom-pain': undefined });
    press(actor, 'step.continue');
    expect(actor.getSnapshot().value).to.equal('values');
    expect(ctx(actor).answers).not.to.have.property('worst-symptom');
  });

  it('Continue keeps the worst symptoms when three or more are rated, and drops one no longer rated', () => {
    const actor = openStep('symptoms');
    update(actor, { ...COMPLETE_PATCH.symptoms, 'symptom-headaches': 'mild', 'worst-symptom': ['pain', 'headaches'] });
    update(actor, { 'symptom-headaches': undefined, 'symptom-stomach-bowel': 'mild' });
    press(actor, 'step.continue');
    expect(actor.getSnapshot().value).to.equal('values');
    expect(ctx(actor).answers['worst-symptom']).to.deep.equal(['pain']);
  });

  for (const use of ['yes', 'not-sure'] as const) {
    it(`opioid use "${use}" requires the opioid kinds and pattern, and use-disorder treatment after a medicine that treatment uses`, () => {
      const actor = openStep('opioids');
      update(actor, { 'opioid-use': use, 'planned-procedure': 'no' });
      press(actor, 'step.continue');
      expect(ctx(actor).errors).to.deep.equal(['opioid-kinds', 'opioid-pattern']);
      update(actor, { 'opioid-kinds': ['other'], 'opioid-pattern': 'regular' });
      press(actor, 'step.continue');
      expect(ctx(actor).errors).to.deep.equal(['opioid-use-disorder-treatment']);
      update(actor, { 'opioid-use-disorder-treatment': 'no' });
      press(actor, 'step.continue');
      expect(actor.getSnapshot().value).to.equal('health');
    });
  }

  it('the use-disorder treatment question is asked after buprenorphine, methadone, "not on this list" or "not sure which", and only then', () => {
    const asks = (kinds: readonly string[]) =>
      !isPageComplete('opioids', { 'opioid-use': 'yes', 'opioid-kinds': kinds as never, 'opioid-pattern': 'occasional', 'planned-procedure': 'no' });
    for (const kind of ['buprenorphine', 'methadone', 'other', 'not-sure-which']) expect(asks([kind]), kind).to.equal(true);
    for (const kind of ['codeine', 'tramadol', 'fentanyl', 'kratom', 'antidiarrhoeal']) expect(asks([kind]), kind).to.equal(false);
    expect(asks(['codeine', 'methadone']), 'codeine and methadone').to.equal(true);
  });

  it('an answer left behind by a question that no longer applies opens nothing: the use-disorder question closes with the opioid list', () => {
    const actor = openStep('opioids');
    update(actor, { 'opioid-use': 'yes', 'opioid-kinds': ['methadone'], 'planned-procedure': 'no' });
    update(actor, { 'opioid-use': 'no' });
    press(actor, 'step.continue');
    expect(actor.getSnapshot().value).to.equal('health');
    expect(ctx(actor).answers).not.to.have.any.keys('opioid-kinds', 'opioid-use-disorder-treatment');
  });

  it('the values page asks about opioid pain relief only with possible opioid use or a procedure ahead, and about staying on treatment only in treatment for opioid use disorder', () => {
    const asked = (a: Answers) => {
      const actor = openStep('opioids');
      update(actor, { 'planned-procedure': 'no', ...a });
      press(actor, 'step.continue');
      while (actor.getSnapshot().value !== 'values') {
        update(actor, COMPLETE_PATCH[actor.getSnapshot().value as QuestionStep]);
        press(actor, 'step.continue');
      }
      const answers = ctx(actor).answers;
      return ([valueId('keep-opioid-pain-relief'), valueId('stay-on-oud-treatment')] as const).filter((id) => isEnabled(question(id), answers));
    };
    expect(asked({ 'opioid-use': 'no' }), 'no opioids, no procedure').to.deep.equal([]);
    expect(asked({ 'opioid-use': 'no', 'planned-procedure': 'yes' }), 'procedure').to.deep.equal([valueId('keep-opioid-pain-relief')]);
    expect(asked({ 'opioid-use': 'no', 'planned-procedure': 'not-sure' }), 'procedure not sure').to.deep.equal([valueId('keep-opioid-pain-relief')]);
    expect(asked({ 'opioid-use': 'not-sure', 'opioid-kinds': ['codeine'], 'opioid-pattern': 'occasional' }), 'codeine').to.deep.equal([
      valueId('keep-opioid-pain-relief'),
    ]);
    const oud = { 'opioid-use': 'yes', 'opioid-kinds': ['buprenorphine'], 'opioid-pattern': 'regular' } as const;
    expect(asked({ ...oud, 'opioid-use-disorder-treatment': 'yes' }), 'in treatment').to.deep.equal([
      valueId('keep-opioid-pain-relief'),
      valueId('stay-on-oud-treatment'),
    ]);
    expect(asked({ ...oud, 'opioid-use-disorder-treatment': 'prefer-not' }), 'prefer not to say').to.deep.equal([valueId('keep-opioid-pain-relief')]);
  });

  it('opioid use "no" needs only the planned-procedure question', () => {
    const actor = openStep('opioids');
    update(actor, { 'opioid-use': 'no' });
    press(actor, 'step.continue');
    expect(ctx(actor).errors).to.deep.equal(['planned-procedure']);
  });

  it('ticked therapies require one answer on which are still used, then whether each helps; side effects need no answer', () => {
    const actor = openStep('therapies');
    update(actor, { therapies: ['pyridostigmine', 'midodrine'] });
    press(actor, 'step.continue');
    expect(ctx(actor).errors).to.deep.equal(['therapies-current']);
    update(actor, { 'therapies-current': ['midodrine'] });
    press(actor, 'step.continue');
    expect(ctx(actor).errors).to.deep.equal(['therapy-helps-pyridostigmine', 'therapy-helps-midodrine']);
    update(actor, { 'therapy-helps-pyridostigmine': 'no', 'therapy-helps-midodrine': 'too-soon' });
    press(actor, 'step.continue');
    expect(actor.getSnapshot().value).to.equal('opioids');
  });

  it('"Which do you still take or do?" offers only the treatments ticked, and drops one unticked', () => {
    const offered = question('therapies-current');
    expect(offeredOptions(offered, { therapies: ['compression', 'ivabradine'] })).to.deep.equal(['compression', 'ivabradine', 'stopped-all']);
    const actor = openStep('therapies');
    update(actor, tried(['compression', { status: 'current', helps: 'a-lot' }], ['ivabradine', { status: 'current', helps: 'a-little' }]));
    update(actor, { therapies: ['ivabradine'] });
    press(actor, 'step.continue');
    expect(ctx(actor).answers['therapies-current']).to.deep.equal(['ivabradine']);
  });

  it('"taken naltrexone before: yes" requires its outcome, "not sure" does not', () => {
    const actor = openStep('health');
    update(actor, { ...COMPLETE_PATCH.health, 'naltrexone-before': 'yes' });
    press(actor, 'step.continue');
    expect(ctx(actor).errors).to.deep.equal(['naltrexone-helps']);
    update(actor, { 'naltrexone-before': 'not-sure' });
    press(actor, 'step.continue');
    expect(actor.getSnapshot().value).to.equal('symptoms');
  });

  it('the symptom page needs one answer: a rating, or "None of these bother me", which is asked only while nothing is rated', () => {
    expect(isPageComplete('symptoms', {}), 'blank').to.equal(false);
    expect(missingQuestions('symptoms', {})).to.deep.equal(['no-symptoms']);
    expect(isPageComplete('symptoms', { 'no-symptoms': ['no-symptoms'] }), 'none bother').to.equal(true);
    expect(isPageComplete('symptoms', symptoms({ sleep: 'mild' })), 'one rated').to.equal(true);
    // Rated after ticking "none": the tick no longer applies and is dropped on Continue.
    const actor = openStep('symptoms');
    update(actor, { 'no-symptoms': ['no-symptoms'], ...symptoms({ sleep: 'mild' }) });
    press(actor, 'step.continue');
    expect(actor.getSnapshot().value).to.equal('values');
    expect(ctx(actor).answers).not.to.have.property('no-symptoms');
  });

  it('the worst symptoms (up to 2) are asked only when three or more symptoms are rated, among those rated', () => {
    const three = symptoms({ sleep: 'mild', headaches: 'moderate', pain: 'severe' });
    const check = (rated: Answers, worst?: Answers['worst-symptom']) => isPageComplete('symptoms', { ...rated, ...(worst && { 'worst-symptom': worst }) });
    expect(check(symptoms({ sleep: 'mild', headaches: 'moderate' })), 'two rated: both are the worst').to.equal(true);
    expect(check(three), 'three rated, no choice').to.equal(false);
    expect(check(three, ['sleep']), 'one chosen').to.equal(true);
    expect(check(three, ['sleep', 'pain']), 'two chosen').to.equal(true);
    expect(check(three, ['sleep', 'pain', 'headaches']), 'three chosen').to.equal(false);
    expect(check(three, ['fatigue']), 'chosen one not rated').to.equal(false);

    const actor = openStep('symptoms');
    update(actor, three);
    press(actor, 'step.continue');
    expect(ctx(actor).errors).to.deep.equal(['worst-symptom']);
    update(actor, { 'worst-symptom': ['sleep', 'pain', 'headaches'] });
    press(actor, 'step.continue');
    expect(ctx(actor).errors, 'more than two').to.deep.equal(['worst-symptom']);
  });

  it('"Not sure" about related conditions stands alone, like "None of these"', () => {
    const actor = openStep('health');
    update(actor, { ...COMPLETE_PATCH.health, conditions: ['fibromyalgia', 'not-sure'] });
    press(actor, 'step.continue');
    expect(ctx(actor).answers.conditions).to.deep.equal(['not-sure']);
  });

  it('how long they have had POTS is optional', () => {
    const actor = openStep('condition');
    update(actor, { diagnosis: 'suspected', 'age-group': 'prefer-not' });
    press(actor, 'step.continue');
    expect(actor.getSnapshot().value).to.equal('therapies');
    expect(ctx(actor).answers).not.to.have.property('duration');
  });
});

describe('decision aid flow: model-based paths', () => {
  /** What the user can observe: the page, where Continue/Back lead, which pages are done, errors shown. */
  const stateKey = (snapshot: FlowSnapshot) => {
    const { answers, returnToReview, errors } = snapshot.context;
    const done = QUESTION_STEPS.filter((step) => isPageComplete(step, answers)).join(',');
    return `${snapshot.value} review:${returnToReview} done:[${done}] errors:${errors.length > 0}`;
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
