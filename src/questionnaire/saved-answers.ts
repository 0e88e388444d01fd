/**
 * Reads answers back from untrusted JSON (saved progress). Anything that does
 * not fit the model exactly (an unknown question, an unknown code, a null, a
 * duplicate tick, an exclusive answer beside others) rejects the whole set, so
 * a corrupt or outdated save can never produce a guide from half-valid answers.
 */
import type { Answers } from './answers.js';
import { findItem } from './structure.js';

function validValue(id: string, value: unknown): boolean {
  const q = findItem(id);
  if (!q || q.kind === 'group') return false;
  // Stryker disable next-line ConditionalExpression: includes() turns away any non-string too; the typeof test narrows for TypeScript
  const known = (v: unknown) => typeof v === 'string' && (q.options as readonly string[]).includes(v);
  if (q.kind === 'choice') return known(value);
  if (!Array.isArray(value) || !value.length || value.length > (q.max ?? Infinity) || !value.every(known) || new Set(value).size !== value.length) return false;
  // An exclusive answer ("None of these") stands alone.
  return value.length === 1 || !value.some((v) => (q.exclusive as readonly string[]).includes(v as string));
}

/** A copy of `data` as answers when every key is a question id of the model and every value one of its codes, else `undefined`. */
export function readAnswers(data: unknown): Answers | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const valid = Object.entries(data).every(([id, value]) => validValue(id, value));
  return valid ? (structuredClone(data) as Answers) : undefined;
}
