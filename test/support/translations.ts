/**
 * What the translation sweeps share: which locales are translations and which
 * pseudo-locales, what a language keeps as the English has it (the glossary's
 * sameAsEnglish, which i18n:check holds too), and what a phrase left in
 * English or a raw placeholder looks like.
 */
import { AVAILABLE_LOCALES, isPseudoLocale, sourceLocale } from '../../src/i18n/localization.js';

/** The real translations: every shipped locale but English and the pseudo-locales. */
export const TRANSLATIONS = AVAILABLE_LOCALES.filter((locale) => locale !== sourceLocale && !isPseudoLocale(locale));
export const PSEUDO_LOCALES = AVAILABLE_LOCALES.filter(isPseudoLocale);

let sameAsEnglish: Record<string, readonly string[]> | undefined;

/** Reads locales/glossary.json's sameAsEnglish, once (a sweep awaits it before it compares). */
export async function loadSameAsEnglish(): Promise<void> {
  sameAsEnglish ??= ((await (await fetch('/locales/glossary.json')).json()) as { sameAsEnglish: Record<string, readonly string[]> }).sameAsEnglish;
}

/** Whether a language keeps this text as the English has it (keys are language subtags: fr covers fr-CA). */
export const keptAsEnglish = (locale: string, text: string): boolean => sameAsEnglish?.[locale.split('-')[0]!]?.includes(text) ?? false;

/** A phrase, not a name: two words of three letters or more (so LDN, POTS and drug names pass). */
export const isPhrase = (text: string) => (text.match(/\p{L}{3,}/gu) ?? []).length >= 2;
/** What a template placeholder looks like when it was not filled in. */
export const RAW_PLACEHOLDER = /\$\{|\{\d+\}|<x\b|equiv-text|\[object Object\]|undefined|NaN/;
