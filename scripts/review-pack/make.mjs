/**
 * Makes the review pack's HTML from the content and its version, with the
 * problems that stop it: an IPDAS criterion or a rule naming a section or
 * message that no longer exists.
 */
import { readFileSync } from 'node:fs';
import { load } from './content.mjs';
import { ipdasProblems } from './ipdas.mjs';
import { renderPack } from './render.mjs';

export async function makePack(content, version) {
  const [{ packData }, { EXAMPLE_PATIENTS }] = await Promise.all([load('src/review/pack-data.ts'), load('test/fixtures/patients.ts')]);
  const data = packData(EXAMPLE_PATIENTS);
  const unknown = data.ruleGroups.flatMap((g) => g.rules.flatMap((r) => r.messages)).filter((id) => !content.messages.has(id));
  const problems = [...ipdasProblems(new Set(data.sections.map((s) => s.id)), new Set(content.messages.keys())), ...unknown.map((id) => `no message "${id}"`)];
  const { version: packageVersion } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return { data, problems, html: renderPack({ data, catalogue: content.messages, version, packageVersion }) };
}
