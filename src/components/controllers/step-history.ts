/**
 * The browser's Back and Forward (a phone's back gesture) move between the
 * widget's pages, and no answer is lost: each page the patient moves to is an
 * entry in the page's history, pushed with the page's own URL (never changed)
 * and a record of the widget's own in its state (history-entries.ts). The
 * entry being left records the step being left, the host page's own entry
 * too, beside its state, so Back from the first question shows the first
 * page again, and Back from there leaves the page as it always did.
 *
 * No entry is added for restored progress, the host's reset(), or a move the
 * browser's Back or Forward made. An entry from an earlier run of answers
 * (before "Start over", or a reload that kept nothing) has nothing to show:
 * the widget goes on back past it, so such entries never hold the patient on
 * a page. Off with `history="none"`.
 *
 * The entry is written once the new page is painted (the element's
 * `updateComplete` waits for it): before the paint, pushState waited for the
 * new page's style and layout, and made each step 20 to 30 ms slower on a
 * phone. A Back pressed within that frame goes to the entry before the one
 * left, as it would have before the page changed, and drops the unwritten one.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FlowContext, FlowState } from '../../flow/flow-state.js';
import { isStartOver, type StepId } from '../../flow/steps.js';
import { hasAnyAnswer } from '../../questionnaire/predicates.js';
import { warnOnce } from '../../warn-once.js';
import { afterPaint } from '../browser/after-paint.js';
import { canHold, destination, othersIn, recordIn, sameRecord, type StepRecord, withRecord } from './history-entries.js';

/** What the controller reads from the element each time, and how it moves the flow. */
export interface HistoryWiring {
  enabled(): boolean;
  /** This widget's key among the widgets on the page: its storage key, id or place. */
  widget(): string;
  step(): StepId;
  context(): FlowContext;
  /** Shows the flow at another step, as restored progress is shown. */
  jump(state: FlowState): void;
}

const newRun = (): string => Math.random().toString(36).slice(2, 10);

const loadedByBackOrForward = (): boolean =>
  (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type === 'back_forward';

/** A widget's key in the entries: its storage key or id, else its place among the widgets on the page. */
export function widgetKey(element: HTMLElement, storageKey: string | undefined): string {
  if (storageKey?.trim()) return `key:${storageKey.trim()}`;
  if (element.id) return `id:${element.id}`;
  return `n:${[...(element.getRootNode() as ParentNode).querySelectorAll(element.localName)].indexOf(element)}`;
}

export class StepHistory implements ReactiveController {
  private run = newRun();
  /** What the patient saw at the last update. */
  private shown?: StepRecord;
  /** The next step change is not the patient's move to a new page (the host's reset(), or Back or Forward): no entry. */
  private quiet = false;
  /** Entries to write once the page is painted, in order. */
  private writes: (() => void)[] = [];
  private painted?: Promise<void>;

  constructor(
    host: ReactiveControllerHost,
    private readonly wiring: HistoryWiring,
  ) {
    host.addController(this);
  }

  /**
   * The flow to start from, given saved progress: on a page reloaded or
   * reached again through Back or Forward, the step the entry recorded, so
   * the history and the page agree. The run continues when progress was kept.
   */
  resume(snapshot: FlowState | undefined): FlowState | undefined {
    const record = this.wiring.enabled() ? recordIn(history.state, this.wiring.widget()) : undefined;
    if (!snapshot || !record || !hasAnyAnswer(snapshot.context.answers)) return snapshot;
    const step = snapshot.value;
    // A record at another step is this flow's only when Back or Forward loaded the page; else it is another visit's.
    if (record.step !== step && !loadedByBackOrForward()) return snapshot;
    this.run = record.run;
    if (record.step === step) return snapshot;
    const to = destination(record, step, snapshot.context);
    return { value: to.step, context: to.context };
  }

  /** The host page's reset(): a new run of answers, and no entry for it. */
  hostActs(): void {
    this.quiet = true;
    this.run = newRun();
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** Settles once the entries of the pages shown so far are in the history. */
  get settled(): Promise<void> {
    return this.painted ?? Promise.resolve();
  }

  hostUpdated(): void {
    const last = this.shown;
    const now: StepRecord = { step: this.wiring.step(), returnToReview: this.wiring.context().returnToReview, run: this.run };
    const quiet = this.quiet;
    this.quiet = false;
    if (last && isStartOver(last.step, now.step)) now.run = this.run = newRun();
    this.shown = now;
    if (!last || quiet || last.step === now.step || !this.wiring.enabled()) return;
    const widget = this.wiring.widget();
    this.writes.push(() => this.push(widget, last, now));
    this.painted ??= afterPaint().then(() => {
      const writes = this.writes;
      this.writes = [];
      this.painted = undefined;
      for (const write of writes) write();
    });
  }

  private push(widget: string, last: StepRecord, now: StepRecord): void {
    let state: unknown = history.state;
    try {
      // The entry being left says where the patient was, so Back returns there.
      if (canHold(state) && !sameRecord(recordIn(state, widget), last)) {
        state = withRecord(state, widget, last);
        history.replaceState(state, '');
      }
      history.pushState(withRecord(state, widget, now), '');
    } catch (error) {
      // Safari refuses more than 100 changes in 30 seconds; a sandboxed frame may refuse any. The page still works.
      warnOnce(this, 'push', `<ldn-decision-aid>: the browser refused a history entry, so Back may leave the page: ${String(error)}`);
    }
  }

  private readonly onPopState = (event: PopStateEvent): void => {
    if (!this.wiring.enabled()) return;
    // The browser moved before the pages just shown were written: it went from the entry before them, which they must not follow.
    this.writes = [];
    const widget = this.wiring.widget();
    const record = recordIn(event.state, widget);
    // An entry this widget never recorded (the host's own, or from before the widget was used): it stays as it is.
    if (!record || !this.shown) return;
    if (record.run !== this.run) {
      // A stale entry, nothing to show: on, past it, unless another widget shows something there.
      if (!othersIn(event.state, widget)) history.back();
      return;
    }
    const to = destination(record, this.shown.step, this.wiring.context());
    if (to.step === this.shown.step && to.context.returnToReview === this.shown.returnToReview && !to.context.errors.length) return;
    this.quiet = true;
    this.wiring.jump({ value: to.step, context: to.context });
  };
}
