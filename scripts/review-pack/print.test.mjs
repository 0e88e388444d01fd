/**
 * The review pack reads well printed (issue 22, item 10): printed to A4 by
 * Chromium, as a reviewer's "Print" does, no page ends with a heading or a
 * table caption, and the sign-off block stays whole on one page. Uses
 * Debian's Chromium and poppler's pdftotext, as the guide's print test does.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { CHROME_PATH, CHROMIUM_ARGS } from '../chromium.mjs';
import { currentContent, recordedVersion } from './content.mjs';
import { makePack } from './make.mjs';

const run = promisify(execFile);
const oneLine = (text) =>
  text
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

describe('review pack, printed', () => {
  let dir;
  let html;
  let pages;
  before(async () => {
    html = (await makePack(await currentContent(), recordedVersion())).html;
    dir = await mkdtemp(join(tmpdir(), 'ldn-pack-print-'));
    const [file, pdf] = [join(dir, 'pack.html'), join(dir, 'pack.pdf')];
    await writeFile(file, html);
    await run(CHROME_PATH, [...CHROMIUM_ARGS, '--headless', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, pathToFileURL(file).href], { timeout: 120_000 });
    const { stdout } = await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
    pages = stdout.split('\f').map((page) =>
      page
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter(Boolean),
    );
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('leaves no heading or table caption at the foot of a page', () => {
    const headings = new Set([...html.matchAll(/<(h[1-6]|caption)\b[^>]*>(.*?)<\/\1>/gs)].map((m) => oneLine(m[2])).filter(Boolean));
    const stranded = pages.flatMap((lines, i) => (lines.length && headings.has(lines.at(-1)) ? [`page ${i + 1}: ${lines.at(-1)}`] : []));
    assert.ok(pages.length > 10, `${pages.length} pages`);
    assert.deepEqual(stranded, []);
  });

  it('keeps the sign-off block whole, on one page', () => {
    const holding = pages.filter((lines) => lines.includes('Clinical sign-off') || lines.includes('Changes or comments'));
    assert.equal(holding.length, 1);
    for (const field of ['Name', 'Role', 'Date', 'Signature']) assert.ok(holding[0].includes(field), field);
  });
});
