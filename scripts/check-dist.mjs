/**
 * Checks the built files in a real browser, as a clinic serves them: Debian's
 * Chromium loads dist/ldn-decision-aid.js from a local server that sends the
 * strict Content-Security-Policy clinics use, and a patient's whole run is
 * clicked through to the guide and its QR code. It fails on any CSP
 * violation, any request to another origin, any cookie, any console error,
 * a broken layout under hostile host CSS, or two widgets that share state;
 * when the flow's chunk (its machine) or the guide's chunk is not fetched ahead, or a cache-busting query
 * on the module's URL (WordPress adds ?ver=) loads a second copy of the widget;
 * and when the FHIR builders load before a host page asks, or a failed load of
 * them breaks the widget or is not tried again on the next call.
 * Run after `npm run build` (`npm run check:dist`).
 */
/* global document, window, customElements, getComputedStyle -- used in code that runs in the page */
import puppeteer from 'puppeteer-core';
import { CHROME_PATH, CHROMIUM_ARGS } from './chromium.mjs';
import { CSP, hostPage, serveDist } from './serve-dist.mjs';
import { inWidget, runToGuide, stepOf } from './widget-driver.mjs';

const HOSTILE_CSS = `* { all: revert !important; font-size: 40px !important; }
button, input, fieldset, label, h2, h3, p { display: none !important; color: red !important; border: 9px solid red !important; }
ldn-decision-aid { all: revert; }`;

const title = 'dist check';
const { origin, close } = await serveDist({
  pages: {
    // Host pages: the widget alone; then hostile CSS and two instances, as a content-managed page might have.
    // As EMBEDDING.md's plain page has it: with fallback content, shown until the element is defined.
    '/plain.html': hostPage('<ldn-decision-aid id="a"><p>Loading the questions about LDN and POTS…</p></ldn-decision-aid>', { title }),
    '/hostile.html': hostPage(
      '<link rel="stylesheet" href="./hostile.css"><ldn-decision-aid id="a"></ldn-decision-aid><ldn-decision-aid id="b"></ldn-decision-aid>',
      { title },
    ),
    '/hostile.css': HOSTILE_CSS,
    // A host page that asks for the FHIR resources, as EMBEDDING.md's snippet does.
    '/fhir.html': hostPage('<ldn-decision-aid id="a"></ldn-decision-aid>', { title }),
    // The pseudo-locale shows whether the guide's chunk renders with the module's own localization, not a second copy's;
    // the module's URL has the cache-busting query a content-managed page may add.
    '/versioned.html': hostPage('<ldn-decision-aid id="a" locale="en-XA"></ldn-decision-aid>', { title, src: './ldn-decision-aid.js?ver=6.4' }),
  },
});

const browser = await puppeteer.launch({ executablePath: CHROME_PATH, headless: true, args: CHROMIUM_ARGS });

const problems = [];

/** `blocked`: how many requests the test itself makes fail; the browser logs each as a console error, which is then expected. */
async function check(path, test, { blocked = 0 } = {}) {
  const tab = await browser.newPage();
  let failedLoads = 0;
  const foreign = [];
  const requested = [];
  tab.on('request', (request) => {
    requested.push(request.url().replace(origin, ''));
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  tab.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (message.text() === 'Failed to load resource: net::ERR_FAILED' && ++failedLoads <= blocked) return;
    problems.push(`${path}: console error: ${message.text()}`);
  });
  tab.on('pageerror', (error) => problems.push(`${path}: page error: ${error.message}`));
  await tab.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await tab.setViewport({ width: 390, height: 800 });
  await tab.goto(`${origin}${path}`, { waitUntil: 'networkidle0' });
  await tab.waitForFunction(() => customElements.get('ldn-decision-aid'));
  // The flow's machine and XState, fetched once the first page is painted, so a patient's first answer never waits for them.
  if (!requested.some((url) => /^\/ldn-decision-aid-flow-[\w-]{8}\.js$/.test(url)))
    problems.push(`${path}: the flow's chunk was not fetched after the first page`);
  // Fetched ahead while the patient answers, so the guide never waits on the network.
  if (!requested.some((url) => /^\/ldn-decision-aid-guide-page-[\w-]{8}\.js$/.test(url)))
    problems.push(`${path}: the guide's chunk was not fetched before the first question was answered`);
  await test(tab, requested);
  if (foreign.length) problems.push(`${path}: requests to other origins: ${foreign.join(', ')}`);
  const cookies = await tab.cookies();
  if (cookies.length) problems.push(`${path}: set cookies: ${cookies.map((c) => c.name).join(', ')}`);
  await tab.close();
}

