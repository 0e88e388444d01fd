/**
 * The QR summary's lines a clinician must see first: the safety flags and
 * which safety answers were withheld, the diagnosis with the age group, and
 * opioid use. Pure: `msg()` only.
 */
import { msg, str } from '@lit/localize';
import type { ClinicianSummary, WithheldAnswerId } from '../guide/types.js';
import { labelOr } from './answer-text.js';
import { type CompactLine, LAST_RESORT, listWithMore, notYet, RANK, separator } from './compact-lines.js';
import { ageGroupWords, diagnosisWords, durationWords } from './labels/condition.js';
import { opioidKindWords, opioidPatternWords } from './labels/opioids.js';
import { compactWords } from './labels/compact.js';
import { yesNoWords } from './labels/words.js';
import { listOf } from './list-format.js';
import { SAFETY_FLAG_TEXT } from './safety.js';

/** The safety questions answered "prefer not to say", in a word or two each. */
const WITHHELD_WORDS: Record<WithheldAnswerId, () => string> = {
  'opioid-use-disorder-treatment': () =>
    msg('OUD treatment', { id: 'compact.withheld.oud', desc: 'QR summary, keep short: the question on treatment for opioid use disorder (OUD).' }),
  'age-group': () => msg('age', { id: 'compact.withheld.age', desc: 'QR summary, keep short: the age group question.' }),
  liver: () => msg('liver', { id: 'compact.withheld.liver', desc: 'QR summary, keep short: the liver disease question.' }),
  pregnancy: () => msg('pregnancy', { id: 'compact.withheld.pregnancy', desc: 'QR summary, keep short: the pregnancy and breastfeeding question.' }),
};

export function safetyLine(s: ClinicianSummary, locale: string): CompactLine {
  const flags = s.flags.map((f) => SAFETY_FLAG_TEXT[f].compact(s.answers));
  // "Prefer not to say" on a safety question means a flag may be missing: say which, never "none".
  if (s.withheld.length) {
    const which = listOf(
      s.withheld.map((id) => WITHHELD_WORDS[id]()),
      locale,
      'unit',
    );
    flags.push(
      msg(str`Not answered: ${which}`, {
        id: 'compact.safety.withheld-which',
        desc: 'QR summary, keep short: the safety questions answered "prefer not to say". Placeholder: a list of them, a word or two each.',
      }),
    );
  }
  if (!flags.length) flags.push(msg('None raised', { id: 'compact.safety.none', desc: 'QR summary, keep short: no safety flags.' }));
  return {
    label: msg('Safety', { id: 'compact.safety', desc: 'QR summary, keep short: line label for safety flags.' }),
    items: flags,
    // Never shortened, so it is set with the fewest bytes: a plain separator, no "and" (which in Arabic comes before every item).
    value: (kept) =>
      kept.join(
        msg(', ', {
          id: 'compact.safety.separator',
          desc: 'QR summary: separator between safety flags, as short as the language allows (a comma and a space).',
        }),
      ),
  };
}

export function diagnosisLine(s: ClinicianSummary, locale: string): CompactLine {
  const diagnosis = labelOr(diagnosisWords, s.diagnosis, notYet, compactWords);
  return {
    label: msg('POTS', { id: 'compact.diagnosis', desc: 'QR summary, keep short: line label for the diagnosis and how long symptoms have lasted.' }),
    // The age group: under 18 is a safety flag, and "prefer not to say" is named on the safety line.
    items: [
      diagnosis,
      ...(s.ageGroup === '18-or-over' ? [compactWords(ageGroupWords[s.ageGroup])] : []),
      ...(s.duration ? [compactWords(durationWords[s.duration])] : []),
    ],
    shortenRank: RANK.diagnosis,
    lastResort: LAST_RESORT.diagnosis,
    minItems: 1,
    // The duration, then the age, are dropped silently: "+1 more" would say nothing useful.
    value: (kept) => listOf(kept, locale, 'unit'),
  };
}

export function opioidLine(s: ClinicianSummary, locale: string): CompactLine {
  const o = s.opioids;
  const label = msg('Opioids', { id: 'compact.opioids', desc: 'QR summary, keep short: line label for opioid use.' });
  const use = labelOr(yesNoWords, o.answer);
  if (!o.possible) return { label, items: [use] };
  const pattern = labelOr(opioidPatternWords, o.pattern, notYet, compactWords);
  // Asked only after a medicine that can treat opioid use disorder. "Yes" is a safety flag, and
  // "prefer not to say" is named on the safety line, so only "no" is said here.
  const treatment =
    o.disorderTreatment === 'no'
      ? [
          msg(str`OUD treatment: ${labelOr(yesNoWords, o.disorderTreatment)}`, {
            id: 'compact.opioids.oud',
            desc: 'QR summary, keep short: whether in treatment for opioid use disorder (OUD). Placeholder: yes, no or prefer not to say.',
          }),
        ]
      : [];
  return {
    label,
    items: o.kinds.map((k) => compactWords(opioidKindWords[k])),
    shortenRank: RANK.opioids,
    // The first name is a floor item: which opioid it is bears on the opioid-free period (S3).
    minItems: 1,
    lastResort: LAST_RESORT.opioids,
    keepWhenEmpty: true,
    value: (kept, dropped) => {
      // With every safety flag raised, the names may give way to their number: the guide and the clinician summary list them.
      const kinds = kept.length
        ? listWithMore(kept, dropped, locale)
        : dropped
          ? msg(str`${dropped} named`, {
              id: 'compact.opioids.count',
              desc: 'QR summary, keep short: how many opioids the patient named. Placeholder: a number.',
            })
          : notYet();
      // "Yes" goes without saying once the opioids are named; "Not sure" does not.
      const named =
        o.answer === 'yes'
          ? kinds
          : msg(str`${use}: ${kinds}`, {
              id: 'compact.opioids.unsure-which',
              desc: 'QR summary, keep short: possible opioid use. Placeholders: "not sure", which opioids.',
            });
      return [named, pattern, ...treatment].join(separator());
    },
  };
}
