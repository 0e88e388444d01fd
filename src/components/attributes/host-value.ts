/**
 * What the host page hands over, read as values the widget can use. A host may
 * set any JavaScript value on a property (React 19 sets properties), so each
 * reader takes `unknown`, never throws, and returns either a value or a
 * problem in words for the one console warning. Pure: host-config.ts warns.
 */

/** A value, or what is wrong with it (the caller warns once and ignores or shortens it). */
export interface Read<T> {
  value?: T;
  problem?: string;
}

/** Unicode bidi controls: embeddings, overrides, isolates and marks. In plain text they can reorder what follows them. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export const withoutBidiControls = (text: string): string => text.replace(BIDI_CONTROLS, '');

/** A short, safe description of any value for a warning: never its contents, which may be huge, and never a call that could throw. */
export function describe(value: unknown): string {
  const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : value instanceof Date ? 'Date' : typeof value;
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
}

/** A local calendar date as YYYY-MM-DD: the day the host's Date shows where it was made. */
const isoDay = (date: Date): string =>
  [String(date.getFullYear()).padStart(4, '0'), String(date.getMonth() + 1).padStart(2, '0'), String(date.getDate()).padStart(2, '0')].join('-');

export interface TextRules {
  /** The most characters kept (code points); longer text is cut there, with "…". */
  max: number;
  /** Also take a Date, as its calendar day (YYYY-MM-DD). */
  date?: boolean;
  /** Text longer than `max` is ignored rather than cut: a cut key, locale or URL would be another one. */
  whole?: boolean;
}

/**
 * Text from any value: a string as it is, a finite number or a BigInt as its
 * digits, a valid Date as YYYY-MM-DD where `date` is allowed. Blank text and
 * null or undefined mean unset, silently. Anything else (booleans, objects,
 * arrays, symbols, functions, NaN) is a problem. Bidi controls are removed;
 * text longer than `max` is cut (or ignored, when `whole`), with a problem.
 */
export function readText(value: unknown, rules: TextRules): Read<string> {
  let text: string;
  if (value === undefined || value === null) return {};
  if (typeof value === 'string') text = value;
  else if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'bigint') text = String(value);
  else if (rules.date && value instanceof Date && !Number.isNaN(value.getTime())) text = isoDay(value);
  else return { problem: `is ${describe(value)}, not text` };
  text = withoutBidiControls(text).trim();
  if (!text) return {};
  // UTF-16 length is never below the count of code points: most text stops here.
  if (text.length <= rules.max) return { value: text };
  const chars = [...text];
  if (chars.length <= rules.max) return { value: text };
  const problem = `is ${chars.length} characters long, more than ${rules.max}`;
  return rules.whole ? { problem } : { value: `${chars.slice(0, rules.max).join('').trimEnd()}…`, problem };
}

/** A property reflected to its attribute: text as it is, a number as its digits, anything else no attribute (setAttribute would throw on a Symbol). */
export function reflectedText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'bigint' ? String(value) : null;
}
