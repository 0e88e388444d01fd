import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import MagicString from 'magic-string';
import ts from 'typescript';
import { build, defineConfig, type Plugin, runnerImport } from 'vite';
import { type BuiltChunk, linkedChunks } from './scripts/build/linked-chunks.js';
import { shortMessageIds } from './scripts/build/message-ids.js';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Writes the FHIR R4 Questionnaire and its CodeSystem (in English, the source
 * locale) beside the module, generated from the questionnaire model at build time.
 */
function fhirResources(): Plugin {
  return {
    name: 'ldn-fhir-resources',
    apply: 'build',
    async generateBundle() {
      type FhirModule = typeof import('./src/export/fhir/questionnaire.js');
      const { module } = await runnerImport<FhirModule>(fromRoot('./src/export/fhir/questionnaire.ts'), { configFile: false, logLevel: 'silent' });
      const json = (resource: object) => `${JSON.stringify(resource, null, 2)}\n`;
      this.emitFile({ type: 'asset', fileName: 'questionnaire.json', source: json(module.buildQuestionnaire()) });
      this.emitFile({ type: 'asset', fileName: 'codesystem.json', source: json(module.buildCodeSystem()) });
    },
  };
}

/**
 * Records which source modules went into which built file, for the check that
 * the files marked `@chunk` stay where they are meant to be (scripts/check-chunks.mjs).
 * Written to a cache folder, not to dist/, which ships.
 */
export const MODULE_MAP = fromRoot('./node_modules/.cache/ldn-decision-aid/modules.json');
/** The short code of each message id in the built files (scripts/build/message-ids.ts), for check-bundle.mjs. */
const MESSAGE_IDS = { src: fromRoot('./src'), mapFile: fromRoot('./node_modules/.cache/ldn-decision-aid/message-ids.json') };

function moduleMap(builtApart: () => BuiltChunk[]): Plugin {
  return {
    name: 'ldn-module-map',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((out) =>
        out.type === 'chunk'
          ? [
              {
                file: out.fileName,
                name: out.name,
                isEntry: out.isEntry,
                isDynamicEntry: out.isDynamicEntry,
                imports: out.imports,
                entry: out.facadeModuleId && relative(fromRoot('./'), out.facadeModuleId),
                modules: out.moduleIds.filter((id) => !id.includes('\0') && !id.includes('/node_modules/')).map((id) => relative(fromRoot('./'), id)),
              },
            ]
          : [],
      );
      chunks.push(...builtApart());
      mkdirSync(dirname(MODULE_MAP), { recursive: true });
      writeFileSync(MODULE_MAP, `${JSON.stringify(chunks, null, 2)}\n`);
    },
  };
}

/**
 * The npm packages bundled into the built files (Lit, XState, lean-qr…), found
 * in the bundles' module ids. Their licenses (BSD-3-Clause, MIT) ask that their
 * notices go with every copy, so the last build writes them all, with each
 * package's own LICENSE text, to dist/THIRD-PARTY-LICENSES.txt.
 */
const bundledPackages = new Set<string>();

function collectBundledPackages(): Plugin {
  return {
    name: 'ldn-bundled-packages',
    apply: 'build',
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        for (const id of file.moduleIds) {
          const name = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id)?.[1];
          if (name) bundledPackages.add(name);
        }
      }
    },
  };
}

function thirdPartyLicenses(): Plugin {
  return {
    name: 'ldn-third-party-licenses',
    apply: 'build',
    generateBundle() {
      const notices = [...bundledPackages].sort().map((name) => {
        const pkg = JSON.parse(readFileSync(fromRoot(`./node_modules/${name}/package.json`), 'utf8')) as { version: string; license: string };
        const text = readFileSync(fromRoot(`./node_modules/${name}/LICENSE`), 'utf8').trim();
        return `${name} ${pkg.version} (${pkg.license})\n\n${text}`;
      });
      const intro = 'The files in this folder bundle code from these npm packages, under their own licenses:';
      this.emitFile({ type: 'asset', fileName: 'THIRD-PARTY-LICENSES.txt', source: `${intro}\n\n${notices.join(`\n\n${'-'.repeat(72)}\n\n`)}\n` });
    },
  };
}

/**
 * Builds the FHIR entry (`ldn-decision-aid/fhir`, src/fhir.ts) after the
 * module, as a build of its own: one self-contained file that Node and
 * bundlers can import, sharing no chunk with the module, whose files a browser
 * loads by name. The module's chunks stay exactly as they are. Being the last
 * build, it writes the third-party licenses of both.
 */
function fhirEntry(): Plugin {
  return {
    name: 'ldn-fhir-entry',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        plugins: [stripTranslatorNotes(), collectBundledPackages(), thirdPartyLicenses()],
        build: {
          outDir: fromRoot('./dist'),
          emptyOutDir: false,
          target: 'es2022',
          // Readable in a server's stack traces; a bundler that takes it into a browser app minifies it there.
          minify: false,
          lib: { entry: fromRoot('./src/fhir.ts'), formats: ['es'], fileName: () => 'fhir.js' },
        },
      });
    },
  };
}

