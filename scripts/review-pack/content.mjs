/**
 * The content a clinic's reviewer signs off, and its version: every English
 * message the widget can show (extracted from the source, as `i18n:extract`
 * does), the description of each tailoring rule, and the sources. The
 * fingerprint is a hash of exactly these, so any change to them is a new
 * content version; src/content/content-version.ts records the accepted one
 * with the date it last changed (`npm run review-pack -- --accept`).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { currentEnglish } from '../i18n/localizer.mjs';
import { innerXml } from '../i18n/xliff.mjs';

export const VERSION_FILE = fileURLToPath(new URL('../../src/content/content-version.ts', import.meta.url));

/** Loads a TypeScript module of the project in Node. */
export const load = async (path) =>
  (await runnerImport(fileURLToPath(new URL(`../../${path}`, import.meta.url)), { configFile: false, logLevel: 'silent' })).module;

/** A message's English as a reader reads it: placeholders as {name}, entities decoded. */
export const readable = (xml) =>
  xml
    .replace(/<x\b[^>]*equiv-text="\$\{([^"]*)\}"[^>]*\/>/g, (_, expr) => `{${expr.split(/[.(]/).filter(Boolean).pop() ?? expr}}`)
    .replace(/<x\b[^>]*\/>/g, '{…}')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** Every message by id, its English as the XLIFF source holds it, sorted by id. */
export async function messageCatalogue() {
  const english = await currentEnglish();
  return new Map([...english].map(([id, source]) => [id, innerXml(source)]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The hash of the content: 12 hex digits of SHA-256 in capitals (a code, not a word, in any language) over the messages, rule descriptions and sources, in a fixed order. */
export function fingerprint({ messages, descriptions, sources }) {
  const canonical = JSON.stringify({ messages: [...messages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)), descriptions, sources });
  return createHash('sha256').update(canonical).digest('hex').slice(0, 12).toUpperCase();
}

/** The content as it is now, with its fingerprint. */
export async function currentContent() {
  const [messages, { RULE_DESCRIPTIONS }, { SOURCES }] = await Promise.all([
    messageCatalogue(),
    load('src/review/pack-data.ts'),
    load('src/content/sources.ts'),
  ]);
  const content = { messages, descriptions: RULE_DESCRIPTIONS, sources: SOURCES };
  return { ...content, fingerprint: fingerprint(content) };
}

/** The version recorded in src/content/content-version.ts. */
export function recordedVersion(file = VERSION_FILE) {
  const text = readFileSync(file, 'utf8');
  const field = (name) => text.match(new RegExp(`${name}: '([^']*)'`))?.[1];
  return { fingerprint: field('fingerprint'), lastChanged: field('lastChanged') };
}

/** Records a new fingerprint, and today as the day the content last changed. */
export function acceptVersion(fingerprint, { today = new Date().toISOString().slice(0, 10), file = VERSION_FILE } = {}) {
  const text = readFileSync(file, 'utf8')
    .replace(/fingerprint: '[^']*'/, `fingerprint: '${fingerprint}'`)
    .replace(/lastChanged: '[^']*'/, `lastChanged: '${today}'`);
  writeFileSync(file, text);
}

export const NOT_ACCEPTED = (now, recorded) =>
  `The content changed (fingerprint ${now}; src/content/content-version.ts records ${recorded}). ` +
  'Check the change is meant, then run `npm run review-pack -- --accept` to record the new content version and today as the day it last changed.';