await check('/plain.html', async (tab) => {
  const reached = await runToGuide(tab, '#a');
  if (reached !== 'guide') problems.push(`/plain.html: the flow stopped on "${reached}", not the guide`);
  const safetyFirst = await inWidget(tab, '#a', (root) => root.querySelector('section[data-section]')?.dataset.section);
  if (safetyFirst !== 'safety') problems.push(`/plain.html: the guide's first section is ${safetyFirst}`);
  // The QR encoder is the one chunk the module loads, from beside itself. Its button is in "Save or print".
  await inWidget(tab, '#a', (root) => root.querySelector('[data-action="save-or-print"]').click());
  await tab.waitForFunction(() => document.getElementById('a').shadowRoot.querySelector('[data-action="show-code"]'), { timeout: 10_000 });
  await inWidget(tab, '#a', (root) => root.querySelector('[data-action="show-code"]').click());
  await tab
    .waitForFunction(() => document.getElementById('a').shadowRoot.querySelector('svg.qr__code'), { timeout: 10_000 })
    .catch(() => {
      problems.push('/plain.html: the QR code did not appear');
    });
});

/** The FHIR builders' chunk, beside the module: loaded only when the host page calls questionnaire() or toQuestionnaireResponse(). */
const FHIR_CHUNK = /^\/ldn-decision-aid-fhir-[\w-]{8}\.js$/;

/** Calls the widget's `method` as a host page does: the value it resolves to, or the message it rejects with. */
const callFhir = (tab, method) =>
  tab.evaluate(
    (method) =>
      document
        .getElementById('a')
        [method]()
        .then(
          (value) => ({ value }),
          (error) => ({ error: String(error?.message) }),
        ),
    method,
  );

await check(
  '/fhir.html',
  async (tab, requested) => {
    const reached = await runToGuide(tab, '#a');
    if (requested.some((url) => FHIR_CHUNK.test(url))) problems.push("/fhir.html: the FHIR builders' chunk was fetched before a host asked for it");
    // Offline, or the file missing from the clinic's server: the promise rejects and the widget works on.
    await tab.setRequestInterception(true);
    const block = (request) => (FHIR_CHUNK.test(new URL(request.url()).pathname) ? request.abort() : request.continue());
    tab.on('request', block);
    const failed = await callFhir(tab, 'toQuestionnaireResponse');
    tab.off('request', block);
    await tab.setRequestInterception(false);
    if (!/^ldn-decision-aid: the FHIR export could not be loaded\b/.test(failed.error ?? ''))
      problems.push(`/fhir.html: with its chunk blocked, toQuestionnaireResponse() gave ${JSON.stringify(failed)}, not a clear rejection`);
    if (reached !== 'guide' || (await stepOf(tab, '#a')) !== 'guide') problems.push('/fhir.html: the widget left the guide when the FHIR chunk failed');
    await inWidget(tab, '#a', (root) => root.querySelector('[data-action="save-or-print"]').click());
    await tab
      .waitForFunction(() => document.getElementById('a').shadowRoot.querySelector('[data-action="show-code"]'), { timeout: 10_000 })
      .catch(() => {
        problems.push('/fhir.html: the guide stopped working after the FHIR chunk failed');
      });
    // Served again: the next call loads the chunk again, from beside the module.
    const response = await callFhir(tab, 'toQuestionnaireResponse');
    if (response.value?.status !== 'completed' || !response.value.item?.length)
      problems.push(`/fhir.html: after the chunk failed once, toQuestionnaireResponse() gave ${JSON.stringify(response).slice(0, 200)}`);
    const questionnaire = await callFhir(tab, 'questionnaire');
    if (questionnaire.value?.resourceType !== 'Questionnaire') problems.push(`/fhir.html: questionnaire() gave ${JSON.stringify(questionnaire).slice(0, 200)}`);
    const loads = requested.filter((url) => FHIR_CHUNK.test(url)).length;
    if (loads !== 2) problems.push(`/fhir.html: the FHIR chunk was requested ${loads} times: expected 2 (blocked, then loaded again and kept)`);
  },
  { blocked: 1 },
);

