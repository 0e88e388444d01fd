/**
 * `npm run bench`: how fast the built widget is for a patient, in Debian's
 * headless Chromium. A local server sends dist/ gzip-compressed to a page that
 * embeds the widget with one module script tag, as a clinic would. Each run is a
 * fresh page load in a new browser context (an empty cache: a first visit),
 * clicked through to the guide. Reports medians over the runs, without and with
 * a ×4 CPU slowdown, writes them to bench/results.json and prints the change
 * from the results already there. A script to run by hand, never a test.
 *
 *   npm run bench -- --runs 11             # more runs (default 7)
 *   node scripts/bench.mjs             # without rebuilding first
 */
/* global document, window, requestAnimationFrame -- used in code that runs in the page */
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
import { hostPage, serveDist } from './serve-dist.mjs';
import { MEMORY_PAGE, memoryScenario, reportMemory } from './bench-memory.mjs';

const root = new URL('../', import.meta.url);
const { values: options } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, out: { type: 'string', default: 'bench/results.json' } },
});
const RUNS = Number(options.runs);
if (!(Number.isInteger(RUNS) && RUNS > 0)) throw new Error(`--runs must be a whole number above 0, not "${options.runs}"`);
const OUT = fileURLToPath(new URL(options.out, root));

/** CPU slowdown per scenario: this machine as it is, and about a mid-range phone. */
const SCENARIOS = { unthrottled: 1, 'cpu-x4': 4 };

// The answers come from the questionnaire model, so a question added later does not stall the walk.
const { module: patient } = await runnerImport(fileURLToPath(new URL('test/support/bench-patient.ts', root)), { configFile: false, logLevel: 'silent' });
const CLICKS = patient.BENCH_CLICKS;

const PAGE = hostPage(
  `<main><h1>Preparing for your visit: LDN and POTS</h1><p>This short tool helps you think it through before your appointment.</p>
<ldn-decision-aid clinic-name="Riverside POTS Clinic" heading-level="2"></ldn-decision-aid></main>`,
  { title: 'Preparing for your visit' },
);

/**
 * Installed before any of the page's scripts. Times are taken in the page,
 * after the frame that first shows the awaited state: a requestAnimationFrame
 * callback runs before the frame's style, layout and paint, and a message posted
 * from it is handled once they are done.
 */
