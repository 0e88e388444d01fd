import { localized, msg, str } from '@lit/localize';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { compactSummaryText } from '../content/compact-summary.js';
import { guideDocument } from '../content/guide-document.js';
import { LdnCompleteEvent, LdnStepChangeEvent } from '../events.js';
import { buildQuestionnaire } from '../export/fhir/questionnaire.js';
import { toQuestionnaireResponse } from '../export/fhir/response.js';
import { guideToText } from '../export/text.js';
import type { Questionnaire, QuestionnaireResponse } from 'fhir/r4';
import { decisionAidMachine } from '../flow/machine.js';
import { isQuestionStep, QUESTION_STEPS, type QuestionStep, type StepId } from '../flow/steps.js';
import { buildGuide } from '../guide/build-guide.js';
import { currentLocale } from '../i18n/localization.js';
import { LocaleController } from '../i18n/locale-controller.js';
import type { Answers, QuestionId } from '../questionnaire/answers.js';
import { pruneAnswers } from '../questionnaire/prune.js';
import { missingQuestions } from '../questionnaire/validate.js';
import { renderErrorSummary } from './error-summary.js';
import { renderGuideStep } from './guide-step.js';
import { MachineController } from './machine-controller.js';
import { printGuideOnly } from './print.js';
import { QrEncoderLoader } from './qr-code.js';
import { copyText, downloadText } from './share.js';
import { focusIn, focusQuestion } from './focus.js';
import { canSave, persistSnapshot, restoredSnapshot } from './progress-store.js';
import { publisherInfo } from './publisher-info.js';
import { StepAnnouncer } from './step-announcer.js';
import { stepHeading } from '../content/step-headings.js';
import { stepAnnouncement } from './step-announcements.js';
import { renderPage } from './question-views.js';
import { renderIntro } from './steps/intro.js';
import { renderReview } from './steps/review.js';
import { styles } from './styles/index.js';

/**
 * A shared-decision-making aid about low-dose naltrexone (LDN) for people with POTS.
 *
 * @summary Questions about POTS, treatments, opioids, health, symptoms and values, then a tailored, non-prescriptive discussion guide.
 *
 * @event ldn-step-change - The patient moved to another step. `detail: { step }`.
 * @event ldn-complete - The discussion guide is shown. `detail: { answers, guide, sources }`.
 *
 * @csspart container - The outer box.
 * @csspart heading - Each step's heading.
 * @csspart button - Every button.
 * @csspart button-primary - Continue, Start and other main actions.
 * @csspart error-summary - The "There is a problem" box.
 * @csspart guide - The discussion guide.
 * @csspart safety-flag - Each personal safety point in the guide.
 * @csspart clinician-summary - The summary for the clinician.
 *
 * @cssproperty --ldn-font-family - Font family.
 * @cssproperty --ldn-font-size - Base font size.
 * @cssproperty --ldn-color-text - Text colour.
 * @cssproperty --ldn-color-background - Background colour.
 * @cssproperty --ldn-color-accent - Buttons, links and selected controls.
 * @cssproperty --ldn-color-focus - Focus highlight.
 * @cssproperty --ldn-color-focus-text - Text on the focus highlight.
 * @cssproperty --ldn-color-error - Error messages and borders.
 * @cssproperty --ldn-color-warning - Safety flags.
 * @cssproperty --ldn-radius - Corner radius of boxes and buttons.
 * @cssproperty --ldn-max-width - Widest the content gets.
 */
@localized()
export class LdnDecisionAid extends LitElement {
  static override styles = styles;

  private readonly flow = new MachineController(this, decisionAidMachine, () => (this.save ? restoredSnapshot() : undefined));
  private readonly announcer = new StepAnnouncer(this);
  private readonly qrEncoder = new QrEncoderLoader(this);
  private readonly localeControl = new LocaleController(this, () => this.locale);
  private shownStep: StepId = 'intro';
  private shownErrorCount = 0;
  private stepChanged = false;
  /** A question to focus after the step changes, when an error link on the review page opened it. */
  private pendingField?: QuestionId;

  @state() private confirmingStartOver = false;
  @state() private statusMessage = '';
  /** The QR code for the clinician is shown on the guide page. */
  @state() private showingCode = false;

  /**
   * Keep answers in this browser's local storage, so a reload or a return visit
   * loses nothing. Off by default: on shared computers, saved health answers
   * could be seen by the next person. "Start over" clears them.
   */
  @property({ type: Boolean, reflect: true }) save = false;

  /**
   * The canonical URL of the FHIR Questionnaire that `toQuestionnaireResponse()`
   * answers. Set it when your FHIR server holds the Questionnaire under your own URL.
   */
  @property({ attribute: 'questionnaire-url' }) questionnaireUrl?: string;

