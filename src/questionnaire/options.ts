/**
 * The stable ids of every answer option. Ids, never labels, travel through the
 * flow, the guide and the exports (they are the FHIR codes); labels come from
 * `content/labels/` at render time.
 */

export const DIAGNOSIS = ['diagnosed', 'suspected', 'not-sure'] as const;
export type Diagnosis = (typeof DIAGNOSIS)[number];

export const DURATION = ['under-6-months', '6-months-to-2-years', '2-to-5-years', 'over-5-years'] as const;
export type Duration = (typeof DURATION)[number];

/**
 * Under 18 or not: naltrexone's safe use under 18 is not established (S3), the
 * POTS trial enrols adults (S2), and POTS is diagnosed differently at 12–19 (S5, S7).
 */
export const AGE_GROUP = ['under-18', '18-or-over', 'prefer-not'] as const;
export type AgeGroup = (typeof AGE_GROUP)[number];

/** Non-drug measures and medicines used in POTS care (clinical-facts.md, S5–S7). */
export const NON_DRUG_THERAPIES = ['fluids-salt', 'compression', 'exercise-training', 'other-lifestyle'] as const;
export const MEDICINE_THERAPIES = [
  'beta-blocker',
  'ivabradine',
  'pyridostigmine',
  'midodrine',
  'fludrocortisone',
  'desmopressin',
  'clonidine-methyldopa',
  'other-medicine',
] as const;
export const THERAPIES = [...NON_DRUG_THERAPIES, ...MEDICINE_THERAPIES] as const;
export type TherapyId = (typeof THERAPIES)[number];

/** Still used or stopped: from "Which of these do you still take or do?", asked once for all the treatments ticked. */
export const THERAPY_STATUS = ['current', 'stopped'] as const;
export type TherapyStatus = (typeof THERAPY_STATUS)[number];

/** "None, I have stopped them all": exclusive with ticking a treatment still used. */
export const STOPPED_ALL = ['stopped-all'] as const;

/** Whether a treatment helps (or helped, once stopped): asked apart from side effects, since a treatment can do both. */
export const HELPS = ['a-lot', 'a-little', 'no', 'too-soon'] as const;
export type Helps = (typeof HELPS)[number];

/** The one box a patient ticks when a treatment has caused side effects (left blank otherwise). */
export const SIDE_EFFECTS = ['side-effects'] as const;

export const YES_NO_NOT_SURE = ['yes', 'no', 'not-sure'] as const;
export type YesNoNotSure = (typeof YES_NO_NOT_SURE)[number];

export const YES_NO_PREFER_NOT = ['yes', 'no', 'prefer-not'] as const;
export type YesNoPreferNot = (typeof YES_NO_PREFER_NOT)[number];

export const YES_NO_NOT_SURE_PREFER_NOT = ['yes', 'no', 'not-sure', 'prefer-not'] as const;
export type YesNoNotSurePreferNot = (typeof YES_NO_NOT_SURE_PREFER_NOT)[number];

/** Opioid groups people may not recognise as opioids (clinical-facts.md, Safety; S3). */
export const OPIOID_KINDS = [
  'tramadol',
  'codeine',
  'oxycodone-hydrocodone',
  'morphine-hydromorphone',
  'fentanyl',
  'buprenorphine',
  'methadone',
  'tapentadol',
  'antidiarrhoeal',
  'kratom',
  'other',
  'not-sure-which',
] as const;
export type OpioidKind = (typeof OPIOID_KINDS)[number];

/**
 * The answers after which the question about opioid use disorder treatment is
 * asked: the medicines that treatment uses (methadone, buprenorphine: S3), and
 * the answers that cannot rule it out (one not on the list, not sure which).
 */
export const OUD_TREATMENT_KINDS = ['buprenorphine', 'methadone', 'other', 'not-sure-which'] as const satisfies readonly OpioidKind[];

export const OPIOID_PATTERN = ['regular', 'occasional', 'not-sure'] as const;
export type OpioidPattern = (typeof OPIOID_PATTERN)[number];

export const CONDITIONS = ['fibromyalgia', 'me-cfs', 'long-covid', 'hypermobility-eds', 'mast-cell', 'autoimmune'] as const;
export type ConditionId = (typeof CONDITIONS)[number];

/** "None of these", "not sure" and "prefer not to say" are exclusive with ticking a condition. */
export const CONDITIONS_EXCLUSIVE = ['none-of-these', 'not-sure', 'prefer-not'] as const;
export type ConditionsExclusive = (typeof CONDITIONS_EXCLUSIVE)[number];

/** "None of these" is exclusive with ticking a treatment. */
export const THERAPIES_EXCLUSIVE = ['none-of-these'] as const;

