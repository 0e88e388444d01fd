/**
 * Fits lines of text into a byte budget by dropping items from lists, the
 * least important lists first. Generic: it knows nothing of the words, only
 * how many items each line keeps; the caller writes the text. Used for the
 * compact summary the QR code holds (compact-summary.ts).
 */

export const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

/** A line whose items can give way from the end. */
export interface FittedLine {
  readonly items: readonly string[];
  /** Lines with a lower rank give up items first; a line without one is never shortened. */
  readonly shortenRank?: number;
  /** Never fewer items than this, until the last resort. */
  readonly minItems?: number;
  /**
   * The last resort: when every list is at its minimum and the text is still
   * too long, each step, lowest order first, cuts its line to `keep` items (0:
   * the line goes whole, unless it is kept when empty).
   */
  readonly lastResort?: readonly GiveWay[];
}

/** A last-resort step: at `order`, the line keeps at most `keep` items. */
export type GiveWay = readonly [order: number, keep: number];

/**
 * The text with as many items kept as fit `maxBytes` of UTF-8: the
 * lowest-ranked lists are shortened first, each down to one item, then, if
 * still too long, to its minimum, and as a last resort the lines that allow
 * it give way, step by step. Lines without a rank are kept whole, so the result can
 * exceed the budget only if those alone do.
 * `text` writes the whole text from how many items each line keeps.
 */
export function fitLines(lines: readonly FittedLine[], maxBytes: number, text: (kept: readonly number[]) => string): string {
  const kept = lines.map((l) => l.items.length);
  const byRank = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.shortenRank !== undefined);
  byRank.sort((x, y) => x.l.shortenRank! - y.l.shortenRank!);
  for (const floor of [1, 0]) {
    for (const { l, i } of byRank) {
      const min = Math.max(floor, l.minItems ?? 0);
      while (kept[i]! > min && utf8Bytes(text(kept)) > maxBytes) kept[i] = kept[i]! - 1;
    }
  }
  const steps = lines.flatMap((l, i) => (l.lastResort ?? []).map(([order, keep]) => ({ i, order, keep })));
  steps.sort((x, y) => x.order - y.order);
  for (const { i, keep } of steps) if (utf8Bytes(text(kept)) > maxBytes) kept[i] = Math.min(kept[i]!, keep);
  return text(kept);
}
