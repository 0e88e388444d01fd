import { updateWhenLocaleChanges } from '@lit/localize';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { Questionnaire, QuestionnaireResponse } from '../export/fhir/r4.js';
import { isQuestionStep, QUESTION_STEPS, type StepId } from '../flow/steps.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { type Answers, copyAnswers } from '../questionnaire/answers.js';
import type { Guide } from '../guide/types.js';
import { deepFreeze } from '../deep-freeze.js';
import { renderErrorSummary } from './views/error-summary.js';
import { heading } from './views/headings.js';
import { GuideChunk } from './chunks/guide-chunk.js';
import { FhirLoader } from './chunks/fhir-loader.js';
import { renderDraftNotice } from './views/draft-notice.js';
import { PatientEvents } from './controllers/patient-events.js';
import { MachineController } from './controllers/machine-controller.js';
import type { SaveMode } from './controllers/progress-store.js';
import { ProgressSaver } from './controllers/progress-saver.js';
import { renderChangedElsewhere } from './views/changed-elsewhere.js';
import { type HostConfig, readHostConfig } from './attributes/host-config.js';
import { readOnly } from './attributes/read-only.js';
import { reflectedText } from './attributes/host-value.js';
import { StrayTapGuard } from './controllers/stray-tap-guard.js';
import { StepFocus } from './controllers/step-focus.js';
import { StepHistory, widgetKey } from './controllers/step-history.js';
import { stepHeading } from '../content/step-headings.js';
import { renderPage } from './steps/question-page.js';
import { renderIntro } from './steps/intro.js';
import { renderBackLink, renderNotLoaded, renderProgress, renderStepForm } from './views/step-actions.js';
import { renderReview } from './steps/review.js';
import { styles } from './styles/index.js';

/**
 * A shared-decision-making aid about low-dose naltrexone (LDN) for people with POTS.
 *
 * @tagname ldn-decision-aid
 *
 * @summary Questions about POTS, treatments, opioids, health, symptoms and values, then a tailored, non-prescriptive discussion guide.
 *
 * @event ldn-step-change - The patient moved to another step. `detail: { step }`.
 * @event ldn-change - The patient changed an answer, on a question page or on the guide. `detail: { answers }`, a frozen copy.
 * @event ldn-complete - The discussion guide is shown. `detail: { answers, guide, sources }`, frozen copies.
 * @event ldn-reset - The patient confirmed "Start over": every answer is cleared. `detail: {}`.
 *
 * Events report only what the patient did: none fires for restored progress, attributes or properties the host sets, or `reset()`.
 *
 * @csspart container - The outer box.
 * @csspart heading - Each step's heading.
 * @csspart button - Every button.
 * @csspart back-link - The Back link at the top of each page after the first.
 * @csspart button-primary - Continue, Start and other main actions.
 * @csspart error-summary - The "There is a problem" box.
 * @csspart guide - The discussion guide.
 * @csspart safety-flag - Each personal safety point in the guide.
 * @csspart draft-notice - The warning, in a translation no clinician has signed off yet, that a computer made it (first page and guide).
 * @csspart clinician-summary - The summary for the clinician.
 *
 * @cssproperty [--ldn-font-family=system-ui, sans-serif] - Font family.
 * @cssproperty [--ldn-font-size=medium] - Base font size; everything scales with it. By default the reader's own default size, or the page's root size when that is larger.
 * @cssproperty [--ldn-color-text=#0b0c0c] - Text colour.
 * @cssproperty [--ldn-color-muted=#505a5f] - Hints, captions and source ids.
 * @cssproperty [--ldn-color-background=#ffffff] - Background colour.
 * @cssproperty [--ldn-color-accent=#1d70b8] - Buttons, links and selected controls.
 * @cssproperty [--ldn-color-accent-text=#ffffff] - Text on accent-coloured buttons.
 * @cssproperty [--ldn-color-focus=#ffdd00] - Focus highlight.
 * @cssproperty [--ldn-color-focus-text=#0b0c0c] - Text on the focus highlight.
 * @cssproperty [--ldn-color-error=#d4351c] - Error messages and borders, and the "Start over" buttons.
 * @cssproperty [--ldn-color-error-text=#ffffff] - Text on the "Start over" buttons.
 * @cssproperty [--ldn-color-warning=#b35c00] - The edge of safety flags and of a draft translation's notice.
 * @cssproperty [--ldn-color-warning-background=#fff4e5] - The background of safety flags and of a draft translation's notice.
 * @cssproperty [--ldn-color-border=#b1b4b6] - Borders and dividers.
 * @cssproperty [--ldn-radius=4px] - Corner radius of boxes and buttons.
 * @cssproperty [--ldn-space=1rem] - The basic spacing unit.
 * @cssproperty [--ldn-max-width=max(48em, 48rem)] - Widest the content gets.
 */
