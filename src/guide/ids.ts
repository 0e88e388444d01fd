/**
 * The ids of everything a guide can hold, in the order the guide shows them:
 * runtime data, read by the guide builder and the wording alike. Their types
 * are in types.ts.
 */

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

export const SAFETY_FLAGS = [
  'opioid-withdrawal',
  'opioid-use-disorder-treatment',
  'planned-procedure',
  'liver',
  'pregnant',
  'planning-pregnancy',
  'breastfeeding',
] as const;

/** Said in every guide, whatever the answers. */
export const KEY_POINTS = ['off-label', 'evidence-limited', 'clinician-decision'] as const;

/**
 * Safety facts everyone gets, after any flags of their own. The opioid fact is
 * left out when the withdrawal flag already states it in full.
 */
export const GENERAL_SAFETY = ['no-opioids-with-ldn', 'after-stopping', 'tell-every-clinician'] as const;

export const EVIDENCE_POINTS = [
  'case-series',
  'trial',
  'trials-exclude-opioids',
  'trial-excludes-pregnancy',
  'fibromyalgia',
  'long-covid',
  'other-conditions-not-covered',
] as const;

/**
 * Questions the patient may ask, by kind. Safety and tailored questions are
 * always asked; general ones fill the list up to `MAX_QUESTIONS`, in this order.
 */
export const SAFETY_QUESTIONS = ['opioid-free-period', 'opioid-use-disorder-plan', 'procedure-plan', 'pregnancy-plans', 'future-pain-relief'] as const;
export const TAILORED_QUESTIONS = ['naltrexone-before', 'heart-rate-symptoms', 'other-options-first'] as const;
export const GENERAL_QUESTIONS = ['what-if-no-change', 'how-to-tell', 'who-prescribes', 'cost', 'sleep-side-effects'] as const;
export const QUESTIONS_TO_ASK = [...SAFETY_QUESTIONS, ...TAILORED_QUESTIONS, ...GENERAL_QUESTIONS] as const;
export const MAX_QUESTIONS = 6;

/** The options of the decision, each described in the same fields (IPDAS: equal detail). */
export const OPTIONS = ['ldn', 'conventional', 'no-change'] as const;
export const OPTION_FIELDS = ['what', 'benefit', 'certainty', 'harms', 'living', 'cost'] as const;

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
