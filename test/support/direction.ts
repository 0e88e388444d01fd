/**
 * The widget's text direction follows its locale, not the page: a right-to-left
 * page around an English widget still shows it left to right. So right to left
 * is tested in Arabic, the shipped right-to-left translation: the axe sweep
 * and the 320 px reflow sweep run over every screen in it.
 */
import { waitUntil } from '@open-wc/testing';
import type { LdnDecisionAid } from '../../src/ldn-decision-aid.js';

export const localeFor = (dir: 'ltr' | 'rtl'): string => (dir === 'rtl' ? 'ar' : 'en');

/** Waits until the widget shows the locale for `dir` (its chunk may still be loading). */
export async function directionShown(el: LdnDecisionAid, dir: 'ltr' | 'rtl'): Promise<void> {
  const container = () => el.shadowRoot?.querySelector('.container');
  await waitUntil(() => container()?.getAttribute('dir') === dir && container()?.getAttribute('lang') === localeFor(dir), `the widget is not ${dir}`, {
    timeout: 5000,
  });
  await el.updateComplete;
}
