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
export type FhirExport = typeof import('./fhir-export.js');

export class FhirLoader {
  /** Where the builders come from; a test can swap it to see a failure. */
  loader: () => Promise<FhirExport> = () => import('./fhir-export.js');

  async load(): Promise<FhirExport> {
    try {
      return await this.loader();
    } catch (cause) {
      throw new Error('ldn-decision-aid: the FHIR export could not be loaded (is every file beside ldn-decision-aid.js on the server?). Call again to retry.', {
        cause,
      });
    }
  }
}
