/**
 * The project's lit-localize configuration, read once, and a localizer built
 * from it with some settings changed: the translator commands need the same
 * extraction with other target locales or another XLIFF folder.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { parseXliff, transUnits } from './xliff.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CONFIG_PATH = `${ROOT}lit-localize.json`;
export const LOCALES_DIR = `${ROOT}locales/`;

/** A JSON data file of locales/ (the glossary, the locked instruments). */
export const readJson = (name) => JSON.parse(readFileSync(`${LOCALES_DIR}${name}`, 'utf8'));

/** lit-localize.json, with `baseDir` and `resolve` as lit-localize adds them. */
export const readConfig = () => readConfigFileAndWriteSchema(CONFIG_PATH);

/**
 * The shipped locales: the target locales of lit-localize.json. Only these are
 * built into locale modules, bundled and selectable, and each must pass `npm run i18n:check`.
 */
export const shippedLocales = (config = readConfig()) => [...config.targetLocales];

/** Every locale with an XLIFF file in locales/, shipped or still being translated. */
export const xliffLocales = () =>
  readdirSync(LOCALES_DIR)
    .filter((name) => name.endsWith('.xlf'))
    .map((name) => name.slice(0, -'.xlf'.length))
    .sort();

/** A runtime-mode localizer for the project, with some config fields replaced. */
export const localizer = (overrides = {}) => new RuntimeLitLocalizer({ ...readConfig(), ...overrides });

/** Throws with lit-localize's TypeScript diagnostics if the source messages cannot be extracted. */
export function assertExtracted(localizer) {
  const { errors } = localizer.extractSourceMessages();
  if (errors.length) throw new Error(`lit-localize could not extract the messages:\n${errors.map((e) => e.messageText).join('\n')}`);
}

/**
 * The current English <source> of every message, by id, extracted afresh from
 * the source code (as `lit-localize extract` does, into a temporary folder).
 */
export async function currentEnglish() {
  const dir = mkdtempSync(join(tmpdir(), 'ldn-i18n-'));
  try {
    const l10n = localizer({ targetLocales: ['en-XA'], interchange: { format: 'xliff', xliffDir: dir } });
    assertExtracted(l10n);
    await l10n.writeInterchangeFiles();
    return new Map(transUnits(parseXliff(readFileSync(join(dir, 'en-XA.xlf'), 'utf8'))).map((unit) => [unit.id, unit.source]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
