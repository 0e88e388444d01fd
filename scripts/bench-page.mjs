/**
 * What `npm run bench` (bench.mjs) loads, under which conditions, and how it
 * times it in the page: the clinic's host page with and without the widget,
 * the phone profile, and the instrument installed before the page's scripts.
 */
/* global document, window, requestAnimationFrame -- used in code that runs in the page */
import { sizingRule } from './package/layout-shift.mjs';
import { hostPage } from './serve-dist.mjs';

/**
 * A mid-range phone on a slow mobile network, as Lighthouse's "slow 4G" has it: the CPU slowed ×4, and through
 * the DevTools protocol's Network.emulateNetworkConditions 150 ms added to each request's round trip,
 * 1.6 Mbit/s down, 750 kbit/s up.
 */
export const PHONE = { cpuSlowdown: 4, latencyMs: 150, downloadKbps: 1600, uploadKbps: 750 };
/** This machine as it is, without the network: the figures of earlier benchmarks. */
export const UNTHROTTLED = { cpuSlowdown: 1 };

/**
 * The same clinic page twice: with the widget (one module script tag, the element with fallback content and
 * EMBEDDING.md's `:not(:defined)` rule in the page's stylesheet, text after it that a late widget would push
 * down) and blank, without the script tag: everything else alike, the stylesheet too.
 */
export async function benchPages() {
  const body = `<link rel="stylesheet" href="./style.css"><main><h1>Preparing for your visit: LDN and POTS</h1>
<p>This short tool helps you think it through before your appointment.</p>
<ldn-decision-aid clinic-name="Riverside POTS Clinic" heading-level="2" save="local"><p>Loading the questions about LDN and POTS… If nothing appears, call the clinic.</p></ldn-decision-aid>
<p data-after>Bring your answers to your appointment. Questions before then? Call the clinic.</p></main>`;
  const widget = hostPage(body, { title: 'Preparing for your visit' });
  return {
    '/widget.html': widget,
    '/blank.html': widget.replace(/<script type="module"[^>]*><\/script>/, ''),
    '/style.css': await sizingRule(),
  };
}

/** Applies a profile to a fresh tab, before it navigates. */
export async function applyProfile(tab, cdp, profile) {
  await tab.emulateCPUThrottling(profile.cpuSlowdown > 1 ? profile.cpuSlowdown : null);
  if (!profile.latencyMs) return;
  await cdp.send('Network.enable');
  const bytesPerSecond = (kbps) => (kbps * 1000) / 8;
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.latencyMs,
    downloadThroughput: bytesPerSecond(profile.downloadKbps),
    uploadThroughput: bytesPerSecond(profile.uploadKbps),
  });
}

/**
 * Installed in every page before its scripts: puts the saved progress in the page's storage, and waits for
 * `firstStep` (the widget's first page), or without it for the blank page's content.
 * Times are taken in the page, after the frame that first shows the awaited state: a requestAnimationFrame
 * callback runs before the frame's style, layout and paint, and a message posted from it is handled once they are done.
 */
export function instrument({ saved, firstStep }) {
  localStorage.setItem(saved.key, saved.text);
  const bench = { longTasks: [], layoutShift: 0, pending: undefined };
  window.__bench = bench;
  new PerformanceObserver((list) => bench.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) bench.layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });

  const afterFrameWhere = (test, what) =>
    new Promise((resolve, reject) => {
      const deadline = performance.now() + 60_000;
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

  // From navigation start (performance.now()'s origin). On the blank page: its last paragraph shown. With the
  // widget: the first step's heading, its first answer (enabled) and the Continue button shown.
  bench.shown = afterFrameWhere(() => {
    if (!firstStep) return shown(document.querySelector('[data-after]'));
    const root = widget();
    const input = root?.querySelector('fieldset input');
    const ready = stepOf() === firstStep && shown(root.querySelector('[data-step-heading]')) && shown(input) && !input.disabled;
    return ready && shown(root.querySelector('[data-action="continue"]'));
  }, firstStep ?? 'the page');

  // From the click on Continue (its event time) until another step's heading is shown and focused.
  bench.arm = (from) => {
    bench.pending = new Promise((resolve, reject) => {
      const onClick = (event) => {
        if (!event.composedPath().some((node) => node.dataset?.action === 'continue')) return;
        document.removeEventListener('click', onClick, true);
        afterFrameWhere(() => {
          const focused = widget().activeElement;
          return stepOf() !== from && !!focused?.matches('[data-step-heading]') && shown(focused);
        }, `the step after ${from}`).then((end) => resolve({ to: stepOf(), ms: end - event.timeStamp, clickedAt: event.timeStamp }), reject);
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

  /** The scripts fetched so far: name, bytes as sent, when requested and when fully arrived. */
  bench.scripts = () =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.js'))
      .map((e) => ({ file: new URL(e.name).pathname.slice(1), bytes: e.encodedBodySize, start: e.startTime, end: e.responseEnd }));
}
