/**
 * The element's DOM events, which report only what the patient did: none for
 * progress restored on load, for attributes or properties the host sets, or
 * for the host's reset(). The element calls `afterUpdate()` at the end of each
 * update, once focus has moved, and `hostActs()` before an update the host
 * page causes.
 */
import { LdnChangeEvent, LdnCompleteEvent, LdnResetEvent, LdnStepChangeEvent } from '../../events.js';
import { isStartOver, type StepId } from '../../flow/steps.js';
import { type Answers, copyAnswers } from '../../questionnaire/answers.js';
import { pruneAnswers } from '../../questionnaire/prune.js';
import { deepFreeze } from '../../deep-freeze.js';
import type { ShownGuide } from './guide-page-controller.js';

export interface ShownState {
  step: StepId;
  answers: Answers;
  /** The guide on screen, once the guide's chunk has arrived: ldn-complete waits for it, as the guide does. */
  shownGuide: () => ShownGuide | undefined;
}

export class PatientEvents {
  private fromHost = false;
  private last?: { step: StepId; answers: Answers };
  /** The patient reached the guide; ldn-complete fires once it is on screen. */
  private completePending = false;

  constructor(private readonly target: EventTarget) {}

  /** The next update is the host page's doing: it fires no event. */
  hostActs(): void {
    this.fromHost = true;
  }

  afterUpdate({ step, answers, shownGuide }: ShownState): void {
    const byPatient = !this.fromHost;
    this.fromHost = false;
    const last = this.last;
    this.last = { step, answers };
    // The first update shows restored progress as it was.
    if (!last) return;
    const stepChanged = step !== last.step;
    const cleared = isStartOver(last.step, step);
    if (byPatient && answers !== last.answers && !cleared) this.target.dispatchEvent(new LdnChangeEvent(deepFreeze(copyAnswers(answers))));
    if (stepChanged) {
      if (byPatient) this.target.dispatchEvent(new LdnStepChangeEvent(step));
      if (byPatient && cleared) this.target.dispatchEvent(new LdnResetEvent());
      this.completePending = byPatient && step === 'guide';
    }
    const shown = this.completePending ? shownGuide() : undefined;
    if (shown) {
      this.completePending = false;
      const { guide, sources } = shown;
      // Frozen copies: a listener cannot change the widget's answers or the guide builder's shared lists.
      this.target.dispatchEvent(new LdnCompleteEvent(deepFreeze(pruneAnswers(answers)), deepFreeze(structuredClone(guide)), Object.freeze([...sources])));
    }
  }
}
