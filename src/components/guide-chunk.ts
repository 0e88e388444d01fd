/**
 * The guide's chunk (guide-page.ts) for one element: fetched as soon as the
 * element is connected, so the guide never waits on the network, and its style
 * sheets adopted before the first render that could show the guide.
 */
import type { LitElement, ReactiveController } from 'lit';
import { LazyModule } from './lazy-module.js';
import { stylesWithGuide } from './styles/index.js';

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
    // In the cascade order of styles/index.ts, keeping any sheet something else adopted since, after ours.
    const shadow = this.element.renderRoot as ShadowRoot;
    const ours = stylesWithGuide(this.module.guideSheets).map((result) => result.styleSheet!);
    shadow.adoptedStyleSheets = [...ours, ...shadow.adoptedStyleSheets.filter((sheet) => !ours.includes(sheet))];
    this.stylesAdopted = true;
  }
}
