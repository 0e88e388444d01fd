/**
 * Words for every answer option id. Functions, so `msg()` runs at render time
 * in the current locale (lit.dev localization best practices).
 */
import { msg } from '@lit/localize';
import type {
  ConditionId,
  ConditionsExclusive,
  Diagnosis,
  Duration,
  Importance,
  Leaning,
  OpioidKind,
  OpioidPattern,
  OptionOf,
  OptionSetId,
  Outcome,
  Pregnancy,
  Severity,
  SymptomId,
  TherapyId,
  TherapyStatus,
  YesNo,
  YesNoNotSure,
  YesNoNotSurePreferNot,
  YesNoPreferNot,
} from '../questionnaire/options.js';

export type Labels<K extends string> = Record<K, () => string>;

export const answerLabels = {
  yes: () => msg('Yes', { id: 'answer.yes', desc: 'Answer option.' }),
  no: () => msg('No', { id: 'answer.no', desc: 'Answer option.' }),
  'not-sure': () => msg('Not sure', { id: 'answer.not-sure', desc: 'Answer option.' }),
  'prefer-not': () => msg('Prefer not to say', { id: 'answer.prefer-not', desc: 'Answer option.' }),
} satisfies Labels<YesNoNotSurePreferNot>;

export const noneOfThese = () => msg('None of these', { id: 'answer.none-of-these', desc: 'Exclusive answer to a "select all that apply" question.' });

export const yesNoLabels: Labels<YesNo> = answerLabels;
export const yesNoNotSureLabels: Labels<YesNoNotSure> = answerLabels;
export const yesNoPreferNotLabels: Labels<YesNoPreferNot> = answerLabels;

export const diagnosisLabels: Labels<Diagnosis> = {
  diagnosed: () => msg('Yes, a clinician has diagnosed POTS', { id: 'diagnosis.yes', desc: 'Answer to "Has a clinician diagnosed POTS?"' }),
  suspected: () => msg('POTS is suspected, but not diagnosed yet', { id: 'diagnosis.suspected', desc: 'Answer to "Has a clinician diagnosed POTS?"' }),
  'not-sure': () => msg('Not sure', { id: 'diagnosis.not-sure', desc: 'Answer to "Has a clinician diagnosed POTS?"' }),
};

export const durationLabels: Labels<Duration> = {
  'under-6-months': () => msg('Less than 6 months', { id: 'duration.under-6-months', desc: 'How long symptoms have lasted.' }),
  '6-months-to-2-years': () => msg('6 months to 2 years', { id: 'duration.6-months-to-2-years', desc: 'How long symptoms have lasted.' }),
  '2-to-5-years': () => msg('2 to 5 years', { id: 'duration.2-to-5-years', desc: 'How long symptoms have lasted.' }),
  'over-5-years': () => msg('More than 5 years', { id: 'duration.over-5-years', desc: 'How long symptoms have lasted.' }),
};

export const therapyLabels: Labels<TherapyId> = {
  'fluids-salt': () => msg('More fluids and salt', { id: 'therapy.fluids-salt', desc: 'A non-drug POTS measure.' }),
  compression: () => msg('Compression garments (stockings or abdominal binder)', { id: 'therapy.compression', desc: 'A non-drug POTS measure.' }),
  'exercise-training': () =>
    msg('Exercise training that builds up slowly, starting lying down', {
      id: 'therapy.exercise-training',
      desc: 'A non-drug POTS measure: recumbent-to-upright exercise training.',
    }),
  'other-lifestyle': () =>
    msg('Other daily changes, such as raising the head of the bed or avoiding heat, large meals and alcohol', {
      id: 'therapy.other-lifestyle',
      desc: 'Other non-drug POTS measures.',
    }),
  'beta-blocker': () => msg('Propranolol or another beta-blocker', { id: 'therapy.beta-blocker', desc: 'A POTS medicine.' }),
  ivabradine: () => msg('Ivabradine', { id: 'therapy.ivabradine', desc: 'A POTS medicine (drug name).' }),
  pyridostigmine: () => msg('Pyridostigmine', { id: 'therapy.pyridostigmine', desc: 'A POTS medicine (drug name).' }),
  midodrine: () => msg('Midodrine', { id: 'therapy.midodrine', desc: 'A POTS medicine (drug name).' }),
  fludrocortisone: () => msg('Fludrocortisone', { id: 'therapy.fludrocortisone', desc: 'A POTS medicine (drug name).' }),
  desmopressin: () => msg('Desmopressin', { id: 'therapy.desmopressin', desc: 'A POTS medicine (drug name).' }),
  'clonidine-methyldopa': () => msg('Clonidine or methyldopa', { id: 'therapy.clonidine-methyldopa', desc: 'POTS medicines (drug names).' }),
  'other-medicine': () => msg('Another medicine for POTS', { id: 'therapy.other-medicine', desc: 'A POTS medicine not in the list.' }),
};

