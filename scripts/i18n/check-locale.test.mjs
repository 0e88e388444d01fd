/**
 * The rules of `npm run i18n:check`, on planted cases: a missing, a stale and a
 * broken translation each make a shipped locale fail. Run with `npm run test:i18n-tools`.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkLocale, fails } from './check-locale.mjs';
import { accentedLonger, fillPseudoTargets, pseudoParts, rightToLeft } from './pseudo.mjs';
import { innerXml, parseXliff, serializeXliff, transUnits } from './xliff.mjs';
import { xmllint } from './xmllint.mjs';

const xliff = (units) =>
  parseXliff(`<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file target-language="fr" source-language="en" original="lit-localize-inputs" datatype="plaintext">
<body>
${units}
</body>
</file>
</xliff>`);

const ENGLISH = new Map(
  transUnits(
    xliff(`<trans-unit id="back"><source>Back</source></trans-unit>
<trans-unit id="progress"><source>Part <x id="0" equiv-text="\${number}"/> of <x id="1" equiv-text="\${total}"/></source></trans-unit>
<trans-unit id="privacy"><source>Your answers stay on this device.</source></trans-unit>`),
  ).map((unit) => [unit.id, unit.source]),
);

const check = (units) => checkLocale({ units: transUnits(xliff(units)), english: ENGLISH, language: 'fr' });

const COMPLETE = {
  back: `<trans-unit id="back"><source>Back</source><target state="translated">Retour</target></trans-unit>`,
  progress: `<trans-unit id="progress"><source>Part <x id="0" equiv-text="\${number}"/> of <x id="1" equiv-text="\${total}"/></source><target state="translated">Partie <x id="0" equiv-text="\${number}"/> sur <x id="1" equiv-text="\${total}"/></target></trans-unit>`,
  privacy: `<trans-unit id="privacy"><source>Your answers stay on this device.</source><target state="translated">Vos réponses restent sur cet appareil.</target></trans-unit>`,
};
const withUnit = (id, unit) => Object.values({ ...COMPLETE, [id]: unit }).join('\n');

describe('i18n:check rules', () => {
  it('passes a complete, current translation', () => {
    const result = check(Object.values(COMPLETE).join('\n'));
    assert.equal(result.translated, 3);
    assert.deepEqual([result.missing, result.stale, result.problems, result.identical], [[], [], [], []]);
    assert.equal(fails(result), false);
  });

  it('counts a message with no unit, no target or state="new" as missing', () => {
    const result = check(
      `${COMPLETE.back}\n<trans-unit id="progress"><source>Part <x id="0" equiv-text="\${number}"/> of <x id="1" equiv-text="\${total}"/></source></trans-unit>`,
    );
    assert.deepEqual(result.missing.sort(), ['privacy', 'progress']);
    assert.equal(fails(result), true);
    assert.deepEqual(check(withUnit('back', `<trans-unit id="back"><source>Back</source><target state="new">Retour</target></trans-unit>`)).missing, ['back']);
  });

  it('counts a target as stale when its source differs from the current English, or it awaits review', () => {
    const changed = check(withUnit('back', `<trans-unit id="back"><source>Go back</source><target state="translated">Revenir</target></trans-unit>`));
    assert.deepEqual(changed.stale, ['back']);
    assert.equal(fails(changed), true);
    const review = check(withUnit('back', `<trans-unit id="back"><source>Back</source><target state="needs-review-translation">Retour</target></trans-unit>`));
    assert.deepEqual(review.stale, ['back']);
    assert.equal(review.translated, 2);
  });

  it('reports placeholders that differ from the English: dropped, added or changed', () => {
    const dropped = check(
      withUnit(
        'progress',
        `<trans-unit id="progress"><source>Part <x id="0" equiv-text="\${number}"/> of <x id="1" equiv-text="\${total}"/></source><target>Partie <x id="0" equiv-text="\${number}"/></target></trans-unit>`,
      ),
    );
    assert.match(dropped.problems.join(), /progress: placeholders differ/);
    assert.equal(fails(dropped), true);
    const swapped = check(
      withUnit(
        'progress',
        `<trans-unit id="progress"><source>Part <x id="0" equiv-text="\${number}"/> of <x id="1" equiv-text="\${total}"/></source><target><x id="1" equiv-text="\${total}"/>\u00a0: <x id="0" equiv-text="\${number}"/></target></trans-unit>`,
      ),
    );
    assert.deepEqual(swapped.problems, [], 'reordering placeholders is allowed');
  });

  it('reports markup or a template expression typed as text, and elements other than placeholders', () => {
    const typed = check(withUnit('back', `<trans-unit id="back"><source>Back</source><target>&lt;b&gt;Retour&lt;/b&gt; \${x}</target></trans-unit>`));
    assert.match(typed.problems.join(), /markup or/);
    const element = check(withUnit('back', `<trans-unit id="back"><source>Back</source><target><g id="1">Retour</g></target></trans-unit>`));
    assert.match(element.problems.join(), /<g> in the target/);
  });

  it('reports a state that XLIFF 1.2 does not define', () => {
    assert.match(
      check(withUnit('back', `<trans-unit id="back"><source>Back</source><target state="done">Retour</target></trans-unit>`)).problems.join(),
      /not an XLIFF 1.2 state/,
    );
  });

  it('lists a phrase left in English, but not a single word, and fails for it', () => {
    const same = check(
      withUnit(
        'privacy',
        `<trans-unit id="privacy"><source>Your answers stay on this device.</source><target>Your answers stay on this device.</target></trans-unit>`,
      ),
    );
    assert.deepEqual(same.identical, ['privacy']);
    assert.equal(fails(same), true);
    assert.deepEqual(check(withUnit('back', `<trans-unit id="back"><source>Back</source><target>Back</target></trans-unit>`)).identical, []);
  });

  it('counts machine-drafted targets (state-qualifier leveraged-mt), without failing for them', () => {
    const drafted = check(
      withUnit('back', `<trans-unit id="back"><source>Back</source><target state="translated" state-qualifier="leveraged-mt">Retour</target></trans-unit>`),
    );
    assert.equal(drafted.machineDrafted, 1);
    assert.equal(fails(drafted), false);
  });

  it('lists units no longer in the English as obsolete', () => {
    assert.deepEqual(check(`${Object.values(COMPLETE).join('\n')}\n<trans-unit id="gone"><source>Old</source><target>Vieux</target></trans-unit>`).obsolete, [
      'gone',
    ]);
  });

  it('reports a generated target that differs from what the generator makes', () => {
    const result = checkLocale({ units: transUnits(xliff(Object.values(COMPLETE).join('\n'))), english: ENGLISH, expectedTarget: () => 'something else' });
    assert.equal(result.problems.length, 3);
  });
});

describe('XLIFF 1.2 strict schema (xmllint)', () => {
  /** xmllint's verdict on a file holding `units`. */
  const lint = (units) => {
    const dir = mkdtempSync(join(tmpdir(), 'ldn-xmllint-'));
    try {
      const file = join(dir, 'fr.xlf');
      writeFileSync(file, serializeXliff(xliff(units)));
      return xmllint(file);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('accepts what lit-localize writes: placeholders with equiv-text, notes, states', () => {
    assert.deepEqual(
      lint(`${Object.values(COMPLETE).join('\n')}<trans-unit id="n"><source>A</source><note from="lit-localize">Where it shows.</note></trans-unit>`),
      [],
    );
  });

  it('rejects what the strict schema forbids: an unknown attribute, a target before its source', () => {
    assert.match(lint(`<trans-unit id="back" colour="red"><source>Back</source></trans-unit>`).join(), /colour/);
    assert.notDeepEqual(lint(`<trans-unit id="back"><target>Retour</target><source>Back</source></trans-unit>`), []);
  });
});

