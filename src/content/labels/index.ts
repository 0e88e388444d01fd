/**
 * The words for every option of every option set the questionnaire uses, by
 * set: what the question pages, "Check your answers" and the FHIR export read.
 * A new answer list needs its ids in questionnaire/options.ts, its words in a
 * topic file here, and its entry below.
 */
import type { OptionOf, OptionSetId } from '../../questionnaire/options.js';
import { leaningWords } from './choices.js';
import { ageGroupWords, diagnosisWords, durationWords } from './condition.js';
import { conditionsExclusiveWords, conditionWords, pregnancyWords } from './health.js';
import { opioidKindWords, opioidPatternWords } from './opioids.js';
import { noSymptomsWords, severityWords, symptomWords } from './symptoms.js';
import { VALUE_WORDS } from './values.js';
import { helpsWords, sideEffectsWords, stoppedAllWords, therapyWords } from './treatments.js';
import { noneOfThese, type Wording, yesNoWords } from './words.js';

export const OPTION_WORDS: { readonly [S in OptionSetId]: Wording<OptionOf<S>> } = {
  diagnosis: diagnosisWords,
  duration: durationWords,
  'age-group': ageGroupWords,
  therapy: { ...therapyWords, 'none-of-these': noneOfThese },
  'therapy-current': { ...therapyWords, 'stopped-all': stoppedAllWords },
  helps: helpsWords,
  'side-effects': sideEffectsWords,
  'yes-no': yesNoWords,
  'yes-no-not-sure': yesNoWords,
  'yes-no-prefer-not': yesNoWords,
  'yes-no-not-sure-prefer-not': yesNoWords,
  'opioid-kind': opioidKindWords,
  'opioid-pattern': opioidPatternWords,
  condition: { ...conditionWords, ...conditionsExclusiveWords },
  pregnancy: pregnancyWords,
  leaning: leaningWords,
  symptom: symptomWords,
  severity: severityWords,
  'no-symptoms': noSymptomsWords,
  value: VALUE_WORDS,
};

/** The label of one option of a set, e.g. `optionLabel('severity', 'mild')`. */
export const optionLabel = (set: OptionSetId, option: string): string => (OPTION_WORDS[set] as Wording<string>)[option]?.label() ?? option;
