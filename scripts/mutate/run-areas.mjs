/**
 * `npm run mutate [-- area ...]`: one Stryker run over the areas asked (all of
 * areas.mjs when none is named), then each area's score and the total, from
 * the JSON report. Also written to reports/mutation/scores.txt.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { matchesGlob } from 'node:path';
import { AREAS, areasOf, GROUPS } from './areas.mjs';

const asked = process.argv.slice(2);
const areas = areasOf(asked);
const name = asked.length ? asked.join('+') : 'all';

const start = Date.now();
const run = spawnSync('npx', ['stryker', 'run', 'scripts/mutate/stryker.config.mjs'], {
  stdio: 'inherit',
  env: { ...process.env, ...(asked.length ? { LDN_MUTATE_AREA: asked.join(',') } : {}) },
});
const minutes = Math.round((Date.now() - start) / 60_000);
if (run.status !== 0) {
  console.error(`Stryker failed (exit ${run.status})`);
  process.exit(1);
}

/** Mutant counts by status, per area. */
const byArea = Object.fromEntries(areas.map((a) => [a, {}]));
for (const [file, { mutants }] of Object.entries(JSON.parse(readFileSync(`reports/mutation/${name}.json`, 'utf8')).files)) {
  const area = areas.find((a) => AREAS[a].some((glob) => matchesGlob(file, glob)));
  for (const { status } of mutants) byArea[area][status] = (byArea[area][status] ?? 0) + 1;
}

const DETECTED = ['Killed', 'Timeout'];
const UNDETECTED = ['Survived', 'NoCoverage'];
const sum = (c, statuses) => statuses.reduce((n, s) => n + (c[s] ?? 0), 0);
const WIDTH = Math.max(...areas.map((a) => a.length), 'total'.length) + 2;
const row = (label, c) =>
  [
    label.padEnd(WIDTH),
    String(sum(c, [...DETECTED, ...UNDETECTED])).padStart(7),
    String(sum(c, DETECTED)).padStart(7),
    String(c.Survived ?? 0).padStart(9),
    String(c.NoCoverage ?? 0).padStart(9),
    `${((100 * sum(c, DETECTED)) / sum(c, [...DETECTED, ...UNDETECTED])).toFixed(1)}%`.padStart(7),
  ].join(' ');
/** Counts added up over areas. */
function sumOf(counts) {
  const all = {};
  for (const c of counts) for (const [s, n] of Object.entries(c)) all[s] = (all[s] ?? 0) + n;
  return all;
}
const total = sumOf(Object.values(byArea));
// A group's subtotal, when the run holds all its parts.
const groups = Object.entries(GROUPS).filter(([, parts]) => parts.every((p) => areas.includes(p)));
const report = [
  `${new Date().toISOString()}, ${minutes} min (scored: killed and timed out over all but ignored and static)`,
  `${'area'.padEnd(WIDTH)} mutants  killed  survived  no cover   score`,
  ...areas.map((a) => row(a, byArea[a])),
  ...groups.map(([g, parts]) => row(g, sumOf(parts.map((p) => byArea[p])))),
  row('total', total),
].join('\n');
writeFileSync(`reports/mutation/${name}.scores.txt`, `${report}\n`);
console.log(`\n${report}`);
