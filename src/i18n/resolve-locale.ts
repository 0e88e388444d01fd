/**
 * Which locale a widget shows, decided from what the page and browser say.
 * Pure, so every rule is unit-tested without a page (test/resolve-locale.test.ts).
 */

/** Where a widget's locale can come from, most specific first. */
export interface LocaleRequest {
  /** The element's `locale` attribute or property. */
  readonly attribute?: string | null | undefined;
  /** The host page's `<html lang>`. */
  readonly documentLang?: string | null | undefined;
  /** `navigator.languages`, in the patient's order of preference. */
  readonly browserLanguages?: readonly string[] | undefined;
}

export interface ResolvedLocale {
  /** One of the available locales. */
  readonly locale: string;
  /** The `locale` attribute, when it named nothing available and English is shown instead. */
  readonly unknown?: string;
}

/** A BCP 47 tag in canonical case (`en-xa` → `en-XA`), or undefined for anything that is not one. */
function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

/**
 * The available locale for one tag: the tag itself, else its language alone
 * (`es-MX` → `es`, `en-GB` → `en`). Matching ignores case, as BCP 47 does.
 */
export function matchLocale(tag: string, available: readonly string[]): string | undefined {
  const wanted = canonical(tag);
  if (!wanted) return undefined;
  const byLowerCase = new Map(available.map((locale) => [locale.toLowerCase(), locale]));
  return byLowerCase.get(wanted.toLowerCase()) ?? byLowerCase.get(wanted.split('-')[0]!.toLowerCase());
}

/**
 * The `locale` attribute decides when set: an unknown one falls back to the
 * source locale (English), reported as `unknown` so the element can warn once.
 * Without it, the first of the page's `<html lang>` and the browser's languages
 * that is available and not a draft; else English, silently, since a page or
 * browser in a language the widget does not offer yet is normal.
 *
 * Drafts are machine translations no one has reviewed yet: clinical text a
 * clinic must choose to offer, so only the attribute can select one.
 */
export function resolveLocale(request: LocaleRequest, available: readonly string[], sourceLocale: string, drafts: readonly string[] = []): ResolvedLocale {
  const attribute = request.attribute?.trim();
  if (attribute) {
    const locale = matchLocale(attribute, available);
    return locale ? { locale } : { locale: sourceLocale, unknown: attribute };
  }
  const offered = available.filter((locale) => !drafts.includes(locale));
  for (const tag of [request.documentLang, ...(request.browserLanguages ?? [])]) {
    const locale = tag ? matchLocale(tag, offered) : undefined;
    if (locale) return { locale };
  }
  return { locale: sourceLocale };
}

/** Languages written right to left, by language subtag (the ones CLDR marks rtl that a clinic may well need). */
const RTL_LANGUAGES = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** The text direction of a locale. `ar-XB`, the right-to-left pseudo-locale, is `rtl` through its language. */
export const localeDirection = (locale: string): 'ltr' | 'rtl' => (RTL_LANGUAGES.has(locale.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr');
