import type { Answers } from './questionnaire/answers.js';
import type { StepId } from './flow/steps.js';
import type { SourceId } from './content/sources.js';
import type { Guide } from './guide/types.js';

/** Fired when the patient moves to another step (never on first render). */
export class LdnStepChangeEvent extends Event {
  static readonly type = 'ldn-step-change';
  readonly detail: { readonly step: StepId };
  constructor(step: StepId) {
    super(LdnStepChangeEvent.type, { bubbles: true, composed: true });
    this.detail = { step };
  }
}

/** Fired when the discussion guide is shown, with the answers it was built from and the sources it cites. */
export class LdnCompleteEvent extends Event {
  static readonly type = 'ldn-complete';
  readonly detail: { readonly answers: Answers; readonly guide: Guide; readonly sources: readonly SourceId[] };
  constructor(answers: Answers, guide: Guide, sources: readonly SourceId[]) {
    super(LdnCompleteEvent.type, { bubbles: true, composed: true });
    this.detail = { answers, guide, sources };
  }
}

/** Fired when the patient changes any answer, the ones asked on the guide included. `answers` is a frozen copy of them all. */
export class LdnChangeEvent extends Event {
  static readonly type = 'ldn-change';
  readonly detail: { readonly answers: Readonly<Answers> };
  constructor(answers: Readonly<Answers>) {
    super(LdnChangeEvent.type, { bubbles: true, composed: true });
    this.detail = { answers };
  }
}

/** Fired when the patient confirms "Start over": every answer is cleared, and any saved progress removed. */
export class LdnResetEvent extends Event {
  static readonly type = 'ldn-reset';
  readonly detail: Record<string, never> = {};
  constructor() {
    super(LdnResetEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ldn-step-change': LdnStepChangeEvent;
    'ldn-change': LdnChangeEvent;
    'ldn-complete': LdnCompleteEvent;
    'ldn-reset': LdnResetEvent;
  }
}
