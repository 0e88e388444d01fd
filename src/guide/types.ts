import type { Answers, AnswerOf } from '../questionnaire/answers.js';
import type { ConditionId, Importance, Outcome, Severity, SureItem, SymptomId, TherapyId, TherapyStatus, ValueId, YesNo } from '../questionnaire/options.js';

/** Sections in the order they appear. */
export const GUIDE_SECTIONS = [
  'safety',
  'key-points',
  'situation',
  'options',
  'evidence',
  'questions',
  'values',
  'sure',
  'clinician-summary',
  'about',
] as const;
export type GuideSectionId = (typeof GUIDE_SECTIONS)[number];

export const SAFETY_FLAGS = ['opioid-withdrawal', 'opioid-use-disorder-treatment', 'planned-procedure', 'liver', 'pregnancy-breastfeeding'] as const;
export type SafetyFlagId = (typeof SAFETY_FLAGS)[number];

/** Said in every guide, whatever the answers. */
export const KEY_POINTS = ['off-label', 'evidence-limited', 'clinician-decision', 'not-advice'] as const;
export type KeyPointId = (typeof KEY_POINTS)[number];

/** Safety facts everyone gets, after any flags of their own. */
export const GENERAL_SAFETY = ['no-opioids-with-ldn', 'tell-every-clinician', 'common-side-effects'] as const;
export type GeneralSafetyId = (typeof GENERAL_SAFETY)[number];

export type SymptomPattern = 'ldn-targets' | 'conventional-targets' | 'both' | 'none';

export const EVIDENCE_POINTS = [
  'limited',
  'case-series',
  'trial',
  'trials-exclude-opioids',
  'trial-excludes-pregnancy',
  'response-varies',
  'fibromyalgia',
  'long-covid',
  'other-conditions-not-covered',
] as const;
export type EvidencePointId = (typeof EVIDENCE_POINTS)[number];

export const QUESTIONS_TO_ASK = [
  'opioid-free-period',
  'opioid-use-disorder-plan',
  'procedure-plan',
  'liver-condition',
  'pregnancy-plans',
  'future-pain-relief',
  'how-to-tell',
  'who-prescribes',
  'cost',
  'naltrexone-before',
  'heart-rate-symptoms',
  'sleep-side-effects',
  'other-options-first',
  'what-if-no-change',
] as const;
export type QuestionToAskId = (typeof QUESTIONS_TO_ASK)[number];

export const OPTIONS = ['ldn', 'conventional', 'no-change'] as const;
export type OptionId = (typeof OPTIONS)[number];

export interface TriedTherapy {
  id: TherapyId;
  status?: TherapyStatus;
  outcome?: Outcome;
}

export interface RatedSymptom {
  id: SymptomId;
  severity: Severity;
}

export interface Situation {
  diagnosis?: AnswerOf<'diagnosis'>;
  duration?: AnswerOf<'duration'>;
  mainSymptom?: SymptomId;
  /** Symptoms rated mild or worse, most severe first. */
  symptoms: RatedSymptom[];
  pattern: SymptomPattern;
  tried: TriedTherapy[];
  triedNothing: boolean;
  naltrexoneBefore?: AnswerOf<'naltrexone-before'>;
  naltrexoneOutcome?: Outcome;
}

export interface OptionsSideBySide {
  options: readonly OptionId[];
  /** They have taken naltrexone or LDN before. */
  ldnTried: boolean;
  /** Conventional measures on the comparison list, each marked tried or not. */
  conventional: { id: TherapyId; tried: boolean }[];
}

export interface SureResult {
  answers: Partial<Record<SureItem, YesNo>>;
  yesCount: number;
  /** `needs-support` once any item is "no"; `ready` when all four are "yes". */
  status: 'unanswered' | 'needs-support' | 'ready';
}

export interface ClinicianSummary {
  flags: SafetyFlagId[];
  /** The answers the guide was built from, follow-ups that no longer apply removed: rows that show one answer read it here. */
  answers: Answers;
  mainSymptom?: SymptomId;
  symptoms: RatedSymptom[];
  pattern: SymptomPattern;
  tried: TriedTherapy[];
  mattersALot: ValueId[];
  sureYesCount: number;
  sureAnswered: number;
}

/** The whole guide as locale-free data: ids only, turned into words by the view. */
export interface Guide {
  sections: readonly GuideSectionId[];
  safety: SafetyFlagId[];
  /** The patient chose "prefer not to say" for a safety question, so a flag may be missing. */
  safetyWithheld: boolean;
  generalSafety: readonly GeneralSafetyId[];
  keyPoints: readonly KeyPointId[];
  situation: Situation;
  options: OptionsSideBySide;
  evidence: EvidencePointId[];
  /** Related conditions the patient reported that the evidence list has nothing on. */
  conditionsWithoutEvidence: ConditionId[];
  questions: QuestionToAskId[];
  values: { id: ValueId; importance: Importance }[];
  sure: SureResult;
  clinicianSummary: ClinicianSummary;
}
