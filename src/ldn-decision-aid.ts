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
// The FHIR builders are not here (they would load before the first question): hosts import them from `ldn-decision-aid/fhir`.
export type { Questionnaire, QuestionnaireResponse } from './export/fhir/r4.js';
export type { Answers } from './questionnaire/answers.js';
export type { Guide } from './guide/types.js';
export type { StepId } from './flow/steps.js';

declare global {
  interface HTMLElementTagNameMap {
    'ldn-decision-aid': LdnDecisionAid;
  }
}
