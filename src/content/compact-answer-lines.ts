/**
 * The QR summary's lines on the patient's answers beyond safety: the main
 * symptoms, what they tried, what matters a lot to them, which way they lean
 * and the SURE test. Pure: `msg()` only.
 */
import { msg, str } from '@lit/localize';
import type { ClinicianSummary, RatedSymptom, TriedTherapy } from '../guide/types.js';
import { RATED_SEVERITY, SURE_ITEMS } from '../questionnaire/options.js';
import { howItWentText, labelOr, mainSymptomsSingledOut } from './answer-text.js';
import { type CompactLine, LAST_RESORT, listWithMore, notYet, RANK, separator } from './compact-lines.js';
import { leaningWords } from './labels/choices.js';
import { severityWords, symptomWords } from './labels/symptoms.js';
import { helpsWords, sideEffectsWords, therapyStatusWords, therapyWords } from './labels/treatments.js';
import { VALUE_WORDS } from './labels/values.js';
import { compactWords } from './labels/compact.js';
import { shortWords } from './labels/words.js';
import { listOf } from './list-format.js';
import { SURE_TEXT } from './sure.js';

/**
 * The main symptoms: those that bother most, and those rated moderate or
 * severe (the mild ones only when nothing is worse), grouped by severity:
 * "severe: Fatigue (worst), Brain fog; moderate: Pain". The printed summary
 * lists every rating.
 */
export function symptomsLine(s: ClinicianSummary, locale: string): CompactLine {
  const isMain = (r: RatedSymptom) => s.mainSymptoms.includes(r.id);
  const notMild = s.symptoms.filter((r) => r.severity !== 'mild' || isMain(r));
  const main = notMild.length ? notMild : s.symptoms;
  // The worst first, so they are the last to be dropped; then most severe first, as the guide orders them.
  const ordered = [...main.filter(isMain), ...main.filter((r) => !isMain(r))];
  // "(worst)" only where the patient singled them out: with one or two rated, every one counts as main (third re-read t2).
  const singledOut = mainSymptomsSingledOut(s);
  const name = (r: RatedSymptom) => {
    const symptom = compactWords(symptomWords[r.id]);
    if (!isMain(r) || !singledOut) return symptom;
    return msg(str`${symptom} (worst)`, { id: 'compact.symptom.main', desc: 'QR summary, keep short: the symptom that bothers most. Placeholder: symptom.' });
  };
  return {
    label: msg('Main symptoms', { id: 'compact.symptoms', desc: 'QR summary, keep short: line label for the worst-rated symptoms.' }),
    items: ordered.map(name),
    shortenRank: RANK.symptoms,
    // The ones that bother most (at most two) are floor items: they stay until the last resort.
    minItems: Math.max(1, main.filter(isMain).length),
    lastResort: LAST_RESORT.symptoms,
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

export function triedLine(s: ClinicianSummary, locale: string): CompactLine {
  const items: string[] = [];
  // Naltrexone taken before matters most to an LDN decision, so it leads the list.
  if (s.naltrexoneBefore) {
    // Side effects alone are said alone: "Not answered yet" in the middle of a line reads as a sentence (mutate3's finding).
    // Stryker disable next-line OptionalChaining: the guide sets naltrexone whenever naltrexoneBefore is true
    const how = s.naltrexone?.helps
      ? howItWentText(s.naltrexone, compactWords)
      : s.naltrexone?.sideEffects
        ? compactWords(sideEffectsWords['side-effects'])
        : undefined;
    items.push(
      how
        ? msg(str`Naltrexone before (${how})`, {
            id: 'compact.tried.naltrexone.outcome',
            desc: 'QR summary, keep short: naltrexone or LDN taken before. Placeholder: how it went.',
          })
        : msg('Naltrexone before', { id: 'compact.tried.naltrexone', desc: 'QR summary, keep short: naltrexone or LDN taken before.' }),
    );
  }
  // Then current treatments before stopped ones: a "+N more" must not hide what the patient takes now behind what they
  // stopped (third re-read t6). Naltrexone taken before still leads: it bears most on an LDN decision.
  const current = s.tried.filter((t) => t.status === 'current');
  items.push(...[...current, ...s.tried.filter((t) => !current.includes(t))].map((t) => triedText(t, locale)));
  // Nothing tried: "None of these" ticked, or (only in answers that skip the question) nothing said at all.
  if (!items.length)
    items.push(s.triedNothing ? msg('Nothing yet', { id: 'compact.tried.none', desc: 'QR summary, keep short: no treatment tried.' }) : notYet());
  return {
    label: msg('Tried', { id: 'compact.tried', desc: 'QR summary, keep short: line label for treatments tried.' }),
    items,
    shortenRank: RANK.tried,
  };
}

/** The values that matter a lot: what matters to the patient, for the clinician to weigh with them. */
export function valuesLine(s: ClinicianSummary): CompactLine {
  return {
    label: msg('Matters a lot', { id: 'compact.values', desc: 'QR summary, keep short: line label for the values the patient ticked as mattering a lot.' }),
    items: s.mattersALot.map((v) => compactWords(VALUE_WORDS[v])),
    shortenRank: RANK.values,
  };
}

/**
 * Which option the patient leans toward, and whether their own "a lot" values
 * pull against it. Both are floor items, given up only as a last resort:
 * the mark first, the option later.
 */
export function leaningLine(s: ClinicianSummary): CompactLine {
  const leaning = labelOr(leaningWords, s.leaning, notYet, compactWords);
  return {
    label: msg('Leaning', { id: 'compact.leaning', desc: 'QR summary, keep short: line label for the option the patient leans toward.' }),
    // Stryker disable next-line StringLiteral: the second item only counts (value() writes the mark from how many are kept), so its text is never shown
    items: [leaning, ...(s.leaningAgainst.length ? [''] : [])],
    shortenRank: RANK.leaning,
    lastResort: LAST_RESORT.leaning,
    minItems: s.leaningAgainst.length ? 2 : 1,
    value: (kept) =>
      kept.length > 1
        ? msg(str`${leaning} (against own values)`, {
            id: 'compact.leaning.against-values',
            desc: 'QR summary, keep short: the option the patient leans toward, when values they ticked as mattering a lot pull against it. Placeholder: the option.',
          })
        : leaning,
  };
}

export function readinessLine(s: ClinicianSummary, locale: string): CompactLine {
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
    // Stryker disable next-line StringLiteral: minItems 1 keeps the score, so the default is never used
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