  /**
   * The language to show, as a BCP 47 tag (`es`, `es-MX`). Without it: the page's
   * `<html lang>`, then the browser's languages, then English. A region falls back
   * to its language; an unknown locale shows English, with one console warning.
   * One locale is active per page: the widget that asked last sets it for all.
   */
  @property({ reflect: true }) locale?: string;

  /** The clinic or organization offering the guide, named in its About section. Shown as text. */
  @property() publisher?: string;

  /** The clinic's funding statement for the guide's About section (IPDAS), in its own words. */
  @property() funding?: string;

  /** The clinic's conflicts of interest statement for the About section, in its own words ("None" is a statement too). */
  @property() conflicts?: string;

  /** The clinician who reviewed the content for the clinic. Without it, the guide says no clinician has reviewed it for the clinic. */
  @property() reviewer?: string;

  /** When `reviewer` reviewed it, as YYYY-MM-DD. Anything else is left out, with one console warning. */
  @property({ attribute: 'review-date' }) reviewDate?: string;

  private get step(): StepId {
    return this.flow.snapshot.value as StepId;
  }

  private get answers(): Answers {
    return this.flow.snapshot.context.answers;
  }

  /**
   * The patient's answers as a FHIR R4 QuestionnaireResponse, in the active
   * locale: "completed" once the guide is shown, "in-progress" before.
   */
  toQuestionnaireResponse(): QuestionnaireResponse {
    return toQuestionnaireResponse(this.answers, {
      status: this.step === 'guide' ? 'completed' : 'in-progress',
      ...(this.questionnaireUrl && { url: this.questionnaireUrl }),
    });
  }

  /** The FHIR R4 Questionnaire the responses answer, in the active locale. */
  questionnaire(): Questionnaire {
    return buildQuestionnaire(this.questionnaireUrl ? { url: this.questionnaireUrl } : {});
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Restored progress is shown as it was: no focus move, no step-change event. The live
    // region starts with where the patient is, which is read in place but not announced.
    if (!this.hasUpdated) {
      this.shownStep = this.step;
      if (this.step !== 'intro') this.announcer.setQuietly(stepAnnouncement(this.step, this.answers));
    }
    this.stepChanged = this.step !== this.shownStep;
    if (this.stepChanged) {
      // Only "Start over" leads from the guide to the first page.
      const cleared = this.shownStep === 'guide' && this.step === 'intro';
      this.shownStep = this.step;
      this.confirmingStartOver = false;
      this.showingCode = false;
      this.statusMessage = '';
      this.announcer.announce(stepAnnouncement(this.step, this.answers, { answersCleared: cleared, namePage: this.pendingField !== undefined }));
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.save) persistSnapshot(this.step, this.flow.snapshot.context);
    const { errorCount } = this.flow.snapshot.context;
    const errorsShownAgain = errorCount !== this.shownErrorCount;
    this.shownErrorCount = errorCount;
    if (this.stepChanged) {
      if (this.pendingField) focusQuestion(this.renderRoot, this.pendingField);
      else focusIn(this.renderRoot, '[data-step-heading]');
      this.pendingField = undefined;
      this.dispatchEvent(new LdnStepChangeEvent(this.step));
      if (this.step === 'guide') {
        const guide = buildGuide(this.answers);
        this.dispatchEvent(new LdnCompleteEvent(pruneAnswers(this.answers), guide, guideDocument(guide, currentLocale()).sources));
      }
    } else if (errorsShownAgain) {
      // Errors right after a step change: the error summary is what matters now.
      this.announcer.cancel();
      focusIn(this.renderRoot, '.error-summary');
    }
  }

