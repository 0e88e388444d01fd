/**
 * The review sheet (`npm run i18n:review`): the page it writes, from planted
 * data, the check that every safety message is pictured, and one real run for
 * a locale that does not ship, on two screens, in headless Chromium. Run with `npm run test:i18n-tools`.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { LOCALES_DIR } from './localizer.mjs';
import { coverage, offScreenUse, safetyFailure } from './review-coverage.mjs';
import { reviewSheet } from './review-sheet.mjs';
import { parseXliff, transUnits } from './xliff.mjs';

const [progress, back] = transUnits(
  parseXliff(`<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file><body>
<trans-unit id="progress"><source>Part <x id="0" equiv-text="\${number}"/> of 6</source><target state="translated" state-qualifier="leveraged-mt">الجزء <x id="0" equiv-text="\${number}"/> من 6</target><note from="lit-localize">Step caption.</note></trans-unit>
<trans-unit id="back"><source>Back &lt;now&gt;</source></trans-unit>
</body></file></xliff>`),
);

const row = (unit, screens) => ({
  id: unit.id,
  source: unit.source,
  target: unit.target,
  state: unit.state ?? '',
  machineDrafted: Boolean(unit.target),
  stale: false,
  reviews: { language: null, clinical: { name: 'Dr Roy', role: 'Cardiologist', date: '2027-01-20T00:00:00Z' } },
  notes: unit.notes,
  problems: unit.target ? [] : [],
  screens,
});

describe('review sheet', () => {
  const html = reviewSheet({
    locale: 'ar',
    dir: 'rtl',
    views: [
      { name: 'intro', files: ['screens/01.png'], ids: ['progress'] },
      { name: 'intro again', files: [], ids: ['progress'] },
    ],
    groups: coverage([row(progress, [0, 1]), row(back, []), { ...row(back, []), id: 'announce.intro' }]),
    facts: { Version: 'commit abc1234' },
    glossary: { terms: [{ en: 'clinician', use: 'الطبيب', how: 'a doctor' }], banned: [{ match: 'x', why: 'because' }] },
  });

  it('has every message with its id, English, translation, note, state and screens', () => {
    assert.match(html, /<tr id="msg-progress">[\s\S]*Part <code class="ph">\{number\}<\/code> of 6[\s\S]*<td lang="ar" dir="rtl">الجزء/);
    assert.match(html, /Step caption\./);
    assert.match(html, /machine draft<br>language review: —<br>clinical review: Dr Roy \(Cardiologist\), 2027-01-20/);
    assert.match(html, /<a href="#screen-01">1<\/a> 2<\/td>/, 'a link to the pictured screen, the number alone for one not pictured');
    assert.match(html, /<tr id="msg-back">[\s\S]*Back &lt;now&gt;[\s\S]*<strong>missing<\/strong>[\s\S]*?<strong class="problem">not pictured<\/strong>/);
    assert.match(html, /<strong>1 messages a patient can see are not pictured<\/strong>/);
  });

  it('lists the messages never drawn on a screen apart, after the others, each with where it is used', () => {
    const apart = html.slice(html.indexOf('<h2 id="off-screen">'), html.indexOf('<h2>Screens</h2>'));
    assert.match(apart, /Messages never drawn on a screen \(1\)/);
    assert.match(apart, /<tr id="msg-announce\.intro">[\s\S]*<td class="where">Said by screen readers[^<]*step-announcements\.ts\.<\/td>/);
    assert.equal(html.indexOf('id="msg-announce.intro"'), html.lastIndexOf('id="msg-announce.intro"'), 'listed once');
    assert.ok(html.indexOf('id="msg-back"') < html.indexOf('<h2 id="off-screen">'));
  });

  it('shows the pictures and the glossary, and closes with a sign-off table for both reviews', () => {
    assert.match(html, /<figure id="screen-01"><figcaption>Screen 1: intro<\/figcaption>\s*<img src="screens\/01.png"/);
    assert.doesNotMatch(html, /id="screen-02"/);
    assert.match(html, /<td lang="en">clinician<\/td><td lang="ar" dir="rtl">الطبيب<\/td><td>a doctor<\/td>/);
    const signOff = html.slice(html.indexOf('<h2 id="sign-off"'));
    assert.match(signOff, /Language review[\s\S]*Clinical review[\s\S]*<\/table>\s*<\/body>/);
    assert.match(signOff, /<th>Name<\/th><th>Role and qualification<\/th><th>Date<\/th>/);
  });
});

describe('which messages the sheet pictures', () => {
  const rowOf = (id, screens = []) => ({ id, screens });

  it('fails loudly when a safety flag, safety note or error message is on no pictured screen', () => {
    const groups = coverage([
      rowOf('flag.liver.why'),
      rowOf('guide.safety.withheld'),
      rowOf('error.worst-symptom'),
      rowOf('intro.title', [0]),
      rowOf('flag.under-18.why', [2]),
    ]);
    assert.deepEqual(groups.safetyNotPictured, ['flag.liver.why', 'guide.safety.withheld', 'error.worst-symptom']);
    const failure = safetyFailure(groups, true);
    assert.match(failure, /^REVIEW SHEET INCOMPLETE: 3 safety messages/);
    assert.match(failure, /\n {2}flag\.liver\.why\n {2}guide\.safety\.withheld\n {2}error\.worst-symptom\n/);
  });

  it('passes when every safety message is pictured, and cannot tell from some screens only (--limit)', () => {
    assert.equal(safetyFailure(coverage([rowOf('flag.liver.why', [3]), rowOf('guide.title')]), true), null);
    assert.equal(safetyFailure(coverage([rowOf('flag.liver.why')]), false), null);
  });

  it('never excuses a safety message as "not drawn on a screen"', () => {
    assert.equal(offScreenUse('flag.fhir.title'), undefined);
    assert.match(offScreenUse('fhir.code-system.title'), /FHIR export/);
    assert.equal(offScreenUse('guide.lead'), undefined);
    const groups = coverage([rowOf('announce.intro'), rowOf('guide.lead'), rowOf('guide.title', [1])]);
    assert.deepEqual(
      [groups.pictured, groups.offScreen, groups.notPictured].map((g) => g.map((r) => r.id)),
      [['guide.title'], ['announce.intro'], ['guide.lead']],
    );
  });
});

describe('npm run i18n:review', () => {
  it('writes the sheet and the pictures for a locale that does not ship', { timeout: 180_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'ldn-review-'));
    try {
      // French, as a translator's copy of a locale that is not in lit-localize.json.
      const xliff = join(dir, 'qq.xlf');
      const french = readFileSync(`${LOCALES_DIR}fr.xlf`, 'utf8');
      writeFileSync(xliff, french.replace('target-language="fr"', 'target-language="qq"'));
      // i18n:check holds the French current: one unit per English message.
      const messages = french.match(/<trans-unit /g).length;
      const out = join(dir, 'sheet');
      const tool = fileURLToPath(new URL('./review.mjs', import.meta.url));
      const log = execFileSync(process.execPath, [tool, 'qq', '--xliff', xliff, '--out', out, '--limit', '2'], { encoding: 'utf8' });
      assert.match(log, new RegExp(`Review sheet for qq: .*${messages} messages, 2 screens \\(2 pictured, ltr\\)`));
      const html = readFileSync(join(out, 'index.html'), 'utf8');
      assert.equal(html.match(/<tr id="msg-/g).length, messages);
      assert.match(html, /<tr id="msg-action\.start">[\s\S]*?Commencer[\s\S]*?<a href="#screen-01">1<\/a>/);
      // One picture per screen, or its parts when taller than a printed page (01-1.png, 01-2.png: the French intro is).
      const pictures = readdirSync(join(out, 'screens')).sort();
      assert.deepEqual([...new Set(pictures.map((file) => file.slice(0, 2)))], ['01', '02']);
      assert.ok(
        pictures.every((file) => /^\d\d(-\d)?\.png$/.test(file)),
        pictures.join(', '),
      );
      assert.deepEqual([...readFileSync(join(out, 'screens', pictures[0])).subarray(1, 4)], [...Buffer.from('PNG')]);
      assert.equal(existsSync(join(fileURLToPath(new URL('../../review/', import.meta.url)), '.build-qq')), false, 'the build folder is removed');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
