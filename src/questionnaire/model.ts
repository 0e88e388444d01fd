/**
 * The questionnaire as data: every page, question, answer list and follow-up
 * condition. Everything else is derived from it: the answers' type, validation,
 * pruning of answers that no longer apply, the saved-progress check, the page
 * views, "Check your answers", and the FHIR Questionnaire and QuestionnaireResponse.
 * Wording lives in `content/question-text.ts`, keyed by the same ids.
 *
 * Adding a question: one entry here, its wording there. Follow-ups name the
 * earlier question on the same page that opens them (`enableWhen`); the views
 * show them right under the answer that opens them. A question may also be
 * asked only after an answer on an earlier page (some values): it stays in its place.
 */
import {
  MAY_BE_OUD_TREATMENT,
  POSSIBLE_OPIOID_USE,
  SEVERAL_SYMPTOMS_RATED,
  symptomRated,
  TOOK_NALTREXONE_BEFORE,
  treatmentTicked,
  VALUE_APPLIES,
} from './named-conditions.js';
import { sureId, symptomId, therapyGroupId, therapyOutcomeId, therapyStatusId, valueId } from './ids.js';
import { choice, group, multiple, page } from './items.js';
import { CONDITIONS_EXCLUSIVE, PREGNANCY_EXCLUSIVE, SURE_ITEMS, SYMPTOMS, THERAPIES, THERAPIES_EXCLUSIVE, VALUES } from './options.js';

export const PAGES = [
  page('condition', [choice('diagnosis', 'diagnosis'), choice('duration', 'duration', { required: false }), choice('age-group', 'age-group')]),
  page('therapies', [
    multiple('therapies', 'therapy', { exclusive: THERAPIES_EXCLUSIVE }),
    ...THERAPIES.map((t) =>
      group(therapyGroupId(t), 'subject', [choice(therapyStatusId(t), 'therapy-status', { inline: true }), choice(therapyOutcomeId(t), 'outcome')], {
        enableWhen: treatmentTicked(t),
      }),
    ),
  ]),
  page('opioids', [
    choice('opioid-use', 'yes-no-not-sure'),
    multiple('opioid-kinds', 'opioid-kind', { enableWhen: POSSIBLE_OPIOID_USE }),
    // Right after the medicines it is about; shown once after the list, however many of them are ticked.
    choice('opioid-use-disorder-treatment', 'yes-no-prefer-not', { enableWhen: MAY_BE_OUD_TREATMENT }),
    choice('opioid-pattern', 'opioid-pattern', { enableWhen: POSSIBLE_OPIOID_USE }),
    choice('planned-procedure', 'yes-no-not-sure'),
  ]),
  page('health', [
    choice('liver', 'yes-no-not-sure-prefer-not'),
    multiple('pregnancy', 'pregnancy', { exclusive: PREGNANCY_EXCLUSIVE }),
    choice('naltrexone-before', 'yes-no-not-sure'),
    choice('naltrexone-outcome', 'outcome', { enableWhen: TOOK_NALTREXONE_BEFORE }),
    multiple('conditions', 'condition', { exclusive: CONDITIONS_EXCLUSIVE }),
  ]),
  page('symptoms', [
    group(
      'symptom-ratings',
      'rating-grid',
      SYMPTOMS.map((s) => choice(symptomId(s), 'severity', { inline: true })),
    ),
    // Asked only when there is a choice to make, and only among the symptoms rated.
    choice('worst-symptom', 'symptom', { enableWhen: SEVERAL_SYMPTOMS_RATED, optionEnableWhen: symptomRated }),
  ]),
  page('values', [
    group(
      'value-ratings',
      'rating-grid',
      VALUES.map((v) => choice(valueId(v), 'importance', { inline: true, ...(VALUE_APPLIES[v] && { enableWhen: VALUE_APPLIES[v] }) })),
    ),
  ]),
  // Answered on the guide itself, after the options; optional: which way the patient leans, and the SURE test (S13).
  page('guide', [
    choice('leaning', 'leaning', { required: false }),
    group(
      'sure',
      'rating-grid',
      SURE_ITEMS.map((i) => choice(sureId(i), 'yes-no', { inline: true, required: false })),
    ),
  ]),
] as const;