export const therapyStatusLabels: Labels<TherapyStatus> = {
  current: () => msg('I still take or do this', { id: 'therapy-status.current', desc: 'Whether a treatment is still used.' }),
  stopped: () => msg('I have stopped', { id: 'therapy-status.stopped', desc: 'Whether a treatment is still used.' }),
};

export const outcomeLabels: Labels<Outcome> = {
  helped: () => msg('It helped', { id: 'outcome.helped', desc: 'How a treatment went.' }),
  'helped-a-little': () => msg('It helped a little', { id: 'outcome.helped-a-little', desc: 'How a treatment went.' }),
  'no-change': () => msg('No change', { id: 'outcome.no-change', desc: 'How a treatment went.' }),
  'side-effects': () => msg('It caused side effects', { id: 'outcome.side-effects', desc: 'How a treatment went.' }),
  'too-soon': () => msg('Too soon to tell', { id: 'outcome.too-soon', desc: 'How a treatment went.' }),
};

export const opioidKindLabels: Labels<OpioidKind> = {
  tramadol: () => msg('Tramadol', { id: 'opioid.tramadol', desc: 'An opioid medicine (drug name).' }),
  codeine: () => msg('Codeine, also in some cough and cold medicines', { id: 'opioid.codeine', desc: 'An opioid medicine.' }),
  'oxycodone-hydrocodone': () => msg('Oxycodone or hydrocodone', { id: 'opioid.oxycodone-hydrocodone', desc: 'Opioid medicines (drug names).' }),
  'morphine-hydromorphone': () => msg('Morphine or hydromorphone', { id: 'opioid.morphine-hydromorphone', desc: 'Opioid medicines (drug names).' }),
  fentanyl: () => msg('Fentanyl, also as patches', { id: 'opioid.fentanyl', desc: 'An opioid medicine.' }),
  buprenorphine: () => msg('Buprenorphine, also as patches and films', { id: 'opioid.buprenorphine', desc: 'An opioid medicine.' }),
  methadone: () => msg('Methadone', { id: 'opioid.methadone', desc: 'An opioid medicine (drug name).' }),
  tapentadol: () => msg('Tapentadol', { id: 'opioid.tapentadol', desc: 'An opioid medicine (drug name).' }),
  antidiarrhoeal: () =>
    msg('Diphenoxylate (Lomotil) or eluxadoline (Viberzi), for diarrhea', {
      id: 'opioid.antidiarrhoeal',
      desc: 'Opioid-type medicines for diarrhea (drug and brand names).',
    }),
  kratom: () =>
    msg('Kratom (a plant supplement)', {
      id: 'opioid.kratom',
      desc: 'Kratom, a plant supplement. Not called an opioid: no source of the guide names it (ask a pharmacist).',
    }),
  other: () => msg('An opioid not on this list', { id: 'opioid.other', desc: 'An opioid not in the list.' }),
  'not-sure-which': () => msg('I am not sure which', { id: 'opioid.not-sure', desc: 'Does not know which opioid they take.' }),
};

export const opioidPatternLabels: Labels<OpioidPattern> = {
  regular: () => msg('Regularly', { id: 'opioid-pattern.regular', desc: 'How often opioids are taken.' }),
  occasional: () => msg('Now and then', { id: 'opioid-pattern.occasional', desc: 'How often opioids are taken.' }),
  'not-sure': () => msg('Not sure', { id: 'opioid-pattern.not-sure', desc: 'How often opioids are taken.' }),
};

