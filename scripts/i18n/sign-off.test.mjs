/**
 * The review record in the XLIFF (sign-off.mjs) and the locked text of
 * validated instruments (locked.mjs), on planted cases. Run with
 * `npm run test:i18n-tools`.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkLocale } from './check-locale.mjs';
import { lock, lockedProblems } from './locked.mjs';
import { addPhase, isFullySignedOff, reviewPhases, signOff, unitReviews, voidSignOff } from './sign-off.mjs';
import { parseXliff, serializeXliff, transUnits } from './xliff.mjs';
import { xmllint } from './xmllint.mjs';

const file = (units, header = '') =>
  parseXliff(`<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file target-language="fr" source-language="en" original="lit-localize-inputs" datatype="plaintext">
${header}<body>
${units}
</body>
</file>
</xliff>`);

const DRAFTS = `<trans-unit id="a"><source>Back</source><target state="translated" state-qualifier="leveraged-mt">Retour</target></trans-unit>
<trans-unit id="b"><source>Next</source><target state="translated" state-qualifier="leveraged-mt">Suivant</target></trans-unit>`;

/** A draft file with both reviews recorded for the given ids (clinical for a subset). */
function reviewed({ language = ['a', 'b'], clinical = [] } = {}) {
  const doc = file(DRAFTS);
  const byId = new Map(transUnits(doc).map((unit) => [unit.id, unit]));
  const languagePhase = addPhase(doc, { review: 'language', name: 'Jeanne Martin', role: 'Medical translator', date: '2027-01-15T00:00:00Z' });
  for (const id of language) signOff(byId.get(id), 'language', languagePhase);
  const clinicalPhase = addPhase(doc, { review: 'clinical', name: 'Dr Paul Roy', role: 'Cardiologist', date: '2027-01-20T00:00:00Z' });
  for (const id of clinical) signOff(byId.get(id), 'clinical', clinicalPhase);
  return doc;
}

const counts = (doc) => {
  const units = transUnits(doc);
  const result = checkLocale({ units, english: new Map(units.map((unit) => [unit.id, unit.source])), phases: reviewPhases(doc) });
  return { language: result.languageReviewed, clinical: result.clinicallySignedOff, problems: result.problems };
};

