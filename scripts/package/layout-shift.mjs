/**
 * The layout shift of `<ldn-decision-aid>`'s arrival: the page's cumulative
 * layout shift score (the sum of its `layout-shift` entries, as Core Web Vitals
 * count it) from navigation until the widget shows its first page. Serve the
 * page's scripts late (serve-dist.mjs `scriptDelay`), so the page is painted
 * with the fallback content first, as on a real network.
 */
/* global document, window, requestAnimationFrame -- used in code that runs in the page */
import { readFile } from 'node:fs/promises';

/** The CSS of EMBEDDING.md's "Before it loads" section: the `:not(:defined)` rule a clinic's page gives the element. */
export async function sizingRule() {
  const embedding = await readFile(new URL('../../EMBEDDING.md', import.meta.url), 'utf8');
  const css = /```css\n([\s\S]*?)```/.exec(embedding.slice(embedding.indexOf('## Before it loads')))?.[1];
  if (!css?.includes('ldn-decision-aid:not(:defined)')) throw new Error('EMBEDDING.md has no :not(:defined) rule under "Before it loads"');
  return css;
}

export async function measureArrivalShift(browser, url, width, height = 800) {
  const tab = await browser.newPage();
  try {
    await tab.setViewport({ width, height });
    await tab.evaluateOnNewDocument(() => {
      window.ldnLayoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.ldnLayoutShift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await tab.goto(url, { waitUntil: 'load' });
    await tab.waitForFunction(() => document.querySelector('ldn-decision-aid')?.shadowRoot?.querySelector('[data-step-heading]'));
    // Two frames after the first page is in the DOM, so its layout has happened and been reported.
    await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    return await tab.evaluate(() => window.ldnLayoutShift);
  } finally {
    await tab.close();
  }
}