export const conditionLabels: Labels<ConditionId> = {
  fibromyalgia: () => msg('Fibromyalgia', { id: 'condition.fibromyalgia', desc: 'A related condition.' }),
  'me-cfs': () => msg('ME/CFS (myalgic encephalomyelitis or chronic fatigue syndrome)', { id: 'condition.me-cfs', desc: 'A related condition.' }),
  'long-covid': () => msg('Long COVID', { id: 'condition.long-covid', desc: 'A related condition.' }),
  'hypermobility-eds': () => msg('Hypermobility or Ehlers-Danlos syndrome (EDS)', { id: 'condition.hypermobility-eds', desc: 'A related condition.' }),
  'mast-cell': () => msg('Mast cell activation syndrome', { id: 'condition.mast-cell', desc: 'A related condition.' }),
  autoimmune: () => msg('Autoimmune disease', { id: 'condition.autoimmune', desc: 'A related condition.' }),
};

export const conditionsExclusiveLabels: Labels<ConditionsExclusive> = {
  'none-of-these': noneOfThese,
  'prefer-not': () => msg('Prefer not to say', { id: 'condition.prefer-not', desc: 'Exclusive answer: does not want to say.' }),
};

export const pregnancyLabels: Labels<Pregnancy> = {
  pregnant: () => msg('I am pregnant', { id: 'pregnancy.pregnant', desc: 'Answer to "Are you pregnant, planning a pregnancy or breastfeeding?"' }),
  'planning-pregnancy': () =>
    msg('I am planning a pregnancy', { id: 'pregnancy.planning', desc: 'Answer to "Are you pregnant, planning a pregnancy or breastfeeding?"' }),
  breastfeeding: () =>
    msg('I am breastfeeding', { id: 'pregnancy.breastfeeding', desc: 'Answer to "Are you pregnant, planning a pregnancy or breastfeeding?"' }),
  'none-of-these': noneOfThese,
  'prefer-not': answerLabels['prefer-not'],
};

/** The options of the decision, as the patient may lean toward them. */
export const leaningLabels: Labels<Leaning> = {
  'try-ldn': () => msg('Trying LDN', { id: 'leaning.try-ldn', desc: 'Answer to "Which option are you leaning toward?"' }),
  'standard-care': () =>
    msg('Trying or changing standard POTS care', { id: 'leaning.standard-care', desc: 'Answer to "Which option are you leaning toward?"' }),
  'keep-current-plan': () =>
    msg('Keeping my current plan for now', { id: 'leaning.keep-current-plan', desc: 'Answer to "Which option are you leaning toward?"' }),
  'not-sure-yet': () => msg('Not sure yet', { id: 'leaning.not-sure-yet', desc: 'Answer to "Which option are you leaning toward?"' }),
};

export const symptomLabels: Labels<SymptomId> = {
  'racing-heart': () => msg('Racing heart when standing up', { id: 'symptom.racing-heart', desc: 'A POTS symptom.' }),
  'light-headedness': () => msg('Feeling light-headed or close to fainting', { id: 'symptom.light-headedness', desc: 'A POTS symptom.' }),
  fatigue: () => msg('Tiredness that does not go away with rest (fatigue)', { id: 'symptom.fatigue', desc: 'A POTS symptom.' }),
  'brain-fog': () => msg('Trouble thinking clearly (brain fog)', { id: 'symptom.brain-fog', desc: 'A POTS symptom.' }),
  pain: () => msg('Pain', { id: 'symptom.pain', desc: 'A POTS symptom.' }),
  headaches: () => msg('Headaches', { id: 'symptom.headaches', desc: 'A POTS symptom.' }),
  sleep: () => msg('Sleep problems', { id: 'symptom.sleep', desc: 'A POTS symptom.' }),
  'stomach-bowel': () => msg('Stomach or bowel problems', { id: 'symptom.stomach-bowel', desc: 'A POTS symptom.' }),
  'exercise-intolerance': () =>
    msg('Feeling much worse after physical activity', { id: 'symptom.exercise-intolerance', desc: 'A POTS symptom: exercise intolerance.' }),
};

