/**
 * @chunk main: runs the flow; the machine itself comes in a chunk.
 *
 * Runs the flow's XState actor for the lifetime of its host element. The
 * actor starts on first connection (when attributes such as `save` are
 * known, so saved progress can be restored) and never stops on disconnect, so
 * moving the element in the DOM keeps the patient's progress.
 *
 * The machine and XState come in a chunk (flow-machine.ts), fetched once the
 * first page has been rendered, so the first question waits for neither.
 * Until it arrives, the element shows the state it starts from, and what the
 * patient does waits, in order, to be played as soon as it is here (a
 * patient is rarely that quick: the chunk is fetched at once). If it cannot
 * come, the next thing the patient does tries again, and the answers given
 * meanwhile are kept.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Actor } from 'xstate';
import { type FlowState, START_STEP, startingContext } from '../../flow/flow-state.js';
import type { DecisionAidMachine, FlowEvent } from '../../flow/machine.js';
import { afterPaint } from '../browser/after-paint.js';

export type FlowMachine = typeof import('../chunks/flow-machine.js');

export class MachineController implements ReactiveController {
  /** Where the machine comes from; a test can swap it to see a slow or failed load. */
  loader: () => Promise<FlowMachine> = () => import('../chunks/flow-machine.js');
  private machine?: FlowMachine;
  private actor?: Actor<DecisionAidMachine>;
  private current?: FlowState;
  /** What the patient or the host did before the machine arrived, in order. */
  private waiting: FlowEvent[] = [];
  /** Until the machine has arrived or failed to: settles then. */
  private arrival?: Promise<void>;
  private asked = false;
  /** A press of the patient's (Continue, Back) did nothing, as the machine could not come: the page says so until it comes. */
  failed = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly restore: () => FlowState | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  get snapshot(): FlowState {
    if (!this.current) throw new Error('MachineController: the element has not been connected yet');
    return this.current;
  }

  /** The machine is on its way: what the patient does now waits for it, so an update is not complete yet. */
  get busy(): boolean {
    return this.arrival !== undefined;
  }

  /** Settles once the machine has arrived (and what waited for it has been played), or could not. */
  get settled(): Promise<void> {
    return this.arrival ?? Promise.resolve();
  }

  send(event: FlowEvent): void {
    // An answer carries the moment the patient gave it (the flow keeps it as answeredAt), even when it waits for the machine.
    if ('patch' in event) event = { ...event, at: new Date().toISOString() };
    if (this.actor) return this.actor.send(event);
    // The host's reset() at once, so no event reports it when the machine comes: before it, nothing has been played, and
    // the flow's reset is exactly a fresh start.
    if (event.type === 'flow.reset') return this.replace(undefined);
    this.waiting.push(event);
    // Not asked for yet, or it failed: now.
    this.arrival ??= this.loadMachine();
  }

  hostConnected(): void {
    this.current ??= this.restore() ?? { value: START_STEP, context: startingContext() };
  }

  hostUpdated(): void {
    // The first page is rendered: the machine once it is painted, so it is here before the patient's first answer.
    if (this.asked) return;
    this.asked = true;
    this.arrival ??= afterPaint().then(() => this.loadMachine());
  }

  /**
   * Starts again from another state, shown as restored progress is shown: newer saved progress the patient chose
   * to load, the page the browser's Back or Forward went to (step-history.ts), or, with none, the beginning.
   * Anything still waiting for the machine was meant for the state replaced, so it goes too.
   */
  replace(state: FlowState | undefined): void {
    this.actor?.stop();
    this.actor = undefined;
    this.waiting = [];
    this.current = state ?? { value: START_STEP, context: startingContext() };
    if (this.machine) this.start(this.machine);
    this.host.requestUpdate();
  }

  private loadMachine(): Promise<void> {
    return this.loader().then(
      (machine) => {
        this.machine = machine;
        this.arrival = undefined;
        this.failed = false;
        this.start(machine);
      },
      (error: unknown) => {
        // The page still shows; the patient's next action asks again. The answers given wait on; a press that moved
        // nothing on screen (Continue, Back) is not played later, when the patient may have pressed it again.
        console.warn('ldn-decision-aid: the question flow did not load.', error);
        const waiting = this.waiting;
        this.waiting = waiting.filter((event) => event.type === 'answers.update');
        this.failed ||= this.waiting.length < waiting.length;
        this.arrival = undefined;
        this.host.requestUpdate();
      },
    );
  }

  private start({ createActor, decisionAidMachine }: FlowMachine): void {
    const actor = createActor(decisionAidMachine, { snapshot: decisionAidMachine.resolveState(this.snapshot) });
    this.actor = actor;
    actor.subscribe((next) => {
      this.current = next;
      this.host.requestUpdate();
    });
    actor.start();
    const waiting = this.waiting;
    this.waiting = [];
    for (const event of waiting) actor.send(event);
  }
}
