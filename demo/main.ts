/**
 * The demo clinic page. `?example=<name>` opens the widget on "Check your
 * answers" with one of the example patients from test/fixtures/patients.ts,
 * through the same saved-progress path a reload uses. `?locale=<code>` sets the
 * widget's locale attribute (TRANSLATING.md), e.g. `?locale=es` or `?locale=en-XA`;
 * the Language switch above the widget sets it live.
 */
import { STORAGE_KEY } from '../src/components/controllers/progress-store.js';
import { applyTheme, THEMES, type ThemeName } from './themes.js';
import { writeSavedProgress } from '../src/flow/saved-progress.js';
import { EXAMPLE_PATIENTS, isExamplePatient } from '../test/fixtures/patients.js';
import { AVAILABLE_LOCALES, isPseudoLocale } from '../src/i18n/localization.js';
import { matchLocale } from '../src/i18n/resolve-locale.js';

const example = new URLSearchParams(location.search).get('example');
if (example && isExamplePatient(example)) {
  localStorage.setItem(STORAGE_KEY, writeSavedProgress({ step: 'review', returnToReview: false, answers: EXAMPLE_PATIENTS[example]() }));
}
const locale = new URLSearchParams(location.search).get('locale');
if (locale) document.querySelector('ldn-decision-aid')?.setAttribute('locale', locale);
// Imported only now, so the widget finds the example and the locale when it starts.
await import('../src/ldn-decision-aid.js');

// A language switch, as a clinic page might offer: it sets the locale attribute, and the widget
// re-renders in that language at once, keeping the answers and the step. Each language is named in
// itself; the pseudo-locales are for testing (TRANSLATING.md). The translations are machine drafts,
// so the widget says so on its first page and with the guide.
const language = document.querySelector<HTMLSelectElement>('#language');
const aidElement = document.querySelector('ldn-decision-aid');
for (const code of AVAILABLE_LOCALES) {
  const pseudo = isPseudoLocale(code);
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(pseudo ? code.slice(0, 2) : code) ?? code;
  language?.append(new Option(pseudo ? `${code} (pseudo-locale, for testing)` : name, code));
}
// The locale the widget shows for its attribute (`?locale=es-MX` shows Spanish); an unknown one shows English.
if (language) language.value = matchLocale(aidElement?.getAttribute('locale') ?? 'en', AVAILABLE_LOCALES) ?? 'en';
language?.addEventListener('change', () => {
  aidElement?.setAttribute('locale', language.value);
  const url = new URL(location.href);
  url.searchParams.set('locale', language.value);
  history.replaceState(null, '', url);
});

// Shows the widget's DOM events, as a clinic's analytics or form code would receive them.
const log = document.querySelector('#event-log');
const append = (text: string) => {
  const item = document.createElement('li');
  item.textContent = text;
  log?.append(item);
};
document.addEventListener('ldn-step-change', (event) => append(`ldn-step-change: ${event.detail.step}`));
document.addEventListener('ldn-complete', (event) => append(`ldn-complete: ${event.detail.guide.safety.length} safety flag(s)`));
document.addEventListener('ldn-change', (event) => append(`ldn-change: ${Object.keys(event.detail.answers).length} answer(s)`));
document.addEventListener('ldn-reset', () => append('ldn-reset'));

// The saving switch sets the attribute a clinic would write; a change takes effect at once.
const aid = document.querySelector('ldn-decision-aid');
const saveMode = document.querySelector<HTMLSelectElement>('#save-mode');
saveMode?.addEventListener('change', () => aid?.setAttribute('save', saveMode.value));
document.querySelector('#reset')?.addEventListener('click', () => aid?.reset());

// The two clinic themes, set through the --ldn-* custom properties only.
const theme = document.querySelector<HTMLSelectElement>('#theme');
theme?.addEventListener('change', () => aid && isThemeName(theme.value) && applyTheme(aid, theme.value));

// The example patients, as links.
const examples = document.querySelector('#examples');
for (const name of Object.keys(EXAMPLE_PATIENTS)) {
  const link = document.createElement('a');
  link.href = `?example=${name}`;
  link.textContent = name;
  const item = document.createElement('li');
  item.append(link);
  examples?.append(item);
}

// The FHIR QuestionnaireResponse a clinic system would receive, as the widget makes it.
const output = document.querySelector<HTMLElement>('#fhir-output');
// Asynchronous: the FHIR builders load the first time; a failed load rejects, and the next click tries again.
async function showResponse(): Promise<void> {
  const aid = document.querySelector('ldn-decision-aid');
  if (!aid || !output) return;
  try {
    output.textContent = JSON.stringify(await aid.toQuestionnaireResponse(), null, 2);
  } catch (error) {
    output.textContent = `${(error as Error).message} Click again to retry.`;
  }
  output.hidden = false;
}
document.querySelector('#show-fhir')?.addEventListener('click', () => void showResponse());

function isThemeName(name: string): name is ThemeName {
  return name in THEMES;
}
