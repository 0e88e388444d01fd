/**
 * The lines of the compact summary the QR code holds: "Label: value", a value
 * made of items that give way from the end ("+2 more") when the text is over
 * its byte cap (fit-lines.ts fits them; compact-summary.ts says what they hold).
 */
import { msg, str } from '@lit/localize';
import { fitLines, type FittedLine } from './fit-lines.js';
import { listOf } from './list-format.js';

/** One line of the summary: a label, and a value made of items that can be dropped from the end to save bytes (fit-lines.ts). */
export interface CompactLine extends FittedLine {
  label: string;
  items: string[];
  /** The line stays even when all its items give way; its `value` then says what was left out. */
  keepWhenEmpty?: boolean;
  /** The value from the items kept and the number dropped; by default a compact list ending "+N more". */
  value?: (kept: string[], dropped: number) => string;
}

/** A list of the items kept, "+N more" when some were dropped; a compact list unless `separator` joins it. */
export function listWithMore(kept: string[], dropped: number, locale: string, separator?: string): string {
  const list = separator === undefined ? listOf(kept, locale, 'unit') : kept.join(separator);
  if (!dropped) return list;
  return msg(str`${list}, +${dropped} more`, {
    id: 'compact.more',
    desc: 'QR summary, keep short: a shortened list. Placeholders: the items kept, how many were left out.',
  });
}

function lineText(line: CompactLine, kept: number, locale: string): string | undefined {
  const items = line.items.slice(0, kept);
  const dropped = line.items.length - kept;
  // A list shortened to nothing leaves its line out; an empty one may still say "None rated".
  if (!items.length && ((dropped && !line.keepWhenEmpty) || !line.value)) return undefined;
  const value = line.value ? line.value(items, dropped) : listWithMore(items, dropped, locale);
  return msg(str`${line.label}: ${value}`, { id: 'compact.line', desc: 'QR summary: one line. Placeholders: label, value.' });
}

/**
 * The lines as text, shortening the lowest-ranked lists until it fits
 * `maxBytes` of UTF-8 (fit-lines.ts): a shortened list ends "+N more", and a
 * list shortened to nothing leaves its line out. The tests show that no
 * answers come close to needing more than the lines that are never shortened.
 */
export const fitCompactLines = (lines: CompactLine[], maxBytes: number, locale: string): string =>
  fitLines(lines, maxBytes, (kept) =>
    lines
      .map((l, i) => lineText(l, kept[i]!, locale))
      .filter((t) => t !== undefined)
      .join('\n'),
  );