export class LdnDecisionAid extends LitElement {
  static override styles = styles;
  // Declared here rather than by decorators: the same properties and attributes, without the decorators' helper in the module.
  static override get properties() {
    return {
      save: { converter: { fromAttribute: (value: string | null) => (value === null ? 'none' : value === '' ? 'local' : value) } },
      storageKey: { attribute: 'storage-key' },
      history: {},
      headingLevel: { attribute: 'heading-level' },
      questionnaireUrl: { attribute: 'questionnaire-url' },
      locale: { reflect: true, converter: { toAttribute: reflectedText } },
      clinicName: { attribute: 'clinic-name' },
      funding: {},
      conflicts: {},
      reviewer: {},
      reviewDate: { attribute: 'review-date' },
      reviewedVersion: { attribute: 'reviewed-version' },
    };
  }

  /** The flow: its machine is a chunk fetched once the first page is painted (machine-controller.ts). */
  private readonly flow: MachineController = new MachineController(this, () => this.stepHistory.resume(this.saving.restored()));
  /** The browser's Back and Forward move between pages (`history`). */
  private readonly stepHistory: StepHistory = new StepHistory(this, {
    enabled: () => this.config.history === 'steps',
    widget: () => widgetKey(this, this.config.storageKey),
    step: () => this.step,
    context: () => this.flow.snapshot.context,
    jump: (snapshot) => this.flow.replace(snapshot),
  });
  private readonly saving: ProgressSaver = new ProgressSaver(
    this,
    () => ({ save: this.config.save, storageKey: this.config.storageKey, id: this.id }),
    () => ({ step: this.step, context: this.flow.snapshot.context }),
    (snapshot) => this.flow.replace(snapshot),
  );
  private readonly stepFocus: StepFocus = new StepFocus(
    this,
    () => ({ step: this.step, answers: this.current, errorCount: this.flow.snapshot.context.errorCount }),
    (step) => this.flow.send({ type: 'review.fix', step }),
  );
  /** The guide's wording, views and page controller: a chunk fetched while the patient answers (guide-page.ts). */
  private readonly guidePage: GuideChunk = new GuideChunk(this, {
    step: () => this.step,
    answers: () => this.current,
    publisher: () => this.config.publisher,
    answeredAt: () => this.flow.snapshot.context.answeredAt,
    top: () => this.config.headingLevel,
    send: (event) => this.flow.send(event),
  });
  private readonly localeControl = new LocaleController(this, () => this.config.locale);
  private readonly events = new PatientEvents(this);
  private readonly fhir = new FhirLoader();

  constructor() {
    super();
    // Renders again when the active locale changes (what @localized() does).
    updateWhenLocaleChanges(this);
    // A second tap of a double tap never answers the page it opened; it acts through its listener alone.
    new StrayTapGuard(this, () => `${this.step} ${this.flow.snapshot.context.errorCount}`);
  }

