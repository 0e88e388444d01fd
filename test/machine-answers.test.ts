/**
 * The flow machine: answers that no longer apply are dropped on Continue, and
 * each page requires what the model says, follow-ups included (questionnaire 0.5.0).
 */
import { expect } from '@open-wc/testing';
import { offeredOptions, question } from '../src/questionnaire/structure.js';
import { isPageComplete, missingQuestions } from '../src/questionnaire/validate.js';
import type { QuestionStep } from '../src/flow/steps.js';
import type { Answers } from '../src/questionnaire/answers.js';
import { symptoms, tried } from './fixtures/patients.js';
import { COMPLETE_PATCH, ctx, openStep, press, update } from './support/flow-actor.js';

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

  it('the use-disorder treatment question is asked after buprenorphine, methadone, morphine or hydromorphone, "not on this list" or "not sure which", and only then', () => {
    const asks = (kinds: readonly string[]) =>
      !isPageComplete('opioids', { 'opioid-use': 'yes', 'opioid-kinds': kinds as never, 'opioid-pattern': 'occasional', 'planned-procedure': 'no' });
    // Morphine and hydromorphone too (second clinical re-read, MJ1): the label covers anyone maintained on an opioid agonist (S3).
    for (const kind of ['buprenorphine', 'methadone', 'morphine-hydromorphone', 'other', 'not-sure-which']) expect(asks([kind]), kind).to.equal(true);
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
      return (['keep-opioid-pain-relief', 'stay-on-oud-treatment'] as const).filter((v) => offeredOptions(question('values-a-lot'), answers).includes(v));
    };
    expect(asked({ 'opioid-use': 'no' }), 'no opioids, no procedure').to.deep.equal([]);
    expect(asked({ 'opioid-use': 'no', 'planned-procedure': 'yes' }), 'procedure').to.deep.equal(['keep-opioid-pain-relief']);
    expect(asked({ 'opioid-use': 'no', 'planned-procedure': 'not-sure' }), 'procedure not sure').to.deep.equal(['keep-opioid-pain-relief']);
    expect(asked({ 'opioid-use': 'not-sure', 'opioid-kinds': ['codeine'], 'opioid-pattern': 'occasional' }), 'codeine').to.deep.equal([
      'keep-opioid-pain-relief',
    ]);
    const oud = { 'opioid-use': 'yes', 'opioid-kinds': ['buprenorphine'], 'opioid-pattern': 'regular' } as const;
    expect(asked({ ...oud, 'opioid-use-disorder-treatment': 'yes' }), 'in treatment').to.deep.equal(['keep-opioid-pain-relief', 'stay-on-oud-treatment']);
    expect(asked({ ...oud, 'opioid-use-disorder-treatment': 'prefer-not' }), 'prefer not to say').to.deep.equal(['keep-opioid-pain-relief']);
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
    // Optional: several may bother alike (issue 20's walk), so none chosen is an answer.
    expect(check(three), 'three rated, none chosen').to.equal(true);
    expect(check(three, ['sleep']), 'one chosen').to.equal(true);
    expect(check(three, ['sleep', 'pain']), 'two chosen').to.equal(true);
    expect(check(three, ['sleep', 'pain', 'headaches']), 'three chosen').to.equal(false);
    // A tick for a symptom no longer rated is not shown, so it is left blank (and dropped on Continue).
    expect(check(three, ['fatigue']), 'chosen one not rated').to.equal(true);

    const actor = openStep('symptoms');
    update(actor, { ...three, 'worst-symptom': ['sleep', 'pain', 'headaches'] });
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
