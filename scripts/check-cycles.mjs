/**
 * Fails on any import circle in src/: a module that, through its static
 * imports and re-exports (type-only ones included), imports itself. A circle
 * makes the order modules run in depend on which one is loaded first, and it
 * hides which layer depends on which. Dynamic `import()` is not an edge: it is
 * how the element loads a chunk later, after every module has run.
 * `npm run lint:cycles`, part of `npm run check`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../', import.meta.url));
const SRC = join(root, 'src');

const sourceFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );

/** A relative specifier (`./x.js`) as the TypeScript file it names, or undefined for a package. */
function resolveSpecifier(from, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const target = resolve(dirname(from), specifier).replace(/\.js$/, '.ts');
  if (!existsSync(target)) throw new Error(`${relative(root, from)} imports ${specifier}, which does not exist`);
  return target;
}

/** The modules a file imports or re-exports statically: its top-level import and export declarations. */
function importsOf(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  return source.statements.flatMap((statement) => {
    const specifier = (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier;
    const target = specifier && ts.isStringLiteral(specifier) ? resolveSpecifier(file, specifier.text) : undefined;
    return target ? [target] : [];
  });
}

/** Every circle, each as the list of files round it, found by a depth-first walk. */
export function findCycles(graph) {
  const state = new Map();
  const stack = [];
  const cycles = [];
  const visit = (file) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = sourceFiles(SRC);
  const graph = new Map(files.map((file) => [file, importsOf(file)]));
  const cycles = findCycles(graph);
  if (cycles.length) {
    console.error(`Import circles in src/:\n${cycles.map((c) => `- ${c.map((f) => relative(root, f)).join(' → ')}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`No import circles among the ${files.length} modules in src/.`);
}
