/** The element's settable properties that host-config reads, as a host (or React) would set them: one list for the tests of any value in any of them. */
import type { RawHostSettings } from '../../src/components/attributes/host-config.js';

export const HOST_SETTINGS = [
  'save',
  'storageKey',
  'history',
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

/** Fails to compile when host-config reads a setting this list leaves out (`history` once was). */
type Unlisted = Exclude<keyof RawHostSettings, (typeof HOST_SETTINGS)[number]>;
export const EVERY_SETTING_LISTED: [Unlisted] extends [never] ? true : Unlisted = true;
