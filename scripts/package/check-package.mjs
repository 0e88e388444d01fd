/**
 * Checks the package as a clinic's web developer gets it (`npm run check:package`):
 * - packs the tarball (`npm pack`, whose prepack builds it) and lints it with publint and
 *   @arethetypeswrong/cli (ESM only: CommonJS `require()` and TypeScript's old `node10` resolution are out of scope);
 * - installs it into the two blank apps of test/package/, copied to a temporary folder, with their other
 *   packages from the npm registry at the exact versions their package.json pins: a Vite + TypeScript app and a React 19 app;
 *   type-checks each strictly, with `skipLibCheck: false`, and builds it with Vite;
 * - makes EMBEDDING.md's plain HTML page (test/package/plain/), copying the installed package's files into its /assets/;
 * - gives the three pages EMBEDDING.md's `:not(:defined)` rule as their style.css, taken from EMBEDDING.md itself;
 * - runs the three in Chromium under the strict Content-Security-Policy, through to the guide, an `ldn-complete`
 *   event and the apps' own handlers, failing on any console error; and measures the layout shift of the widget's
 *   arrival (at most 0.1) with the page's `:not(:defined)` rule, and without it, where it must be larger, or the
 *   measurement proves nothing;
 * - compiles the TypeScript app's server part without DOM types and runs it in Node: it imports
 *   `ldn-decision-aid/fhir` and `ldn-decision-aid/questionnaire.json`.
 * Nothing is kept: the apps' npm cache is in the temporary folder too, which is removed at the end.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROME_PATH, CHROMIUM_ARGS } from '../chromium.mjs';
import { serveDist } from '../serve-dist.mjs';
import { runToGuide } from '../widget-driver.mjs';
import { measureArrivalShift, sizingRule } from './layout-shift.mjs';
/* global document, window -- used in code that runs in the page */

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const APPS = ['ts-app', 'react-app'];
const MAX_SHIFT = 0.1;
const started = Date.now();
const problems = [];
const log = (message) => console.log(`[check:package ${Math.round((Date.now() - started) / 1000)} s] ${message}`);

