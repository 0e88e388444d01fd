import { fileURLToPath } from 'node:url';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import MagicString from 'magic-string';
import ts from 'typescript';
import { defineConfig, type Plugin, runnerImport } from 'vite';

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

export default defineConfig({
  // Lit templates and styles are minified too: the bundle keeps no template indentation or CSS comments.
  plugins: [stripTranslatorNotes(), { ...minifyHTML(), apply: 'build' }, fhirResources()],
  // The dev server serves the demo clinic page; the build emits the embeddable module.
  root: fromRoot('./demo'),
  server: { host: '127.0.0.1', port: 5173 },
  build: {
    outDir: fromRoot('./dist'),
    emptyOutDir: true,
    target: 'es2022',
    // One small file for a script tag, plus the QR encoder, which the module
    // imports only when a patient opens the code. Lib mode keeps whitespace in
    // ES output (for consumers' tree-shaking), so ask the bundler to minify fully.
    minify: true,
    rolldownOptions: {
      output: {
        minify: true,
        // A fixed name beside the module, without a content hash, so clinics know
        // which files to host; the module imports it relative to its own URL.
        chunkFileNames: 'ldn-decision-aid-[name].js',
      },
    },
    lib: {
      entry: fromRoot('./src/ldn-decision-aid.ts'),
      formats: ['es'],
      fileName: () => 'ldn-decision-aid.js',
    },
  },
});
