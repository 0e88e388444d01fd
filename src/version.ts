/** The widget's release; kept equal to package.json's `version` (checked by test/fhir.test.ts). */
export const VERSION = '0.5.0';
