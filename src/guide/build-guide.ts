/**
 * Answers in, guide data out. Pure: no DOM, no locale, no clock, so it can be
 * checked over every combination of answers. What depends on the answers
 * comes from the ordered rule lists in rules/; this module only assembles.
 */
import type { Answers } from '../questionnaire/answers.js';
import { symptomId, sureId, therapyHelpsId, therapySideEffectsId } from '../questionnaire/ids.js';
import { SURE_ITEMS } from '../questionnaire/options.js';
import {
  asksAboutOpioidUseDisorder,
  hasPossibleOpioidUse,
  mainSymptoms,
  neverTookNaltrexone,
  ratedSymptoms,
  symptomPattern,
  therapyStatus,
  tickedTherapies,
  tookNaltrexoneBefore,
  triedNothing,
  valuesThatMatterALot,
} from '../questionnaire/predicates.js';
import { pruneAnswers } from '../questionnaire/prune.js';
import { GENERAL_SAFETY, GUIDE_SECTIONS, KEY_POINTS, OPTION_FIELDS, OPTIONS } from './ids.js';
import { conditionsWithoutEvidence, EVIDENCE_RULES } from './rules/evidence.js';
import { chooseHighlights } from './rules/highlights.js';
import { chooseQuestions } from './rules/questions-to-ask.js';
import { applying } from './rules/rule.js';
import { mayBeInOpioidUseDisorderTreatment, opioidFreePeriodApplies, SAFETY_FLAG_RULES, WITHHELD_RULES } from './rules/safety-flags.js';
import { tellsOptionsApart, valueConflicts, valuesAgainstLeaning, valuesTowardLeaning } from './rules/value-conflicts.js';
import type { ClinicianSummary, Guide, OpioidUse, Situation, SureResult } from './types.js';

export function buildGuide(raw: Answers): Guide {
  const a = pruneAnswers(raw);
  // In the order of the rules: withdrawal first whenever opioid use is possible.
  const safety = applying(SAFETY_FLAG_RULES, a);
  const situation = describeSituation(a);
  const sure = sureResult(a);
  const values = valuesThatMatterALot(a);
  const withheld = applying(WITHHELD_RULES, a);
  const safetyWithheld = withheld.length > 0;
  const conflicts = valueConflicts(a);
  const leaningAgainst = valuesAgainstLeaning(a, conflicts);
  const clinicianSummary: ClinicianSummary = {
    flags: safety,
    safetyWithheld,
    withheld,
    ...(situation.diagnosis && { diagnosis: situation.diagnosis }),
    ...(situation.duration && { duration: situation.duration }),
    ...(a['age-group'] && { ageGroup: a['age-group'] }),
    opioids: opioidUse(a),
    naltrexoneBefore: tookNaltrexoneBefore(a),
    ...(situation.naltrexone && { naltrexone: situation.naltrexone }),
    answers: a,
    mainSymptoms: situation.mainSymptoms,
    symptoms: situation.symptoms,
    pattern: situation.pattern,
    tried: situation.tried,
    triedNothing: situation.triedNothing,
    mattersALot: values,
    ...(a.leaning && { leaning: a.leaning }),
    leaningAgainst: valuesAgainstLeaning(a, conflicts.filter(tellsOptionsApart)),
    sureYesCount: sure.yesCount,
    sureAnswered: Object.keys(sure.answers).length,
    sureNo: sure.no,
  };

  return {
    sections: GUIDE_SECTIONS,
    safety,
    safetyWithheld,
    opioidFreePeriod: opioidFreePeriodApplies(a),
    oudTreatmentPossible: mayBeInOpioidUseDisorderTreatment(a),
    neverTookNaltrexone: neverTookNaltrexone(a),
    highlights: chooseHighlights(a),
    // The withdrawal flag states the opioid fact in full; it is not said twice.
    generalSafety: safety.includes('opioid-withdrawal') ? GENERAL_SAFETY.filter((id) => id !== 'no-opioids-with-ldn') : GENERAL_SAFETY,
    keyPoints: KEY_POINTS,
    situation,
    options: {
      options: OPTIONS,
      fields: OPTION_FIELDS,
      ldnTried: tookNaltrexoneBefore(a),
    },
    evidence: applying(EVIDENCE_RULES, a),
    conditionsWithoutEvidence: conditionsWithoutEvidence(a),
    questions: chooseQuestions(a),
    values,
    conflicts,
    ...(a.leaning && { leaning: a.leaning }),
    leaningAgainst,
    leaningToward: valuesTowardLeaning(a, conflicts),
    sure,
    clinicianSummary,
  };
}

function describeSituation(a: Answers): Situation {
  return {
    diagnosis: a.diagnosis,
    duration: a.duration,
    mainSymptoms: mainSymptoms(a),
    // Stryker disable next-line StringLiteral: ratedSymptoms returns rated symptoms only, so the fallback is never used
    symptoms: ratedSymptoms(a).map((id) => ({ id, severity: a[symptomId(id)] ?? 'none' })),
    pattern: symptomPattern(a),
    tried: tickedTherapies(a).map((id) => ({
      id,
      ...(therapyStatus(a, id) && { status: therapyStatus(a, id) }),
      ...(a[therapyHelpsId(id)] && { helps: a[therapyHelpsId(id)] }),
      sideEffects: !!a[therapySideEffectsId(id)]?.length,
    })),
    triedNothing: triedNothing(a),
    naltrexoneBefore: a['naltrexone-before'],
    // Its follow-ups are pruned unless they took it before.
    ...(tookNaltrexoneBefore(a) && {
      naltrexone: { ...(a['naltrexone-helps'] && { helps: a['naltrexone-helps'] }), sideEffects: !!a['naltrexone-side-effects']?.length },
    }),
  };
}

/** The opioid answers; the follow-ups are pruned away unless use is possible. */
function opioidUse(a: Answers): OpioidUse {
  return {
    ...(a['opioid-use'] && { answer: a['opioid-use'] }),
    possible: hasPossibleOpioidUse(a),
    kinds: [...(a['opioid-kinds'] ?? [])],
    ...(a['opioid-pattern'] && { pattern: a['opioid-pattern'] }),
    disorderTreatmentAsked: asksAboutOpioidUseDisorder(a),
    ...(a['opioid-use-disorder-treatment'] && { disorderTreatment: a['opioid-use-disorder-treatment'] }),
  };
}

function sureResult(a: Answers): SureResult {
  const answers = Object.fromEntries(SURE_ITEMS.flatMap((item) => (a[sureId(item)] ? [[item, a[sureId(item)]]] : [])));
  const yesCount = SURE_ITEMS.filter((item) => a[sureId(item)] === 'yes').length;
  const no = SURE_ITEMS.filter((item) => a[sureId(item)] === 'no');
  const status = no.length ? 'needs-support' : yesCount === SURE_ITEMS.length ? 'ready' : 'unanswered';
  return { answers, yesCount, no, status };
}
