/**
 * Validates an XLIFF file against the OASIS XLIFF 1.2 strict schema with
 * xmllint (Debian libxml2-utils). The schema imports W3C's xml.xsd from the
 * web; catalog.xml maps that to the copy beside it, since xmllint runs with
 * --nonet (these machines reach no website). Both files are vendored in
 * locales/schema/ (its README says where they come from).
 */
import { execFileSync } from 'node:child_process';
import { LOCALES_DIR } from './localizer.mjs';

const SCHEMA_DIR = `${LOCALES_DIR}schema/`;
export const XSD = `${SCHEMA_DIR}xliff-core-1.2-strict.xsd`;

/** xmllint's complaints about a file (at most five lines), or [] when it is valid. */
export function xmllint(file) {
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', XSD, file], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, XML_CATALOG_FILES: `${SCHEMA_DIR}catalog.xml` },
    });
    return [];
  } catch (error) {
    if (error.code === 'ENOENT') return ['xmllint is not installed (Debian: apt-get install libxml2-utils; npm run setup installs it)'];
    return String(error.stderr).trim().split('\n').slice(0, 5);
  }
}
