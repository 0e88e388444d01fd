/**
 * @chunk guide-page: made by the element once the guide's chunk has arrived.
 *
 * The guide page's own state and buttons: "Save or print" (copy, download,
 * print, the code for the clinician) and "Start over" with its confirmation, with a status line for
 * what happened. It also keeps the guide: built once per set of answers (the
 * machine replaces the answers object on every change, so the object is the
 * key) and worded once per locale and clinic statements, then shared by the
 * view, the `ldn-complete` event, the element's `guide` property, the text
 * export and the QR code's text.
 */
import { sandboxRefusals } from '../browser/sandbox.js';
import { type LitElement, type ReactiveController, render } from 'lit';
import { compactSummaryText } from '../../content/compact-summary.js';
import { localIsoDate } from '../../content/date-format.js';
import type { GuideDocument } from '../../content/guide/blocks.js';
import { guideDocument } from '../../content/guide/document.js';
import type { PublisherInfo } from '../../content/publisher.js';
import type { SourceId } from '../../content/sources.js';
import { guideToText } from '../../export/text.js';
import type { FlowEvent } from '../../flow/machine.js';
import type { StepId } from '../../flow/steps.js';
import type { Guide } from '../../guide/types.js';
import { currentLocale } from '../../i18n/localization.js';
import type { Answers } from '../../questionnaire/answers.js';
import { focusIn } from '../browser/focus.js';
import { printGuideOnly } from '../browser/print.js';
import { copyText, downloadText } from '../browser/share.js';
import { QrEncoderLoader } from '../chunks/qr-encoder-loader.js';
import { whenIdle } from '../chunks/when-idle.js';
import { GUIDE_STATUS_TEXT, renderGuideStep } from '../steps/guide.js';
import type { HeadingLevel } from '../views/headings.js';

/** What the guide page reads from the element, each time it needs it. */
export interface GuidePageWiring {
  step(): StepId;
  /** The machine's answers: a new object after every change. */
  answers(): Answers;
  /** The clinic's statements for the guide's About section. */
  publisher(): PublisherInfo;
  /** When an answer last changed (ISO 8601), if known: the clinician summary says on which day. */
  answeredAt(): string | undefined;
  top(): HeadingLevel;
  send(event: FlowEvent): void;
}

/** What `ldn-complete` reports: the guide shown and the sources it cites. */
export interface ShownGuide {
  guide: Guide;
  sources: readonly SourceId[];
}

/** The guide just shown, while the sections off screen wait to be laid out (styles/guide.ts). */
interface Opening {
  done: boolean;
  cancel?: () => void;
  laidOut: Promise<void>;
  finish: () => void;
}

function opening(): Opening {
  let finish = () => {};
  const laidOut = new Promise<void>((resolve) => (finish = resolve));
  return { done: false, laidOut, finish };
}

export class GuidePageController implements ReactiveController {
  private confirmingStartOver = false;
  private statusMessage = '';
  /** "Save or print" is open. */
  private showingSaveMenu = false;
  /** The QR code for the clinician is shown. */
  private showingCode = false;
  /** Loads the QR encoder (a chunk of its own) when the code is first shown. */
  private readonly qrEncoder: QrEncoderLoader;
  private built?: { answers: Answers; guide: Guide };
  private worded?: { guide: Guide; key: string; doc: GuideDocument };
  private coded?: { guide: Guide; locale: string; day: string; text: string };
  /** The guide on screen: whether all of it has been laid out, and what cancels laying it out when the browser is idle. */
  private opening?: Opening;
  /** The answers the guide was last prepared for, and what cancels that preparation while it waits for the browser to be idle. */
  private prepared?: { answers: Answers; cancel?: () => void };

  /** `build` is the chunk's `buildGuide`, handed over by the element, so a test can count its calls through the chunk's loader. */
  constructor(
    private readonly host: LitElement,
    private readonly wiring: GuidePageWiring,
    private readonly build: (answers: Answers) => Guide,
  ) {
    this.qrEncoder = new QrEncoderLoader(host);
    host.addController(this);
    // Before a key moves focus into the guide, all of it is laid out, so focus lands in view.
    host.addEventListener('keydown', () => this.layOutInFull());
  }

  /** The guide for the current answers, built once per set of answers. */
  guide(): Guide {
    const answers = this.wiring.answers();
    if (this.built?.answers !== answers) this.built = { answers, guide: this.build(answers) };
    return this.built.guide;
  }

  /** The guide in words, in the active locale: worded again only when the guide, the locale or the clinic's statements change. */
  document(): GuideDocument {
    const guide = this.guide();
    const locale = currentLocale();
    const publisher = this.wiring.publisher();
    const answeredOn = this.answeredOn();
    const key = JSON.stringify([locale, publisher, answeredOn]);
    if (this.worded?.guide !== guide || this.worded.key !== key) this.worded = { guide, key, doc: guideDocument(guide, locale, publisher, answeredOn) };
    return this.worded.doc;
  }

  /** What `ldn-complete` reports about the guide on screen. */
  shown(): ShownGuide {
    return { guide: this.guide(), sources: this.document().sources };
  }

