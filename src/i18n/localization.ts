/**
 * Runtime localization, configured once per page. English, the source locale,
 * is in the module itself; every other shipped locale is a chunk of its own,
 * fetched only when a widget needs it. `configureLocalization` throws when
 * called twice, so a second copy of the script reuses the first setup.
 */
import { configureLocalization, type LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

type TargetLocale = (typeof targetLocales)[number];

/**
 * One loader per shipped locale (the target locales of lit-localize.json; the
 * type makes a missing one a compile error). Written out, not as a template
 * literal: Vite would turn `./generated/locales/${locale}.js` into a glob of
 * `.js` files, find only `.ts` ones and emit nothing, and `import.meta.glob`
 * works only in Vite, not in the test runner. Each import becomes a chunk named
 * `ldn-decision-aid-<locale>.js` beside the module (vite.config.ts), and the
 * browser resolves the plain relative name against the module's own URL, so it
 * loads from the same origin and folder as the module, wherever a clinic hosts it.
 */
const loaders: Record<TargetLocale, () => Promise<LocaleModule>> = {
  ar: () => import('./generated/locales/ar.js'),
  'ar-XB': () => import('./generated/locales/ar-XB.js'),
  de: () => import('./generated/locales/de.js'),
  'en-XA': () => import('./generated/locales/en-XA.js'),
  es: () => import('./generated/locales/es.js'),
  fr: () => import('./generated/locales/fr.js'),
};

/** Every locale a widget can show: English and the shipped translations. */
export const AVAILABLE_LOCALES: readonly string[] = [sourceLocale, ...targetLocales];
export { sourceLocale };

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

/**
 * Makes `locale` (one of AVAILABLE_LOCALES) the page's active locale. Every
 * `@localized()` element re-renders once its messages have loaded. Resolves
 * when they are in use, or at once when another bundle owns the setup.
 */
export async function activateLocale(locale: string): Promise<void> {
  ensureLocalization();
  if (!controls || controls.getLocale() === locale) return;
  await controls.setLocale(locale);
}

/** The active locale, for Intl formatting (dates, lists). */
export const currentLocale = (): string => controls?.getLocale() ?? sourceLocale;
