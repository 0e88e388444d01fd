/**
 * The benchmark's memory scenario: a page that takes its widget off and puts a
 * new one on, 200 times (a single-page app changing route), with saving on so
 * each new widget restores the patient's progress. The JS heap after a forced
 * garbage collection, and the listeners left on window, are measured before
 * and after the cycles: what a widget leaves behind when it goes. The budget
 * is +200 kB of heap for the lowest of the runs, and no widget kept alive but
 * the one on the page (counted with the DevTools protocol's queryObjects):
 * the engine's own growth (compiled code) lands in one of two modes from run
 * to run (about +170 or +330 kB on the same build), while a widget kept alive
 * raises every run and the count. bench.mjs reports the figure and fails above it.
 */
/* global document -- used in code that runs in the page */
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import prettier from 'prettier';
import puppeteer from 'puppeteer-core';
import { CHROME_PATH, CHROMIUM_ARGS } from './chromium.mjs';
import { hostPage, serveDist } from './serve-dist.mjs';

export const MEMORY_CYCLES = 200;
export const MEMORY_BUDGET_KB = 200;
/** The widget on the page: a removed one still in the heap after a garbage collection is kept by something. */
export const MAX_WIDGETS_ALIVE = 1;

export const MEMORY_PAGE = hostPage('<main id="host"><ldn-decision-aid save="local" clinic-name="Riverside POTS Clinic"></ldn-decision-aid></main>', {
  title: 'memory',
});

/** Garbage-collects until the heap stops shrinking, then returns its used size in bytes. */
async function heapAfterGc(cdp) {
  let used = Infinity;
  for (let i = 0; i < 5; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    if (usedSize >= used) break;
    used = usedSize;
  }
  return used;
}

/** Event listeners on window, by type: a widget that leaves one behind adds one each cycle. */
async function windowListeners(cdp) {
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
  return listeners.length;
}

/** How many widgets the heap still holds (after a garbage collection). */
async function widgetsAlive(cdp) {
  // Its own group, released after: the array DevTools returns would keep them all alive.
  const objectGroup = 'widgets-alive';
  const { result: proto } = await cdp.send('Runtime.evaluate', { expression: "customElements.get('ldn-decision-aid').prototype", objectGroup });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId, objectGroup });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup });
  return result.value;
}

/** Removes the widget and adds a new one, `cycles` times, each once it has rendered. */
const cycle = (page, cycles) =>
  page.evaluate(async (cycles) => {
    const host = document.getElementById('host');
    for (let i = 0; i < cycles; i++) {
      const old = host.querySelector('ldn-decision-aid');
      const attributes = [...old.attributes].map((a) => [a.name, a.value]);
      old.remove();
      const el = document.createElement('ldn-decision-aid');
      for (const [name, value] of attributes) el.setAttribute(name, value);
      host.append(el);
      await el.updateComplete;
    }
  }, cycles);

/** One measurement in a fresh browser context: heap and window listeners before and after the cycles. */
export async function measureMemory(browser, origin) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await page.goto(`${origin}/memory.html`, { waitUntil: 'load' });
  // The handle to the button found is released: it would keep the first widget alive (its shadow root's host).
  await (await page.waitForFunction(() => document.querySelector('ldn-decision-aid')?.shadowRoot?.querySelector('[data-action="continue"]'))).dispose();
  // A patient who has started: each new widget restores a page of answers.
  await page.evaluate(async () => {
    const el = document.querySelector('ldn-decision-aid');
    el.shadowRoot.querySelector('[data-action="continue"]').click();
    await el.updateComplete;
    el.shadowRoot.querySelector('input[name="diagnosis"]').click();
    await el.updateComplete;
  });
  // Warm up: the first cycles fill caches (templates, formatters) that stay whatever the count.
  await cycle(page, 20);
  const before = { heap: await heapAfterGc(cdp), listeners: await windowListeners(cdp) };
  await cycle(page, MEMORY_CYCLES);
  const after = { heap: await heapAfterGc(cdp), listeners: await windowListeners(cdp), widgets: await widgetsAlive(cdp) };
  const step = await page.evaluate(() => document.querySelector('ldn-decision-aid').step);
  await context.close();
  return { heapKB: (after.heap - before.heap) / 1024, listenersAdded: after.listeners - before.listeners, widgetsAlive: after.widgets, step };
}

/** Several measurements (each in a fresh context), summed up for results.json. */
export async function memoryScenario(browser, origin, runs = 3) {
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await measureMemory(browser, origin));
  const heaps = samples.map((s) => Math.round(s.heapKB)).sort((a, b) => a - b);
  return {
    cycles: MEMORY_CYCLES,
    budgetKB: MEMORY_BUDGET_KB,
    heapKBMedian: heaps[heaps.length >> 1],
    heapKBLowest: heaps[0],
    heapKB: samples.map((s) => Math.round(s.heapKB)),
    listenersAdded: Math.max(...samples.map((s) => s.listenersAdded)),
    widgetsAlive: Math.max(...samples.map((s) => s.widgetsAlive)),
  };
}

/** Prints the figure, and fails the benchmark above the budget or with a listener left behind. */
export function reportMemory(memory) {
  console.log(
    `\n${memory.cycles} remove-and-re-add cycles: heap after GC ${memory.heapKBLowest >= 0 ? '+' : ''}${memory.heapKBLowest} kB at the lowest (runs: ${memory.heapKB.join(', ')}; median ${memory.heapKBMedian}; budget +${memory.budgetKB} kB), ${memory.widgetsAlive} widget(s) alive (at most ${MAX_WIDGETS_ALIVE}: the one on the page), ${memory.listenersAdded} listeners left on window.`,
  );
  if (memory.heapKBLowest > memory.budgetKB || memory.widgetsAlive > MAX_WIDGETS_ALIVE || memory.listenersAdded > 0) {
    console.error('Memory over budget: a removed widget leaves something behind.');
    process.exitCode = 1;
  }
}

/**
 * By itself (`node scripts/bench-memory.mjs`, after a build): the memory
 * scenario alone, written into bench/results.json beside the timing figures,
 * which it leaves as they are.
 */
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = new URL('../bench/results.json', import.meta.url);
  const { origin, close } = await serveDist({ pages: { '/memory.html': MEMORY_PAGE }, gzip: true });
  const browser = await puppeteer.launch({ executablePath: CHROME_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    const memory = await memoryScenario(browser, origin, 5);
    reportMemory(memory);
    const results = JSON.parse(await readFile(out, 'utf8'));
    const json = JSON.stringify({ ...results, memory: { ...memory, date: new Date().toISOString(), loadAverage: Math.round(os.loadavg()[0] * 10) / 10 } });
    await writeFile(out, await prettier.format(json, { ...(await prettier.resolveConfig(fileURLToPath(out))), filepath: fileURLToPath(out) }));
    console.log('Wrote the memory figure into bench/results.json.');
  } finally {
    await browser.close();
    await close();
  }
}
