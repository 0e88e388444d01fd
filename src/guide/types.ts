/**
 * The guide's types: locale-free data, ids only, turned into words by the
 * view. The ids of the parts every guide holds are in ids.ts; those that
 * depend on the answers are named by their rules (rules/).
 */
import type { Answers, AnswerOf } from '../questionnaire/answers.js';
import type {
  AgeGroup,
  ConditionId,
  Diagnosis,
  Duration,
  Leaning,
  OpioidKind,
  OpioidPattern,
  Helps,
  Severity,
  SureItem,
  SymptomId,
  TherapyId,
  TherapyStatus,
  ValueId,
  YesNo,
  YesNoNotSure,
  YesNoPreferNot,
} from '../questionnaire/options.js';
import type { SymptomPattern } from '../questionnaire/predicates.js';
import type { GeneralSafetyId, GuideSectionId, KeyPointId, OptionFieldId, OptionId } from './ids.js';
import type { EvidencePointId } from './rules/evidence.js';
import type { HighlightId, PersonalHighlightId } from './rules/highlights.js';
import type { QuestionToAskId } from './rules/questions-to-ask.js';
import type { SafetyFlagId, WithheldAnswerId } from './rules/safety-flags.js';
import type { ValueConflict } from './rules/value-conflicts.js';

export type {
  EvidencePointId,
  GeneralSafetyId,
  GuideSectionId,
  HighlightId,
  KeyPointId,
  PersonalHighlightId,
  WithheldAnswerId,
  OptionFieldId,
  OptionId,
  QuestionToAskId,
  SafetyFlagId,
  SymptomPattern,
  ValueConflict,
};
export type { ValueConflictId } from './rules/value-conflicts.js';

/** Whether a treatment helps (or helped), and whether it caused side effects: a treatment can do both. */
export interface HowItWent {
  helps?: Helps;
  sideEffects: boolean;
}

export interface TriedTherapy extends HowItWent {
  id: TherapyId;
  status?: TherapyStatus;
}

export interface RatedSymptom {
  id: SymptomId;
  severity: Severity;
}

export interface Situation {
  diagnosis?: AnswerOf<'diagnosis'>;
  duration?: AnswerOf<'duration'>;
  /** The one or two symptoms that bother them most. */
  mainSymptoms: SymptomId[];
  /** Symptoms rated mild or worse, most severe first. */
  symptoms: RatedSymptom[];
  pattern: SymptomPattern;
  tried: TriedTherapy[];
  triedNothing: boolean;
  naltrexoneBefore?: AnswerOf<'naltrexone-before'>;
  /** How naltrexone or LDN went, when they took it before. */
  naltrexone?: HowItWent;
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

/** Opioid use as the clinician needs it: whether it is possible, and the answers to the follow-ups that apply only then. */
export interface OpioidUse {
  /** The answer to "any opioid in the last two weeks?". */
  answer?: YesNoNotSure;
  /** Current or possible use ("yes" or "not sure"): the answers below are kept only then. */
  possible: boolean;
  kinds: OpioidKind[];
  pattern?: OpioidPattern;
  /** Whether they were asked about treatment for opioid use disorder: only after a medicine it uses, or one not named. */
  disorderTreatmentAsked: boolean;
  /** In treatment for opioid use disorder. */
  disorderTreatment?: YesNoPreferNot;
}

/**
 * What both clinician summaries (the guide's and the QR code's) say, as facts
 * already interpreted from the answers, so neither reads the answers itself.
 */
export interface ClinicianSummary {
  flags: SafetyFlagId[];
  /** A safety question was answered "prefer not to say", so a flag may be missing. */
  safetyWithheld: boolean;
  /** Which safety questions were answered "prefer not to say". */
  withheld: WithheldAnswerId[];
  diagnosis?: Diagnosis;
  duration?: Duration;
  ageGroup?: AgeGroup;
  opioids: OpioidUse;
  /** They have taken naltrexone or LDN before. */
  naltrexoneBefore: boolean;
  /** How it went, when they have. */
  naltrexone?: HowItWent;
  /** The answers the guide was built from, follow-ups that no longer apply removed: the rows that show one question's answer word it from here. */
  answers: Answers;
  mainSymptoms: SymptomId[];
  symptoms: RatedSymptom[];
  pattern: SymptomPattern;
  tried: TriedTherapy[];
  /** They ticked "None of these" for the treatments. */
  triedNothing: boolean;
  mattersALot: ValueId[];
  leaning?: Leaning;
  /** Values that matter a lot and pull against the option they lean toward, not against both medicine options alike (side effects, cost). */
  leaningAgainst: ValueId[];
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
  /**
   * An opioid-free period before LDN is the step to talk about: possible
   * opioid use, and not (possibly) in treatment for opioid use disorder.
   */
  opioidFreePeriod: boolean;
  /** In, or would not say whether in, treatment for opioid use disorder: the label rules LDN out, so no flag talks of starting it. */
  oudTreatmentPossible: boolean;
  /** Answered that they never took naltrexone or LDN: advice for someone who takes it is left out (third re-read t1). */
  neverTookNaltrexone: boolean;
  /** Their three most relevant points, after the safety flags: their own first, then key points. */
  highlights: HighlightId[];
  generalSafety: readonly GeneralSafetyId[];
  /** Said in every guide: among the highlights, or else in "Your decision". */
  keyPoints: readonly KeyPointId[];
  situation: Situation;
  options: OptionsSideBySide;
  evidence: EvidencePointId[];
  /** Related conditions the patient reported that the evidence list has nothing on. */
  conditionsWithoutEvidence: ConditionId[];
  questions: QuestionToAskId[];
  /** The values that matter a lot to the patient, in list order. */
  values: ValueId[];
  /** Values that matter a lot and pull against an option, in the order of the rules. */
  conflicts: ValueConflict[];
  leaning?: Leaning;
  /** Values that matter a lot and pull against the option they lean toward (the Ottawa guide's "weigh" step). */
  leaningAgainst: ValueId[];
  /** Values that matter a lot and pull against another option, not this one: the weigh step's other side. */
  leaningToward: ValueId[];
  sure: SureResult;
  clinicianSummary: ClinicianSummary;
}
