/**
 * Identifiers of the FHIR resources this widget publishes. A canonical URL
 * names a resource; it need not resolve. The default lives under a reserved
 * domain (`.invalid`, RFC 2606) that nobody can register, so it can never
 * collide with someone else's resource. A clinic that loads the Questionnaire
 * into its own FHIR server may pass its own URL instead (`questionnaireUrl`).
 */
import { VERSION } from '../../version.js';

export const FHIR_BASE = 'https://ldn-decision-aid.invalid/fhir';

export const DEFAULT_QUESTIONNAIRE_URL = `${FHIR_BASE}/Questionnaire/ldn-pots`;

/** The project's own code system for every answer option: codes are the model's option ids. */
export const ANSWER_CODE_SYSTEM = `${FHIR_BASE}/CodeSystem/ldn-pots-answers`;

/** The Questionnaire's version is the widget's: a new release may change the questions. */
export const QUESTIONNAIRE_VERSION = VERSION;

export interface QuestionnaireOptions {
  /** The canonical URL; defaults to `DEFAULT_QUESTIONNAIRE_URL`. */
  url?: string;
}

export const questionnaireUrl = (o: QuestionnaireOptions = {}): string => o.url ?? DEFAULT_QUESTIONNAIRE_URL;

/** How a QuestionnaireResponse names the Questionnaire it answers: `url|version`. */
export const questionnaireReference = (o: QuestionnaireOptions = {}): string => `${questionnaireUrl(o)}|${QUESTIONNAIRE_VERSION}`;
