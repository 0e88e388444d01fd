/**
 * `npm run bench`: how fast the built widget is for a patient, in Debian's
 * headless Chromium, against the same clinic page without it. A local server
 * sends dist/ gzip-compressed. Each load is a fresh page in a new browser
 * context (an empty cache: a first visit). On the phone profile (bench-page.mjs:
 * CPU ×4, 150 ms round trip, 1.6 Mbit/s), the blank page and the widget's page
 * load in turn, so a slow spell of the machine hits both alike; the widget
 * opens on its first question through saved progress, and is clicked through
 * to the guide. The widget is also timed unthrottled. Prints medians, the
 * ratio of the widget to the blank page and the machine's load, writes them to
 * bench/results.json, and prints the change from the results already there.
 * A script to run by hand, never a test.
 *
 *   npm run bench -- --runs 11             # more runs (default 7)
 *   node scripts/bench.mjs                 # without rebuilding first
 */
/* global window, requestAnimationFrame -- used in code that runs in the page */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import prettier from 'prettier';
import puppeteer from 'puppeteer-core';
import { runnerImport } from 'vite';
import { CHROME_PATH, CHROMIUM_ARGS } from './chromium.mjs';
import { applyProfile, benchPages, instrument, PHONE, UNTHROTTLED } from './bench-page.mjs';
import { median, printTable, round, summarize } from './bench-report.mjs';
import { serveDist } from './serve-dist.mjs';
import { MEMORY_PAGE, memoryScenario, reportMemory } from './bench-memory.mjs';

const root = new URL('../', import.meta.url);
const { values: options } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, out: { type: 'string', default: 'bench/results.json' } },
});
const RUNS = Number(options.runs);
/** Longer than the widget's stray-tap moment after a page opens (STRAY_TAP_MS, 700 ms). */
const READ_PAGE_MS = 800;
if (!(Number.isInteger(RUNS) && RUNS > 0)) throw new Error(`--runs must be a whole number above 0, not "${options.runs}"`);
const OUT = fileURLToPath(new URL(options.out, root));

// The answers and the saved progress come from the model, so a question added later does not stall the walk.
const { module: patient } = await runnerImport(fileURLToPath(new URL('test/support/bench-patient.ts', root)), { configFile: false, logLevel: 'silent' });
const CLICKS = patient.BENCH_CLICKS;
const SAVED = patient.BENCH_SAVED_PROGRESS;
const FIRST_STEP = JSON.parse(SAVED.text).step;

const SCENARIOS = {
  'blank page, phone': { page: '/blank.html', profile: PHONE },
  'widget, phone': { page: '/widget.html', profile: PHONE, walk: true },
  'widget, unthrottled': { page: '/widget.html', profile: UNTHROTTLED, walk: true },
};

/** What loaded before the first question on the phone (the same every run; the last run's is kept). */
let scripts = [];

/** One fresh page load; with `walk`, clicked through to the guide. */
async function run(browser, origin, { page: path, profile, walk }) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  const cdp = await tab.createCDPSession();
  await tab.setViewport({ width: 390, height: 800 });
  await applyProfile(tab, cdp, profile);
  await tab.evaluateOnNewDocument(instrument, { saved: SAVED, ...(walk && { firstStep: FIRST_STEP }) });
  await tab.goto(`${origin}${path}`, { waitUntil: 'load' });
  const result = { shownMs: await tab.evaluate(() => window.__bench.shown) };
  if (!walk) return context.close().then(() => result);
  // Two frames later, so the first page's layout has been reported.
  result.layoutShift = await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(window.__bench.layoutShift)))));
  const beforeFirst = (await tab.evaluate(() => window.__bench.scripts())).filter((s) => s.start < result.shownMs);

  const transitions = [];
  for (let i = 0; i < 20 && result.guideMs === undefined; i++) {
    const from = await tab.evaluate(() => window.__bench.step());
    if (CLICKS[from]) await tab.evaluate((clicks) => window.__bench.answer(clicks), CLICKS[from]);
    await tab.evaluate((from) => window.__bench.arm(from), from);
    // A patient reads the page first: a tap sooner after it opened is taken for a double tap and ignored (stray-tap-guard.ts, 700 ms).
    await new Promise((resolve) => setTimeout(resolve, READ_PAGE_MS));
    // A real mouse click, as a patient's: input events, focus, then the button's click.
    await (await tab.$('ldn-decision-aid >>> [data-action="continue"]')).click();
    const { to, ms, clickedAt } = await tab.evaluate(() => window.__bench.pending);
    if (to !== 'guide') {
      transitions.push({ from, to, ms });
      continue;
    }
    result.guideMs = ms;
    // How long before the patient asked for the guide its chunk had arrived: negative when the guide waited for it.
    const guideChunk = (await tab.evaluate(() => window.__bench.scripts())).find((s) => /-guide-page-/.test(s.file));
    result.guideLeadMs = guideChunk ? clickedAt - guideChunk.end : Number.NaN;
  }
  if (result.guideMs === undefined) throw new Error(`the walk did not reach the guide: ${transitions.map((t) => t.to).join(' → ')}`);
  const all = await tab.evaluate(() => window.__bench.scripts());
  // The flow's machine comes after the first question: how long a patient's first tap could wait for it.
  const flowChunk = all.find((s) => /-flow-/.test(s.file));
  result.flowAfterShownMs = flowChunk ? flowChunk.end - result.shownMs : Number.NaN;
  if (profile === PHONE) scripts = { beforeFirst, all };

  const longTasks = await tab.evaluate(() => window.__bench.longTasks);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  return {
    ...result,
    transitionMs: transitions.map((t) => t.ms),
    byStep: Object.fromEntries(transitions.map((t) => [`${t.from} → ${t.to}`, t.ms])),
    heapMB: usedSize / 2 ** 20,
    longTaskCount: longTasks.length,
    longTaskMs: longTasks.reduce((a, b) => a + b, 0),
  };
}