  /**
   * Where to keep the answers, so a reload loses nothing: `none` (the default:
   * nothing is written to any storage), `session` (sessionStorage, gone when the
   * tab closes) or `local` (localStorage, kept for a return visit; the bare
   * `save` attribute means this). Off by default: on shared computers, saved
   * health answers could be seen by the next person. "Start over" clears them.
   * Any other value warns once and saves nothing. As a property, `true` and
   * `false` mean `local` and `none`.
   */
  save: SaveMode | boolean | (string & {}) = 'none';

  /**
   * The key saved progress is kept under, so two saving widgets on one page keep
   * their own. Defaults to one made from the element's `id`, if it has one.
   */
  storageKey?: string;

  /** `steps` (default): each page is an entry in the browser's history (same URL), so Back and Forward move between pages. `none`: history untouched. */
  history?: 'steps' | 'none' | (string & {});

  /**
   * The level of the widget's own heading, 1 to 5 (default 2), so it fits the
   * host page's outline: guide sections are one level below it. Anything else
   * warns once and uses 2.
   */
  headingLevel?: number | string;

  /**
   * The canonical URL of the FHIR Questionnaire that `toQuestionnaireResponse()`
   * answers. Set it when your FHIR server holds the Questionnaire under your own URL.
   */
  questionnaireUrl?: string;

  /**
   * The language to show, as a BCP 47 tag (`es`, `es-MX`). Only this attribute can
   * pick a machine-drafted translation (every translation today). Without it: the
   * page's `<html lang>`, then the browser's languages, pick a reviewed translation,
   * else English. A region falls back to its language; an unknown locale shows
   * English, with one console warning. One locale is active per page: the widget
   * that asked last sets it for all.
   */
  locale?: string;

  /** The clinic or organization offering the widget, named on the first page and in the guide's About section. Always shown as text. */
  clinicName?: string;

  /** The clinic's funding statement for the guide's About section (IPDAS), in its own words. */
  funding?: string;
  /** The clinic's conflicts of interest statement for the About section, in its own words ("None" is a statement too). */
  conflicts?: string;
  /** The clinician who reviewed the content for the clinic. Without it, the guide says no clinician has reviewed the content yet. */
  reviewer?: string;
  /** When `reviewer` reviewed it, as YYYY-MM-DD, or as a `Date` (its calendar day). Anything else is left out, with one console warning. */
  reviewDate?: string | Date;
  /** The content version `reviewer` reviewed, as the review pack printed it: when it is not the running content's, the guide says the review was of an earlier version. */
  reviewedVersion?: string;

  /**
   * The step shown: `intro`, a question page (`condition`, `therapies`, …), `review` or `guide`.
   * Read-only: setting it (or `answers`, `guide`) changes nothing and warns once, never throws (React 19 sets props as properties).
   * @readonly
   */
  get step(): StepId {
    return this.flow.snapshot.value as StepId;
  }
  set step(_: unknown) {
    readOnly(this, 'step');
  }

  /** The patient's answers so far, keyed by question id (the FHIR linkIds): a frozen copy. @readonly */
  get answers(): Readonly<Answers> {
    return deepFreeze(copyAnswers(this.current));
  }
  set answers(_: unknown) {
    readOnly(this, 'answers');
  }

  /** The guide's data once it is shown (a frozen copy), else undefined: also on the guide page while its chunk is still loading. @readonly */
  get guide(): Readonly<Guide> | undefined {
    const guide = this.step === 'guide' ? this.guidePage.page?.guide() : undefined;
    return guide && deepFreeze(structuredClone(guide));
  }
  set guide(_: unknown) {
    readOnly(this, 'guide');
  }

  /**
   * Back to the first page with every answer and any saved progress cleared. For the host page (a "new patient"
   * button on a kiosk, say): it fires no event, as events report only what the patient did.
   */
  reset(): void {
    this.events.hostActs();
    this.stepHistory.hostActs();
    this.saving.clear();
    this.flow.send({ type: 'flow.reset' });
    // Always one update, so the flag above is spent on it and never on the patient's next action.
    this.requestUpdate();
  }

  private get current(): Answers {
    return this.flow.snapshot.context.answers;
  }

