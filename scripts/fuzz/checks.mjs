/**
 * The invariants the host-API fuzz checks after every command:
 * - no uncaught error, no unhandled rejection, no CSP violation, no console error;
 * - each widget on the page shows the step its `step` property names;
 * - a guide on screen starts with the opioid warning whenever the answers make opioid use possible;
 * - events fire only for what a patient did;
 * - no save is touched that the command could not have written: a widget not on
 *   the page keeps its save; a value written is some widget's own progress; a
 *   save is removed only by "Start over", reset() or a change of where that widget saves (or later, by that
 *   widget while it stays blank, when storage refused the removal at the time);
 * - once loads settle, the language shown is the last shipped locale asked for
 *   (unless its file could not load), the same in every widget, and the words
 *   on the buttons are that language's.
 */
/* global window -- used in code that runs in the page */
import { FOREIGN_KEY, keysOf } from './model.mjs';

/** How often the checks that matter most had something to check, for the summary. */
export const coverage = { guidesWithOpioids: 0, guides: 0, settledLocales: 0, settledTranslations: 0, failedLoads: 0, hostEvents: 0 };

const sorted = (o) => JSON.stringify(o, Object.keys(o ?? {}).sort());

function storageProblems(model, command, before, after, widgets) {
  const problems = [];
  if (after[`localStorage:${FOREIGN_KEY}`] !== before[`localStorage:${FOREIGN_KEY}`]) problems.push(`the save of a widget not on the page changed`);
  const actor = model.widgets.get(command.name);
  // A patient whose widget is back on a blank first page ("Start over", or Back from an empty first question), or reset(), leaves nothing to keep.
  const blank = widgets.find((w) => w.name === command.name && w.step === 'intro' && !Object.keys(w.answers ?? {}).length);
  const clears = new Set((command.kind === 'patient' && blank) || command.kind === 'reset' ? keysOf(actor) : []);
  // A widget whose save, storage-key or id changed removes its save from where it was, at its next update, whatever caused that.
  const moved = new Set([...model.widgets.values()].flatMap((w) => [...(w.formerKeys ?? [])].filter((key) => !keysOf(w).includes(key))));
  // A clear that storage refused (read-only at the time) is still owed: the widget may do it at a later update while it
  // stays blank, and nobody has written there since. Kept across commands: key -> the widget that owes it.
  model.owedClears ??= new Map();
  const owedNow = (key) => {
    const owner = model.owedClears.get(key);
    return owner !== undefined && widgets.some((w) => w.name === owner && w.step === 'intro' && !Object.keys(w.answers ?? {}).length);
  };
  for (const key of clears) if (after[key] !== undefined) model.owedClears.set(key, command.name);
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (before[key] === after[key] || key === `localStorage:${FOREIGN_KEY}`) continue;
    if (after[key] === undefined) {
      if (!clears.has(key) && !moved.has(key) && !owedNow(key)) problems.push(`${key} was removed by "${command}"`);
      model.owedClears.delete(key);
      continue;
    }
    model.owedClears.delete(key);
    let saved;
    try {
      saved = JSON.parse(after[key]);
    } catch {
      problems.push(`${key} holds something that is not saved progress`);
      continue;
    }
    const owner = widgets.find((w) => keysOf(model.widgets.get(w.name)).includes(key) && w.step === saved.step && sorted(w.answers) === sorted(saved.answers));
    if (!owner) problems.push(`${key} was written with progress no widget with that key has (step ${saved.step}) by "${command}"`);
  }
  return problems;
}

function localeProblems(model, real, shown) {
  const langs = [...new Set(shown.map((w) => w.lang))];
  if (langs.length > 1) return [`the widgets show different languages: ${langs.join(', ')}`];
  if (!langs.length) return [];
  const [lang] = langs;
  const problems = [];
  const expected = model.lastAsked;
  // Its file loaded once (it is then kept), or it failed before the last request for it and would load now: asking again retries.
  const retried = real.plans[expected] !== 'fail' && model.lastAskNumber > (real.failedAtAsk[expected] ?? Infinity);
  const loadable = expected === 'en' || real.loaded.has(expected) || retried;
  coverage.settledLocales += 1;
  if (expected !== 'en') coverage[loadable ? 'settledTranslations' : 'failedLoads'] += 1;
  if (loadable && lang !== expected) problems.push(`the widgets show ${lang}, but ${expected} was asked for last and loaded`);
  if (!loadable && lang === expected) problems.push(`the widgets say ${lang}, whose file never loaded`);
  for (const w of shown) {
    const kind = w.shownStep === 'intro' ? 'intro' : w.shownStep === 'review' ? 'review' : w.shownStep === 'guide' ? undefined : 'page';
    const label = kind && real.labels[lang]?.[kind];
    if (label && w.continueLabel !== label) problems.push(`${w.name} has lang=${lang} but its button says "${w.continueLabel}", not "${label}"`);
  }
  return problems;
}

/** Every invariant, after a command; throws with all that failed. */
export async function checkPage(real, model, command, before) {
  const seen = await real.page.evaluate(async () => {
    await window.__fuzz.settle();
    return {
      problems: window.__fuzz.problems.splice(0),
      events: window.__fuzz.events.splice(0),
      storage: window.__fuzz.storageContents(),
      widgets: window.__fuzz.observe(),
    };
  });
  real.storage = seen.storage;
  const problems = [...seen.problems, ...real.consoleErrors.splice(0)];
  if (command.kind !== 'patient' && seen.events.length) problems.push(`events from the host's "${command}": ${seen.events.join(', ')}`);
  const shown = seen.widgets.filter((w) => w.connected);
  for (const w of shown) {
    if (w.step !== w.shownStep) problems.push(`${w.name}.step is ${w.step}, but it shows ${w.shownStep}`);
    if (w.guideShown) coverage.guides += 1;
    if (w.guideShown && ['yes', 'not-sure'].includes(w.opioidUse)) coverage.guidesWithOpioids += 1;
    if (w.guideShown && ['yes', 'not-sure'].includes(w.opioidUse) && (w.firstSafetyBlock !== 'opioid-withdrawal' || w.guideSafety?.[0] !== 'opioid-withdrawal'))
      problems.push(`${w.name}'s guide does not start with the opioid warning (first: ${w.firstSafetyBlock}), with opioid use "${w.opioidUse}"`);
  }
  problems.push(...storageProblems(model, command, before.storage, seen.storage, seen.widgets));
  if (command.kind === 'settle') problems.push(...localeProblems(model, real, shown));
  if (problems.length) throw new Error(`after "${command}":\n  ${problems.join('\n  ')}`);
}
