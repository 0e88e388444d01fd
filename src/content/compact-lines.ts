/**
 * The lines of the compact summary the QR code holds: "Label: value", a value
 * made of items that give way from the end ("+2 more") when the text is over
 * its byte cap, in the order below (fit-lines.ts fits them; the line builders
 * in compact-safety-lines.ts and compact-answer-lines.ts say what they hold).
 */
import { msg, str } from '@lit/localize';
import { fitLines, type FittedLine, type GiveWay } from './fit-lines.js';
import { listOf } from './list-format.js';

// Which lists give way first when the text is too long: the less bad
// symptoms, then the values that matter a lot, then the treatments tried, then
// how long symptoms have lasted, then the opioid names, then the names of the
// SURE items answered "no". Floor items stay until the last resort: the worst
// symptoms (those that bother most: re-read 2 m2), the mark that the patient's own values pull against their leaning,
// and the first opioid's name, so "Matters a lot" and "Tried" go whole before
// any of them (the clinician needs them most: re-read m15). The title, the safety flags and which safety
// answers were withheld, the diagnosis, opioid use itself, its pattern, the
// leaning and the SURE score always stay. Symptoms go first because the printed
// guide rates every one, and how treatments went (side effects, say) is harder to ask again.
export const RANK = { symptoms: 1, values: 2, tried: 3, diagnosis: 4, opioids: 5, readiness: 6, leaning: 7 } as const;

// When every safety flag is raised (and in longer languages), even that may not
// fit: then, as a last resort, the mark against own values goes, then the
// worst symptoms (the second, then the first), the SURE test, the leaning, the diagnosis line, and last the
// first opioid's name (its number stays). The title, the safety line and
// opioid use never go.
export const LAST_RESORT = {
  readiness: [[3, 0]],
  leaning: [
    [1, 1],
    [4, 0],
  ],
  symptoms: [
    [2, 1],
    [2, 0],
  ],
  diagnosis: [[5, 0]],
  opioids: [[6, 0]],
} as const satisfies Record<string, readonly GiveWay[]>;

/** An answer not given yet, in fewest words. */
export const notYet = () =>
  msg('not yet', { id: 'compact.not-answered', desc: 'QR summary, keep short: a question not answered yet (leaning, SURE test, how often…).' });

/** Sets apart parts of a value that hold comma lists themselves. */
export const separator = () =>
  msg('; ', {
    id: 'compact.symptoms.separator',
    desc: 'QR summary: separator between parts of one line that hold comma lists themselves (groups of symptoms, opioids and how often).',
  });

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
