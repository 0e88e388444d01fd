import { fileURLToPath } from 'node:url';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { countReporter } from './scripts/test-runner/count-reporter.mjs';
import { readabilityPlugin } from './scripts/test-runner/readability-plugin.mjs';
import { emulatePlugin } from './scripts/test-runner/emulate-plugin.mjs';
import { fhirPlugin } from './scripts/test-runner/fhir-plugin.mjs';
import { printPlugin } from './scripts/test-runner/print-plugin.mjs';
import { screenshotPlugin } from './scripts/test-runner/screenshot-plugin.mjs';
import { historyPlugin } from './scripts/test-runner/history-plugin.mjs';
import { CHROME_PATH, CHROMIUM_ARGS } from './scripts/chromium.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 300_000,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // Flesch–Kincaid grades of the patient text, measured in Node (test/readability.test.ts).
    readabilityPlugin(),
    // Forced colours (Windows High Contrast), which the built-in emulateMedia cannot emulate with Chrome.
    emulatePlugin(),
    // FHIR R4 JSON schema validation and FHIRPath, in Node (test/fhir.test.ts).
    fhirPlugin(),
    // Prints the test page to PDF on A4 and reads each page's text with pdftotext (test/component-print.test.ts).
    printPlugin(),
    // A screenshot of part of the page, for tests that read what the screen shows (test/component-qr-code.test.ts).
    screenshotPlugin(),
    // Clears the test page's session history before the tests of Back and Forward (test/component-history.test.ts).
    historyPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROME_PATH,
        headless: true,
        args: CHROMIUM_ARGS,
      },
      // Each test page behaves as the focused window, as a patient's tab is: without this, a page
      // opened while another test file's page still held focus gets no focus or blur events.
      createPage: async ({ context }) => {
        const page = await context.newPage();
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    }),
  ],
  // Generous: the exhaustive guide checks run ~15 s alone and longer on a busy 2-core machine; a hang still fails.
  testFramework: { config: { timeout: 60_000 } },
  // LHC-Forms (test/lhc-forms.test.ts) logs every expression run and a warning about a FHIR context it does not need.
  filterBrowserLogs: ({ args }) => !/^(Ran expressions in|Warning: FHIR resources might not be loaded)/.test(String(args[0])),
  reporters: [summaryReporter({ flatten: false }), defaultReporter(), countReporter()],
};
