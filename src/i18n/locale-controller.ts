/**
 * Connects a widget's `locale` attribute to the page's active locale. Without
 * the attribute, the widget follows the page's `<html lang>`, also when the
 * page changes it in place.
 *
 * @lit/localize keeps one active locale per page, and every `@localized()`
 * element shows it. So with two widgets asking for different locales, the last
 * one to ask wins for all of them (a widget asks when it first renders and when
 * its `locale` changes), and the page gets one console warning saying so. Each
 * widget's `lang` and `dir` follow the active locale, not its own request, so
 * they always describe the text actually shown.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { activateLocale, AVAILABLE_LOCALES, currentLocale, DRAFT_LOCALES, sourceLocale } from './localization.js';
import { localeDirection, resolveLocale } from './resolve-locale.js';
import { warnOnce } from '../warn-once.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The locale each connected widget asked for, to notice two that disagree. */
const requested = new Map<Host, string>();
/** Widgets that disagree are a page's matter: said once per page. */
const PAGE = {};

export class LocaleController implements ReactiveController {
  private askedFor?: string | null;
  /** The page's `<html lang>` when the widget last asked: without a `locale` attribute, a change of it is a new request. */
  private askedWithPageLang?: string;
  private asked = false;
  private resolved = sourceLocale;
  /** Watches `<html lang>`, as a page that switches language in place changes it. */
  private pageLang?: MutationObserver;

  constructor(
    private readonly host: Host,
    private readonly attribute: () => string | undefined | null,
  ) {
    host.addController(this);
  }

  /** The active locale, for the `lang` attribute. */
  get lang(): string {
    return currentLocale();
  }

  /** The active locale's direction, for the `dir` attribute. */
  get dir(): 'ltr' | 'rtl' {
    return localeDirection(currentLocale());
  }

  hostUpdate(): void {
    // Taken off the page: it asks for nothing until it is back (hostConnected asks again).
    if (!this.host.isConnected) return;
    // A blank attribute asks for nothing, like none.
    const attribute = this.attribute()?.trim() || null;
    const pageLang = this.host.ownerDocument.documentElement.lang;
    if (this.asked && attribute === this.askedFor && (attribute !== null || pageLang === this.askedWithPageLang)) return;
    this.asked = true;
    this.askedFor = attribute;
    this.askedWithPageLang = pageLang;
    const { locale, unknown } = resolveLocale(
      { attribute, documentLang: pageLang, browserLanguages: navigator.languages },
      AVAILABLE_LOCALES,
      sourceLocale,
      DRAFT_LOCALES,
    );
    if (unknown !== undefined)
      warnOnce(this.host, 'locale', `<ldn-decision-aid>: locale "${unknown}" is not available (${AVAILABLE_LOCALES.join(', ')}); showing English.`);
    this.resolved = locale;
    requested.set(this.host, locale);
    this.warnIfWidgetsDisagree(locale);
    activateLocale(locale).catch((error: unknown) => {
      // The chunk could not load (missing beside the module, or offline): the text stays as it was.
      console.warn(`<ldn-decision-aid>: could not load locale "${locale}"; the text stays in "${currentLocale()}".`, error);
    });
  }

  hostConnected(): void {
    // Moved in the page: still a widget on it, with the same request; not a new request.
    if (this.asked) requested.set(this.host, this.resolved);
    // And the page's language may have changed while it was away.
    this.host.requestUpdate();
    this.pageLang = new MutationObserver(() => this.host.requestUpdate());
    this.pageLang.observe(this.host.ownerDocument.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    requested.delete(this.host);
    this.pageLang?.disconnect();
  }

  private warnIfWidgetsDisagree(locale: string): void {
    const others = [...requested].filter(([host, other]) => host !== this.host && other !== locale);
    if (!others.length) return;
    warnOnce(
      PAGE,
      'locales-disagree',
      `<ldn-decision-aid>: widgets on this page ask for different locales (${[locale, ...others.map(([, other]) => other)].join(', ')}). ` +
        `A page shows one locale at a time, so all of them now show "${locale}", the last one asked for.`,
    );
  }
}
