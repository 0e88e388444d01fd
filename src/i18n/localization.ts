/**
 * Runtime localization, configured once per page. English, the source locale,
 * is in the module itself; every other shipped locale is a chunk of its own,
 * fetched only when a widget needs it. `configureLocalization` throws when
 * called twice, so a second copy of the script reuses the first setup.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
// One dynamic import per shipped locale, generated from lit-localize.json (scripts/i18n/write-loaders.mjs).
import { DRAFT_LOCALES, loaders, PSEUDO_LOCALES } from './generated/locale-loaders.js';

type TargetLocale = (typeof targetLocales)[number];

/** Every locale a widget can show: English and the shipped translations. */
export const AVAILABLE_LOCALES: readonly string[] = [sourceLocale, ...targetLocales];
export { DRAFT_LOCALES, sourceLocale };

/** Whether a locale's translation is a machine draft no one has reviewed yet. */
export const isDraftLocale = (locale: string): boolean => DRAFT_LOCALES.includes(locale);

/** Whether a locale is a pseudo-locale, made from the English for testing (en-XA, ar-XB). */
export const isPseudoLocale = (locale: string): boolean => PSEUDO_LOCALES.includes(locale);

let controls: ReturnType<typeof configureLocalization> | undefined;

export function ensureLocalization(): void {
  if (controls) return;
  try {
    controls = configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => loaders[locale as TargetLocale](),
    });
  } catch {
    // Another bundle on the page configured @lit/localize first; its locale wins.
  }
}

/** The locale asked for last: the one to show once loads settle, whatever order they finish in. */
let wanted: string | undefined;

/**
 * Makes `locale` (one of AVAILABLE_LOCALES) the page's active locale. Every
 * `@localized()` element re-renders once its messages have loaded. Resolves
 * when they are in use, or at once when another bundle owns the setup, or when
 * a later request took over. Rejects when this locale, still wanted, failed to load.
 */
export async function activateLocale(locale: string): Promise<void> {
  ensureLocalization();
  if (!controls) return;
  wanted = locale;
  // Always asked, even for the active locale: another one may be loading, and must not win.
  try {
    await controls.setLocale(locale);
  } catch (error) {
    if (wanted !== locale) return;
    // lit-localize keeps a failed locale as "loading", so asking for it again would not
    // load it again: settling back on the locale shown lets the next request retry.
    wanted = undefined;
    await controls.setLocale(controls.getLocale());
    throw error;
  }
}

/** The active locale, for Intl formatting (dates, lists). */
export const currentLocale = (): string => controls?.getLocale() ?? sourceLocale;
