/**
 * @chunk main: the loader of the FHIR chunk, in the first download.
 *
 * Loads the FHIR builders (fhir-export.ts) for the element's asynchronous
 * `questionnaire()` and `toQuestionnaireResponse()`, the first time a host
 * page asks. The page loads the chunk once; a load that failed (offline, a
 * file missing from the clinic's server) is tried again on the next call. A
 * failure reaches the host as a rejected promise and changes nothing in the
 * widget, which needs no FHIR to run.
 */
import type { Questionnaire, QuestionnaireResponse } from '../../export/fhir/r4.js';
import type { Answers } from '../../questionnaire/answers.js';

export type FhirExport = typeof import('./fhir-export.js');

export class FhirLoader {
  /** Where the builders come from; a test can swap it to see a failure. */
  loader: () => Promise<FhirExport> = () => import('./fhir-export.js');

  /** The response for the answers and status given at the call (the caller reads them then), once the builders have arrived. */
  async response(answers: Answers, status: 'completed' | 'in-progress', url: string | undefined, authored?: string): Promise<QuestionnaireResponse> {
    return (await this.load()).toQuestionnaireResponse(answers, { status, ...(url && { url }), ...(authored && { authored }) });
  }

  async questionnaire(url: string | undefined): Promise<Questionnaire> {
    return (await this.load()).buildQuestionnaire(url ? { url } : {});
  }

  private async load(): Promise<FhirExport> {
    try {
      return await this.loader();
    } catch (cause) {
      throw new Error('ldn-decision-aid: the FHIR export could not be loaded (is every file beside ldn-decision-aid.js on the server?). Call again to retry.', {
        cause,
      });
    }
  }
}