/** Short names for summaries, where the question's fuller wording is not needed. */
export const symptomShortLabels: Labels<SymptomId> = {
  'racing-heart': () => msg('Racing heart on standing', { id: 'symptom-short.racing-heart', desc: 'Short symptom name for summaries.' }),
  'light-headedness': () => msg('Light-headedness', { id: 'symptom-short.light-headedness', desc: 'Short symptom name for summaries.' }),
  fatigue: () => msg('Fatigue', { id: 'symptom-short.fatigue', desc: 'Short symptom name for summaries.' }),
  'brain-fog': () => msg('Brain fog', { id: 'symptom-short.brain-fog', desc: 'Short symptom name for summaries.' }),
  pain: () => symptomLabels.pain(),
  headaches: () => symptomLabels.headaches(),
  sleep: () => symptomLabels.sleep(),
  'stomach-bowel': () => symptomLabels['stomach-bowel'](),
  'exercise-intolerance': () => msg('Exercise intolerance', { id: 'symptom-short.exercise-intolerance', desc: 'Short symptom name for summaries.' }),
};

export const therapyStatusSummaryLabels: Labels<TherapyStatus> = {
  current: () => msg('still using', { id: 'therapy-status-summary.current', desc: 'In a summary line after a treatment name.' }),
  stopped: () => msg('stopped', { id: 'therapy-status-summary.stopped', desc: 'In a summary line after a treatment name.' }),
};

export const severityLabels: Labels<Severity> = {
  none: () => msg('None', { id: 'severity.none', desc: 'Symptom severity.' }),
  mild: () => msg('Mild', { id: 'severity.mild', desc: 'Symptom severity.' }),
  moderate: () => msg('Moderate', { id: 'severity.moderate', desc: 'Symptom severity.' }),
  severe: () => msg('Severe', { id: 'severity.severe', desc: 'Symptom severity.' }),
};

export const importanceLabels: Labels<Importance> = {
  'not-much': () => msg('Not much', { id: 'importance.not-much', desc: 'How much something matters to the patient.' }),
  somewhat: () => msg('Somewhat', { id: 'importance.somewhat', desc: 'How much something matters to the patient.' }),
  'a-lot': () => msg('A lot', { id: 'importance.a-lot', desc: 'How much something matters to the patient.' }),
};

/** The words for every option of every option set the questionnaire uses. */
export const OPTION_LABELS: { readonly [S in OptionSetId]: Labels<OptionOf<S>> } = {
  diagnosis: diagnosisLabels,
  duration: durationLabels,
  therapy: { ...therapyLabels, 'none-of-these': noneOfThese },
  'therapy-status': therapyStatusLabels,
  outcome: outcomeLabels,
  'yes-no': yesNoLabels,
  'yes-no-not-sure': yesNoNotSureLabels,
  'yes-no-prefer-not': yesNoPreferNotLabels,
  'yes-no-not-sure-prefer-not': answerLabels,
  'opioid-kind': opioidKindLabels,
  'opioid-pattern': opioidPatternLabels,
  condition: { ...conditionLabels, ...conditionsExclusiveLabels },
  pregnancy: pregnancyLabels,
  leaning: leaningLabels,
  symptom: symptomLabels,
  severity: severityLabels,
  importance: importanceLabels,
};

/** The label of one option of a set, e.g. `optionLabel('severity', 'mild')`. */
export const optionLabel = (set: OptionSetId, option: string): string => (OPTION_LABELS[set] as Labels<string>)[option]?.() ?? option;

/**
 * Joins labels as a list in the current locale, never by string concatenation:
 * "a, b and c" in prose, "a, b, c" (`unit`) in compact summaries.
 */
export function listOf(labels: string[], locale: string, type: 'conjunction' | 'unit' = 'conjunction'): string {
  // One formatter per locale and type: making one is slow, and the guide joins dozens of lists per render.
  const key = `${locale} ${type}`;
  let format = listFormats.get(key);
  if (!format) listFormats.set(key, (format = new Intl.ListFormat(locale, { style: 'long', type })));
  return format.format(labels);
}

const listFormats = new Map<string, Intl.ListFormat>();