export const SYMPTOMS = [
  'racing-heart',
  'light-headedness',
  'fatigue',
  'brain-fog',
  'pain',
  'headaches',
  'sleep',
  'stomach-bowel',
  'exercise-intolerance',
] as const;
export type SymptomId = (typeof SYMPTOMS)[number];

/** How much a symptom bothers, as the guide ranks it; "none" is a symptom left blank (the page offers only the ratings). */
export const SEVERITY = ['none', 'mild', 'moderate', 'severe'] as const;
export type Severity = (typeof SEVERITY)[number];

/** Ticked when no symptom is rated, so that an empty page is an answer, not a skipped one. */
export const NO_SYMPTOMS = ['no-symptoms'] as const;

/** At most this many symptoms "bother you most". */
export const MAX_MAIN_SYMPTOMS = 2;

/**
 * The source article's table: LDN is thought to target fatigue, pain and brain fog
 * (inflammation, central sensitization); conventional treatments target heart rate
 * and orthostatic intolerance (S0).
 */
export const LDN_TARGET_SYMPTOMS: readonly SymptomId[] = ['fatigue', 'pain', 'brain-fog'];
export const CONVENTIONAL_TARGET_SYMPTOMS: readonly SymptomId[] = ['racing-heart', 'light-headedness'];

/** Offered as one list of what matters a lot; some only where they apply (named-conditions.ts, VALUE_APPLIES). */
export const VALUES = [
  'wait-for-research',
  'avoid-side-effects',
  'cost',
  'keep-opioid-pain-relief',
  'stay-on-oud-treatment',
  'relief-fatigue-pain-fog',
  'relief-heart-rate-dizziness',
] as const;
export type ValueId = (typeof VALUES)[number];

/** The SURE test's four items (S13). */
export const SURE_ITEMS = ['sure', 'understand', 'risk-benefit', 'encouragement'] as const;
export type SureItem = (typeof SURE_ITEMS)[number];

export const YES_NO = ['yes', 'no'] as const;
export type YesNo = (typeof YES_NO)[number];

/**
 * Pregnancy, planning a pregnancy and breastfeeding are separate answers, so the
 * clinician can tell which applies: the sources differ for each (S3, S15).
 */
export const PREGNANCY_STATES = ['pregnant', 'planning-pregnancy', 'breastfeeding'] as const;
export type PregnancyState = (typeof PREGNANCY_STATES)[number];
/** "None of these" and "prefer not to say" are exclusive with ticking a state. */
export const PREGNANCY_EXCLUSIVE = ['none-of-these', 'prefer-not'] as const;
export type Pregnancy = PregnancyState | (typeof PREGNANCY_EXCLUSIVE)[number];

/** Which option the patient is leaning toward, asked on the guide after the options. */
export const LEANING = ['try-ldn', 'standard-care', 'keep-current-plan', 'not-sure-yet'] as const;
export type Leaning = (typeof LEANING)[number];

/** Symptom ratings that count as a symptom the patient has. */
export const RATED_SEVERITY = ['mild', 'moderate', 'severe'] as const satisfies readonly Severity[];

/**
 * Every list of answer options a question can use, by name. An id means one
 * thing wherever it appears (it is one code in the FHIR code system, with one
 * display), so options that differ in meaning have different ids: "none" is a
 * symptom rating, "none-of-these" an exclusive answer. A question names
 * its set; the set's ids are its FHIR codes, and `content/labels/` words them.
 */
export const OPTION_SETS = {
  diagnosis: DIAGNOSIS,
  duration: DURATION,
  'age-group': AGE_GROUP,
  therapy: [...THERAPIES, ...THERAPIES_EXCLUSIVE],
  'therapy-current': [...THERAPIES, ...STOPPED_ALL],
  helps: HELPS,
  'side-effects': SIDE_EFFECTS,
  'yes-no': YES_NO,
  'yes-no-not-sure': YES_NO_NOT_SURE,
  'yes-no-prefer-not': YES_NO_PREFER_NOT,
  'yes-no-not-sure-prefer-not': YES_NO_NOT_SURE_PREFER_NOT,
  'opioid-kind': OPIOID_KINDS,
  'opioid-pattern': OPIOID_PATTERN,
  condition: [...CONDITIONS, ...CONDITIONS_EXCLUSIVE],
  pregnancy: [...PREGNANCY_STATES, ...PREGNANCY_EXCLUSIVE],
  leaning: LEANING,
  symptom: SYMPTOMS,
  severity: RATED_SEVERITY,
  'no-symptoms': NO_SYMPTOMS,
  value: VALUES,
} as const satisfies Record<string, readonly string[]>;
export type OptionSetId = keyof typeof OPTION_SETS;
export type OptionOf<S extends OptionSetId> = (typeof OPTION_SETS)[S][number];
