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
import type { ClinicianSummary, RatedSymptom, TriedTherapy } from '../guide/types.js';
import { RATED_SEVERITY, SURE_ITEMS } from '../questionnaire/options.js';
import { howItWentText, labelOr, notAnswered } from './answer-text.js';
import { type CompactLine, fitCompactLines, listWithMore } from './compact-lines.js';
import { leaningWords } from './labels/choices.js';
import { diagnosisWords, durationWords } from './labels/condition.js';
import { opioidKindWords, opioidPatternWords } from './labels/opioids.js';
import { severityWords, symptomWords } from './labels/symptoms.js';
import { helpsWords, sideEffectsWords, therapyStatusWords, therapyWords } from './labels/treatments.js';
import { compactWords, shortWords, yesNoWords } from './labels/words.js';
import { listOf } from './list-format.js';
import { SAFETY_FLAG_TEXT } from './safety.js';
import { SURE_TEXT } from './sure.js';

export const COMPACT_SUMMARY_MAX_BYTES = 330;

// Which lists give way first when the text is too long: the less bad
// symptoms (the worst one stays longest), then the treatments tried, then how
// long symptoms have lasted, then the opioid names. The safety flags, the
// diagnosis, opioid use itself, its pattern, treatment for opioid use disorder
// and the SURE test always stay. Symptoms go first because the printed guide
// rates every one, and how treatments went (side effects, say) is harder to ask again.
// The names of the SURE items answered "no" give way last; the score itself always stays.
const RANK = { symptoms: 1, tried: 2, diagnosis: 3, opioids: 4, readiness: 5 } as const;

function safetyLine(s: ClinicianSummary): CompactLine {
  const flags = s.flags.map((f) => SAFETY_FLAG_TEXT[f].compact());
  // "Prefer not to say" on a safety question means a flag may be missing: say so, never "none".
  if (s.safetyWithheld) {
    flags.push(
      msg('Some answers withheld', { id: 'compact.safety.withheld', desc: 'QR summary, keep short: a safety question answered "prefer not to say".' }),
    );
  }
  if (!flags.length) flags.push(msg('None raised', { id: 'compact.safety.none', desc: 'QR summary, keep short: no safety flags.' }));
  return { label: msg('Safety', { id: 'compact.safety', desc: 'QR summary, keep short: line label for safety flags.' }), items: flags };
}

function diagnosisLine(s: ClinicianSummary, locale: string): CompactLine {
  const diagnosis = labelOr(diagnosisWords, s.diagnosis, notAnswered, compactWords);
  return {
    label: msg('POTS', { id: 'compact.diagnosis', desc: 'QR summary, keep short: line label for the diagnosis and how long symptoms have lasted.' }),
    items: [diagnosis, ...(s.duration ? [compactWords(durationWords[s.duration])] : [])],
    shortenRank: RANK.diagnosis,
    minItems: 1,
    // The duration is dropped silently: "+1 more" would say nothing useful.
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
  const isMain = (r: RatedSymptom) => s.mainSymptoms.includes(r.id);
  const notMild = s.symptoms.filter((r) => r.severity !== 'mild' || isMain(r));
  const main = notMild.length ? notMild : s.symptoms;
  // The worst first, so they are the last to be dropped; then most severe first, as the guide orders them.
  const ordered = [...main.filter(isMain), ...main.filter((r) => !isMain(r))];
  const name = (r: RatedSymptom) => {
    const symptom = compactWords(symptomWords[r.id]);
    if (!isMain(r)) return symptom;
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
      // Groups hold comma lists themselves, so they are set apart by a stronger separator.
      const separator = msg('; ', { id: 'compact.symptoms.separator', desc: 'QR summary: separator between groups of symptoms (each group is a comma list).' });
      return listWithMore(groups, dropped, locale, separator);
    },
  };
}

