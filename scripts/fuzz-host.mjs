/**
 * A model-based test of the host API, against the built file: fast-check
 * generates sequences of what a host page does to its widgets (attributes
 * and properties with valid, invalid, wrong-type, huge, markup and bidi
 * values; reset(); removing, re-adding and moving them; storage that throws
 * or forgets; locale files that load slowly or fail) interleaved with what a
 * patient does, and checks the invariants of scripts/fuzz/checks.mjs after
 * every step, in Debian's Chromium under the strict CSP. Each sequence runs in
 * a fresh browser context (its own storage and module cache).
 *
 *   node scripts/fuzz-host.mjs                  # CI's budget: 100 sequences of up to 20 commands, seed 21
 *   npm run fuzz                                # builds, then 1,000 sequences of up to 30, a random seed
 *   node scripts/fuzz-host.mjs --runs 500 --seed 7 --max-commands 40
 *
 * A failure prints the seed, the shrunk sequence of commands and what broke;
 * `--seed` and `--path` from it replay it.
 */
/* global window -- used in code that runs in the page */
import fc from 'fast-check';
import puppeteer from 'puppeteer-core';
import { parseArgs } from 'node:util';
import { CHROME_PATH, CHROMIUM_ARGS } from './chromium.mjs';
import { hostPage, serveDist } from './serve-dist.mjs';
import { installFuzzPage } from './fuzz/in-page.mjs';
import { COMMANDS, emptyModel } from './fuzz/commands.mjs';
import { coverage } from './fuzz/checks.mjs';
import { actionLabels, FOREIGN_KEY } from './fuzz/model.mjs';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '100' },
    seed: { type: 'string', default: '21' },
    'max-commands': { type: 'string', default: '20' },
    path: { type: 'string' },
  },
});
const RUNS = Number(options.runs);
const SEED = options.seed === 'random' ? Date.now() % 2 ** 31 : Number(options.seed);
const LOCALE_FILE = /\/ldn-decision-aid-(ar-XB|en-XA|ar|de|es|fr)-[\w-]{8}\.js$/;
/** Locale files take this long unless a command says otherwise, so the locales asked for overlap their loads. */
const SLOW_MS = 300;
const SAVED = JSON.stringify({ version: 3, step: 'opioids', returnToReview: false, answers: { diagnosis: 'diagnosed', therapies: ['none-of-these'] } });

const { origin, close } = await serveDist({ pages: { '/index.html': hostPage('<main id="host"></main>', { title: 'host API fuzz' }) } });
const browser = await puppeteer.launch({ executablePath: CHROME_PATH, headless: true, args: CHROMIUM_ARGS });
const labels = actionLabels();

/** A fresh page for one sequence: the built module under the strict CSP, locale files through the network plan, one foreign save. */
async function freshPage() {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const real = { page, context, plans: {}, loaded: new Set(), failed: new Set(), failedAtAsk: {}, askCount: 0, pending: 0, consoleErrors: [], labels, stats };
  page.on('console', (message) => {
    // The browser's own report of a locale file the fuzz made fail is no error of the widget's.
    const planted = /^Failed to load resource/.test(message.text()) && real.failed.has(message.location()?.url);
    if (message.type() === 'error' && !planted) real.consoleErrors.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => real.consoleErrors.push(`page error: ${error.message}`));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const locale = LOCALE_FILE.exec(new URL(request.url()).pathname)?.[1];
    const plan = locale ? (real.plans[locale] ?? 'slow') : 'ok';
    if (plan === 'fail' || plan === 'fail-once') {
      if (plan === 'fail-once') real.plans[locale] = 'ok';
      real.failed.add(request.url());
      real.failedAtAsk[locale] = real.askCount;
      return void request.abort('failed');
    }
    if (locale) real.loaded.add(locale);
    if (plan !== 'slow') return void request.continue();
    real.pending += 1;
    setTimeout(() => {
      real.pending -= 1;
      request.continue().catch(() => undefined);
    }, SLOW_MS);
  });
  await page.evaluateOnNewDocument(installFuzzPage);
  await page.goto(`${origin}/index.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__fuzz.customElementReady());
  await page.evaluate((key, saved) => localStorage.setItem(key, saved), FOREIGN_KEY, SAVED);
  // What storage held after the last check: the state the next command starts from.
  real.storage = await page.evaluate(() => window.__fuzz.storageContents());
  real.snapshot = () => ({ storage: real.storage });
  /** Waits for the slow locale files on their way, then for the widgets to render what arrived. */
  real.settleNetwork = async () => {
    for (let i = 0; i < 100 && real.pending > 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    if (!(await page.evaluate(() => window.__fuzz.localeSettled()))) real.consoleErrors.push('a locale was still loading 5 s after its file arrived');
    for (let i = 0; i < 2; i++) {
      await new Promise((resolve) => setTimeout(resolve, 30));
      await page.evaluate(() => window.__fuzz.settle());
    }
  };
  return real;
}

let sequences = 0;
const stats = { commands: 0, patient: 0 };
const started = Date.now();
try {
  await fc.assert(
    fc.asyncProperty(fc.commands(COMMANDS, { maxCommands: Number(options['max-commands']), size: 'max' }), async (commands) => {
      const real = await freshPage();
      try {
        // Every sequence starts with one widget on the page that saves (the default key); commands add up to two more.
        await real.page.evaluate(() => window.__fuzz.add('a', { save: 'local' }));
        await fc.asyncModelRun(() => ({ model: emptyModel(['a']), real }), commands);
      } finally {
        sequences += 1;
        if (process.stdout.isTTY) process.stdout.write(`\rsequence ${sequences}`);
        await real.context.close();
      }
    }),
    { numRuns: RUNS, seed: SEED, ...(options.path && { path: options.path }), endOnFailure: false, verbose: 1 },
  );
} catch (error) {
  const path = /path: "([^"]+)"/.exec(error.message)?.[1];
  const cause = error.cause instanceof Error ? `\nWhat broke, in the shrunk sequence: ${error.cause.message}` : '';
  console.error(`\nHost-API fuzz failed (replay with --seed ${SEED}${path ? ` --path ${path}` : ''}):\n${error.message}${cause}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await close();
}
if (!process.exitCode)
  console.log(
    `\nHost-API fuzz passed: ${RUNS} sequences of up to ${options['max-commands']} host operations and patient actions (seed ${SEED}) in ${Math.round((Date.now() - started) / 1000)} s, every invariant held after every step (${stats.commands} commands run, ${stats.patient} of them a patient's). Checked along the way: ${coverage.guides} guides on screen (${coverage.guidesWithOpioids} with opioid use possible), ${coverage.settledLocales} settled languages (${coverage.settledTranslations} translations, ${coverage.failedLoads} after a failed load).`,
  );