/**
 * Drops the translator notes (`desc`) from `msg()` calls in the built module:
 * they are read only by `lit-localize extract`, never at run time. Found on the
 * TypeScript syntax tree, so only the `desc` property of a `msg()` call's
 * options object goes, whatever its text holds.
 */
function stripTranslatorNotes(): Plugin {
  return {
    name: 'ldn-strip-translator-notes',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('desc')) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const out = new MagicString(code);
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
          const options = node.arguments[1];
          if (options && ts.isObjectLiteralExpression(options)) {
            for (const property of options.properties) {
              if (property.name && ts.isIdentifier(property.name) && property.name.text === 'desc') {
                // The property and the comma after it, if any.
                const after = code.slice(property.end).match(/^\s*,/)?.[0].length ?? 0;
                out.remove(property.getStart(source), property.end + after);
              }
            }
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
    },
  };
}

/**
 * Keeps each locale chunk self-contained. lit-localize's generated locale
 * modules import `str` from '@lit/localize' for messages with placeholders; in
 * the build that would make the bundler share it in a third chunk that both the
 * module and every locale chunk import statically, and a clinic would have to
 * host one more file whose URL must match exactly. `str` only records its
 * template's strings and values (`{ strTag: true, strings, values }`, which the
 * runtime `msg()` reads), so each locale module gets its own copy of that
 * one-liner instead. The pseudo-locale tests render placeholders through it,
 * so a change of shape in a later @lit/localize fails them.
 */
const LOCALIZE_STR_IMPORT = /import\s*\{\s*str\s*\}\s*from\s*['"]@lit\/localize['"];?/;

function selfContainedLocales(): Plugin {
  return {
    name: 'ldn-self-contained-locales',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/i18n\/generated\/locales\/[^/]+\.ts$/.test(id)) return null;
      const replaced = code.replace(LOCALIZE_STR_IMPORT, 'const str = (strings, ...values) => ({ strTag: true, strings, values });');
      if (/^\s*import\b/m.test(replaced)) throw new Error(`${id} imports a module; locale chunks must be self-contained (vite.config.ts)`);
      return replaced === code ? null : { code: replaced, map: null };
    },
  };
}

/**
 * The chunks the module loads after the first question, each built apart (scripts/build/linked-chunks.ts):
 * the flow's (its machine and XState), the guide's and the FHIR builders', linked to the module's own code when they
 * load, and the QR encoder, which shares nothing.
 */
const laterChunks = linkedChunks({
  root: fromRoot('./'),
  entry: fromRoot('./src/ldn-decision-aid.ts'),
  chunks: [
    { name: 'qr-encoder', entry: fromRoot('./src/components/chunks/qr-encoder.ts'), linked: false },
    { name: 'flow', entry: fromRoot('./src/components/chunks/flow-machine.ts'), linked: true },
    { name: 'guide-page', entry: fromRoot('./src/components/chunks/guide-page.ts'), linked: true },
    { name: 'fhir', entry: fromRoot('./src/components/chunks/fhir-export.ts'), linked: true },
  ],
  plugins: () => [stripTranslatorNotes(), selfContainedLocales(), shortMessageIds(MESSAGE_IDS), { ...minifyHTML(), apply: 'build' }, collectBundledPackages()],
});

export default defineConfig({
  // Lit templates and styles are minified too: the bundle keeps no template indentation or CSS comments.
  plugins: [
    stripTranslatorNotes(),
    selfContainedLocales(),
    shortMessageIds({ ...MESSAGE_IDS, fresh: true }),
    { ...minifyHTML(), apply: 'build' },
    laterChunks.plugin,
    fhirResources(),
    moduleMap(laterChunks.records),
    collectBundledPackages(),
    fhirEntry(),
  ],
  // The dev server serves the demo clinic page; the build emits the embeddable module.
  root: fromRoot('./demo'),
  server: { host: '127.0.0.1', port: 5173 },
  build: {
    outDir: fromRoot('./dist'),
    emptyOutDir: true,
    target: 'es2022',
    // One file for a script tag, which imports nothing statically: the first question needs one request.
    // Lib mode keeps whitespace in ES output (for consumers' tree-shaking), so ask the bundler to minify fully.
    minify: true,
    rolldownOptions: {
      // The chunks built apart (laterChunks) are built in a buildStart hook, which the bundler would report as slow every time.
      checks: { bundlerTimings: false },
      output: {
        minify: true,
        // The module keeps its fixed name, for the clinic's script tag. The chunks it loads later (a locale
        // here; the guide's and the QR encoder's, built apart) are named after their module plus a content
        // hash, and the module imports them relative to its own URL. The hash matters: a browser that kept an
        // older chunk in its cache beside a newer module (a `?ver=` query refreshes only the module) would
        // mix releases. With the hash, a new release asks for new files. No chunk imports the module, so that
        // query cannot load a second copy of it.
        chunkFileNames: 'ldn-decision-aid-[name]-[hash:8].js',
      },
    },
    lib: {
      entry: fromRoot('./src/ldn-decision-aid.ts'),
      formats: ['es'],
      fileName: () => 'ldn-decision-aid.js',
    },
  },
});
