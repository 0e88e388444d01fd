import { expect } from '@open-wc/testing';
import { createActor } from 'xstate';
import { decisionAidMachine } from '../src/flow/machine.js';

describe('smoke', () => {
  it('starts on intro', () => {
    const actor = createActor(decisionAidMachine).start();
    expect(actor.getSnapshot().value).to.equal('intro');
  });
});
