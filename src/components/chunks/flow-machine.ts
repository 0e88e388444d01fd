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
import type { FlowState } from '../../flow/flow-state.js';
import { decisionAidMachine } from '../../flow/machine.js';

export { createActor, decisionAidMachine };

/**
 * Runs a throwaway copy of the flow from `state` through a failed Continue, Back, a start and a reset, and drops it:
 * the machine's code then runs for the first time when the browser is idle, not on the patient's first Continue
 * (which it made about 40 ms slower on a phone). The machine only assigns its context, so nothing outside changes.
 */
export function warmUp(state: FlowState): void {
  const actor = createActor(decisionAidMachine, { snapshot: decisionAidMachine.resolveState(state) }).start();
  for (const type of ['step.continue', 'step.back', 'flow.start', 'flow.reset'] as const) actor.send({ type });
  actor.stop();
}
