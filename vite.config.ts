import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  // The dev server serves the demo clinic page; the build emits the embeddable module.
  root: fromRoot('./demo'),
  server: { host: '127.0.0.1', port: 5173 },
  build: {
    outDir: fromRoot('./dist'),
    emptyOutDir: true,
    target: 'es2022',
    // One small file for a script tag. Lib mode keeps whitespace in ES output
    // (for consumers' tree-shaking), so ask the bundler to minify fully.
    minify: true,
    rolldownOptions: { output: { minify: true } },
    lib: {
      entry: fromRoot('./src/ldn-decision-aid.ts'),
      formats: ['es'],
      fileName: () => 'ldn-decision-aid.js',
    },
  },
});
