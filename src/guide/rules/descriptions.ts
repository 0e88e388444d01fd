/**
 * When each rule applies, in words, for the clinic's clinical reviewer (the
 * review pack, `npm run review-pack`): one description beside each list of
 * rules, keyed by the rule's id, so a rule added without one fails the type
 * check and test/review-pack.test.ts. Plain English for a clinician, never
 * shown to patients and never bundled: the widget imports none of this.
 * The predicates in the rule lists stay the truth; these say what they ask.
 */
import type { EvidencePointId } from './evidence.js';
import type { PersonalHighlightId } from './highlights.js';
import type { QuestionToAskId } from './questions-to-ask.js';
import type { SafetyFlagId, WithheldAnswerId } from './safety-flags.js';
import type { ValueConflictId } from './value-conflicts.js';

/** In treatment for opioid use disorder: asked only after methadone, buprenorphine, another opioid or "not sure which". */
const IN_OUD_TREATMENT = 'In treatment for opioid use disorder ("Yes", asked after methadone, buprenorphine, another opioid or not sure which)';
const POSSIBLE_OPIOIDS = 'Any opioid in the last two weeks: "Yes" or "Not sure"';
const OPIOID_FREE_PERIOD = `${POSSIBLE_OPIOIDS}, and not in (or "Prefer not to say" about) treatment for opioid use disorder`;

export const SAFETY_FLAG_SHOWN_WHEN: Record<SafetyFlagId, string> = {
  'opioid-withdrawal': `${POSSIBLE_OPIOIDS}. Always the first safety point. Its "why" mentions an opioid-free period only when not in, or not saying about, treatment for opioid use disorder.`,
  'opioid-use-disorder-treatment': IN_OUD_TREATMENT,
  'under-18': 'Age group: "Under 18"',
  'planned-procedure':
    'Surgery, dental work or another procedure planned: "Yes" or "Not sure". In, or "Prefer not to say" about, treatment for opioid use disorder: its "why" only asks to plan pain relief, never the timing of an LDN start.',
  liver: 'Liver problems: "Yes" or "Not sure"',
  pregnant: 'Pregnancy: "Pregnant" ticked',
  'planning-pregnancy': 'Pregnancy: "Planning a pregnancy" ticked',
  breastfeeding: 'Pregnancy: "Breastfeeding" ticked',
  'ivabradine-pregnancy': 'Pregnant or planning a pregnancy, and ivabradine ticked as a treatment still taken',
};

export const WITHHELD_SHOWN_WHEN: Record<WithheldAnswerId, string> = {
  'opioid-use-disorder-treatment': 'Treatment for opioid use disorder: "Prefer not to say" (while that question applies)',
  'age-group': 'Age group: "Prefer not to say"',
  liver: 'Liver problems: "Prefer not to say"',
  pregnancy: 'Pregnancy: "Prefer not to say"',
};

export const HIGHLIGHT_SHOWN_WHEN: Record<PersonalHighlightId, string> = {
  'diagnosis-first': 'Diagnosis: "Suspected" or "Not sure"',
  'symptoms-not-ldn-targets': 'The worst rating of racing heart or light-headedness is above the worst of fatigue, pain and brain fog',
  'symptoms-ldn-targets': 'The worst rating of fatigue, pain or brain fog is above the worst of racing heart and light-headedness',
  'standard-care-untried': 'No treatment ticked, or "None of these" ticked',
};

export const EVIDENCE_SHOWN_WHEN: Record<EvidencePointId, string> = {
  'case-series': 'Every guide',
  trial: 'Every guide',
  'trials-exclude-opioids': POSSIBLE_OPIOIDS,
  'trial-excludes-pregnancy': 'Pregnancy: "Pregnant" or "Breastfeeding" ticked',
  fibromyalgia: 'Related conditions: "Fibromyalgia" ticked',
  'long-covid': 'Related conditions: "Long COVID" ticked',
  'other-conditions-not-covered': 'Any related condition ticked other than fibromyalgia and long COVID (they are named)',
};

/** The general questions that assume LDN goes ahead: the label rules it out during treatment for opioid use disorder (S3). */
const GENERAL_FILLER =
  'General: fills the list of six, in this order, unless leaning toward standard care or the current plan; never in treatment (or maybe in treatment) for opioid use disorder, even when tied (it assumes LDN goes ahead)';

