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
async function photograph(tab, index, dir, stem, block) {
  const box = await tab.evaluate((i, b) => window.review.box(i, b), index, block);
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
 * The blocks of a view shown in blocks that hold a message not `seen` yet, each with its ids;
 * null when the view is shown whole, or something new is outside its blocks.
 */
async function blocksWithNews(tab, index, ids, seen, idsOf) {
  const count = await tab.evaluate((i) => window.review.blocks(i), index);
  const blocks = [];
  for (let block = 0; block < count; block++) blocks.push({ block, ids: idsOf(await tab.evaluate((i, b) => window.review.strings(i, b), index, block)) });
  const inBlocks = new Set(blocks.flatMap((b) => b.ids));
  if (!count || ids.some((id) => !seen.has(id) && !inBlocks.has(id))) return null;
  return blocks.filter((b) => b.ids.some((id) => !seen.has(id)));
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
    const idsOf = (strings) => [...new Set(strings.flatMap((text) => idsIn(text, order)))];
    const views = [];
    const seen = new Set();
    let direction = 'ltr';
    for (const [index, name] of names.slice(0, limit).entries()) {
      await tab.evaluate((i, mark) => window.review.show(i, mark, true), index, MARK);
      const strings = await tab.evaluate((i) => window.review.strings(i), index);
      const ids = idsOf(strings);
      const fresh = (list) => list.some((id) => !seen.has(id));
      // A view in blocks shows (and lists) only its blocks with something new, unless something new is outside them.
      const blocks = fresh(ids) ? await blocksWithNews(tab, index, ids, seen, idsOf) : null;
      // Pictured only when it shows a message no earlier view showed: the walk's many variants of a page stay off paper.
      const files = [];
      const stem = String(index + 1).padStart(2, '0');
      if (fresh(ids)) {
        direction = (await tab.evaluate((i, l) => window.review.show(i, l), index, locale)).dir;
        if (!blocks) files.push(...(await photograph(tab, index, join(outDir, 'screens'), stem)));
        for (const { block } of blocks ?? []) files.push(...(await photograph(tab, index, join(outDir, 'screens'), `${stem}-s${block + 1}`, block)));
      }
      ids.forEach((id) => seen.add(id));
      views.push({ name, files: files.map((file) => `screens/${file}`), ids: blocks ? [...new Set(blocks.flatMap((b) => b.ids))] : ids });
    }
    if (errors.length) throw new Error(`errors on the review page: ${errors.join('; ')}`);
    return { direction, views, total: names.length };
  } finally {
    await browser.close();
    await server.close();
  }
}
