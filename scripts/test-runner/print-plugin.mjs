/**
 * Test-runner plugin: prints the test page to PDF in Chromium, as a patient's
 * "Print" or Ctrl+P to "Save as PDF" does, and reads the pages back as text.
 *
 * `print-pdf` { margin? } → { pages: string[] }: the page printed on A4 with
 * the margins of Chromium's print dialog (about 1 cm, its "Default"), each
 * page's text as poppler's pdftotext lays it out (Debian's poppler-utils,
 * installed by scripts/setup.sh). Chromium's own page breaks decide where
 * each page ends, so a test sees what a patient's printer would get.
 * With LDN_PRINT_DIR set, each PDF is also kept there, as `<name>.pdf`
 * (payload `name`), for a person to look at.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const COMMAND = 'print-pdf';

const run = promisify(execFile);

/** Chromium's print dialog prints with margins of 0.4 in (its "Default"), which holds its header and footer. */
const DIALOG_MARGIN = '0.4in';

export function printPlugin() {
  return {
    name: COMMAND,
    async executeCommand({ command, payload, session }) {
      if (command !== COMMAND) return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${COMMAND}: only the Chrome (Puppeteer) launcher is supported`);
      const page = session.browser.getPage(session.id);
      const margin = payload?.margin ?? DIALOG_MARGIN;
      // Print media, as a printer gets it, even after a test emulated the screen (emulateMedia).
      await page.emulateMediaType(null);
      const pdf = await page.pdf({ format: 'A4', margin: { top: margin, bottom: margin, left: margin, right: margin } });
      const dir = await mkdtemp(join(tmpdir(), 'ldn-print-'));
      try {
        const file = join(dir, 'print.pdf');
        await writeFile(file, pdf);
        if (process.env.LDN_PRINT_DIR && payload?.name) await writeFile(join(process.env.LDN_PRINT_DIR, `${payload.name}.pdf`), pdf);
        const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { maxBuffer: 16 * 1024 * 1024 }).catch((error) => {
          throw new Error(`${COMMAND}: pdftotext failed (install Debian's poppler-utils: bash scripts/setup.sh): ${error.message}`);
        });
        // pdftotext ends every page with a form feed.
        const pages = stdout.split('\f');
        if (pages.at(-1)?.trim() === '') pages.pop();
        return { pages };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