/**
 * When a question applies on its own. What it is tied to, and that safety
 * and tailored questions come first, are read from the rules themselves.
 */
export const QUESTION_SHOWN_WHEN: Record<QuestionToAskId, string> = {
  'opioid-free-period': OPIOID_FREE_PERIOD,
  'ldn-with-oud-treatment': IN_OUD_TREATMENT,
  'which-are-opioids': 'Opioid use: "Not sure"',
  'ldn-with-opioid-treatment': 'Treatment for opioid use disorder: "Prefer not to say" (while that question applies), opioid use "Yes"; neutral wording',
  'ldn-with-current-medicines':
    'Treatment for opioid use disorder: "Prefer not to say" (while that question applies), opioid use "Not sure"; assumes no opioid',
  'what-else-could-help': IN_OUD_TREATMENT,
  'ldn-under-18': 'Age group: "Under 18"',
  'procedure-plan': 'Surgery, dental work or another procedure planned: "Yes" or "Not sure"',
  'procedure-timing':
    'Surgery, dental work or another procedure planned: "Yes" or "Not sure"; neither in treatment for opioid use disorder nor "Prefer not to say" about it',
  'liver-ldn': 'Liver disease: "Yes" or "Not sure"; neither in treatment for opioid use disorder nor "Prefer not to say" about it',
  'liver-options': 'Liver disease: "Yes" or "Not sure"; in treatment for opioid use disorder, or "Prefer not to say" about it',
  'pregnant-ldn': 'Pregnancy: "Pregnant" ticked',
  'pregnant-medicines': 'Pregnancy: "Pregnant" ticked',
  'planning-ldn': 'Pregnancy: "Planning a pregnancy" ticked',
  'planning-medicines': 'Pregnancy: "Planning a pregnancy" ticked',
  'breastfeeding-ldn': 'Pregnancy: "Breastfeeding" ticked',
  'breastfeeding-medicines': 'Pregnancy: "Breastfeeding" ticked',
  'future-pain-relief': `${OPIOID_FREE_PERIOD}; also whenever keeping opioid pain relief is ticked as mattering a lot, in treatment for opioid use disorder too`,
  'find-out-if-pots': 'Diagnosis: "Suspected" or "Not sure"',
  headaches: 'Only when tied: headaches rated "Severe"',
  'while-waiting': 'Only when tied: waiting for stronger research ticked as mattering a lot',
  'naltrexone-before': 'Taken naltrexone or LDN before: "Yes"',
  'heart-rate-symptoms': 'The worst rating of racing heart or light-headedness is above the worst of fatigue, pain and brain fog',
  'other-options-first': 'No treatment ticked, or "None of these" ticked, and not in treatment for opioid use disorder',
  'what-if-no-change': 'General: always asked (the keep-the-current-plan option)',
  'how-to-tell': GENERAL_FILLER,
  'who-prescribes': GENERAL_FILLER,
  cost: GENERAL_FILLER,
  'sleep-side-effects': GENERAL_FILLER,
};

export const VALUE_CONFLICT_SHOWN_WHEN: Record<ValueConflictId, string> = {
  'stay-on-oud-treatment': 'Staying on treatment for opioid use disorder ticked as mattering a lot (offered only to those in that treatment)',
  'opioid-pain-relief': 'Keeping opioid pain relief available ticked as mattering a lot (offered only with possible opioid use or a procedure ahead)',
  'side-effects': 'Avoiding side effects ticked as mattering a lot',
  cost: 'Cost ticked as mattering a lot',
  'heart-rate-over-fatigue': 'Relief of heart rate and dizziness ticked as mattering a lot, relief of fatigue, pain and brain fog not ticked',
  'wait-for-research': 'Waiting for stronger research ticked as mattering a lot',
  'fatigue-over-heart-rate': 'Relief of fatigue, pain and brain fog ticked as mattering a lot, relief of heart rate and dizziness not ticked',
  'relief-wanted': 'Relief of fatigue, pain and brain fog, or of heart rate and dizziness, ticked as mattering a lot',
};
