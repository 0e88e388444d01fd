/**
 * The figures of `npm run bench` (bench.mjs): medians with their range per
 * scenario, the change from the results already written, and the table printed.
 */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
export const round = (x, places = 1) => Math.round(x * 10 ** places) / 10 ** places;

/** What each scenario measures, as printed. */
export const METRICS = {
  shownMs: 'Page shown: blank page content, or the first question (ms)',
  layoutShift: 'Layout shift until then (CLS)',
  flowAfterShownMs: "Flow's chunk (its machine) arrived after the first question (ms)",
  transitionMs: 'Step transition (ms, all steps pooled)',
  guideMs: 'Guide shown after the click (ms)',
  guideLeadMs: "Guide's chunk arrived before that click (ms)",
  heapMB: 'JS heap after the run, after GC (MB)',
  longTaskCount: 'Long tasks over the run (count)',
  longTaskMs: 'Long tasks over the run (total ms)',
};
const places = (metric) => (metric === 'heapMB' || metric === 'ratio' ? 2 : metric === 'layoutShift' ? 3 : 1);

/** Median, range and samples of each metric of one scenario; `samples` maps a metric to its values. */
export function summarize(samples) {
  const figures = (pick) => Object.fromEntries(Object.entries(samples).map(([m, xs]) => [m, round(pick(xs), places(m))]));
  return {
    median: figures(median),
    min: figures((xs) => Math.min(...xs)),
    max: figures((xs) => Math.max(...xs)),
    samples: Object.fromEntries(Object.entries(samples).map(([m, xs]) => [m, xs.map((x) => round(x, places(m)))])),
  };
}

/**
 * The table: median [min–max] per scenario, and the change from the previous results' median, marked "≈"
 * when the new median lies within the previous runs' range (on a busy machine, most likely noise).
 */
export function printTable(results, previous) {
  const names = Object.keys(results.scenarios);
  const cell = (name, metric) => {
    const now = results.scenarios[name];
    if (now.median[metric] === undefined) return '';
    const was = previous?.scenarios?.[name];
    const figure = `${now.median[metric]} [${now.min[metric]}–${now.max[metric]}]`;
    const before = was?.median?.[metric];
    if (before === undefined) return figure;
    const delta = now.median[metric] - before;
    const noise = now.median[metric] >= was.min?.[metric] && now.median[metric] <= was.max?.[metric] ? ' ≈' : '';
    return `${figure}  ${delta >= 0 ? '+' : ''}${round(delta, 2)}${before ? ` (${round((delta / before) * 100)}%)` : ''}${noise}`;
  };
  const rows = [['median [min–max]', ...names]];
  for (const [metric, label] of Object.entries(METRICS)) {
    const row = [label, ...names.map((s) => cell(s, metric))];
    if (row.slice(1).some(Boolean)) rows.push(row);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const row of rows) console.log(row.map((c, i) => c.padEnd(widths[i])).join('  │  '));
}