// Other work on the machine skews every figure: say so, and keep its load average with the results.
const load = [os.loadavg()[0]];
if (load[0] > os.availableParallelism() / 2) console.warn(`The machine is busy (load average ${load[0].toFixed(1)}): expect noisy figures; compare ratios.`);
const { origin, close } = await serveDist({ pages: { ...(await benchPages()), '/memory.html': MEMORY_PAGE }, gzip: true });
const browser = await puppeteer.launch({ executablePath: CHROME_PATH, headless: true, args: CHROMIUM_ARGS });
const chromium = (await browser.version()).replace(/^\D+\//, '');
const samples = Object.fromEntries(Object.keys(SCENARIOS).map((s) => [s, {}]));
const byStep = {};
const ratios = [];
/** What 200 remove-and-re-add cycles leave behind (bench-memory.mjs). */
let memory;
try {
  // One load per scenario first, not counted: the browser's first pages pay for starting its processes.
  for (const scenario of Object.values(SCENARIOS)) await run(browser, origin, scenario);
  for (let i = 1; i <= RUNS; i++) {
    // Every other run the other way round, so neither page always follows the other.
    const order = i % 2 ? Object.keys(SCENARIOS) : Object.keys(SCENARIOS).reverse();
    const shown = {};
    for (const name of order) {
      const { byStep: steps, ...result } = await run(browser, origin, SCENARIOS[name]);
      for (const [metric, value] of Object.entries(result)) (samples[name][metric] ??= []).push(...[value].flat());
      // Each transition on the phone by itself too, to see which step a change slowed.
      if (name === 'widget, phone') for (const [step, ms] of Object.entries(steps)) (byStep[step] ??= []).push(ms);
      shown[name] = result.shownMs;
    }
    ratios.push(shown['widget, phone'] / shown['blank page, phone']);
    load.push(os.loadavg()[0]);
    process.stdout.write(`\rrun ${i}/${RUNS}`);
  }
  process.stdout.write('\n');
  memory = await memoryScenario(browser, origin);
} finally {
  await browser.close();
  await close();
}

const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const kb = (list) => round(list.reduce((sum, s) => sum + s.bytes, 0) / 1024);
const scenarios = Object.fromEntries(Object.entries(samples).map(([name, s]) => [name, summarize(s)]));
const results = {
  date: new Date().toISOString(),
  commit: git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain', '--untracked-files=no') ? ' (with uncommitted changes)' : ''),
  runs: RUNS,
  machine: { cpu: os.cpus()[0]?.model.trim(), cores: os.availableParallelism(), chromium, node: process.version, platform: `${os.platform()} ${os.arch()}` },
  loadAverage: { before: round(load[0], 2), median: round(median(load), 2), max: round(Math.max(...load), 2), after: round(load.at(-1), 2) },
  setup: `dist/ served gzip-compressed from 127.0.0.1; each load a fresh page in a new browser context, 390 × 800 viewport; phone: CPU ×${PHONE.cpuSlowdown}, ${PHONE.latencyMs} ms round trip, ${PHONE.downloadKbps / 1000} Mbit/s down, ${PHONE.uploadKbps} kbit/s up; the widget opens on saved progress at "${FIRST_STEP}" and is clicked through to the guide`,
  memory,
  ratio: { ...summarize({ ratio: ratios }), ofMedians: round(scenarios['widget, phone'].median.shownMs / scenarios['blank page, phone'].median.shownMs, 2) },
  beforeFirstQuestion: { requests: scripts.beforeFirst.length, gzipKB: kb(scripts.beforeFirst), files: scripts.beforeFirst.map((s) => s.file) },
  scriptsGzipKB: Object.fromEntries(scripts.all.map((s) => [s.file, round(s.bytes / 1024)])),
  scenarios,
  phoneTransitionMedianMs: Object.fromEntries(Object.entries(byStep).map(([step, xs]) => [step, round(median(xs))])),
};

const previous = existsSync(OUT) ? JSON.parse(await readFile(OUT, 'utf8')) : undefined;
const { ratio, loadAverage: l, beforeFirstQuestion: first } = results;
console.log(
  `\n${RUNS} runs per scenario, Chromium ${chromium}, ${results.machine.cores} × ${results.machine.cpu}, load average ${l.before} before, ${l.median} median, ${l.max} at most`,
);
console.log(
  `Before the first question: ${first.requests} script request${first.requests === 1 ? '' : 's'}, ${first.gzipKB} KB gzipped (${first.files.join(', ')}); over the run ${kb(scripts.all)} KB`,
);
console.log(
  `Widget ÷ blank page on the phone: ${ratio.median.ratio} [${ratio.min.ratio}–${ratio.max.ratio}] (median of each run's ratio; ratio of the medians ${ratio.ofMedians})${previous?.ratio ? `, was ${previous.ratio.median.ratio}` : ''}`,
);
if (previous) console.log(`Change from ${options.out} (${previous.date}, commit ${previous.commit}, ${previous.runs} runs):`);
printTable(results, previous);
reportMemory(memory);

await mkdir(dirname(OUT), { recursive: true });
const json = await prettier.format(JSON.stringify(results), { ...(await prettier.resolveConfig(OUT)), filepath: OUT });
await writeFile(OUT, json);
console.log(`\nWrote ${options.out}.`);