function opioidLine(s: ClinicianSummary, locale: string): CompactLine {
  const o = s.opioids;
  const label = msg('Opioids', { id: 'compact.opioids', desc: 'QR summary, keep short: line label for opioid use.' });
  const use = labelOr(yesNoWords, o.answer);
  if (!o.possible) return { label, items: [use] };
  const pattern = labelOr(opioidPatternWords, o.pattern, notAnswered, compactWords);
  const treatment = labelOr(yesNoWords, o.disorderTreatment);
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
          : notAnswered();
      // Asked about treatment for opioid use disorder only after a medicine it uses (or one not named).
      if (!o.disorderTreatmentAsked)
        return o.answer === 'yes'
          ? msg(str`${kinds}; ${pattern}`, {
              id: 'compact.opioids.yes.no-oud',
              desc: 'QR summary, keep short: opioid use. Placeholders: which opioids, how often.',
            })
          : msg(str`${use}: ${kinds}; ${pattern}`, {
              id: 'compact.opioids.unsure.no-oud',
              desc: 'QR summary, keep short: possible opioid use. Placeholders: "not sure", which opioids, how often.',
            });
      // "Yes" goes without saying once the opioids are named; "Not sure" does not.
      return o.answer === 'yes'
        ? msg(str`${kinds}; ${pattern}; OUD treatment: ${treatment}`, {
            id: 'compact.opioids.yes',
            desc: 'QR summary, keep short: opioid use. Placeholders: which opioids, how often, whether in treatment for opioid use disorder (OUD).',
          })
        : msg(str`${use}: ${kinds}; ${pattern}; OUD treatment: ${treatment}`, {
            id: 'compact.opioids.unsure',
            desc: 'QR summary, keep short: possible opioid use. Placeholders: "not sure", which opioids, how often, whether in treatment for opioid use disorder (OUD).',
          });
    },
  };
}

function triedText(t: TriedTherapy, locale: string): string {
  const name = compactWords(therapyWords[t.id]);
  const how = [
    t.status && compactWords(therapyStatusWords[t.status]),
    t.helps && compactWords(helpsWords[t.helps]),
    t.sideEffects && compactWords(sideEffectsWords['side-effects']),
  ].filter((x): x is string => !!x);
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
    const how = s.naltrexone?.helps || s.naltrexone?.sideEffects ? howItWentText(s.naltrexone, compactWords) : undefined;
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
    items.push(s.triedNothing ? msg('Nothing yet', { id: 'compact.tried.none', desc: 'QR summary, keep short: no treatment tried.' }) : notAnswered());
  return { label: msg('Tried', { id: 'compact.tried', desc: 'QR summary, keep short: line label for treatments tried.' }), items, shortenRank: RANK.tried };
}

/** Which option the patient leans toward: one short answer, never shortened. */
function leaningLine(s: ClinicianSummary): CompactLine {
  return {
    label: msg('Leaning', { id: 'compact.leaning', desc: 'QR summary, keep short: line label for the option the patient leans toward.' }),
    items: [labelOr(leaningWords, s.leaning, notAnswered, compactWords)],
  };
}

function readinessLine(s: ClinicianSummary, locale: string): CompactLine {
  const total = SURE_ITEMS.length;
  const yes = s.sureYesCount;
  const open = total - s.sureAnswered;
  const value =
    s.sureAnswered === 0
      ? notAnswered()
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

/** The lines in reading order: safety first, then diagnosis, symptoms, opioids, what was tried, leaning and readiness. */
export function compactSummaryLines(s: ClinicianSummary, locale: string): CompactLine[] {
  return [
    safetyLine(s),
    diagnosisLine(s, locale),
    symptomsLine(s, locale),
    opioidLine(s, locale),
    triedLine(s, locale),
    leaningLine(s),
    readinessLine(s, locale),
  ];
}

/** The compact clinician summary, at most 330 bytes of UTF-8 (see the module comment). */
export function compactSummaryText(summary: ClinicianSummary, locale: string): string {
  return fitCompactLines(compactSummaryLines(summary, locale), COMPACT_SUMMARY_MAX_BYTES, locale);
}
