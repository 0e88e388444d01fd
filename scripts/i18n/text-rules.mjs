/**
 * Checks on the words of a translation, for what machine drafts typically get
 * wrong: a number changed, a term not the glossary's (locales/glossary.json),
 * a banned word, French spacing before high punctuation, Latin punctuation in
 * Arabic, text left as the English. Each takes the text of a <source> and its
 * <target> with the placeholders as `{n}` tokens (textWithTokens) and returns
 * problems as sentences; check-locale.mjs runs them on every real translation
 * (not on the generated pseudo-locales).
 */
import { segments } from './xliff.mjs';

/** The text of a <source> or <target>, each placeholder as a `{n}` token, so a rule never reads a placeholder's expression as words. */
export const textWithTokens = (element) =>
  segments(element)
    .map((part) => (typeof part === 'string' ? part : `{${part.placeholder?.match(/\bid="([^"]*)"/)?.[1] ?? '?'}}`))
    .join('');

const withoutTokens = (text) => text.replace(/\{[^}]*\}/g, ' ');

/** Western digits for Arabic-Indic and Eastern Arabic-Indic ones, so "٢٠٢٨" counts as 2028. */
const westernDigits = (text) => text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - (d.charCodeAt(0) >= 0x06f0 ? 0x06f0 : 0x0660)));

/** The numbers in a text, sorted: digit runs, with thousands separators (",", ".", spaces) dropped, so 1,200 and 1 200 are one number. */
export function numbersIn(text) {
  const plain = westernDigits(withoutTokens(text)).replace(/(?<=\d)[,.\u00a0\u202f\u2009 ](?=\d{3}(?!\d))/g, '');
  return (plain.match(/\d+/g) ?? []).sort();
}

/** The numbers a text says in words (the glossary's numberWords: the Arabic dual "أسبوعين" is 2). */
const numberWordsIn = (text, numberWords) => numberWords.flatMap((word) => [...text.matchAll(word.pattern)].map(() => word.number));

/** `a` without one of each item of `b`. */
function without(a, b) {
  const rest = [...a];
  for (const item of b) {
    const i = rest.indexOf(item);
    if (i >= 0) rest.splice(i, 1);
  }
  return rest;
}

/** The same numbers in source and target; a number the target says in words (numberWords) stands for the digits, or for nothing, as the English has it. */
export function numberProblems(source, target, numberWords = []) {
  const [wanted, found] = [numbersIn(source), numbersIn(target)];
  const missing = without(without(wanted, found), numberWordsIn(target, numberWords));
  const added = without(found, wanted);
  if (!missing.length && !added.length) return [];
  return [`numbers differ from the English: expected ${wanted.join(' ') || 'none'}, found ${found.join(' ') || 'none'}`];
}

const NBSP = '[\\u00a0\\u202f]';

/**
 * French typography: a non-breaking space (U+00A0 or the narrow U+202F) before
 * ; : ? ! and », and after «, so the mark never starts a line. A colon between
 * digits (10:30) is left alone.
 */
export function frenchSpacingProblems(target) {
  const text = withoutTokens(target);
  const bad = [...text.matchAll(new RegExp(`(?<!${NBSP})(?:[;?!»]|:(?!\\d)|(?<!\\d):)|«(?!${NBSP})`, 'gu'))].map((m) =>
    text.slice(Math.max(0, m.index - 8), m.index + 2).trim(),
  );
  return bad.length ? [`French needs a non-breaking space (U+00A0 or U+202F) at: ${bad.map((b) => `"${b}"`).join(', ')}`] : [];
}

/** Arabic punctuation: the Arabic comma, semicolon and question mark (، ؛ ؟), not the Latin ones; a comma between digits is left alone. */
export function arabicPunctuationProblems(target) {
  const text = withoutTokens(target);
  const marks = [...text.matchAll(/(?<!\d),|,(?!\d)|;|\?/g)].map((m) => m[0]);
  if (!marks.length) return [];
  const arabic = { ',': '،', ';': '؛', '?': '؟' };
  return [`Latin punctuation in Arabic: ${[...new Set(marks)].map((m) => `"${m}" (use "${arabic[m]}")`).join(', ')}`];
}

/** A target left as the English is suspicious when it is a phrase: two or more words of three letters or more. */
export const isPhrase = (text) => (withoutTokens(text).match(/\p{L}{3,}/gu) ?? []).length >= 2;

const regex = (pattern) => new RegExp(pattern, 'iu');

/** The glossary's rules for one language (its `language` subtag: `fr` for fr-CA), compiled. */
export function glossaryFor(glossary, language) {
  return {
    terms: glossary.terms
      .filter((term) => term[language])
      .map((term) => ({ en: term.en, how: term.how, english: regex(term.match), use: term[language].use, required: regex(term[language].match) })),
    banned: (glossary.banned?.[language] ?? []).map((rule) => ({ ...rule, pattern: regex(rule.match) })),
    sameAsEnglish: new Set(glossary.sameAsEnglish?.[language] ?? []),
    numberWords: (glossary.numberWords?.[language] ?? []).map((word) => ({ ...word, pattern: new RegExp(word.match, 'gu') })),
  };
}

/** The glossary's term wherever the English term appears, and no banned word anywhere. */
export function glossaryProblems(source, target, rules) {
  const problems = [];
  const [english, text] = [withoutTokens(source), withoutTokens(target)];
  for (const term of rules.terms) if (term.english.test(english) && !term.required.test(text)) problems.push(`glossary: "${term.en}" is "${term.use}" here`);
  for (const rule of rules.banned) {
    const found = text.match(rule.pattern);
    if (found) problems.push(`glossary: "${found[0]}" is banned: ${rule.why}`);
  }
  return problems;
}

/** Every rule on the words of one unit, for a locale's language. */
export function textProblems(source, target, language, rules) {
  return [
    ...numberProblems(source, target, rules?.numberWords),
    ...(rules ? glossaryProblems(source, target, rules) : []),
    ...(language === 'fr' ? frenchSpacingProblems(target) : []),
    ...(language === 'ar' ? arabicPunctuationProblems(target) : []),
  ];
}
