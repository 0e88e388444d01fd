/**
 * The guide's chunk (guide-page.ts) for one element: fetched as soon as the
 * element is connected, so the guide never waits on the network, and its style
 * sheets adopted before the first render that could show the guide.
 */
import { adoptStyles, type LitElement, type ReactiveController, supportsAdoptingStyleSheets } from 'lit';
import { LazyModule } from './lazy-module.js';
import { stylesWithGuide } from '../styles/index.js';

export type GuidePage = typeof import('./guide-page.js');

export class GuideChunk extends LazyModule<GuidePage> implements ReactiveController {
  private stylesAdopted = false;

  constructor(private readonly element: LitElement) {
    super(element, 'the discussion guide', () => import('./guide-page.js'));
    element.addController(this);
  }

  hostConnected(): void {
    this.load();
  }

  hostUpdate(): void {
    if (!this.module || this.stylesAdopted) return;
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
