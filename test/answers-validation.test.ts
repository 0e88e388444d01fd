/**
 * An empty list is no answer. The page sends `[]` when every box of a
 * "select all that apply" question is unticked again, so a required question
 * answered `[]` must count as unanswered everywhere: in the answers, in
 * validation, in the conditions and in the flow.
 */
import { expect } from '@open-wc/testing';
import { createActor } from 'xstate';
import { decisionAidMachine } from '../src/flow/machine.js';
import type { QuestionStep } from '../src/flow/steps.js';
import { type Answers, withChanges } from '../src/questionnaire/answers.js';
import { answerIs, conditionHolds } from '../src/questionnaire/conditions.js';
import type { MultipleQuestion } from '../src/questionnaire/items.js';
import { isEnabled, QUESTIONS } from '../src/questionnaire/structure.js';
import { isPageComplete, missingQuestions } from '../src/questionnaire/validate.js';
import { completeAnswers, EXAMPLE_PATIENTS, symptoms, tried } from './fixtures/patients.js';

/**
 * Complete answers under which a list applies: opioid use "yes", a treatment tried and three symptoms rated, so
 * every follow-up list is asked; or, for "None of these bother me", no symptom rated.
 */
const answersAsking = (id: string) => () =>
  id === 'no-symptoms'
    ? EXAMPLE_PATIENTS['every-safety-concern']()
    : completeAnswers({
        ...EXAMPLE_PATIENTS['every-safety-concern'](),
        ...tried(['midodrine', { status: 'current', helps: 'no' }]),
        ...symptoms({ fatigue: 'mild', pain: 'mild', sleep: 'mild' }),
        'no-symptoms': undefined,
        'worst-symptom': ['fatigue'],
      });

/** Every required multiple-choice question that applies to a complete answer set, with its page. */
const REQUIRED_LISTS = QUESTIONS.filter((p) => p.item.kind === 'multiple' && p.item.required && p.step !== 'guide').map((p) => ({
  q: p.item as MultipleQuestion,
  step: p.step as QuestionStep,
}));

describe('an empty list is no answer', () => {
  it('the model has required multiple-choice questions to check', () => {
    expect(REQUIRED_LISTS.map(({ q }) => q.id)).to.include.members(['therapies', 'therapies-current', 'pregnancy', 'conditions', 'no-symptoms']);
  });

  for (const { q, step } of REQUIRED_LISTS) {
    const everyListAsked = answersAsking(q.id);
    it(`"${q.id}" answered [] is missing on its page, and the page is incomplete`, () => {
      const a = { ...everyListAsked(), [q.id]: [] } as Answers;
      expect(isEnabled(q, a), 'the question applies').to.equal(true);
      expect(missingQuestions(step, a)).to.include(q.id);
      expect(isPageComplete(step, a)).to.equal(false);
    });

    it(`"${q.id}": ticking then unticking every box leaves it unanswered, and Continue lists it`, () => {
      const actor = createActor(decisionAidMachine).start();
      actor.send({ type: 'flow.start' });
      for (const page of ['condition', 'therapies', 'opioids', 'health', 'symptoms', 'values'] as const) {
        if (page === step) break;
        actor.send({ type: 'answers.update', patch: everyListAsked() });
        actor.send({ type: 'step.continue' });
      }
      expect(actor.getSnapshot().value).to.equal(step);
      actor.send({ type: 'answers.update', patch: { ...everyListAsked(), [q.id]: [q.options[0]!] } as Answers });
      actor.send({ type: 'answers.update', patch: { [q.id]: [] } as Answers });
      expect(actor.getSnapshot().context.answers).not.to.have.property(q.id);
      actor.send({ type: 'step.continue' });
      expect(actor.getSnapshot().value).to.equal(step);
      expect(actor.getSnapshot().context.errors).to.include(q.id);
    });
  }

  it('withChanges removes a question set to [] or undefined, and keeps a list that has ticks', () => {
    const a = withChanges({ therapies: ['midodrine'], conditions: ['fibromyalgia'] }, { therapies: [], conditions: undefined, pregnancy: ['pregnant'] });
    expect(a).to.deep.equal({ pregnancy: ['pregnant'] });
  });

  it('a condition on a list answered [] does not hold, and "exists" says it is unanswered', () => {
    const a = { therapies: [] } as unknown as Answers;
    expect(conditionHolds(answerIs('therapies', 'midodrine'), a)).to.equal(false);
    expect(conditionHolds({ question: 'therapies', operator: 'exists', answer: true }, a)).to.equal(false);
    expect(conditionHolds({ question: 'therapies', operator: 'exists', answer: false }, a)).to.equal(true);
    expect(conditionHolds({ question: 'therapies', operator: 'exists', answer: true }, { therapies: ['midodrine'] })).to.equal(true);
  });
});
