/**
 * The clinician summary as a few short "Label: value" lines of plain text, for
 * the QR code a clinician scans from the patient's phone. Pure: `msg()` only.
 *
 * Phone cameras read QR codes up to about version 13 at error correction M:
 * 331 bytes, one fewer when the text needs the UTF-8 marker (ECI). So the
 * text is capped at 330 bytes of UTF-8. When the answers need more, the
 * lowest-priority lists give up items first ("+2 more"); the safety line is
 * never shortened.
 */
import { msg, str } from '@lit/localize';
import type { ClinicianSummary, RatedSymptom, TriedTherapy, WithheldAnswerId } from '../guide/types.js';
import { RATED_SEVERITY, SURE_ITEMS } from '../questionnaire/options.js';
import { labelOr } from './answer-text.js';
import { type CompactLine, fitCompactLines, listWithMore } from './compact-lines.js';
import { utf8Bytes } from './fit-lines.js';
import { VALUE_WORDS } from './labels/values.js';
import { leaningWords } from './labels/choices.js';
import { ageGroupWords, diagnosisWords, durationWords } from './labels/condition.js';
import { opioidKindWords, opioidPatternWords } from './labels/opioids.js';
import { severityWords, symptomWords } from './labels/symptoms.js';
import { outcomeWords, therapyStatusWords, therapyWords } from './labels/treatments.js';
import { compactWords, shortWords, yesNoWords } from './labels/words.js';
import { listOf } from './list-format.js';
import { SAFETY_FLAG_TEXT } from './safety.js';
import { SURE_TEXT } from './sure.js';

export const COMPACT_SUMMARY_MAX_BYTES = 330;

// Which lists give way first when the text is too long: the less bad
// symptoms (the worst one stays longest), then the values rated "a lot", then
// the treatments tried, then how long symptoms have lasted, then the opioid
// names, then the names of the SURE items answered "no", and last the mark
// that the patient's own values pull against their leaning. The title, the
// safety flags and which safety answers were withheld, the diagnosis, opioid
// use itself, its pattern, the leaning and the SURE score always stay.
// Symptoms go first because the printed guide rates every one, and how
// treatments went (side effects, say) is harder to ask again.
const RANK = { symptoms: 1, values: 2, tried: 3, diagnosis: 4, opioids: 5, readiness: 6, leaning: 7 } as const;

// When every safety flag is raised (and in longer languages), even that may not
// fit: then, as a last resort, the SURE test, then the leaning, then the
// diagnosis line give way whole. The title, the safety line and opioid use never do.
const LAST_RESORT = { readiness: 1, leaning: 2, diagnosis: 3 } as const;

/** An answer not given yet, in fewest words. */
const notYet = () =>
  msg('not yet', { id: 'compact.not-answered', desc: 'QR summary, keep short: a question not answered yet (leaning, SURE test, how often…).' });

/** The safety questions answered "prefer not to say", in a word or two each. */
const WITHHELD_WORDS: Record<WithheldAnswerId, () => string> = {
  'opioid-use-disorder-treatment': () =>
    msg('OUD treatment', { id: 'compact.withheld.oud', desc: 'QR summary, keep short: the question on treatment for opioid use disorder (OUD).' }),
  'age-group': () => msg('age', { id: 'compact.withheld.age', desc: 'QR summary, keep short: the age group question.' }),
  liver: () => msg('liver', { id: 'compact.withheld.liver', desc: 'QR summary, keep short: the liver disease question.' }),
  pregnancy: () => msg('pregnancy', { id: 'compact.withheld.pregnancy', desc: 'QR summary, keep short: the pregnancy and breastfeeding question.' }),
};

function titleLine(date: string): string {
  return msg(str`LDN guide, ${date}`, {
    id: 'compact.title',
    desc: 'QR summary, keep short: its first line, a title and the date the code was made (YYYY-MM-DD).',
  });
}

