/**
 * Runtime localization, configured once per page. `configureLocalization` throws
 * when called twice, so a second copy of the script reuses the first setup.
 */
import { configureLocalization } from '@lit/localize';
import { allLocales, sourceLocale } from './generated/locale-codes.js';

const targetLocales = allLocales.filter((locale) => locale !== sourceLocale);

let controls: ReturnType<typeof configureLocalization> | undefined;

export function ensureLocalization(): void {
  if (controls) return;
  try {
    controls = configureLocalization({
      sourceLocale,
      targetLocales,
      // No target locale ships yet; the translations issue wires Vite-friendly loaders here.
      loadLocale: (locale) => Promise.reject(new Error(`No translation for ${locale}`)),
    });
  } catch {
    // Another bundle on the page configured @lit/localize first; its locale wins.
  }
}

/** The active locale, for Intl formatting (dates, lists). */
export const currentLocale = (): string => controls?.getLocale() ?? sourceLocale;
