/**
 * The widget's text direction follows its locale, not the page: a right-to-left
 * page around an English widget still shows it left to right. So right to left
 * is tested in Arabic, the shipped right-to-left translation: the screen sweeps
 * (test/component-screens.test.ts) run axe and 320 px reflow over every screen in it.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/ldn-decision-aid.js';
import type { LdnDecisionAid } from '../../src/ldn-decision-aid.js';
import { currentLocale } from '../../src/i18n/localization.js';
import { settle } from './settle.js';

export const localeFor = (dir: 'ltr' | 'rtl'): string => (dir === 'rtl' ? 'ar' : 'en');

const container = (el: LdnDecisionAid) => el.shadowRoot?.querySelector('.container');

/** Waits until the page's active locale is `locale` and the widget has re-rendered in it (its chunk may still be loading). */
export async function localeShown(el: LdnDecisionAid, locale: string): Promise<void> {
  await waitUntil(() => currentLocale() === locale && container(el)?.getAttribute('lang') === locale, `locale ${locale} not shown`, { timeout: 5000 });
  await settle(el);
}

/** Waits until the widget shows the locale for `dir`, laid out in that direction. */
export async function directionShown(el: LdnDecisionAid, dir: 'ltr' | 'rtl'): Promise<void> {
  await localeShown(el, localeFor(dir));
  await waitUntil(() => container(el)?.getAttribute('dir') === dir, `the widget is not ${dir}`);
}

/**
 * Mounts the aid in the locale for `dir`, inside a <main> landmark as a host page
 * would (axe's region rule needs one), so every check can run on the same mount.
 */
export async function mountInMain(dir: 'ltr' | 'rtl' = 'ltr'): Promise<LdnDecisionAid> {
  const main = await fixture<HTMLElement>(html`<main dir=${dir}><ldn-decision-aid locale=${localeFor(dir)}></ldn-decision-aid></main>`);
  const el = main.querySelector<LdnDecisionAid>('ldn-decision-aid')!;
  await settle(el);
  await directionShown(el, dir);
  return el;
}
