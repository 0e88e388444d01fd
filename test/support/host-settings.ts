/** The element's settable properties that host-config reads, as a host (or React) would set them: one list for the tests of any value in any of them. */
import type { RawHostSettings } from '../../src/components/attributes/host-config.js';

export const HOST_SETTINGS = [
  'save',
  'storageKey',
  'headingLevel',
  'questionnaireUrl',
  'locale',
  'clinicName',
  'funding',
  'conflicts',
  'reviewer',
  'reviewDate',
  'reviewedVersion',
] as const satisfies readonly (keyof RawHostSettings)[];
