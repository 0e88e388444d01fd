/**
 * @chunk main: the loader of the guide's chunk, in the first download.
 *
 * The guide's chunk (guide-page.ts) for one element: fetched once the first
 * page is on screen and the browser is idle, so nothing competes with the first
 * question and the guide never waits on the network; at once when the widget
 * opens on "Check your answers" or the guide. Its style sheets are adopted
 * before the first render that could show the guide, and its page controller
 * made once it has arrived. Until then, the guide step shows that the guide is
 * on its way, or could not come, with a way to try again.
 */
import { adoptStyles, type LitElement, type ReactiveController, supportsAdoptingStyleSheets } from 'lit';
import { currentLocale } from '../../i18n/localization.js';
import type { GuidePageController, GuidePageWiring } from '../controllers/guide-page-controller.js';
import { renderGuidePending } from '../steps/guide-pending.js';
import { LazyModule } from './lazy-module.js';
import { whenIdle } from './when-idle.js';
import { stylesWithGuide } from '../styles/index.js';

export type GuidePage = typeof import('./guide-page.js');

export class GuideChunk extends LazyModule<GuidePage> implements ReactiveController {
  private stylesAdopted = false;
  /** Cancels the fetch scheduled for when the browser is idle, while one is. */
  private cancelScheduled?: () => void;
  private pageControl?: GuidePageController;

  constructor(
    private readonly element: LitElement,
    private readonly wiring: GuidePageWiring,
  ) {
    super(element, 'the discussion guide', () => import('./guide-page.js'));
    element.addController(this);
  }

  /** The guide page's state and buttons, and the guide itself, once the chunk has arrived; built with the chunk's own guide builder. */
  get page(): GuidePageController | undefined {
    if (this.module && !this.pageControl) this.pageControl = new this.module.GuidePageController(this.element, this.wiring, this.module.buildGuide);
    return this.pageControl;
  }

  /** The chunk on its way, or the guide just shown and not yet laid out in full: an update on the guide is not complete yet. */
  get busy(): boolean {
    return this.status === 'loading' || this.pageControl?.layingOut !== undefined;
  }

  /** Settles once the chunk has arrived (or failed) and the guide shown is laid out in full. */
  override get settled(): Promise<void> {
    return super.settled.then(() => this.pageControl?.layingOut);
  }

  /** The guide page, or while the chunk is on its way (or could not come), a status with a way to try again. */
  render() {
    const page = this.page;
    if (page) return page.render();
    return renderGuidePending(
      this.status === 'failed',
      () => this.load(),
      () => this.wiring.send({ type: 'guide.changeAnswers' }),
    );
  }

  hostConnected(): void {
    if (this.status !== 'idle' || this.cancelScheduled) return;
    const fetchWhenIdle = () => {
      this.cancelScheduled = undefined;
      if (this.status === 'idle') this.load();
    };
    let cancelled = false;
    this.cancelScheduled = () => (cancelled = true);
    // After the first render is on screen: updateComplete settles once it is in the DOM, the idle callback after it is painted.
    void this.element.updateComplete.then(() => {
      if (!cancelled) this.cancelScheduled = whenIdle(fetchWhenIdle);
    });
  }

  /** A widget taken off the page fetches nothing, and its pending fetch does not keep it in memory; put back, it schedules again. */
  hostDisconnected(): void {
    this.cancelScheduled?.();
    this.cancelScheduled = undefined;
  }

  hostUpdate(): void {
    // Opened on the page before the guide, or on the guide itself: needed now, not when idle. Tried once here; after a failure, the patient retries.
    const step = this.wiring.step();
    if (this.status === 'idle' && (step === 'review' || step === 'guide')) this.load();
    if (step === 'review') this.page?.prepareWhenIdle();
    if (!this.module || this.stylesAdopted) return;
    // The chunk has just arrived: its styles now, its formatters when idle, so the guide's first render waits for neither.
    const module = this.module;
    whenIdle(() => module.warmUp(currentLocale()));
    const shadow = this.element.renderRoot as ShadowRoot;
    const styles = stylesWithGuide(this.module.guideSheets);
    this.stylesAdopted = true;
    // Where constructed sheets are missing, Lit's own fallback writes <style> elements.
    if (!supportsAdoptingStyleSheets) return adoptStyles(shadow, styles);
    // In the cascade order of styles/index.ts, keeping any sheet something else adopted since, after ours.
    const ours = styles.map((result) => result.styleSheet!);
    shadow.adoptedStyleSheets = [...ours, ...shadow.adoptedStyleSheets.filter((sheet) => !ours.includes(sheet))];
  }
}
