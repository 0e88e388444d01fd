/**
 * @chunk fhir: the entry of the FHIR chunk (dist/ldn-decision-aid-fhir-<hash>.js).
 *
 * The builders behind the element's `questionnaire()` and
 * `toQuestionnaireResponse()`. No page needs them, so they load the first time
 * a host page asks (fhir-loader.ts), not before the first question (about
 * 1.7 KB gzipped less in the module). Like the guide's chunk, it receives the
 * module's localization, model and wording when it arrives
 * (scripts/build/linked-chunks.ts), so the resources are in the locale the
 * widget shows. Only fhir-loader.ts imports this module, and only dynamically.
 */
export { buildQuestionnaire } from '../../export/fhir/questionnaire.js';
export { toQuestionnaireResponse } from '../../export/fhir/response.js';
