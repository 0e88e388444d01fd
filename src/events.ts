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

declare global {
  interface GlobalEventHandlersEventMap {
    'ldn-step-change': LdnStepChangeEvent;
    'ldn-complete': LdnCompleteEvent;
  }
}
