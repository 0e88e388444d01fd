/**
 * Answers handed out are copies that share nothing with the widget's own:
 * the `answers` property and the events freeze what they hand the host page
 * (deepFreeze(copyAnswers(...))), and the flow must keep changing its own
 * lists afterwards. Written from mutants that `npm run mutate` found alive in
 * src/questionnaire (issue 21). Pure: this file also runs in Node.
 */
import { expect } from '@open-wc/testing';
import { deepFreeze } from '../src/deep-freeze.js';
import { type Answers, copyAnswers, withChanges } from '../src/questionnaire/answers.js';

describe('answers handed to the host page', () => {
  it('freezing a copy leaves every list of the original free to change', () => {
    const own: Answers = { therapies: ['fluids-salt', 'midodrine'], diagnosis: 'diagnosed' };
    const handedOut = deepFreeze(copyAnswers(own));
    expect(handedOut).to.deep.equal(own);
    expect(Object.isFrozen(own.therapies), 'the original list').to.equal(false);
    (own.therapies as string[]).push('compression');
    expect(handedOut.therapies, 'the copy is not changed by the original').to.deep.equal(['fluids-salt', 'midodrine']);
  });

  it('a change makes new lists too: the answers before it stay as they were', () => {
    const patch: Answers = { therapies: ['midodrine'] };
    const next = withChanges({}, patch);
    (patch.therapies as string[]).push('compression');
    expect(next.therapies).to.deep.equal(['midodrine']);
  });
});