describe('pseudo-locales', () => {
  const progress = () => {
    const doc = xliff(`<trans-unit id="progress"><source>Part <x id="0" equiv-text="\${number}"/> of <x id="1" equiv-text="\${total}"/></source></trans-unit>`);
    return { doc, units: transUnits(doc) };
  };

  it('en-XA accents every letter, is about 35% longer and keeps the placeholders in order', () => {
    const { doc, units } = progress();
    fillPseudoTargets(doc, units, accentedLonger);
    const target = innerXml(units[0].target);
    assert.match(target, /^\[.*Ƥàŕţ <x id="0" equiv-text="\$\{number\}"\/> ōƒ <x id="1" equiv-text="\$\{total\}"\/>.*\]$/);
    const english = 'The quick brown fox jumps over the lazy dog';
    const pseudo = accentedLonger(english);
    assert.ok(pseudo.length >= english.length * 1.3, pseudo);
    assert.doesNotMatch(pseudo, /[a-z]{2}/, 'no run of plain ASCII letters left');
  });

  it('ar-XB wraps the text between placeholders in a right-to-left override and keeps the placeholders', () => {
    const { units } = progress();
    const parts = pseudoParts(units[0].source, rightToLeft);
    assert.deepEqual(
      parts.map((part) => (typeof part === 'string' ? part : part.index)),
      ['\u202ePart \u202c', 0, '\u202e of \u202c', 1],
    );
  });

  it('is deterministic, so the generated files can be checked', () => {
    assert.equal(accentedLonger('Show my discussion guide'), accentedLonger('Show my discussion guide'));
  });
});
