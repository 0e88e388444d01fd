import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Actor, type AnyStateMachine, createActor, type EventFrom, type SnapshotFrom } from 'xstate';

/**
 * Runs one XState actor for the lifetime of its host element. The actor is
 * created on first connection (when attributes such as `save` are known, so
 * saved progress can be restored) and never stopped on disconnect, so moving
 * the element in the DOM keeps the patient's progress.
 */
export class MachineController<M extends AnyStateMachine> implements ReactiveController {
  private actor?: Actor<M>;
  private current?: SnapshotFrom<M>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly machine: M,
    private readonly restore: () => SnapshotFrom<M> | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  get snapshot(): SnapshotFrom<M> {
    if (!this.current) throw new Error('MachineController: the element has not been connected yet');
    return this.current;
  }

  send(event: EventFrom<M>): void {
    this.actor?.send(event);
  }

  hostConnected(): void {
    if (!this.actor) this.start(this.restore());
  }

  /**
   * Starts again from another snapshot, shown as restored progress is shown: newer saved progress the patient chose
   * to load, the page the browser's Back or Forward went to (step-history.ts), or, with none, the beginning.
   */
  replace(snapshot: SnapshotFrom<M> | undefined): void {
    this.actor?.stop();
    this.start(snapshot);
    this.host.requestUpdate();
  }

  private start(snapshot: SnapshotFrom<M> | undefined): void {
    // Widened: xstate's conditional option types do not resolve for a generic machine.
    this.actor = createActor(this.machine as AnyStateMachine, snapshot ? { snapshot } : {}) as Actor<M>;
    this.current = this.actor.getSnapshot();
    this.actor.subscribe((next) => {
      this.current = next;
      this.host.requestUpdate();
    });
    this.actor.start();
  }
}
