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

/**
 * Sections in the order they appear: safety first, then what POTS is and what
 * the decision is, the patient's situation, the options in equal detail, the
 * evidence, how their values bear on the options, which way they lean, questions
 * to ask, the clinician summary, and who wrote the guide (IPDAS, S14).
 */
export const GUIDE_SECTIONS = [
  'safety',
  'pots',
  'decision',
  'situation',
  'options',
  'evidence',
  'values',
  'leaning',
  'questions',
  'clinician-summary',
  'about',
] as const;
export type GuideSectionId = (typeof GUIDE_SECTIONS)[number];

export const SAFETY_FLAGS = [
  'opioid-withdrawal',
  'opioid-use-disorder-treatment',
  'planned-procedure',
  'liver',
  'pregnant',
  'planning-pregnancy',
  'breastfeeding',
] as const;
export type SafetyFlagId = (typeof SAFETY_FLAGS)[number];

/** Said in every guide, whatever the answers. */
export const KEY_POINTS = ['off-label', 'evidence-limited', 'clinician-decision'] as const;
export type KeyPointId = (typeof KEY_POINTS)[number];

/**
 * Safety facts everyone gets, after any flags of their own. The opioid fact is
 * left out when the withdrawal flag already states it in full.
 */
export const GENERAL_SAFETY = ['no-opioids-with-ldn', 'after-stopping', 'tell-every-clinician'] as const;
export type GeneralSafetyId = (typeof GENERAL_SAFETY)[number];

export type SymptomPattern = 'ldn-targets' | 'conventional-targets' | 'both' | 'none';

export const EVIDENCE_POINTS = [
  'case-series',
  'trial',
  'trials-exclude-opioids',
  'trial-excludes-pregnancy',
  'fibromyalgia',
  'long-covid',
  'other-conditions-not-covered',
] as const;
export type EvidencePointId = (typeof EVIDENCE_POINTS)[number];

/**
 * Questions the patient may ask, by kind. Safety and tailored questions are
 * always asked; general ones fill the list up to `MAX_QUESTIONS`, in this order.
 */
export const SAFETY_QUESTIONS = ['opioid-free-period', 'opioid-use-disorder-plan', 'procedure-plan', 'pregnancy-plans', 'future-pain-relief'] as const;
export const TAILORED_QUESTIONS = ['naltrexone-before', 'heart-rate-symptoms', 'other-options-first'] as const;
export const GENERAL_QUESTIONS = ['what-if-no-change', 'how-to-tell', 'who-prescribes', 'cost', 'sleep-side-effects'] as const;
export const QUESTIONS_TO_ASK = [...SAFETY_QUESTIONS, ...TAILORED_QUESTIONS, ...GENERAL_QUESTIONS] as const;
export type QuestionToAskId = (typeof QUESTIONS_TO_ASK)[number];
export const MAX_QUESTIONS = 6;

/** The options of the decision, each described in the same fields (IPDAS: equal detail). */
export const OPTIONS = ['ldn', 'conventional', 'no-change'] as const;
export type OptionId = (typeof OPTIONS)[number];
export const OPTION_FIELDS = ['what', 'benefit', 'certainty', 'harms', 'living', 'cost'] as const;
export type OptionFieldId = (typeof OPTION_FIELDS)[number];

/**
 * A rated value that pulls against an option: said in a sentence so the patient
 * sees the link (IPDAS: values clarification tied to the options).
 */
export const VALUE_CONFLICTS = [
  'opioid-pain-relief',
  'side-effects',
  'cost',
  'heart-rate-over-fatigue',
  'limited-evidence',
  'fatigue-over-heart-rate',
  'relief-wanted',
] as const;
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