function instrument() {
  const bench = { longTasks: [], pending: undefined };
  window.__bench = bench;
  new PerformanceObserver((list) => bench.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });

  const afterFrameWhere = (test, what) =>
    new Promise((resolve, reject) => {
      const deadline = performance.now() + 30_000;
      const check = () => {
        if (test()) {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(null);
        } else if (performance.now() > deadline) reject(new Error(`timed out waiting for ${what}`));
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  const widget = () => document.querySelector('ldn-decision-aid')?.shadowRoot;
  const shown = (el) => !!el && el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && el.getBoundingClientRect().height > 0;
  const stepOf = () => widget()?.querySelector('.container')?.dataset.step;

  // 1. From navigation start (performance.now()'s origin): a visible heading and an enabled primary button.
  bench.firstStep = afterFrameWhere(() => {
    const button = widget()?.querySelector('[data-action="continue"]');
    return shown(widget()?.querySelector('[data-step-heading]')) && shown(button) && !button.disabled;
  }, 'the first step');

  // 2 and 3. From the click on Continue (its event time) until another step's heading is shown and focused.
  bench.arm = (from) => {
    bench.pending = new Promise((resolve, reject) => {
      const onClick = (event) => {
        if (!event.composedPath().some((node) => node.dataset?.action === 'continue')) return;
        document.removeEventListener('click', onClick, true);
        afterFrameWhere(() => {
          const focused = widget().activeElement;
          return stepOf() !== from && !!focused?.matches('[data-step-heading]') && shown(focused);
        }, `the step after ${from}`).then((end) => resolve({ to: stepOf(), ms: end - event.timeStamp }), reject);
      };
      document.addEventListener('click', onClick, true);
    });
  };

  // Answers are clicked in the page, each after the widget has rendered the last (it may open a follow-up).
  bench.answer = async (clicks) => {
    const el = document.querySelector('ldn-decision-aid');
    for (const [name, value] of clicks) {
      const input = el.shadowRoot.querySelector(`input[name="${name}"][value="${value}"]`);
      if (!input) throw new Error(`no option "${value}" for "${name}" on ${stepOf()}`);
      if (!input.checked) input.click();
      await el.updateComplete;
    }
  };
  bench.step = stepOf;
}

let scripts = [];

/** One fresh page load clicked through to the guide. */
async function run(browser, origin, slowdown) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await page.setViewport({ width: 390, height: 800 });
  await page.emulateCPUThrottling(slowdown > 1 ? slowdown : null);
  await page.evaluateOnNewDocument(instrument);
  await page.goto(`${origin}/index.html`, { waitUntil: 'load' });
  const firstStepMs = await page.evaluate(() => window.__bench.firstStep);

  const transitions = [];
  let guideMs;
  for (let i = 0; i < 20 && guideMs === undefined; i++) {
    const from = await page.evaluate(() => window.__bench.step());
    if (CLICKS[from]) await page.evaluate((clicks) => window.__bench.answer(clicks), CLICKS[from]);
    await page.evaluate((from) => window.__bench.arm(from), from);
    // A real mouse click, as a patient's: input events, focus, then the form's submit.
    await (await page.$('ldn-decision-aid >>> [data-action="continue"]')).click();
    const { to, ms } = await page.evaluate(() => window.__bench.pending);
    if (to === 'guide') guideMs = ms;
    else transitions.push({ from, to, ms });
  }
  if (guideMs === undefined) throw new Error(`the walk did not reach the guide: ${transitions.map((t) => t.to).join(' → ')}`);

  const longTasks = await page.evaluate(() => window.__bench.longTasks);
  // The scripts the page fetched over the run, as sent (gzipped): the same every run, so the last run's are kept.
  scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.js'))
      .map((e) => [new URL(e.name).pathname.slice(1), e.encodedBodySize]),
  );
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  return {
    firstStepMs,
    transitionMs: Object.fromEntries(transitions.map((t) => [`${t.from} → ${t.to}`, t.ms])),
    guideMs,
    heapMB: usedSize / 2 ** 20,
    longTaskCount: longTasks.length,
    longTaskMs: longTasks.reduce((a, b) => a + b, 0),
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const round = (x, places = 1) => Math.round(x * 10 ** places) / 10 ** places;

const METRICS = {
  firstStepMs: 'First step visible and enabled (ms)',
  transitionMs: 'Step transition (ms, all steps pooled)',
  guideMs: 'Guide rendered after click (ms)',
  heapMB: 'JS heap after the run, after GC (MB)',
  longTaskCount: 'Long tasks over the run (count)',
  longTaskMs: 'Long tasks over the run (total ms)',
};

// Other work on the machine skews every figure: say so, and keep the load average with the results.
const loadBefore = os.loadavg()[0];
if (loadBefore > os.availableParallelism() / 2) console.warn(`The machine is busy (load average ${loadBefore.toFixed(1)}): expect noisy figures.`);
const { origin, close } = await serveDist({ pages: { '/index.html': PAGE, '/memory.html': MEMORY_PAGE }, gzip: true });
const browser = await puppeteer.launch({ executablePath: CHROME_PATH, headless: true, args: CHROMIUM_ARGS });
const chromium = (await browser.version()).replace(/^\D+\//, '');
const byStep = Object.fromEntries(Object.keys(SCENARIOS).map((s) => [s, {}]));
const samples = Object.fromEntries(Object.keys(SCENARIOS).map((s) => [s, Object.fromEntries(Object.keys(METRICS).map((m) => [m, []]))]));
/** What 200 remove-and-re-add cycles leave behind (bench-memory.mjs). */
let memory;
try {
  // One load per scenario first, not counted: the browser's first pages pay for starting its processes.
  for (const slowdown of Object.values(SCENARIOS)) await run(browser, origin, slowdown);
  // Scenarios alternate, so a slow spell of the machine affects both alike.
  for (let i = 1; i <= RUNS; i++) {
    for (const [name, slowdown] of Object.entries(SCENARIOS)) {
      const result = await run(browser, origin, slowdown);
      for (const [metric, value] of Object.entries(result)) samples[name][metric].push(...(typeof value === 'number' ? [value] : Object.values(value)));
      // Each transition by itself too, to see which step a change slowed.
      for (const [step, ms] of Object.entries(result.transitionMs)) (byStep[name][step] ??= []).push(ms);
    }
    process.stdout.write(`\rrun ${i}/${RUNS}`);
  }
  process.stdout.write('\n');
  memory = await memoryScenario(browser, origin);
} finally {
  await browser.close();
  await close();
}

const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const results = {
  date: new Date().toISOString(),
  commit: git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain', '--untracked-files=no') ? ' (with uncommitted changes)' : ''),
  runs: RUNS,
  machine: { cpu: os.cpus()[0]?.model.trim(), cores: os.availableParallelism(), chromium, node: process.version, platform: `${os.platform()} ${os.arch()}` },
  loadAverage: { before: round(loadBefore, 2), after: round(os.loadavg()[0], 2) },
  setup: 'dist/ served gzip-compressed from 127.0.0.1; each run a fresh page load in a new browser context, 390 × 800 viewport, clicked through to the guide',
  memory,
  scriptsGzipKB: Object.fromEntries(scripts.map(([file, bytes]) => [file, round(bytes / 1024)])),
  scenarios: Object.fromEntries(
    Object.entries(SCENARIOS).map(([name, slowdown]) => {
      const places = (metric) => (metric === 'heapMB' ? 2 : 1);
      const figures = (pick) => Object.fromEntries(Object.entries(samples[name]).map(([m, xs]) => [m, round(pick(xs), places(m))]));
      return [
        name,
        {
          cpuSlowdown: slowdown,
          median: figures(median),
          min: figures((xs) => Math.min(...xs)),
          max: figures((xs) => Math.max(...xs)),
          transitionMedianMs: Object.fromEntries(Object.entries(byStep[name]).map(([step, xs]) => [step, round(median(xs))])),
          samples: Object.fromEntries(Object.entries(samples[name]).map(([m, xs]) => [m, xs.map((x) => round(x, places(m)))])),
        },
      ];
    }),
  ),
};

const previous = existsSync(OUT) ? JSON.parse(await readFile(OUT, 'utf8')) : undefined;

// The table: median [min–max] per scenario, and the change from the previous results' median, marked
// "≈" when the new median lies within the previous runs' range (on a busy machine, most likely noise).
const cell = (name, metric) => {
  const now = results.scenarios[name];
  const was = previous?.scenarios?.[name];
  const figure = `${now.median[metric]} [${now.min[metric]}–${now.max[metric]}]`;
  const before = was?.median?.[metric];
  if (before === undefined) return figure;
  const delta = now.median[metric] - before;
  const noise = now.median[metric] >= was.min?.[metric] && now.median[metric] <= was.max?.[metric] ? ' ≈' : '';
  return `${figure}  ${delta >= 0 ? '+' : ''}${round(delta, 2)} (${round((delta / before) * 100)}%)${noise}`;
};
const rows = [['', ...Object.keys(SCENARIOS).map((s) => `${s}: median [min–max]${previous ? ' change' : ''}`)]];
for (const [metric, label] of Object.entries(METRICS)) rows.push([label, ...Object.keys(SCENARIOS).map((s) => cell(s, metric))]);
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
console.log(
  `\n${RUNS} runs per scenario, Chromium ${chromium}, ${results.machine.cores} × ${results.machine.cpu}, load average ${loadBefore.toFixed(1)}, scripts ${round(scripts.reduce((sum, [, bytes]) => sum + bytes, 0) / 1024)} KB gzipped`,
);
if (previous) console.log(`Change from ${options.out} (${previous.date}, commit ${previous.commit}, ${previous.runs} runs):`);
for (const row of rows) console.log(row.map((c, i) => c.padEnd(widths[i])).join('  │  '));
reportMemory(memory);

await mkdir(dirname(OUT), { recursive: true });
const json = await prettier.format(JSON.stringify(results), { ...(await prettier.resolveConfig(OUT)), filepath: OUT });
await writeFile(OUT, json);
console.log(`\nWrote ${options.out}.`);
