import { fileURLToPath } from 'node:url';
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

export default defineConfig({
  plugins: [fhirResources()],
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
