/** The guide's types: locale-free data, ids only, turned into words by the view. The id lists themselves are in ids.ts. */
import type { Answers, AnswerOf } from '../questionnaire/answers.js';
import type {
  ConditionId,
  Importance,
  Leaning,
  Outcome,
  Severity,
  SureItem,
  SymptomId,
  TherapyId,
  TherapyStatus,
  ValueId,
  YesNo,
} from '../questionnaire/options.js';
import type {
  EVIDENCE_POINTS,
  GENERAL_SAFETY,
  GUIDE_SECTIONS,
  KEY_POINTS,
  OPTIONS,
  OPTION_FIELDS,
  QUESTIONS_TO_ASK,
  SAFETY_FLAGS,
  VALUE_CONFLICTS,
} from './ids.js';

export type GuideSectionId = (typeof GUIDE_SECTIONS)[number];
export type SafetyFlagId = (typeof SAFETY_FLAGS)[number];
export type KeyPointId = (typeof KEY_POINTS)[number];
export type GeneralSafetyId = (typeof GENERAL_SAFETY)[number];
export type SymptomPattern = 'ldn-targets' | 'conventional-targets' | 'both' | 'none';
export type EvidencePointId = (typeof EVIDENCE_POINTS)[number];
export type QuestionToAskId = (typeof QUESTIONS_TO_ASK)[number];
export type OptionId = (typeof OPTIONS)[number];
export type OptionFieldId = (typeof OPTION_FIELDS)[number];
export type ValueConflictId = (typeof VALUE_CONFLICTS)[number];

export interface ValueConflict {
  id: ValueConflictId;
  value: ValueId;
  option: OptionId;
}

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
  fields: readonly OptionFieldId[];
  /** They have taken naltrexone or LDN before. */
  ldnTried: boolean;
}

export interface SureResult {
  answers: Partial<Record<SureItem, YesNo>>;
  yesCount: number;
  /** The items answered "no", in the test's order: what the clinician can follow up. */
  no: SureItem[];
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
  leaning?: Leaning;
  sureYesCount: number;
  sureAnswered: number;
  sureNo: SureItem[];
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
  /** Rated values that pull against an option, most important first. */
  conflicts: ValueConflict[];
  leaning?: Leaning;
  sure: SureResult;
  clinicianSummary: ClinicianSummary;
}
