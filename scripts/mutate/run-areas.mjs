/**
 * `npm run mutate [-- area ...]`: one Stryker run over the areas asked (all of
 * areas.mjs when none is named), then each area's score and the total, from
 * the JSON report. Also written to reports/mutation/scores.txt.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { matchesGlob } from 'node:path';
import { AREAS } from './areas.mjs';

const asked = process.argv.slice(2);
for (const a of asked) if (!(a in AREAS)) throw new Error(`no area "${a}" (${Object.keys(AREAS).join(', ')})`);
const areas = asked.length ? asked : Object.keys(AREAS);
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
const row = (label, c) =>
  [
    label.padEnd(14),
    String(sum(c, [...DETECTED, ...UNDETECTED])).padStart(7),
    String(sum(c, DETECTED)).padStart(7),
    String(c.Survived ?? 0).padStart(9),
    String(c.NoCoverage ?? 0).padStart(9),
    `${((100 * sum(c, DETECTED)) / sum(c, [...DETECTED, ...UNDETECTED])).toFixed(1)}%`.padStart(7),
  ].join(' ');
const total = {};
for (const c of Object.values(byArea)) for (const [s, n] of Object.entries(c)) total[s] = (total[s] ?? 0) + n;
const report = [
  `${new Date().toISOString()}, ${minutes} min (scored: killed and timed out over all but ignored and static)`,
  'area           mutants  killed  survived  no cover   score',
  ...areas.map((a) => row(a, byArea[a])),
  row('total', total),
].join('\n');
writeFileSync(`reports/mutation/${name}.scores.txt`, `${report}\n`);
console.log(`\n${report}`);