await check('/hostile.html', async (tab) => {
  // Hostile CSS on the page must not hide or restyle the widget's own controls.
  const shown = await inWidget(tab, '#a', (root) => {
    const button = root.querySelector('[data-action="continue"]');
    const box = button.getBoundingClientRect();
    return { width: box.width, height: box.height, display: getComputedStyle(button).display, color: getComputedStyle(button).color };
  });
  if (!(shown.width > 40 && shown.height > 20) || shown.display === 'none' || shown.color === 'rgb(255, 0, 0)')
    problems.push(`/hostile.html: host CSS broke the Start button: ${JSON.stringify(shown)}`);
  // Two widgets on one page are independent.
  const reached = await runToGuide(tab, '#a');
  const other = await stepOf(tab, '#b');
  if (reached !== 'guide' || other !== 'intro') problems.push(`/hostile.html: widget a on "${reached}", widget b on "${other}" (expected guide and intro)`);
  const widths = await tab.evaluate(() => {
    const el = document.getElementById('a');
    return { widget: el.getBoundingClientRect().width, content: el.shadowRoot.querySelector('.container').scrollWidth, viewport: window.innerWidth };
  });
  if (widths.widget > widths.viewport + 1 || widths.content > widths.widget + 1)
    problems.push(`/hostile.html: the widget is wider than a 390 px screen: ${JSON.stringify(widths)}`);
});

await check('/versioned.html', async (tab, requested) => {
  const reached = await runToGuide(tab, '#a');
  if (reached !== 'guide') problems.push(`/versioned.html: the flow stopped on "${reached}", not the guide`);
  // The FHIR builders, loaded by the module under its query, in the widget's locale: the module's own localization, no second copy.
  const { value: questionnaire } = await callFhir(tab, 'questionnaire');
  if (questionnaire?.language !== 'en-XA' || /[A-Za-z]{4}/.test(questionnaire.title.replace(/LDN|POTS/g, '')))
    problems.push(`/versioned.html: questionnaire() is not in the widget's locale: ${questionnaire?.language} "${questionnaire?.title}"`);
  const modules = requested.filter((url) => /^\/ldn-decision-aid\.js/.test(url));
  if (modules.join() !== '/ldn-decision-aid.js?ver=6.4') problems.push(`/versioned.html: the module was loaded as ${modules.join(' and ')}: a second copy`);
  // The opioid warning's heading, in the pseudo-locale as the questions were: the guide's text uses the same localization.
  const title = await inWidget(tab, '#a', (root) => root.querySelector('h1, h2, h3')?.textContent ?? '');
  const guideText = await inWidget(tab, '#a', (root) => root.querySelector('section[data-section]')?.textContent ?? '');
  if (/[A-Za-z]{4}/.test(guideText.replace(/LDN|POTS/g, '')))
    problems.push(`/versioned.html: the guide is not in the widget's locale: "${guideText.slice(0, 80)}…" (heading "${title}")`);
});

await browser.close();
await close();

if (problems.length) {
  console.error(`Built-file check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `Built-file check passed: under "${CSP}", the whole flow ran to the guide and its QR code, with the guide fetched ahead, no other origin, no cookie, no console error; hostile host CSS and a second widget changed nothing; a module URL with ?ver= loaded one copy, whose guide and FHIR Questionnaire spoke its locale; the FHIR chunk loaded only when asked for, and again after a failed load, which left the widget working.`,
);
