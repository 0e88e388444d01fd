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
  NO_SYMPTOM_RATED,
  POSSIBLE_OPIOID_USE,
  SEVERAL_SYMPTOMS_RATED,
  symptomRated,
  TOOK_NALTREXONE_BEFORE,
  TREATMENT_TICKED,
  treatmentTicked,
  treatmentToFollowUp,
  valueOffered,
} from './named-conditions.js';
import { sureId, symptomId, therapyGroupId, therapyHelpsId, therapySideEffectsId } from './ids.js';
import { choice, group, multiple, page } from './items.js';
import { CONDITIONS_EXCLUSIVE, MAX_MAIN_SYMPTOMS, PREGNANCY_EXCLUSIVE, STOPPED_ALL, SURE_ITEMS, SYMPTOMS, THERAPIES, THERAPIES_EXCLUSIVE } from './options.js';

export const PAGES = [
  page('condition', [choice('diagnosis', 'diagnosis'), choice('duration', 'duration', { required: false }), choice('age-group', 'age-group')]),
  page('therapies', [
    multiple('therapies', 'therapy', { exclusive: THERAPIES_EXCLUSIVE }),
    // Once for all the treatments ticked (shown after the list), then per treatment: whether it helps, in the tense
    // that fits, and side effects, which need no answer.
    multiple('therapies-current', 'therapy-current', {
      enableWhen: TREATMENT_TICKED,
      optionEnableWhen: (o) => (o === 'stopped-all' ? TREATMENT_TICKED : treatmentTicked(o)),
      exclusive: STOPPED_ALL,
    }),
    ...THERAPIES.map((t) =>
      group(therapyGroupId(t), 'subject', [choice(therapyHelpsId(t), 'helps'), multiple(therapySideEffectsId(t), 'side-effects', { required: false })], {
        enableWhen: treatmentToFollowUp(t),
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
    choice('naltrexone-helps', 'helps', { enableWhen: TOOK_NALTREXONE_BEFORE }),
    multiple('naltrexone-side-effects', 'side-effects', { enableWhen: TOOK_NALTREXONE_BEFORE, required: false }),
    multiple('conditions', 'condition', { exclusive: CONDITIONS_EXCLUSIVE }),
  ]),
  // Rate only what bothers you: one answer is needed, a rating or "None of these bother me".
  page('symptoms', [
    group(
      'symptom-ratings',
      'rating-grid',
      SYMPTOMS.map((s) => choice(symptomId(s), 'severity', { inline: true, required: false })),
    ),
    multiple('no-symptoms', 'no-symptoms', { enableWhen: NO_SYMPTOM_RATED }),
    // Asked only when there is a choice to make, and only among the symptoms rated; optional, as several may bother alike (issue 20 walk).
    multiple('worst-symptom', 'symptom', {
      enableWhen: SEVERAL_SYMPTOMS_RATED,
      optionEnableWhen: symptomRated,
      max: MAX_MAIN_SYMPTOMS,
      required: false,
    }),
  ]),
  // Tick what matters a lot; the guide reads nothing else (one tap each, instead of rating every value).
  page('values', [multiple('values-a-lot', 'value', { required: false, optionEnableWhen: valueOffered })]),
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
