/**
 * Where focus and the polite live region go as the patient moves through the
 * steps. On a step change the new step's heading takes focus (or, after an
 * error link on "Check your answers", the question it named) and the region
 * says where they are; after a failed Continue, the error summary takes focus.
 * Restored progress is shown as it was: no focus move, and the region starts
 * with where the patient is, read in place but not announced.
 */
import type { LitElement, ReactiveController } from 'lit';
import { stepAnnouncement } from '../../content/step-announcements.js';
import { isStartOver, QUESTION_STEPS, type QuestionStep, type StepId } from '../../flow/steps.js';
import type { Answers, QuestionId } from '../../questionnaire/answers.js';
import { missingQuestions } from '../../questionnaire/validate.js';
import { focusIn, focusQuestion } from '../browser/focus.js';
import { StepAnnouncer } from './step-announcer.js';

/** What the flow shows now, read at each update. */
export interface ShownFlow {
  step: StepId;
  answers: Answers;
  /** Counts failed Continue presses: a change means the error summary is shown again. */
  errorCount: number;
}

export class StepFocus implements ReactiveController {
  private readonly announcer: StepAnnouncer;
  private shownStep: StepId = 'intro';
  private shownErrorCount = 0;
  private stepChanged = false;
  /** A question to focus after the step changes, when an error link on the review page opened it. */
  private pendingField?: QuestionId;

  /** @param openToFix opens a question page from "Check your answers", with its missing answers marked. */
  constructor(
    private readonly host: LitElement,
    private readonly flow: () => ShownFlow,
    private readonly openToFix: (step: QuestionStep) => void,
  ) {
    this.announcer = new StepAnnouncer(host);
    host.addController(this);
  }

  /** The live region's text. */
  get message(): string {
    return this.announcer.message;
  }

  /**
   * An error summary link: links cannot use #ids across the shadow boundary,
   * so the field is focused by script. On "Check your answers", its page opens
   * with focus on it, and the region names the page.
   */
  readonly followErrorLink = (event: Event, field: QuestionId): void => {
    event.preventDefault();
    const { step, answers } = this.flow();
    if (step !== 'review') return focusQuestion(this.host.renderRoot, field);
    const page = QUESTION_STEPS.find((s) => missingQuestions(s, answers).includes(field));
    if (!page) return;
    this.pendingField = field;
    this.openToFix(page);
  };

  hostUpdate(): void {
    const { step, answers } = this.flow();
    if (!this.host.hasUpdated) {
      this.shownStep = step;
      if (step !== 'intro') this.announcer.setQuietly(stepAnnouncement(step, answers));
    }
    this.stepChanged = step !== this.shownStep;
    if (!this.stepChanged) return;
    const cleared = isStartOver(this.shownStep, step);
    this.shownStep = step;
    this.announcer.announce(stepAnnouncement(step, answers, { answersCleared: cleared, namePage: this.pendingField !== undefined }));
  }

  hostUpdated(): void {
    const { errorCount } = this.flow();
    const errorsShownAgain = errorCount !== this.shownErrorCount;
    this.shownErrorCount = errorCount;
    const root = this.host.renderRoot;
    if (this.stepChanged) {
      if (this.pendingField) focusQuestion(root, this.pendingField);
      else focusIn(root, '[data-step-heading]');
      this.pendingField = undefined;
    } else if (errorsShownAgain) {
      // Errors right after a step change: the error summary is what matters now.
      this.announcer.cancel();
      focusIn(root, '.error-summary');
    }
  }
}
