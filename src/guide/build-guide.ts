import {
  hasPossibleOpioidUse,
  mainSymptom,
  ratedSymptoms,
  reportsLiverDisease,
  reportsOpioidUseDisorderTreatment,
  reportsPlannedProcedure,
  reportsBreastfeeding,
  reportsPlanningPregnancy,
  reportsPregnancy,
  reportsPregnancyOrBreastfeeding,
  tickedTherapies,
  tookNaltrexoneBefore,
  triedNothing,
  withholdsSafetyAnswer,
} from '../questionnaire/predicates.js';
import type { Answers } from '../questionnaire/answers.js';
import { symptomId, sureId, therapyOutcomeId, therapyStatusId, valueId } from '../questionnaire/ids.js';
import {
  CONDITIONS,
  CONVENTIONAL_TARGET_SYMPTOMS,
  LDN_TARGET_SYMPTOMS,
  SEVERITY,
  SURE_ITEMS,
  VALUES,
  type ConditionId,
  type SymptomId,
} from '../questionnaire/options.js';
import { pruneAnswers } from '../questionnaire/prune.js';
import { chooseQuestions } from './questions.js';
import { valueConflicts } from './value-conflicts.js';
import { GENERAL_SAFETY, GUIDE_SECTIONS, KEY_POINTS, OPTION_FIELDS, OPTIONS } from './ids.js';
import { type EvidencePointId, type Guide, type SafetyFlagId, type Situation, type SureResult, type SymptomPattern } from './types.js';

/** Related conditions with sourced evidence in clinical-facts.md (S8–S11). */
const CONDITION_EVIDENCE: Partial<Record<ConditionId, EvidencePointId>> = {
  fibromyalgia: 'fibromyalgia',
  'long-covid': 'long-covid',
};

/**
 * Answers in, guide data out. Pure: no DOM, no locale, no clock, so it can be
 * checked over every combination of answers.
 */
export function buildGuide(raw: Answers): Guide {
  const a = pruneAnswers(raw);
  const safety = safetyFlags(a);
  const situation = describeSituation(a);
  const sure = sureResult(a);
  const values = VALUES.flatMap((id) => {
    const importance = a[valueId(id)];
    return importance ? [{ id, importance }] : [];
  });
  const conditions = reportedConditions(a);

  return {
    sections: GUIDE_SECTIONS,
    safety,
    safetyWithheld: withholdsSafetyAnswer(a),
    // The withdrawal flag states the opioid fact in full; it is not said twice.
    generalSafety: safety.includes('opioid-withdrawal') ? GENERAL_SAFETY.filter((id) => id !== 'no-opioids-with-ldn') : GENERAL_SAFETY,
    keyPoints: KEY_POINTS,
    situation,
    options: {
      options: OPTIONS,
      fields: OPTION_FIELDS,
      ldnTried: tookNaltrexoneBefore(a),
    },
    evidence: evidencePoints(a, conditions),
    conditionsWithoutEvidence: conditions.filter((c) => !CONDITION_EVIDENCE[c]),
    questions: chooseQuestions(a, situation),
    values,
    conflicts: valueConflicts(a),
    ...(a.leaning && { leaning: a.leaning }),
    sure,
    clinicianSummary: {
      flags: safety,
      answers: a,
      mainSymptom: situation.mainSymptom,
      symptoms: situation.symptoms,
      pattern: situation.pattern,
      tried: situation.tried,
      mattersALot: values.filter((v) => v.importance === 'a-lot').map((v) => v.id),
      ...(a.leaning && { leaning: a.leaning }),
      sureYesCount: sure.yesCount,
      sureAnswered: Object.keys(sure.answers).length,
      sureNo: sure.no,
    },
  };
}

/** Withdrawal comes first whenever opioid use is possible: it is the one danger that is sudden and severe. */
export function safetyFlags(a: Answers): SafetyFlagId[] {
  const flags: SafetyFlagId[] = [];
  if (hasPossibleOpioidUse(a)) flags.push('opioid-withdrawal');
  if (reportsOpioidUseDisorderTreatment(a)) flags.push('opioid-use-disorder-treatment');
  if (reportsPlannedProcedure(a)) flags.push('planned-procedure');
  if (reportsLiverDisease(a)) flags.push('liver');
  if (reportsPregnancy(a)) flags.push('pregnant');
  if (reportsPlanningPregnancy(a)) flags.push('planning-pregnancy');
  if (reportsBreastfeeding(a)) flags.push('breastfeeding');
  return flags;
}

/** Conditions ticked, without the "none of these" and "prefer not to say" answers. */
const reportedConditions = (a: Answers): ConditionId[] => CONDITIONS.filter((c) => a.conditions?.includes(c));

function describeSituation(a: Answers): Situation {
  return {
    diagnosis: a.diagnosis,
    duration: a.duration,
    mainSymptom: mainSymptom(a),
    symptoms: ratedSymptoms(a).map((id) => ({ id, severity: a[symptomId(id)] ?? 'none' })),
    pattern: symptomPattern(a),
    tried: tickedTherapies(a).map((id) => ({
      id,
      ...(a[therapyStatusId(id)] && { status: a[therapyStatusId(id)] }),
      ...(a[therapyOutcomeId(id)] && { outcome: a[therapyOutcomeId(id)] }),
    })),
    triedNothing: triedNothing(a),
    naltrexoneBefore: a['naltrexone-before'],
    naltrexoneOutcome: a['naltrexone-outcome'],
  };
}

/**
 * Which kind of symptom weighs more: those LDN is thought to target (fatigue,
 * pain, brain fog) or those conventional treatments target (heart rate,
 * light-headedness), per the source article's comparison table (S0).
 */
export function symptomPattern(a: Answers): SymptomPattern {
  const worst = (ids: readonly SymptomId[]) => Math.max(0, ...ids.map((id) => SEVERITY.indexOf(a[symptomId(id)] ?? 'none')));
  const ldn = worst(LDN_TARGET_SYMPTOMS);
  const conventional = worst(CONVENTIONAL_TARGET_SYMPTOMS);
  if (ldn === 0 && conventional === 0) return 'none';
  if (ldn === conventional) return 'both';
  return ldn > conventional ? 'ldn-targets' : 'conventional-targets';
}

function evidencePoints(a: Answers, conditions: readonly ConditionId[]): EvidencePointId[] {
  const points: EvidencePointId[] = ['case-series', 'trial'];
  if (hasPossibleOpioidUse(a)) points.push('trials-exclude-opioids');
  if (reportsPregnancyOrBreastfeeding(a)) points.push('trial-excludes-pregnancy');
  for (const condition of conditions) {
    const point = CONDITION_EVIDENCE[condition];
    if (point) points.push(point);
  }
  if (conditions.some((c) => !CONDITION_EVIDENCE[c])) points.push('other-conditions-not-covered');
  return points;
}

function sureResult(a: Answers): SureResult {
  const answers = Object.fromEntries(SURE_ITEMS.flatMap((item) => (a[sureId(item)] ? [[item, a[sureId(item)]]] : [])));
  const yesCount = SURE_ITEMS.filter((item) => a[sureId(item)] === 'yes').length;
  const no = SURE_ITEMS.filter((item) => a[sureId(item)] === 'no');
  const status = no.length ? 'needs-support' : yesCount === SURE_ITEMS.length ? 'ready' : 'unanswered';
  return { answers, yesCount, no, status };
}
