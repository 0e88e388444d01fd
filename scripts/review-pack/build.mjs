/**
 * `npm run review-pack`: writes review/clinical/index.html, the document a
 * clinic's clinical lead reviews and signs (render.mjs says what it holds).
 * It fails when the content changed but its version was not accepted:
 * `npm run review-pack -- --accept` records the new fingerprint and today's
 * date in src/content/content-version.ts, then writes the pack.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { acceptVersion, currentContent, NOT_ACCEPTED, recordedVersion } from './content.mjs';
import { makePack } from './make.mjs';

const OUT = fileURLToPath(new URL('../../review/clinical/index.html', import.meta.url));
const content = await currentContent();
let version = recordedVersion();
if (content.fingerprint !== version.fingerprint) {
  if (!process.argv.includes('--accept')) {
    console.error(NOT_ACCEPTED(content.fingerprint, version.fingerprint));
    process.exit(1);
  }
  acceptVersion(content.fingerprint);
  version = recordedVersion();
  console.log(`Content version ${version.fingerprint} recorded, last changed ${version.lastChanged}.`);
}

const { html, problems } = await makePack(content, version);
if (problems.length) {
  console.error(['The review pack names what does not exist:', ...problems].join('\n  '));
  process.exit(1);
}
mkdirSync(new URL('../../review/clinical/', import.meta.url), { recursive: true });
writeFileSync(OUT, html);
console.log(`Wrote ${OUT}: content version ${version.fingerprint}, last changed ${version.lastChanged}.`);
