/**
 * One request before the first question: the module holds everything the
 * first page needs and imports nothing statically. The chunks it loads later
 * are built on their own, beside it:
 *
 * - a **linked** chunk (the guide's) shares code with the module (Lit,
 *   @lit/localize, the model, the wording…). It is built without that code, as
 *   a function, `link(L)`, that receives the module's own modules when the
 *   module loads it. So it never imports the module (a `?ver=` query on the
 *   module's URL cannot load a second copy through it), never imports a shared
 *   file (nothing is fetched before the first question but the module), and
 *   runs with the module's Lit and localization, never a copy.
 * - a **self-contained** chunk (the QR encoder) shares nothing and stays a
 *   plain ES module.
 *
 * How: a first pass builds the module alone (the chunks left out) to learn
 * which source modules it holds. Each chunk is then built with those modules
 * external, and its references to them become the parameters of `link`: one
 * object per module, holding the bindings the chunk imports from it (read from
 * the chunk's sources: imported-names.ts) as getters, so they stay live
 * bindings (`msg` changes when @lit/localize is configured). Last, the
 * module's build gets a virtual module that makes those objects and loads each
 * linked chunk once, by its content-hashed name, relative to the module's own
 * URL; the source's `import('./guide-page.js')` is rewritten to call it. In
 * the dev server and the tests nothing changes: the chunk is an ordinary
 * dynamic import there.
 */
import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import { build, type Plugin, type PluginOption, type Rollup } from 'vite';
import { importedNames } from './imported-names.js';

export interface ChunkSpec {
  /** The chunk's name in its file name: `ldn-decision-aid-<name>-<hash>.js`. */
  name: string;
  /** Its entry module (absolute path). */
  entry: string;
  /** Whether it receives the module's shared code (`link(L)`); otherwise it must share none. */
  linked: boolean;
}

/** What went into a chunk, for the module map (check-chunks.mjs). */
export interface BuiltChunk {
  file: string;
  name: string;
  isEntry: false;
  isDynamicEntry: true;
  imports: string[];
  entry: string;
  modules: string[];
}

interface Options {
  root: string;
  /** The module's entry (absolute path). */
  entry: string;
  /** In build order: a chunk may import only chunks listed before it, and only self-contained ones. */
  chunks: ChunkSpec[];
  /** Plugins that transform source the same way in every build (translator notes, template minifying). */
  plugins: () => PluginOption[];
}

