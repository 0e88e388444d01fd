/**
 * The package's FHIR entry, `ldn-decision-aid/fhir`: the Questionnaire, its
 * CodeSystem, and a QuestionnaireResponse made from answers, for a clinic's
 * server or app. It defines no element and touches no DOM, so Node can import
 * it. Its texts are English, the source locale; the element's own
 * `questionnaire()` and `toQuestionnaireResponse()` use the locale it shows.
 */
export { buildCodeSystem, buildQuestionnaire, buildQuestionnaire as questionnaire } from './export/fhir/questionnaire.js';
export { type ResponseOptions, toQuestionnaireResponse } from './export/fhir/response.js';
export { ANSWER_CODE_SYSTEM, DEFAULT_QUESTIONNAIRE_URL, type QuestionnaireOptions, QUESTIONNAIRE_VERSION } from './export/fhir/canonical.js';
// readAnswers checks answers a server receives from a browser: only answers that fit the model come back.
export { readAnswers } from './questionnaire/saved-answers.js';
export type { Answers, QuestionId } from './questionnaire/answers.js';
export type * from './export/fhir/r4.js';
