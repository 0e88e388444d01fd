import {
  CONVENTIONAL_TARGET_SYMPTOMS,
  LDN_TARGET_SYMPTOMS,
  SEVERITY,
  SURE_ITEMS,
  THERAPIES,
  VALUES,
  type ConditionId,
} from '../answers/options.js';
import {
  hasPossibleOpioidUse,
  mainSymptom,
  ratedSymptoms,
  reportsLiverDisease,
  reportsOpioidUseDisorderTreatment,
  reportsPlannedProcedure,
  reportsPregnancyOrBreastfeeding,
  tickedTherapies,
  withholdsSafetyAnswer,
} from '../answers/predicates.js';
import { pruneAnswers } from '../answers/prune.js';
import type { Answers } from '../answers/types.js';
import { citedSources } from '../content/cited-sources.js';
import { chooseQuestions } from './questions.js';
import {
  type EvidencePointId,
  GENERAL_SAFETY,
  GUIDE_SECTIONS,
  type Guide,
  KEY_POINTS,
  OPTIONS,
  type SafetyFlagId,
  type Situation,
  type SureResult,
  type SymptomPattern,
} from './types.js';

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
  const values = VALUES.flatMap((id) => (a.values[id] ? [{ id, importance: a.values[id] }] : []));

  const guide: Omit<Guide, 'sources'> = {
    sections: GUIDE_SECTIONS,
    safety,
    safetyWithheld: withholdsSafetyAnswer(a),
    generalSafety: GENERAL_SAFETY,
    keyPoints: KEY_POINTS,
    situation,
    options: {
      options: OPTIONS,
      ldnTried: a.naltrexoneBefore === 'yes',
      conventional: THERAPIES.map((id) => ({ id, tried: situation.tried.some((t) => t.id === id) })),
    },
    evidence: evidencePoints(a),
    conditionsWithoutEvidence: a.conditions.filter((c) => !CONDITION_EVIDENCE[c]),
    questions: chooseQuestions(a, situation),
    values,
    sure,
    clinicianSummary: {
      flags: safety,
      diagnosis: a.diagnosis,
      duration: a.duration,
      mainSymptom: situation.mainSymptom,
      symptoms: situation.symptoms,
      pattern: situation.pattern,
      opioidUse: a.opioidUse,
      opioidKinds: a.opioidKinds,
      opioidPattern: a.opioidPattern,
      opioidUseDisorderTreatment: a.opioidUseDisorderTreatment,
      plannedProcedure: a.plannedProcedure,
      liver: a.liver,
      pregnancy: a.pregnancy,
      naltrexoneBefore: a.naltrexoneBefore,
      naltrexoneOutcome: a.naltrexoneOutcome,
      conditions: a.conditions,
      conditionsWithheld: a.conditionsExclusive === 'prefer-not',
      tried: situation.tried,
      mattersALot: values.filter((v) => v.importance === 'a-lot').map((v) => v.id),
      sureYesCount: sure.yesCount,
      sureAnswered: Object.keys(sure.answers).length,
    },
  };
  return { ...guide, sources: citedSources(guide) };
}

/** Withdrawal comes first whenever opioid use is possible: it is the one danger that is sudden and severe. */
export function safetyFlags(a: Answers): SafetyFlagId[] {
  const flags: SafetyFlagId[] = [];
  if (hasPossibleOpioidUse(a)) flags.push('opioid-withdrawal');
  if (reportsOpioidUseDisorderTreatment(a)) flags.push('opioid-use-disorder-treatment');
  if (reportsPlannedProcedure(a)) flags.push('planned-procedure');
  if (reportsLiverDisease(a)) flags.push('liver');
  if (reportsPregnancyOrBreastfeeding(a)) flags.push('pregnancy-breastfeeding');
  return flags;
}

function describeSituation(a: Answers): Situation {
  const rated = ratedSymptoms(a);
  return {
    diagnosis: a.diagnosis,
    duration: a.duration,
    mainSymptom: mainSymptom(a),
    symptoms: rated.map((id) => ({ id, severity: a.symptoms[id] ?? 'none' })),
    pattern: symptomPattern(a),
    tried: tickedTherapies(a).map((id) => ({ id, ...a.therapyDetails[id] })),
    triedNothing: a.noTherapies,
    naltrexoneBefore: a.naltrexoneBefore,
    naltrexoneOutcome: a.naltrexoneOutcome,
  };
}

/**
 * Which kind of symptom weighs more: those LDN is thought to target (fatigue,
 * pain, brain fog) or those conventional treatments target (heart rate,
 * light-headedness), per the source article's comparison table (S0).
 */
export function symptomPattern(a: Answers): SymptomPattern {
  const worst = (ids: readonly (keyof Answers['symptoms'])[]) =>
    Math.max(0, ...ids.map((id) => SEVERITY.indexOf(a.symptoms[id] ?? 'none')));
  const ldn = worst(LDN_TARGET_SYMPTOMS);
  const conventional = worst(CONVENTIONAL_TARGET_SYMPTOMS);
  if (ldn === 0 && conventional === 0) return 'none';
  if (ldn === conventional) return 'both';
  return ldn > conventional ? 'ldn-targets' : 'conventional-targets';
}

function evidencePoints(a: Answers): EvidencePointId[] {
  const points: EvidencePointId[] = ['limited', 'case-series', 'trial'];
  if (hasPossibleOpioidUse(a)) points.push('trials-exclude-opioids');
  if (reportsPregnancyOrBreastfeeding(a)) points.push('trial-excludes-pregnancy');
  points.push('response-varies');
  for (const condition of a.conditions) {
    const point = CONDITION_EVIDENCE[condition];
    if (point) points.push(point);
  }
  if (a.conditions.some((c) => !CONDITION_EVIDENCE[c])) points.push('other-conditions-not-covered');
  return points;
}

function sureResult(a: Answers): SureResult {
  const answers = Object.fromEntries(SURE_ITEMS.flatMap((item) => (a.sure[item] ? [[item, a.sure[item]]] : [])));
  const yesCount = SURE_ITEMS.filter((item) => a.sure[item] === 'yes').length;
  const anyNo = SURE_ITEMS.some((item) => a.sure[item] === 'no');
  const status = anyNo ? 'needs-support' : yesCount === SURE_ITEMS.length ? 'ready' : 'unanswered';
  return { answers, yesCount, status };
}