  /**
   * The patient's answers as a FHIR R4 QuestionnaireResponse, in the active locale: "completed" once the guide is shown,
   * "in-progress" before. Asynchronous: the FHIR builders load the first time (a file beside the module). The answers are
   * those at the call. If the builders cannot load, the promise rejects and the widget is unchanged: call again to retry.
   */
  async toQuestionnaireResponse(): Promise<QuestionnaireResponse> {
    // authored: when the answers were last changed, as FHIR defines it (the moment of the call if none was recorded).
    const { answeredAt } = this.flow.snapshot.context;
    return this.fhir.response(this.current, this.step === 'guide' ? 'completed' : 'in-progress', this.config.questionnaireUrl, answeredAt);
  }

  /** The FHIR R4 Questionnaire the responses answer, in the active locale. Asynchronous, as `toQuestionnaireResponse()` is. */
  async questionnaire(): Promise<Questionnaire> {
    return this.fhir.questionnaire(this.config.questionnaireUrl);
  }

  /**
   * The host's settings, checked (host-config.ts): any value a page sets is read safely, with one warning when it is wrong.
   * Read once, and again after the host sets a property or attribute, not by each part of each update.
   */
  private get config(): HostConfig {
    return (this.settings ??= readHostConfig(this, this));
  }
  private settings?: HostConfig;

  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    // With a name: a property or attribute changed.
    if (args[0] !== undefined) this.settings = undefined;
    super.requestUpdate(...args);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // After the step focus controller has moved focus, so listeners see the page as the patient does.
    this.events.afterUpdate({ step: this.step, answers: this.current, shownGuide: () => this.guidePage.page?.shown() });
  }

  /**
   * An update is complete once the flow's machine has arrived (or failed) and played what waited for it, a new page's
   * history entry is written (after its paint); on the guide, once the guide's chunk has come (or failed) and it is laid out.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (; this.flow.busy; complete = await super.getUpdateComplete()) await this.flow.settled;
    for (; this.step === 'guide' && this.guidePage.busy; complete = await super.getUpdateComplete()) await this.guidePage.settled;
    return this.stepHistory.settled.then(() => complete);
  }

  private renderStepBody() {
    const step = this.step;
    if (step === 'intro') return renderIntro(this.saving.keepsAnswers, this.config.headingLevel, this.config.publisher.publisher);
    if (step === 'review') {
      return renderReview(this.current, QUESTION_STEPS, (change) => this.flow.send({ type: 'review.change', step: change }), this.config.headingLevel);
    }
    if (!isQuestionStep(step)) return nothing;
    return renderPage(step, {
      answers: this.current,
      errors: this.flow.snapshot.context.errors,
      update: (patch) => this.flow.send({ type: 'answers.update', patch }),
    });
  }

  protected override render() {
    const isGuide = this.step === 'guide';
    // lang and dir on the container, inside the shadow root: the host page's own attributes stay its own.
    const { lang, dir } = this.localeControl;
    return html`<div class="container" part="container" data-step=${this.step} lang=${lang} dir=${dir}>
      ${renderBackLink(this.step, () => this.flow.send({ type: 'step.back' }))}
      ${isGuide ? nothing : renderErrorSummary(this.flow.snapshot.context.errors, this.stepFocus.followErrorLink, this.config.headingLevel)}
      ${heading(this.config.headingLevel, 0, { class: 'heading', part: 'heading', tabindex: -1, stepHeading: true }, html`${renderProgress(this.step)} ${stepHeading(this.step)}`)}
      ${this.step === 'intro' || isGuide ? renderDraftNotice() : nothing} ${renderChangedElsewhere(this.saving, this)}
      ${
        isGuide
          ? html`${this.guidePage.render()}${renderNotLoaded(this.flow.failed)}`
          : renderStepForm(this.step, this.renderStepBody(), (event) => this.flow.send(event), this.flow.failed)
      }
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-step-announcement>${this.stepFocus.message}</div>
    </div>`;
  }
}
