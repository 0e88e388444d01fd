/**
 * The ids of the parts every guide holds, in the order the guide shows them,
 * with their types. The parts that depend on the answers (safety flags,
 * evidence points, questions to ask, value conflicts) are ordered lists of
 * rules in rules/, which name their own ids.
 */

/**
 * Sections in the order they appear: the safety points that apply to the
 * patient, their three most relevant points, then the rest (issue 20: a first
 * screen about the patient): the safety points for everyone, what POTS is and
 * what the decision is, the patient's situation, the options in equal detail,
 * the evidence, how their values bear on the options, which way they lean,
 * questions to ask, the clinician summary, and who wrote the guide (IPDAS, S14).
 */
export const GUIDE_SECTIONS = [
  'safety',
  'for-you',
  'everyone',
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

/** Said in every guide, whatever the answers: among the patient's most relevant points, or else in "Your decision". */
export const KEY_POINTS = ['off-label', 'evidence-limited', 'clinician-decision'] as const;
export type KeyPointId = (typeof KEY_POINTS)[number];

/**
 * Safety facts everyone gets, after their own flags and most relevant points.
 * The opioid fact is left out when the withdrawal flag already states it in full.
 */
export const GENERAL_SAFETY = ['no-opioids-with-ldn', 'after-stopping', 'tell-every-clinician'] as const;
export type GeneralSafetyId = (typeof GENERAL_SAFETY)[number];

/** The options of the decision, each described in the same fields (IPDAS: equal detail). */
export const OPTIONS = ['ldn', 'conventional', 'no-change'] as const;
export type OptionId = (typeof OPTIONS)[number];
export const OPTION_FIELDS = ['what', 'benefit', 'certainty', 'harms', 'living', 'cost'] as const;
export type OptionFieldId = (typeof OPTION_FIELDS)[number];
