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
export { createActor } from 'xstate';
export { decisionAidMachine } from '../../flow/machine.js';
