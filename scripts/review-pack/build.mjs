/**
 * `npm run review-pack`: writes review/clinical/index.html, the document a
 * clinic's clinical lead reviews and signs (render.mjs says what it holds).
 * It fails when the content changed but its version was not accepted:
 * `npm run review-pack -- --accept` records the new fingerprint and today's
 * date in src/content/content-version.ts, then writes the pack.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { acceptVersion, currentContent, load, NOT_ACCEPTED, recordedVersion } from './content.mjs';
import { ipdasProblems } from './ipdas.mjs';
import { renderPack } from './render.mjs';

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

const [{ packData }, { EXAMPLE_PATIENTS }] = await Promise.all([load('src/review/pack-data.ts'), load('test/fixtures/patients.ts')]);
const data = packData(EXAMPLE_PATIENTS);
const problems = ipdasProblems(new Set(data.sections.map((s) => s.id)), new Set(content.messages.keys()));
const unknown = data.ruleGroups.flatMap((g) => g.rules.flatMap((r) => r.messages)).filter((id) => !content.messages.has(id));
if (problems.length || unknown.length) {
  console.error(['The review pack names what does not exist:', ...problems, ...unknown.map((id) => `no message "${id}"`)].join('\n  '));
  process.exit(1);
}
const { version: packageVersion } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
mkdirSync(new URL('../../review/clinical/', import.meta.url), { recursive: true });
writeFileSync(OUT, renderPack({ data, catalogue: content.messages, version, packageVersion }));
console.log(`Wrote ${OUT}: content version ${version.fingerprint}, last changed ${version.lastChanged}.`);
