/**
 * The embeddable entry: `<script type="module" src="ldn-decision-aid.js">` then
 * `<ldn-decision-aid></ldn-decision-aid>`. Safe to load twice.
 */
import { LdnDecisionAid } from './components/ldn-decision-aid.js';
import { ensureLocalization } from './i18n/localization.js';

export const TAG_NAME = 'ldn-decision-aid';

ensureLocalization();
if (!customElements.get(TAG_NAME)) customElements.define(TAG_NAME, LdnDecisionAid);

export { LdnDecisionAid };
export { LdnChangeEvent, LdnCompleteEvent, LdnResetEvent, LdnStepChangeEvent } from './events.js';
export { buildCodeSystem, buildQuestionnaire } from './export/fhir/questionnaire.js';
export { toQuestionnaireResponse } from './export/fhir/response.js';
export { ANSWER_CODE_SYSTEM, DEFAULT_QUESTIONNAIRE_URL } from './export/fhir/canonical.js';
export type { Answers } from './questionnaire/answers.js';
export type { Guide } from './guide/types.js';
export type { StepId } from './flow/steps.js';

declare global {
  interface HTMLElementTagNameMap {
    'ldn-decision-aid': LdnDecisionAid;
  }
}
