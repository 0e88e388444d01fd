/**
 * Renders the review's views in headless Chromium (Debian's, through
 * puppeteer-core, with the flags the tests use): a Vite dev server serves the
 * widget's source with the review's own localization (review-build.mjs) in
 * place of the generated one, and the harness page
 * (test/support/review-harness.ts) shows each view twice: in the marking
 * locale, to read which messages it shows, then in the locale under review,
 * photographed as a PNG.
 */
/* global window -- used in code that runs in the page */
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { CHROME_PATH, CHROMIUM_ARGS } from '../chromium.mjs';
import { idsIn, MARK } from './review-build.mjs';
import { ROOT } from './localizer.mjs';

/** Resolves the widget's imports of its generated locale modules to the review's. */
const reviewLocales = (dir) => ({
  name: 'ldn-review-locales',
  enforce: 'pre',
  resolveId(source, importer) {
    const generated = source.match(/^\.\/generated\/(locale-codes|locale-loaders)\.js$/);
    if (generated && importer?.endsWith('/src/i18n/localization.ts')) return join(dir, `${generated[1]}.ts`);
    return null;
  },
});

/** A printed page's height, at the picture's width: a long screen is photographed in parts of this height. */
const PART_HEIGHT = 880;

/** Photographs the widget (or the view's parts) in parts of at most PART_HEIGHT CSS px; returns the files' names. */
async function photograph(tab, index, dir, stem) {
  const box = await tab.evaluate((i) => window.review.box(i), index);
  const files = [];
  const parts = Math.max(1, Math.ceil(box.height / PART_HEIGHT));
  for (let part = 0; part < parts; part++) {
    const file = parts === 1 ? `${stem}.png` : `${stem}-${part + 1}.png`;
    const y = box.y + part * PART_HEIGHT;
    const clip = { x: box.x, y, width: box.width, height: Math.min(PART_HEIGHT, box.y + box.height - y) };
    await tab.screenshot({ path: join(dir, file), clip, captureBeyondViewport: true });
    files.push(file);
  }
  return files;
}

/**
 * Shows every view (or the first `limit`) in `locale`; photographs each that
 * shows a message no earlier one did, as `screens/NN.png` (or `NN-1.png`,
 * `NN-2.png`… for a long one) under `outDir`. Returns the direction the
 * widget showed, how many views there are (`total`, `limit` or not) and, per view, its name, picture files (none for a view that
 * adds no message) and the message ids it shows.
 */
export async function renderViews({ locale, english, dir, page: pagePath, outDir, limit = Infinity, width = 600 }) {
  const order = [...english.keys()];
  const server = await createServer({
    configFile: false,
    root: ROOT,
    cacheDir: join(dir, 'vite-cache'),
    logLevel: 'error',
    plugins: [reviewLocales(dir)],
    server: { host: '127.0.0.1', port: 0, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  await server.listen();
  const browser = await puppeteer.launch({ executablePath: CHROME_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.setViewport({ width, height: 900, deviceScaleFactor: 1 });
    await tab.goto(`${server.resolvedUrls.local[0].replace(/\/$/, '')}${pagePath}`, { waitUntil: 'load' });
    await tab
      .waitForFunction(() => window.review, { timeout: 60_000 })
      .catch(() => {
        throw new Error(`the review page did not start: ${errors.join('; ') || 'no error reported'}`);
      });
    const names = await tab.evaluate(() => window.review.views());
    const views = [];
    const seen = new Set();
    let direction = 'ltr';
    for (const [index, name] of names.slice(0, limit).entries()) {
      await tab.evaluate((i, mark) => window.review.show(i, mark, true), index, MARK);
      const strings = await tab.evaluate((i) => window.review.strings(i), index);
      const ids = [...new Set(strings.flatMap((text) => idsIn(text, order)))];
      // Pictured only when it shows a message no earlier view showed: the walk's many variants of a page stay off paper.
      const files = [];
      if (ids.some((id) => !seen.has(id))) {
        direction = (await tab.evaluate((i, l) => window.review.show(i, l), index, locale)).dir;
        files.push(...(await photograph(tab, index, join(outDir, 'screens'), String(index + 1).padStart(2, '0'))));
      }
      ids.forEach((id) => seen.add(id));
      views.push({ name, files: files.map((file) => `screens/${file}`), ids });
    }
    if (errors.length) throw new Error(`errors on the review page: ${errors.join('; ')}`);
    return { direction, views, total: names.length };
  } finally {
    await browser.close();
    await server.close();
  }
}