  /**
   * On "Check your answers" (the element calls this there), the guide for these answers is built, worded and rendered
   * once off screen when the browser is idle, so Continue shows it without that work: about half the guide's first render
   * on a slow phone. The guide and its words stay here; Lit prepares each of the guide's templates once per page.
   */
  prepareWhenIdle(): void {
    const answers = this.wiring.answers();
    if (this.prepared?.answers === answers) return;
    this.prepared?.cancel?.();
    const prepared: { answers: Answers; cancel?: () => void } = { answers };
    this.prepared = prepared;
    prepared.cancel = whenIdle(() => {
      prepared.cancel = undefined;
      if (this.wiring.step() === 'review' && this.wiring.answers() === answers) render(this.render(), document.createElement('div'));
    });
  }

  /** A widget taken off the page prepares and lays out nothing later, and nothing pending keeps it in memory; it renders nothing for it either. */
  hostDisconnected(): void {
    this.prepared?.cancel?.();
    this.prepared = undefined;
    this.layOutInFull(false);
  }

  /** The guide just shown: the rest of it is laid out when the browser is idle (styles/guide.ts). */
  hostUpdated(): void {
    const opening = this.opening;
    if (opening && !opening.done && !opening.cancel) opening.cancel = whenIdle(() => this.layOutInFull());
  }

  /** Settles once the guide shown is laid out in full; undefined when it is (the element's updateComplete waits for it). */
  get layingOut(): Promise<void> | undefined {
    return this.opening && !this.opening.done ? this.opening.laidOut : undefined;
  }

  private layOutInFull(render = true): void {
    const opening = this.opening;
    if (!opening || opening.done) return;
    opening.cancel?.();
    opening.done = true;
    // At once, for a key press about to move focus; the next render agrees.
    this.host.renderRoot.querySelector('.guide--opening')?.classList.remove('guide--opening');
    if (render) this.host.requestUpdate();
    opening.finish();
  }

  /** Leaving the guide closes the code and the confirmation and clears the status line, so coming back starts afresh. */
  hostUpdate(): void {
    if (this.wiring.step() === 'guide') return;
    this.opening?.cancel?.();
    this.opening?.finish();
    this.opening = undefined;
    this.confirmingStartOver = false;
    this.showingSaveMenu = false;
    this.showingCode = false;
    this.statusMessage = '';
  }

  render() {
    const { send } = this.wiring;
    // Not when prepared off screen on "Check your answers".
    if (this.wiring.step() === 'guide') this.opening ??= opening();
    const refused = sandboxRefusals();
    return renderGuideStep({
      top: this.wiring.top(),
      opening: this.opening?.done === false,
      doc: this.document(),
      statusMessage: this.statusMessage,
      confirmingStartOver: this.confirmingStartOver,
      saveMenuOpen: this.showingSaveMenu,
      onToggleSaveMenu: () => this.toggleSaveMenu(),
      clinicianCode: {
        open: this.showingCode,
        text: this.showingCode ? this.codeText() : '',
        encoder: this.qrEncoder,
        onToggle: () => this.toggleCode(),
      },
      onAnswer: (patch) => send({ type: 'guide.answer', patch }),
      onPrint: refused.print ? undefined : () => printGuideOnly(this.host),
      onCopy: () => void this.copy(),
      onDownload: refused.download ? undefined : () => void this.download(),
      onChangeAnswers: () => send({ type: 'guide.changeAnswers' }),
      onStartOver: () => void this.setConfirmingStartOver(true),
      onConfirmStartOver: () => send({ type: 'guide.startOver' }),
      onCancelStartOver: () => void this.setConfirmingStartOver(false),
    });
  }

  /** The patient's own day (YYYY-MM-DD) on which an answer last changed; none in progress saved before it was kept. */
  private answeredOn(): string | undefined {
    const at = this.wiring.answeredAt();
    return at && localIsoDate(new Date(at));
  }

  /** The compact summary the QR code holds, made once per guide, locale and day answered. */
  private codeText(): string {
    const guide = this.guide();
    const locale = currentLocale();
    // The title's day: when the patient answered, else (unknown) the day the code is made, as before it was kept.
    const day = this.answeredOn() ?? localIsoDate(new Date());
    if (this.coded?.guide !== guide || this.coded.locale !== locale || this.coded.day !== day)
      this.coded = { guide, locale, day, text: compactSummaryText(guide.clinicianSummary, locale, day) };
    return this.coded.text;
  }

  private toggleSaveMenu(): void {
    this.showingSaveMenu = !this.showingSaveMenu;
    this.host.requestUpdate();
  }

  private toggleCode(): void {
    this.showingCode = !this.showingCode;
    if (this.showingCode) this.qrEncoder.load();
    this.host.requestUpdate();
  }

  private async copy(): Promise<void> {
    const copied = await copyText(guideToText(this.document()));
    await this.announce(copied ? GUIDE_STATUS_TEXT.copied() : GUIDE_STATUS_TEXT.copyFailed());
  }

  private async download(): Promise<void> {
    downloadText(this.host.renderRoot, 'ldn-discussion-guide.txt', guideToText(this.document()));
    await this.announce(GUIDE_STATUS_TEXT.downloaded());
  }

  private async setConfirmingStartOver(confirming: boolean): Promise<void> {
    this.confirmingStartOver = confirming;
    this.host.requestUpdate();
    await this.host.updateComplete;
    focusIn(this.host.renderRoot, confirming ? '#confirm-start-over-title' : '[data-action="start-over"]');
  }

  /** Clears, then sets, the status line, so the same message twice is announced twice. */
  private async announce(message: string): Promise<void> {
    this.statusMessage = '';
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.statusMessage = message;
    this.host.requestUpdate();
  }
}