const VIRTUAL = 'virtual:ldn-linked-chunks';
const RESOLVED = `\0${VIRTUAL}`;
const DYNAMIC_IMPORT = /\bimport\(\s*(['"])(\.{1,2}\/[^'"]+)\1\s*\)/g;
const loaderName = (chunk: ChunkSpec) => `load_${chunk.name.replace(/\W/g, '_')}`;
const contentHash = (code: string) => createHash('sha256').update(code).digest('base64url').slice(0, 8);
const isChunk = (out: Rollup.OutputChunk | Rollup.OutputAsset): out is Rollup.OutputChunk => out.type === 'chunk';

async function quietBuild(config: Parameters<typeof build>[0]): Promise<Rollup.OutputChunk[]> {
  const result = await build({ configFile: false, logLevel: 'warn', ...config });
  return (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output.filter(isChunk) : []));
}

/** Resolves dynamic imports of the chunks' entries to their built files, beside the importer. */
function chunkImports(files: Map<string, string>): Plugin {
  return {
    name: 'ldn-chunk-imports',
    async resolveDynamicImport(specifier, importer) {
      if (typeof specifier !== 'string' || !importer) return null;
      if ([...files.values()].some((file) => specifier === `./${file}`)) return { id: specifier, external: true };
      const resolved = await this.resolve(specifier, importer, { skipSelf: true });
      const file = resolved && files.get(resolved.id);
      return file ? { id: `./${file}`, external: true } : null;
    },
  };
}

/** The plugin for the module's build, and what went into each chunk it built apart (for the module map). */
export function linkedChunks({ root, entry, chunks, plugins }: Options): { plugin: Plugin; records: () => BuiltChunk[] } {
  const entries = new Map(chunks.map((chunk) => [chunk.entry, chunk]));
  /** Each built chunk's file name, by its entry module. */
  const files = new Map<string, string>();
  const built = new Map<string, { code: string; record: BuiltChunk }>();
  /** The module's shared modules every linked chunk receives, in parameter order. */
  const shared: string[] = [];
  /** What the chunks import from each shared module: some of its exports, or all (`*`). */
  const wanted = new Map<string, Set<string> | '*'>();
  /** Each module's exports, from the first pass; a module with `export *` counts as exporting any name. */
  const exportsOf = new Map<string, readonly string[] | '*'>();
  const project = (id: string) => relative(root, id);
  const lib = (entryFile: string, format: 'es' | 'iife') => ({ entry: entryFile, formats: [format], name: 'chunk', fileName: () => 'chunk.js' });

  async function buildChunk(chunk: ChunkSpec, inModule: Set<string>): Promise<void> {
    // Each shared module the chunk names becomes a parameter: the module's object for it in L, by its place in `shared`.
    const param = (id: string) => {
      if (!shared.includes(id)) shared.push(id);
      return `L.m${shared.indexOf(id)}`;
    };
    const [output] = await quietBuild({
      plugins: [
        ...plugins(),
        chunkImports(files),
        {
          name: 'ldn-shared-modules',
          enforce: 'pre',
          async resolveId(source, importer) {
            if (!importer) return null;
            const resolved = await this.resolve(source, importer, { skipSelf: true });
            if (!resolved || !inModule.has(resolved.id)) return null;
            if (!chunk.linked) this.error(`${chunk.name} is self-contained, but imports ${source}, which the module holds`);
            return { id: resolved.id, external: true };
          },
          async transform(code, id) {
            for (const { specifier, names } of importedNames(code, id)) {
              const resolved = (await this.resolve(specifier, id, { skipSelf: true }))?.id;
              if (!resolved || !inModule.has(resolved)) continue;
              const exported = exportsOf.get(resolved) ?? [];
              const had = wanted.get(resolved) ?? new Set<string>();
              // A name the module does not export is a type, imported without `type`: erased, nothing to link.
              const runtime = names === '*' ? '*' : names.filter((name) => exported === '*' || exported.includes(name));
              wanted.set(resolved, had === '*' || runtime === '*' ? '*' : new Set([...had, ...runtime]));
            }
            return null;
          },
        },
      ],
      build: {
        write: false,
        target: 'es2022',
        minify: true,
        lib: lib(chunk.entry, chunk.linked ? 'iife' : 'es'),
        rolldownOptions: { output: { minify: true, globals: param } },
      },
    });
    if (!output) throw new Error(`linked-chunks: ${chunk.name} built nothing`);
    // `var chunk=(function(exports, …shared){…})({}, L.m0, …);` run inside link(L), once per module that loads it.
    const code = chunk.linked ? `export function link(L){${output.code.trim()}\nreturn chunk}\n` : output.code;
    const file = `ldn-decision-aid-${chunk.name}-${contentHash(code)}.js`;
    files.set(chunk.entry, file);
    const modules = output.moduleIds.filter((id) => !id.includes('\0') && !id.includes('/node_modules/')).map(project);
    built.set(chunk.entry, {
      code,
      record: { file, name: chunk.name, isEntry: false, isDynamicEntry: true, imports: [], entry: project(chunk.entry), modules },
    });
  }

  const imports = chunkImports(files);
  const records = () => [...built.values()].map((chunk) => chunk.record);
  const plugin: Plugin = {
    name: 'ldn-linked-chunks',
    apply: 'build',
    // A self-contained chunk the module imports is the plain dynamic import of its built file.
    resolveDynamicImport: imports.resolveDynamicImport,
    async buildStart() {
      files.clear();
      built.clear();
      shared.length = 0;
      wanted.clear();
      exportsOf.clear();
      // The module alone, its chunks left out: which modules it holds, and what each exports.
      const left = new Map([...entries.keys()].map((id) => [id, `left-out-${entries.get(id)!.name}.js`]));
      const exports: Plugin = {
        name: 'ldn-module-exports',
        generateBundle(_, bundle) {
          for (const id of Object.values(bundle).flatMap((out) => (isChunk(out) ? out.moduleIds : []))) {
            const info = this.getModuleInfo(id);
            exportsOf.set(id, /\bexport\s*\*/.test(info?.code ?? '') ? '*' : (info?.exports ?? []));
          }
        },
      };
      const first = await quietBuild({
        plugins: [...plugins(), chunkImports(left), exports],
        build: { write: false, target: 'es2022', minify: false, lib: lib(entry, 'es') },
      });
      const main = first.find((chunk) => chunk.isEntry)!;
      const inModule = new Set(first.filter((chunk) => chunk === main || main.imports.includes(chunk.fileName)).flatMap((chunk) => chunk.moduleIds));
      for (const chunk of chunks) await buildChunk(chunk, inModule);
    },
    resolveId(source) {
      return source === VIRTUAL ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      // Per shared module, its namespace when a chunk takes it whole, else an object of getters for the names the chunks use.
      const imports = shared.map((module, i) => {
        const names = wanted.get(module) ?? new Set<string>();
        if (names === '*') return `import * as m${i} from ${JSON.stringify(module)};`;
        const bindings = [...names].map((name, j) => `${JSON.stringify(name)} as m${i}_${j}`);
        const getters = [...names].map((name, j) => `${JSON.stringify(name)}: () => m${i}_${j}`);
        return `import { ${bindings.join(', ')} } from ${JSON.stringify(module)};\nconst m${i} = live({ ${getters.join(', ')} });`;
      });
      const loaders = chunks
        .filter((chunk) => chunk.linked)
        .map(
          (chunk, i) =>
            // Loaded and linked once per page; a failed load is tried again on the next call.
            `export const ${loaderName(chunk)} = () => (loaded[${i}] ??= import(${JSON.stringify(`./${files.get(chunk.entry)}`)}).then((m) => m.link(L), (e) => { loaded[${i}] = undefined; throw e; }));`,
        );
      const live = 'const live = (getters) => Object.defineProperties({}, Object.fromEntries(Object.entries(getters).map(([name, get]) => [name, { get }])));';
      return [live, ...imports, `const L = { ${shared.map((_, i) => `m${i}`).join(', ')} };`, 'const loaded = [];', ...loaders].join('\n');
    },
    async transform(code, id) {
      if (!/\.[cm]?[jt]s$/.test(id) || id.includes('/node_modules/') || !code.includes('import(')) return null;
      let changed = code;
      const used = new Set<ChunkSpec>();
      for (const match of code.matchAll(DYNAMIC_IMPORT)) {
        const chunk = entries.get((await this.resolve(match[2]!, id))?.id ?? '');
        if (!chunk?.linked) continue;
        used.add(chunk);
        changed = changed.replace(match[0], `${loaderName(chunk)}()`);
      }
      if (!used.size) return null;
      return { code: `import { ${[...used].map(loaderName).join(', ')} } from '${VIRTUAL}';\n${changed}`, map: null };
    },
    generateBundle() {
      for (const { code, record } of built.values()) this.emitFile({ type: 'asset', fileName: record.file, source: code });
    },
  };
  return { plugin, records };
}