/** Runs a command; on failure, records its output as a problem and returns undefined. */
async function step(what, command, args, cwd) {
  try {
    const { stdout } = await run(command, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    return stdout;
  } catch (error) {
    problems.push(`${what} failed:\n${`${error.stdout ?? ''}${error.stderr ?? ''}`.trim() || error.message}`);
    return undefined;
  }
}

const temp = await mkdtemp(join(tmpdir(), 'ldn-package-'));
try {
  // npm pack runs prepack (the build), whose output comes first; the JSON report is the last thing it prints.
  const report = (await step('npm pack', 'npm', ['pack', '--json', '--pack-destination', temp], root)) ?? '[]';
  const packed = JSON.parse(report.slice(report.lastIndexOf('\n[\n') + 1))[0];
  if (!packed) throw new Error(problems.join('\n'));
  // The apps depend on "file:../ldn-decision-aid.tgz".
  const tarball = join(temp, 'ldn-decision-aid.tgz');
  await rename(join(temp, packed.filename), tarball);
  log(`packed ${packed.filename}: ${packed.entryCount} files, ${Math.round(packed.size / 1024)} KB`);

  // Lint the tarball while the apps install.
  const lint = Promise.all([
    step('publint', bin('publint'), ['run', '--strict', tarball], root),
    step('attw', bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'table-flipped'], root),
  ]);
  // Each page's style.css is EMBEDDING.md's :not(:defined) rule, word for word.
  const sizing = await sizingRule();
  await Promise.all(
    APPS.map(async (app) => {
      await cp(join(root, 'test/package', app), join(temp, app), { recursive: true });
      await writeFile(join(temp, app, 'src/style.css'), sizing);
      // A cache in the temporary folder, as on a fresh machine: nothing is kept outside the repository.
      await step(`npm install in ${app}`, 'npm', ['install', '--no-audit', '--no-fund', '--cache', join(temp, 'npm-cache')], join(temp, app));
    }),
  );
  await lint;
  log('publint and attw done; the apps are installed');

  for (const app of APPS) {
    const dir = join(temp, app);
    if ((await step(`${app}: type-check`, 'npm', ['run', '-s', 'typecheck'], dir)) === undefined) continue;
    if ((await step(`${app}: build`, 'npm', ['run', '-s', 'build'], dir)) === undefined) continue;
    log(`${app}: type-checked and built`);
  }

  const server = await step('ts-app: the server part in Node', 'npm', ['run', '-s', 'server'], join(temp, 'ts-app'));
  if (server !== undefined) {
    const result = JSON.parse(server);
    if (result.status !== 'in-progress' || !(result.answers > 0)) problems.push(`ts-app server: unexpected result ${server}`);
    else log(`Node: ldn-decision-aid/fhir and questionnaire.json loaded; ${server.trim()}`);
  }

  // The plain page, as EMBEDDING.md says: the module and every ldn-decision-aid-*.js file in one folder, with the licenses.
  const plain = join(temp, 'plain');
  const packageDist = join(temp, 'ts-app/node_modules/ldn-decision-aid/dist');
  await cp(join(root, 'test/package/plain'), plain, { recursive: true });
  await mkdir(join(plain, 'assets'));
  await writeFile(join(plain, 'style.css'), sizing);
  for (const file of await readdir(packageDist).catch(() => []))
    if (/^ldn-decision-aid(-.+)?\.js$|^THIRD-PARTY-LICENSES\.txt$/.test(file)) await cp(join(packageDist, file), join(plain, 'assets', file));

  const browser = await puppeteer.launch({ executablePath: CHROME_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    for (const [app, dir] of [['plain', plain], ...APPS.map((app) => [app, join(temp, app, 'dist')])]) await runInBrowser(browser, app, dir);
  } finally {
    await browser.close();
  }
} catch (error) {
  problems.push(error.message);
} finally {
  await rm(temp, { recursive: true, force: true });
}

/** Loads a built app, measures the widget's arrival, then clicks through to the guide and reads what the app's handler wrote. */
async function runInBrowser(browser, app, dist) {
  const index = await readFile(join(dist, 'index.html'), 'utf8').catch(() => undefined);
  if (index === undefined) return;
  // Where the element is in the page's HTML, it is there before its script: the same page without the app's
  // stylesheet (its :not(:defined) rule) must then shift more when the widget arrives, or the measurement proves
  // nothing. (The React app renders the element once its script has run, so it has no such moment.)
  const inHtml = index.includes('<ldn-decision-aid');
  const unsized = index.replace(/<link rel="stylesheet"[^>]*>/, '');
  if (unsized === index) problems.push(`${app}: the built page has no stylesheet, so no :not(:defined) rule`);
  const { origin, close } = await serveDist({ root: dist, pages: { '/unsized.html': unsized }, scriptDelay: 400 });
  try {
    let largestBare = 0;
    for (const width of [390, 1280]) {
      const sized = await measureArrivalShift(browser, `${origin}/`, width);
      if (!(sized <= MAX_SHIFT)) problems.push(`${app}: the widget's arrival shifts the page by ${sized.toFixed(3)} at ${width} px, over ${MAX_SHIFT}`);
      if (!inHtml) {
        log(`${app}: layout shift of the widget's arrival at ${width} px: ${sized.toFixed(3)}`);
        continue;
      }
      const bare = await measureArrivalShift(browser, `${origin}/unsized.html`, width);
      log(`${app}: layout shift of the widget's arrival at ${width} px: ${sized.toFixed(3)} (without the :not(:defined) rule: ${bare.toFixed(3)})`);
      if (!(bare > sized)) problems.push(`${app}: without the :not(:defined) rule the shift at ${width} px is ${bare.toFixed(3)}, no more than with it`);
      largestBare = Math.max(largestBare, bare);
    }
    if (inHtml && !(largestBare > MAX_SHIFT))
      problems.push(`${app}: without the :not(:defined) rule no shift is over ${MAX_SHIFT}: the measurement proves nothing`);

    const tab = await browser.newPage();
    tab.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${app}: console error: ${message.text()}`);
    });
    tab.on('pageerror', (error) => problems.push(`${app}: page error: ${error.message}`));
    await tab.evaluateOnNewDocument(() => {
      document.addEventListener('ldn-complete', (event) => (window.ldnCompleteSections = event.detail.guide.sections));
    });
    await tab.setViewport({ width: 390, height: 800 });
    await tab.goto(`${origin}/`, { waitUntil: 'networkidle0' });
    await tab.waitForFunction(() => document.querySelector('ldn-decision-aid')?.shadowRoot?.querySelector('[data-step-heading]'));
    const reached = await runToGuide(tab, 'ldn-decision-aid');
    const sections = await tab.evaluate(() => window.ldnCompleteSections);
    const hasHandler = await tab.evaluate(() => Boolean(document.querySelector('output')));
    const handled = hasHandler
      ? await tab
          .waitForFunction(() => document.querySelector('output')?.textContent, { timeout: 10_000 })
          .then((text) => text.jsonValue())
          .catch(() => '')
      : '';
    await tab.close();
    if (reached !== 'guide') return problems.push(`${app}: the flow stopped on "${reached}", not the guide`);
    if (sections?.[0] !== 'safety') return problems.push(`${app}: no ldn-complete event with a guide came (sections: ${sections})`);
    if (!hasHandler) return log(`${app}: ran to the guide and an ldn-complete event`);
    const result = handled ? JSON.parse(handled) : undefined;
    if (result?.firstSection !== 'safety' || result.status !== 'completed' || !(result.sources > 0))
      return problems.push(`${app}: the app's ldn-complete handler wrote ${handled || 'nothing'}`);
    log(`${app}: ran to the guide; its ldn-complete handler wrote ${handled}`);
  } finally {
    await close();
  }
}

if (problems.length) {
  console.error(`Package check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
log('Package check passed.');
