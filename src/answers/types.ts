import type {
  ConditionId,
  ConditionsExclusive,
  Diagnosis,
  Duration,
  Importance,
  OpioidKind,
  OpioidPattern,
  Outcome,
  Severity,
  SureItem,
  SymptomId,
  TherapyId,
  TherapyStatus,
  ValueId,
  YesNo,
  YesNoNotSure,
  YesNoNotSurePreferNot,
  YesNoPreferNot,
} from './options.js';

export interface TherapyDetail {
  status?: TherapyStatus;
  outcome?: Outcome;
}

/**
 * Everything the patient has said. Plain JSON: it is what the widget saves,
 * exports and hands to `ldn-complete` listeners. An unset field is unanswered.
 */
export interface Answers {
  diagnosis?: Diagnosis;
  duration?: Duration;

  therapies: TherapyId[];
  noTherapies: boolean;
  therapyDetails: Partial<Record<TherapyId, TherapyDetail>>;

  opioidUse?: YesNoNotSure;
  opioidKinds: OpioidKind[];
  opioidPattern?: OpioidPattern;
  opioidUseDisorderTreatment?: YesNoPreferNot;
  plannedProcedure?: YesNoNotSure;

  liver?: YesNoNotSurePreferNot;
  pregnancy?: YesNoPreferNot;
  naltrexoneBefore?: YesNoNotSure;
  naltrexoneOutcome?: Outcome;
  conditions: ConditionId[];
  conditionsExclusive?: ConditionsExclusive;

  symptoms: Partial<Record<SymptomId, Severity>>;
  worstSymptom?: SymptomId;

  values: Partial<Record<ValueId, Importance>>;

  /** Answered on the guide itself ("Are you ready to decide?"). */
  sure: Partial<Record<SureItem, YesNo>>;
}

export function emptyAnswers(): Answers {
  return {
    therapies: [],
    noTherapies: false,
    therapyDetails: {},
    opioidKinds: [],
    conditions: [],
    symptoms: {},
    values: {},
    sure: {},
  };
}
