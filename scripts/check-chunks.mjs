/**
 * Checks that the files that exist to keep the first download small still do.
 * Such a file says so in its header: `@chunk <name>: <why>`, where `main` is
 * the first download (the module and any file it imports at once: none today) and any
 * other name is a chunk loaded later (`guide-page`, `fhir`, `qr-encoder`). After
 * `npm run build`, which records which module went into which file
 * (vite.config.ts, moduleMap), this fails when a marked file is missing from
 * its chunk, when a later chunk's file is in the first download (a static
 * import pulled it in) or the other way round, or when a chunk loaded later
 * has an entry that is not marked. Part of `npm run check:bundle`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const MODULE_MAP = join(root, 'node_modules/.cache/ldn-decision-aid/modules.json');
const ENTRY = 'ldn-decision-aid.js';
/** Generated modules (the locale chunks' entries) cannot carry a mark: write-loaders.mjs makes one chunk per locale. */
const GENERATED = 'src/i18n/generated/';
export const MARK = /^\s*\*\s*@chunk\s+([\w-]+):/m;

/** Each marked source file and the chunk it names. */
export function readMarks(dir = join(root, 'src')) {
  const files = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(d, e.name)) : [join(d, e.name)]));
  return new Map(
    files(dir)
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => {
        const mark = MARK.exec(readFileSync(file, 'utf8').slice(0, 2000));
        return mark ? [[relative(root, file), mark[1]]] : [];
      }),
  );
}

/**
 * The problems with the marks, given the built files: `chunks` as the build
 * records them ({ file, name, isDynamicEntry, imports, entry, modules }) and `marks`
 * from readMarks().
 */
export function chunkProblems(chunks, marks) {
  const problems = [];
  const entry = chunks.find((c) => c.file === ENTRY);
  if (!entry) return [`no ${ENTRY} in the build`];
  const firstDownload = new Set([ENTRY, ...entry.imports]);
  const inFirst = new Set(chunks.filter((c) => firstDownload.has(c.file)).flatMap((c) => c.modules));
  const later = new Map(chunks.filter((c) => c.isDynamicEntry).map((c) => [c.name, c]));
  const inLater = new Set([...later.values()].flatMap((c) => c.modules));
  for (const [file, name] of marks) {
    if (name === 'main') {
      if (!inFirst.has(file)) problems.push(`${file} is marked @chunk main but is not in the first download`);
      if (inLater.has(file)) problems.push(`${file} is marked @chunk main but is in a chunk loaded later`);
      continue;
    }
    const chunk = later.get(name);
    if (!chunk) problems.push(`${file} is marked @chunk ${name}, but the build has no ${name} chunk loaded later (is it imported statically now?)`);
    else if (!chunk.modules.includes(file)) problems.push(`${file} is marked @chunk ${name} but is not in that chunk`);
    if (inFirst.has(file)) problems.push(`${file} is marked @chunk ${name} but is in the first download: something imports it statically`);
  }
  for (const [name, chunk] of later) {
    if (chunk.entry && !chunk.entry.startsWith(GENERATED) && marks.get(chunk.entry) !== name)
      problems.push(`${chunk.entry}, the entry of the ${name} chunk, is not marked @chunk ${name}`);
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let chunks;
  try {
    chunks = JSON.parse(readFileSync(MODULE_MAP, 'utf8'));
  } catch {
    console.error(`Chunk check: no module map at ${relative(root, MODULE_MAP)}; run npm run build first.`);
    process.exit(1);
  }
  const marks = readMarks();
  const problems = chunkProblems(chunks, marks);
  if (problems.length) {
    console.error(`Chunk check failed:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  const counts = {};
  for (const name of marks.values()) counts[name] = (counts[name] ?? 0) + 1;
  const said = Object.entries(counts).map(([name, n]) => `${n} marked @chunk ${name}`);
  console.log(`Chunk check passed: ${said.join(', ')}, each where its mark says.`);
}