/** xmllint's verdict on a document. */
function lint(doc) {
  const dir = mkdtempSync(join(tmpdir(), 'ldn-sign-off-'));
  try {
    writeFileSync(join(dir, 'fr.xlf'), serializeXliff(doc));
    return xmllint(join(dir, 'fr.xlf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('sign-off in the XLIFF', () => {
  it('counts language reviews and clinical sign-offs, each with who, role and date, in a schema-valid file', () => {
    const doc = reviewed({ clinical: ['a'] });
    assert.deepEqual(counts(doc), { language: 2, clinical: 1, problems: [] });
    const [a] = transUnits(doc);
    assert.deepEqual(unitReviews(a, reviewPhases(doc)).clinical, {
      id: 'clinical-1',
      review: 'clinical',
      name: 'Dr Paul Roy',
      role: 'Cardiologist',
      date: '2027-01-20T00:00:00Z',
    });
    assert.equal(a.element.getAttribute('approved'), 'yes');
    assert.equal(a.target.getAttribute('state'), 'final');
    assert.equal(a.target.hasAttribute('state-qualifier'), false, 'no longer marked machine-translated');
    assert.deepEqual(lint(doc), []);
  });

  it('is a draft until every message is clinically signed off', () => {
    assert.equal(isFullySignedOff(file(DRAFTS), transUnits(file(DRAFTS))), false);
    const half = reviewed({ clinical: ['a'] });
    assert.equal(isFullySignedOff(half, transUnits(half)), false);
    const all = reviewed({ clinical: ['a', 'b'] });
    assert.equal(isFullySignedOff(all, transUnits(all)), true);
  });

  it('refuses a clinical sign-off without a language review, a review without a phase, and a phase without who, role or date', () => {
    const noLanguage = file(
      `<trans-unit id="a" approved="yes" phase-name="clinical-1"><source>Back</source><target state="final">Retour</target></trans-unit>`,
      `<header><phase-group><phase phase-name="clinical-1" process-name="clinical-review" contact-name="Dr Roy" date="2027-01-20T00:00:00Z"><note from="ldn-role">Cardiologist</note></phase></phase-group></header>`,
    );
    assert.match(counts(noLanguage).problems.join(), /state="final" without a phase-name/);
    assert.equal(counts(noLanguage).clinical, 0);
    const noPhase = file(`<trans-unit id="a" approved="yes"><source>Back</source><target state="signed-off">Retour</target></trans-unit>`);
    assert.match(counts(noPhase).problems.join(), /without a phase-name.*approved="yes" without a phase-name/);
    const anonymous = file(
      `<trans-unit id="a"><source>Back</source><target state="signed-off" phase-name="language-1">Retour</target></trans-unit>`,
      `<header><phase-group><phase phase-name="language-1" process-name="language-review"/></phase-group></header>`,
    );
    assert.deepEqual(counts(anonymous).problems, [
      'phase "language-1": no contact-name (a review records who, in what role and when)',
      'phase "language-1": no date (a review records who, in what role and when)',
      'phase "language-1": no <note from="ldn-role"> (a review records who, in what role and when)',
    ]);
  });

  it('does not count a review of English that has changed since, and extraction voids it', () => {
    const doc = reviewed({ clinical: ['a'] });
    const units = transUnits(doc);
    const english = new Map([
      ['a', transUnits(file(`<trans-unit id="a"><source>Go back</source></trans-unit>`))[0].source],
      ['b', units[1].source],
    ]);
    const result = checkLocale({ units, english, phases: reviewPhases(doc) });
    assert.deepEqual([result.stale, result.languageReviewed, result.clinicallySignedOff], [['a'], 1, 0]);
    voidSignOff(units[0]);
    assert.deepEqual(unitReviews(units[0], reviewPhases(doc)), {
      language: null,
      clinical: null,
      problems: ['state="final" without a phase-name: who reviewed it?'],
    });
  });

  it('is checked by the schema too: a phase-name must name a phase of the header', () => {
    const doc = reviewed({ clinical: ['a'] });
    transUnits(doc)[0].element.setAttribute('phase-name', 'clinical-9');
    assert.notDeepEqual(lint(doc), []);
  });
});

describe('locked instrument text', () => {
  const instrument = () => ({ instruments: { SURE: { source: 'S13', units: ['a'], locked: {} } } });
  const units = (target, citation) =>
    transUnits(
      file(
        `<trans-unit id="a"><source>Do you feel sure?</source><target state="translated">${target}</target><note from="ldn-instrument">${citation}</note></trans-unit>`,
      ),
    );

  it('records the text with its citation, and then holds it', () => {
    const record = instrument();
    assert.match(lockedProblems(units('Êtes-vous sûr ?', 'Not validated: a draft.'), 'fr', record).join(), /not locked yet/);
    lock(units('Êtes-vous sûr ?', 'Not validated: a draft.'), 'fr', record);
    assert.deepEqual(lockedProblems(units('Êtes-vous sûr ?', 'Not validated: a draft.'), 'fr', record), []);
  });

  it('refuses a changed text whose citation did not change, and takes one with a new citation once recorded', () => {
    const record = instrument();
    lock(units('Êtes-vous sûr ?', 'Not validated: a draft.'), 'fr', record);
    const edited = units('Êtes-vous certain ?', 'Not validated: a draft.');
    assert.match(lockedProblems(edited, 'fr', record).join(), /changed without a new citation/);
    assert.throws(() => lock(edited, 'fr', record), /the text changed, its citation did not/);
    const cited = units('Êtes-vous certaine ?', 'Validated: S13, Table 1.');
    assert.match(lockedProblems(cited, 'fr', record).join(), /changed with a new citation; record it/);
    lock(cited, 'fr', record);
    assert.deepEqual(lockedProblems(cited, 'fr', record), []);
  });

  it('wants every locked unit to say whether its wording is validated', () => {
    assert.match(lockedProblems(units('Êtes-vous sûr ?', 'A draft.'), 'fr', instrument()).join(), /without <note from="ldn-instrument">/);
  });
});