  /** Error summary links cannot use #ids across the shadow boundary, so they focus the field by script. */
  private followErrorLink = (event: Event, field: QuestionId): void => {
    event.preventDefault();
    if (this.step !== 'review') return focusQuestion(this.renderRoot, field);
    const step = QUESTION_STEPS.find((s) => missingQuestions(s, this.answers).includes(field));
    if (!step) return;
    this.pendingField = field;
    this.flow.send({ type: 'review.fix', step });
  };

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.step === 'intro') this.flow.send({ type: 'flow.start' });
    else if (this.step === 'review') this.flow.send({ type: 'review.confirm' });
    else this.flow.send({ type: 'step.continue' });
  }

  /** Clears, then sets, the live region, so the same message twice is announced twice. */
  private async announce(message: string): Promise<void> {
    this.statusMessage = '';
    await this.updateComplete;
    this.statusMessage = message;
  }

  private guideDoc(guide = buildGuide(this.answers)) {
    const { publisher, funding, conflicts, reviewer, reviewDate } = this;
    return guideDocument(guide, currentLocale(), publisherInfo(this, { publisher, funding, conflicts, reviewer, reviewDate }));
  }

  private guideText(): string {
    return guideToText(this.guideDoc());
  }

  private async copyGuide(): Promise<void> {
    const copied = await copyText(this.guideText());
    await this.announce(
      copied
        ? msg('The guide was copied as text.', { id: 'guide.copy.done', desc: 'Status after copying.' })
        : msg('Copying did not work in this browser. Use “Download as a text file” instead.', { id: 'guide.copy.failed', desc: 'Status when copying failed.' }),
    );
  }

  private async downloadGuide(): Promise<void> {
    downloadText(this.renderRoot, 'ldn-discussion-guide.txt', this.guideText());
    await this.announce(msg('The guide was downloaded as a text file.', { id: 'guide.download.done', desc: 'Status after downloading.' }));
  }

  private async setConfirmingStartOver(confirming: boolean): Promise<void> {
    this.confirmingStartOver = confirming;
    await this.updateComplete;
    focusIn(this.renderRoot, confirming ? '#confirm-start-over-title' : '[data-action="start-over"]');
  }

  private renderProgress() {
    const index = QUESTION_STEPS.indexOf(this.step as QuestionStep);
    if (index < 0) return nothing;
    const number = index + 1;
    const total = QUESTION_STEPS.length;
    // Hidden from screen readers: the live region says it once, so the focused heading does not repeat it.
    return html`<span class="caption" aria-hidden="true">${msg(str`Part ${number} of ${total}`, { id: 'progress', desc: 'Progress caption. Placeholders: numbers.' })}</span>`;
  }

  private renderActions() {
    const label =
      this.step === 'intro'
        ? msg('Start', { id: 'action.start', desc: 'Button: begin the questions.' })
        : this.step === 'review'
          ? msg('Show my discussion guide', { id: 'action.show-guide', desc: 'Button on the check answers page.' })
          : msg('Continue', { id: 'action.continue', desc: 'Button: next step.' });
    return html`<div class="button-group no-print">
      <button type="submit" class="button" part="button button-primary" data-action="continue">${label}</button>
      ${
        this.step === 'intro'
          ? nothing
          : html`<button type="button" class="button button--secondary" part="button" data-action="back" @click=${() => this.flow.send({ type: 'step.back' })}>
            ${msg('Back', { id: 'action.back', desc: 'Button: previous step.' })}
          </button>`
      }
    </div>`;
  }

  private renderStepBody() {
    const step = this.step;
    if (step === 'intro') return renderIntro(this.save && canSave());
    if (step === 'review') {
      return renderReview(this.answers, QUESTION_STEPS, (change) => this.flow.send({ type: 'review.change', step: change }));
    }
    if (!isQuestionStep(step)) return nothing;
    return renderPage(step, {
      answers: this.answers,
      errors: this.flow.snapshot.context.errors,
      update: (patch) => this.flow.send({ type: 'answers.update', patch }),
    });
  }

  private toggleCode(): void {
    this.showingCode = !this.showingCode;
    if (this.showingCode) this.qrEncoder.load();
  }

  private renderGuideStep() {
    const guide = buildGuide(this.answers);
    const locale = currentLocale();
    return renderGuideStep({
      doc: this.guideDoc(guide),
      statusMessage: this.statusMessage,
      confirmingStartOver: this.confirmingStartOver,
      clinicianCode: {
        open: this.showingCode,
        text: this.showingCode ? compactSummaryText(guide.clinicianSummary, locale) : '',
        encoder: this.qrEncoder,
        onToggle: () => this.toggleCode(),
      },
      onAnswer: (patch) => this.flow.send({ type: 'guide.answer', patch }),
      onPrint: () => printGuideOnly(this),
      onCopy: () => void this.copyGuide(),
      onDownload: () => void this.downloadGuide(),
      onChangeAnswers: () => this.flow.send({ type: 'guide.changeAnswers' }),
      onStartOver: () => void this.setConfirmingStartOver(true),
      onConfirmStartOver: () => this.flow.send({ type: 'guide.startOver' }),
      onCancelStartOver: () => void this.setConfirmingStartOver(false),
    });
  }

  protected override render() {
    const isGuide = this.step === 'guide';
    // lang and dir on the container, inside the shadow root: the host page's own attributes stay its own.
    const { lang, dir } = this.localeControl;
    return html`<div class="container" part="container" data-step=${this.step} lang=${lang} dir=${dir}>
      ${isGuide ? nothing : renderErrorSummary(this.flow.snapshot.context.errors, this.followErrorLink)}
      <h2 class="heading" part="heading" tabindex="-1" data-step-heading>${this.renderProgress()} ${stepHeading(this.step)}</h2>
      ${isGuide ? this.renderGuideStep() : html`<form novalidate @submit=${this.onSubmit}>${this.renderStepBody()} ${this.renderActions()}</form>`}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-step-announcement>${this.announcer.message}</div>
    </div>`;
  }
}
