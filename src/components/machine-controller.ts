import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Actor, type AnyStateMachine, createActor, type EventFrom, type SnapshotFrom } from 'xstate';

/**
 * Runs one XState actor for the lifetime of its host element. The actor is
 * created once and never stopped on disconnect, so moving the element in the
 * DOM keeps the patient's progress.
 */
export class MachineController<M extends AnyStateMachine> implements ReactiveController {
  readonly actor: Actor<M>;
  snapshot: SnapshotFrom<M>;

  constructor(host: ReactiveControllerHost, machine: M) {
    this.actor = createActor(machine);
    this.snapshot = this.actor.getSnapshot();
    this.actor.subscribe((snapshot) => {
      this.snapshot = snapshot;
      host.requestUpdate();
    });
    this.actor.start();
    host.addController(this);
  }

  send(event: EventFrom<M>): void {
    this.actor.send(event);
  }

  hostConnected(): void {}
}