function safetyLine(s: ClinicianSummary, locale: string): CompactLine {
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

/** The values rated "a lot": what matters to the patient, for the clinician to weigh with them. */
function valuesLine(s: ClinicianSummary): CompactLine {
  return {
    label: msg('Matters a lot', { id: 'compact.values', desc: 'QR summary, keep short: line label for the values the patient rated "a lot".' }),
    items: s.mattersALot.map((v) => compactWords(VALUE_WORDS[v])),
    shortenRank: RANK.values,
  };
}

function diagnosisLine(s: ClinicianSummary, locale: string): CompactLine {
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

/**
 * The main symptoms: the one that bothers most, and those rated moderate or
 * severe (the mild ones only when nothing is worse), grouped by severity:
 * "severe: Fatigue (worst), Brain fog; moderate: Pain". The printed summary
 * lists every rating.
 */
function symptomsLine(s: ClinicianSummary, locale: string): CompactLine {
  const notMild = s.symptoms.filter((r) => r.severity !== 'mild' || r.id === s.mainSymptom);
  const main = notMild.length ? notMild : s.symptoms;
  // The worst first, so it is the last to be dropped; then most severe first, as the guide orders them.
  const ordered = [...main.filter((r) => r.id === s.mainSymptom), ...main.filter((r) => r.id !== s.mainSymptom)];
  const name = (r: RatedSymptom) => {
    const symptom = compactWords(symptomWords[r.id]);
    if (r.id !== s.mainSymptom) return symptom;
    return msg(str`${symptom} (worst)`, { id: 'compact.symptom.main', desc: 'QR summary, keep short: the symptom that bothers most. Placeholder: symptom.' });
  };
  return {
    label: msg('Main symptoms', { id: 'compact.symptoms', desc: 'QR summary, keep short: line label for the worst-rated symptoms.' }),
    items: ordered.map(name),
    shortenRank: RANK.symptoms,
    value: (kept, dropped) => {
      if (!ordered.length) return msg('None rated', { id: 'compact.symptoms.none', desc: 'QR summary, keep short: no symptom rated.' });
      const shown = ordered.slice(0, kept.length);
      const groups = [...RATED_SEVERITY].reverse().flatMap((severity) => {
        const names = shown.filter((r) => r.severity === severity).map(name);
        if (!names.length) return [];
        const list = listOf(names, locale, 'unit');
        const level = compactWords(severityWords[severity]);
        return [
          msg(str`${level}: ${list}`, {
            id: 'compact.symptoms.group',
            desc: 'QR summary, keep short: symptoms of one severity. Placeholders: severity, symptoms.',
          }),
        ];
      });
      return listWithMore(groups, dropped, locale, separator());
    },
  };
}

/** Sets apart parts of a value that hold comma lists themselves. */
const separator = () =>
  msg('; ', {
    id: 'compact.symptoms.separator',
    desc: 'QR summary: separator between parts of one line that hold comma lists themselves (groups of symptoms, opioids and how often).',
  });

function opioidLine(s: ClinicianSummary, locale: string): CompactLine {
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

function triedText(t: TriedTherapy, locale: string): string {
  const name = compactWords(therapyWords[t.id]);
  const how = [t.status && compactWords(therapyStatusWords[t.status]), t.outcome && compactWords(outcomeWords[t.outcome])].filter((x): x is string => !!x);
  if (!how.length) return name;
  const detail = listOf(how, locale, 'unit');
  return msg(str`${name} (${detail})`, {
    id: 'compact.tried.item',
    desc: 'QR summary, keep short: a treatment tried. Placeholders: treatment, whether still used and how it went.',
  });
}

function triedLine(s: ClinicianSummary, locale: string): CompactLine {
  const items: string[] = [];
  // Naltrexone taken before matters most to an LDN decision, so it leads the list.
  if (s.naltrexoneBefore) {
    const how = s.naltrexoneOutcome && compactWords(outcomeWords[s.naltrexoneOutcome]);
    items.push(
      how
        ? msg(str`Naltrexone before (${how})`, {
            id: 'compact.tried.naltrexone.outcome',
            desc: 'QR summary, keep short: naltrexone or LDN taken before. Placeholder: how it went.',
          })
        : msg('Naltrexone before', { id: 'compact.tried.naltrexone', desc: 'QR summary, keep short: naltrexone or LDN taken before.' }),
    );
  }
  items.push(...s.tried.map((t) => triedText(t, locale)));
  // Nothing tried: "None of these" ticked, or (only in answers that skip the question) nothing said at all.
  if (!items.length)
    items.push(s.triedNothing ? msg('Nothing yet', { id: 'compact.tried.none', desc: 'QR summary, keep short: no treatment tried.' }) : notYet());
  return {
    label: msg('Tried', { id: 'compact.tried', desc: 'QR summary, keep short: line label for treatments tried.' }),
    items,
    shortenRank: RANK.tried,
  };
}

/**
 * Which option the patient leans toward, and whether their own "a lot" values
 * pull against it. The option always stays; that mark gives way last of all.
 */
function leaningLine(s: ClinicianSummary): CompactLine {
  const leaning = labelOr(leaningWords, s.leaning, notYet, compactWords);
  return {
    label: msg('Leaning', { id: 'compact.leaning', desc: 'QR summary, keep short: line label for the option the patient leans toward.' }),
    items: [leaning, ...(s.leaningAgainst.length ? [''] : [])],
    shortenRank: RANK.leaning,
    lastResort: LAST_RESORT.leaning,
    minItems: 1,
    value: (kept) =>
      kept.length > 1
        ? msg(str`${leaning} (against own values)`, {
            id: 'compact.leaning.against-values',
            desc: 'QR summary, keep short: the option the patient leans toward, when values they rated "a lot" pull against it. Placeholder: the option.',
          })
        : leaning,
  };
}

function readinessLine(s: ClinicianSummary, locale: string): CompactLine {
  const total = SURE_ITEMS.length;
  const yes = s.sureYesCount;
  const open = total - s.sureAnswered;
  const value =
    s.sureAnswered === 0
      ? notYet()
      : open
        ? msg(str`${yes} of ${total} yes, ${open} not answered`, {
            id: 'compact.readiness.partial',
            desc: 'QR summary, keep short: SURE decisional conflict screen, some items unanswered. Placeholders: yes count, total, unanswered count.',
          })
        : msg(str`${yes} of ${total} yes`, {
            id: 'compact.readiness',
            desc: 'QR summary, keep short: SURE decisional conflict screen. Placeholders: yes count, total.',
          });
  // Which items were "no" is what the clinician can follow up: named after the score while they fit.
  return {
    items: [value, ...s.sureNo.map((item) => shortWords(SURE_TEXT[item]))],
    shortenRank: RANK.readiness,
    lastResort: LAST_RESORT.readiness,
    minItems: 1,
    value: ([score = '', ...no], dropped) => {
      if (!no.length) return score;
      const items = listWithMore(no, dropped, locale);
      return msg(str`${score}; no: ${items}`, {
        id: 'compact.readiness.no',
        desc: 'QR summary, keep short: the SURE score, then the items answered "no". Placeholders: the score, a list of short item names.',
      });
    },
    label: msg('SURE test', { id: 'compact.readiness.label', desc: 'QR summary, keep short: line label for the SURE decisional conflict screen (readiness).' }),
  };
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
