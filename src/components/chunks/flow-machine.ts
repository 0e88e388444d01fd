/**
 * @chunk flow: the entry of the flow's chunk (dist/ldn-decision-aid-flow-<hash>.js).
 *
 * The flow machine and XState, which runs it: about 13 KB gzipped that the
 * first page does not need to be shown, so they are fetched as soon as it has
 * been rendered (machine-controller.ts), not before the first question. Like
 * the guide's chunk, it receives the module's own code (the questionnaire
 * model it validates with) when it arrives (scripts/build/linked-chunks.ts).
 * Only machine-controller.ts imports this module, and only dynamically.
 */
import { createActor } from 'xstate';
import { decisionAidMachine } from '../../flow/machine.js';
import { whenIdle } from './when-idle.js';

export { createActor, decisionAidMachine };

// Once per page, when the browser is idle after this file has arrived: a throwaway flow through a start, a failed
// Continue, Back and a reset, so XState's code has run once before the patient's first Continue (which running it for
// the first time made about 40 ms slower on a phone). It holds no element, and the machine only assigns its own context.
whenIdle(() => {
  const actor = createActor(decisionAidMachine).start();
  for (const type of ['flow.start', 'step.continue', 'step.back', 'flow.reset'] as const) actor.send({ type });
  actor.stop();
});
