/**
 * The host-API fuzz's model of the page: which widgets exist and where, what
 * each was set to, the locale asked for last, and what the network and
 * storage do. Written from EMBEDDING.md's promises, not from the widget's code.
 */
import { readFileSync } from 'node:fs';
import { parseXliff, transUnits } from '../i18n/xliff.mjs';

export const AVAILABLE = ['en', 'ar', 'ar-XB', 'de', 'en-XA', 'es', 'fr'];
export const STORAGE_PREFIX = 'ldn-decision-aid:progress';
/** A save of a widget that is not on the page: nothing the page's widgets do may touch it. */
export const FOREIGN_KEY = `${STORAGE_PREFIX}:elsewhere`;

/** The page before the first command: these widgets on it, saving in localStorage, which asked for English. */
export function emptyModel(names = []) {
  const widgets = new Map(names.map((name) => [name, { connected: true, locale: null, asked: null, storageKey: null, id: '', save: 'local' }]));
  return { widgets, lastAsked: 'en', askCount: 0, lastAskNumber: 0, fault: 'none' };
}

/** The text a host value becomes for a text setting (host-config.ts's rule, restated from EMBEDDING.md): null for none. */
export function settingText(d, max = 100) {
  if (d === undefined) return null;
  let text;
  if (d.kind === 'string') text = d.s;
  else if (d.kind === 'number') text = Number.isFinite(d.n) ? String(d.n) : null;
  else if (d.kind === 'bigint') text = '7';
  else if (d.kind === 'huge') return null;
  else return null;
  if (text === null) return null;
  text = text.replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  return text && [...text].length <= max ? text : null;
}

/** The shipped locale a request resolves to: the tag itself or its language, else English (the page and browser are English). */
export function resolveLocale(text) {
  if (text === null) return 'en';
  let canonical;
  try {
    canonical = Intl.getCanonicalLocales(text)[0];
  } catch {
    return 'en';
  }
  const lower = new Map(AVAILABLE.map((l) => [l.toLowerCase(), l]));
  return lower.get(canonical.toLowerCase()) ?? lower.get(canonical.split('-')[0].toLowerCase()) ?? 'en';
}

/**
 * A widget asks for its locale when it first renders on the page, and again
 * when its `locale` changes (while on the page, or before it comes back).
 * The page shows one locale: the last one asked for.
 */
export function noteLocaleRequest(model, name) {
  const w = model.widgets.get(name);
  if (!w?.connected) return;
  if (w.asked !== undefined && w.asked === w.locale) return;
  w.asked = w.locale;
  model.lastAsked = resolveLocale(w.locale);
  model.lastAskNumber = model.askCount += 1;
}

/** Where a widget's settings say it saves: its storage and key, or nowhere. */
export function keysOf(w) {
  if (!w || w.save === 'none') return [];
  const key = w.storageKey ? `${STORAGE_PREFIX}:${w.storageKey}` : w.id ? `${STORAGE_PREFIX}:#${w.id}` : STORAGE_PREFIX;
  return [`${w.save}Storage:${key}`];
}

/** Start, Continue and "Show my discussion guide" in every shipped locale, from the XLIFF files: the words that show which locale the widget renders. */
export function actionLabels() {
  const ids = { intro: 'action.start', review: 'action.show-guide', page: 'action.continue' };
  const labels = {};
  const english = {};
  for (const locale of AVAILABLE.filter((l) => l !== 'en')) {
    const units = transUnits(parseXliff(readFileSync(new URL(`../../locales/${locale}.xlf`, import.meta.url), 'utf8')));
    labels[locale] = {};
    for (const [kind, id] of Object.entries(ids)) {
      const unit = units.find((u) => u.id === id);
      english[kind] = unit.source.textContent.trim();
      labels[locale][kind] = unit.target.textContent.trim();
    }
  }
  return { en: english, ...labels };
}
