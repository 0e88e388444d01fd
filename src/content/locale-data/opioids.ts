/**
 * Opioids that patients in some countries take and the English list does not
 * name, per language (its subtag: `de` covers de-AT and de-CH), added to
 * "Which medicines are opioids?". Content data, not translation: each name is
 * the medicine's international nonproprietary name as the language spells it,
 * from the WHO ATC opioid group N02A (S18), with its ATC code, so a
 * translator never adds a medicine as free text (clinical-facts.md, "One text
 * for many countries"). The English list stays as it is.
 */
import { msg, str } from '@lit/localize';
import { listOf } from '../list-format.js';
import type { SourceId } from '../sources.js';

export interface LocalOpioid {
  /** The INN as the language spells it. */
  readonly name: string;
  /** Its code in the WHO ATC classification, group N02A. */
  readonly atc: `N02A${string}`;
  readonly sources: readonly SourceId[];
}

export const LOCAL_OPIOIDS: Readonly<Partial<Record<string, readonly LocalOpioid[]>>> = {
  de: [
    { name: 'Tilidin', atc: 'N02AX01', sources: ['S18'] },
    { name: 'Dihydrocodein', atc: 'N02AA08', sources: ['S18'] },
  ],
};

/** The sentence that names a locale's local opioids (by its language), or '' where there are none. */
export function localOpioidsText(locale: string): string {
  const names = (LOCAL_OPIOIDS[locale.split('-')[0]!.toLowerCase()] ?? []).map((opioid) => opioid.name);
  if (!names.length) return '';
  const list = listOf(names, locale);
  return msg(str`Also opioids: ${list}.`, {
    id: 'opioids.names.local',
    desc: 'After the list of opioid names, in languages that add medicines used where they are spoken (from the WHO list of opioids). The names come from the code; translate only the words around them.',
  });
}
