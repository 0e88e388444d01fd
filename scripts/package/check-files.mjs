/**
 * Checks the files in dist/ that no browser loads by itself, for check-bundle.mjs:
 * the declarations are self-contained (they import only each other, and React in
 * react.d.ts) and name no Lit or XState type; fhir.js imports nothing, and in
 * Node builds the same Questionnaire as questionnaire.json; react.js is the
 * module; the editor data names every attribute, event, part and custom
 * property of custom-elements.json. Returns the problems found.
 */
import { readFileSync } from 'node:fs';

/** Every file here, and what it is for. */
export const PACKAGE_FILES = {
  'fhir.js': 'ldn-decision-aid/fhir, for Node and bundlers',
  'react.js': 'ldn-decision-aid/react: the module, with JSX types',
  'THIRD-PARTY-LICENSES.txt': 'the licenses of the bundled packages',
  'vscode.html-custom-data.json': "VS Code's HTML custom data",
  'vscode.css-custom-data.json': "VS Code's CSS custom data",
  'web-types.json': "JetBrains' web-types",
  types: 'the TypeScript declarations',
};
const DECLARATIONS = { 'index.d.ts': ['./fhir.js'], 'fhir.d.ts': [], 'react.d.ts': ['react', './index.js'] };

export async function checkPackageFiles(dist) {
  const problems = [];
  const read = (name) => readFileSync(new URL(name, dist), 'utf8');

  for (const [name, allowed] of Object.entries(DECLARATIONS)) {
    const text = read(`types/${name}`);
    for (const match of text.matchAll(/\bfrom\s*'([^']+)'|\bimport\(\s*'([^']+)'/g)) {
      const from = match[1] ?? match[2];
      if (!allowed.includes(from)) problems.push(`types/${name} imports '${from}': the declarations must import only each other`);
    }
    const leak = /\b(LitElement|ReactiveElement|ReactiveController|TemplateResult|CSSResult|PropertyValues|Actor|Snapshot|AnyActorLogic)\b/.exec(text);
    if (leak) problems.push(`types/${name} names ${leak[1]}, a Lit or XState type`);
  }
  const index = read('types/index.d.ts');
  if (!/interface HTMLElementTagNameMap[\s\S]*'ldn-decision-aid': LdnDecisionAid/.test(index))
    problems.push('types/index.d.ts does not declare <ldn-decision-aid> in HTMLElementTagNameMap');
  if (!/interface GlobalEventHandlersEventMap[\s\S]*'ldn-complete': LdnCompleteEvent/.test(index))
    problems.push('types/index.d.ts does not declare the events in GlobalEventHandlersEventMap');
  if (!/export interface LdnDecisionAid extends HTMLElement\b/.test(index)) problems.push('types/index.d.ts does not declare LdnDecisionAid as an HTMLElement');
  if (!/interface IntrinsicElements[\s\S]*'ldn-decision-aid': LdnDecisionAidProps/.test(read('types/react.d.ts')))
    problems.push("types/react.d.ts does not declare <ldn-decision-aid> in React's JSX");

  const fhir = read('fhir.js');
  if (/^\s*(import|export\s*(\*|\{[^}]*\})\s*from)\b|\bimport\s*\(/m.test(fhir)) problems.push('fhir.js imports another file: it must stand alone');
  try {
    const entry = await import(new URL('fhir.js', dist).href);
    if (JSON.stringify(entry.questionnaire()) !== JSON.stringify(JSON.parse(read('questionnaire.json'))))
      problems.push('questionnaire() of fhir.js differs from questionnaire.json');
    if (JSON.stringify(entry.buildCodeSystem()) !== JSON.stringify(JSON.parse(read('codesystem.json'))))
      problems.push('buildCodeSystem() of fhir.js differs from codesystem.json');
  } catch (e) {
    problems.push(`fhir.js does not load in Node: ${e.message}`);
  }
  if (!/^export \* from '\.\/ldn-decision-aid\.js';$/m.test(read('react.js'))) problems.push('react.js does not re-export the module');

  const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', dist), 'utf8'));
  const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName);
  const editorData = ['vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'web-types.json'].map(read).join('\n');
  for (const { name } of [...element.attributes, ...element.events, ...element.cssParts, ...element.cssProperties])
    if (!editorData.includes(`"${name}"`) && !editorData.includes(`(${name})`)) problems.push(`the editor data does not name ${name}`);
  return problems;
}
