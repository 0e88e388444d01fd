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
  const known = (v: unknown) => typeof v === 'string' && (q.options as readonly string[]).includes(v);
  if (q.kind === 'choice') return known(value);
  if (!Array.isArray(value) || !value.length || !value.every(known) || new Set(value).size !== value.length) return false;
  // An exclusive answer ("None of these") stands alone.
  return value.length === 1 || !value.some((v) => (q.exclusive as readonly string[]).includes(v as string));
}

export function readAnswers(v: unknown): Answers | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const valid = Object.entries(v).every(([id, value]) => validValue(id, value));
  return valid ? (structuredClone(v) as Answers) : undefined;
}
