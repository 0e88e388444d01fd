/**
 * The clinician summary as a few short "Label: value" lines of plain text, for
 * the QR code a clinician scans from the patient's phone. Pure: `msg()` only.
 *
 * Phone cameras read QR codes up to about version 13 at error correction M:
 * 331 bytes, one fewer when the text needs the UTF-8 marker (ECI). So the
 * text is capped at 330 bytes of UTF-8. When the answers need more, the
 * lowest-priority lists give up items first ("+2 more"), and as a last resort
 * whole lines go (compact-lines.ts says in which order); the title, the
 * safety line and opioid use always stay.
 */
import { msg, str } from '@lit/localize';
import type { ClinicianSummary } from '../guide/types.js';
import { leaningLine, readinessLine, symptomsLine, triedLine, valuesLine } from './compact-answer-lines.js';
import { type CompactLine, fitCompactLines } from './compact-lines.js';
import { diagnosisLine, opioidLine, safetyLine } from './compact-safety-lines.js';
import { utf8Bytes } from './fit-lines.js';

export const COMPACT_SUMMARY_MAX_BYTES = 330;

function titleLine(date: string): string {
  return msg(str`LDN guide, ${date}`, {
    id: 'compact.title',
    desc: 'QR summary, keep short: its first line, a title and the date the code was made (YYYY-MM-DD).',
  });
}

/** The lines in reading order: safety first, then diagnosis, symptoms, opioids, what was tried, what matters, leaning and readiness. */
export function compactSummaryLines(s: ClinicianSummary, locale: string): CompactLine[] {
  return [
    safetyLine(s, locale),
    diagnosisLine(s, locale),
    symptomsLine(s, locale),
    opioidLine(s, locale),
    triedLine(s, locale),
    valuesLine(s),
    leaningLine(s),
    readinessLine(s, locale),
  ];
}

/**
 * The compact clinician summary, at most 330 bytes of UTF-8 (see the module
 * comment): a title with `date`, the day the code is made (YYYY-MM-DD), then the lines.
 */
export function compactSummaryText(summary: ClinicianSummary, locale: string, date: string): string {
  const title = titleLine(date);
  return `${title}\n${fitCompactLines(compactSummaryLines(summary, locale), COMPACT_SUMMARY_MAX_BYTES - utf8Bytes(title) - 1, locale)}`;
}
