/**
 * The rules on the words of a translation (text-rules.mjs), on planted cases,
 * and the project's own glossary on its own files: a violation planted in the
 * real French must be caught. Run with `npm run test:i18n-tools`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { checkLocale } from './check-locale.mjs';
import { LOCALES_DIR, readJson } from './localizer.mjs';
import { reviewPhases } from './sign-off.mjs';
import { arabicPunctuationProblems, frenchSpacingProblems, glossaryFor, glossaryProblems, numberProblems, numbersIn, textWithTokens } from './text-rules.mjs';
import { parseXliff, transUnits } from './xliff.mjs';

const GLOSSARY = readJson('glossary.json');
const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('numbers', () => {
  it('finds the same numbers written the way each language writes them', () => {
    assert.deepEqual(numbersIn('80 adults for 16 weeks; about 1,200 words'), ['1200', '16', '80']);
    assert.deepEqual(numbersIn(`80 adultes pendant 16 semaines ; environ 1${NNBSP}200 mots`), ['1200', '16', '80']);
    assert.deepEqual(numbersIn('٨٠ بالغًا لمدة ١٦ أسبوعًا'), ['16', '80']);
    assert.deepEqual(numbersIn('Part {0} of {1}'), [], 'placeholders are not numbers');
  });

  it('reports a number changed, dropped or added', () => {
    assert.deepEqual(numberProblems('80 adults for 16 weeks', '80 adultes pendant 16 semaines'), []);
    assert.match(numberProblems('80 adults for 16 weeks', '80 adultes pendant 6 semaines').join(), /expected 16 80, found 6 80/);
    assert.match(numberProblems('for 16 weeks', 'pendant quelques semaines').join(), /found none/);
    assert.match(numberProblems('for some weeks', 'pendant 2 semaines').join(), /expected none, found 2/);
  });

  it('counts a number word of the glossary (the Arabic dual) as the number, or as nothing when the English spells it out', () => {
    const { numberWords } = glossaryFor(GLOSSARY, 'ar');
    assert.deepEqual(numberProblems('in the last 2 weeks', 'في آخر أسبوعين', numberWords), []);
    assert.deepEqual(numberProblems('in the last two weeks', 'في آخر أسبوعين', numberWords), []);
    assert.notDeepEqual(numberProblems('in the last 3 weeks', 'في آخر أسبوعين', numberWords), []);
  });
});

describe('French spacing', () => {
  it('wants a non-breaking space before ; : ? ! and inside « »', () => {
    assert.deepEqual(frenchSpacingProblems(`Êtes-vous prêt${NNBSP}? Oui${NBSP}: «${NBSP}non${NBSP}»${NNBSP}!`), []);
    for (const bad of ['Êtes-vous prêt ?', 'Êtes-vous prêt?', 'Oui : non', `«non${NBSP}»`, 'Stop !', 'a ; b'])
      assert.equal(frenchSpacingProblems(bad).length, 1, bad);
  });

  it('leaves a time alone', () => {
    assert.deepEqual(frenchSpacingProblems('à 10:30'), []);
  });
});

describe('Arabic punctuation', () => {
  it('wants the Arabic comma, semicolon and question mark', () => {
    assert.deepEqual(arabicPunctuationProblems('هل تتناول دواءً، أو مكملًا؟ نعم؛ لا'), []);
    assert.match(arabicPunctuationProblems('هل تتناول دواءً, أو مكملًا?').join(), /"," \(use "،"\), "\?" \(use "؟"\)/);
    assert.deepEqual(arabicPunctuationProblems('1,200'), [], 'a comma between digits is a number');
  });
});

describe('glossary', () => {
  const french = glossaryFor(GLOSSARY, 'fr');

  it("wants the language's term wherever the English term appears, and never a banned word", () => {
    assert.deepEqual(glossaryProblems('Talk with your clinician.', 'Parlez-en avec votre médecin.', french), []);
    assert.match(glossaryProblems('Talk with your clinician.', 'Parlez-en avec votre docteur.', french).join(), /"clinician" is "médecin"/);
    assert.match(glossaryProblems('Any decision.', 'Voyez votre soignant.', french).join(), /"soignant" is banned/);
    assert.deepEqual(
      glossaryProblems('Plan pain relief with the care team.', 'Avec l’équipe soignante.', french),
      [],
      'soignante, of a team, is not the banned noun',
    );
  });

  it('holds one convention for all of Spanish', () => {
    const spanish = glossaryFor(GLOSSARY, 'es');
    assert.match(glossaryProblems('Ask your clinician.', 'Pregunte a su profesional sanitario.', spanish).join(), /sanitario" is banned/);
    assert.match(glossaryProblems('The cost varies.', 'El coste varía.', spanish).join(), /"coste" is banned/);
    assert.match(glossaryProblems('Answer “no”.', 'Responda «no».', spanish).join(), /"«" is banned/);
  });

  it('is kept by every shipped translation, and a violation planted in the real French is caught', () => {
    const text = readFileSync(`${LOCALES_DIR}fr.xlf`, 'utf8');
    const check = (xml) => {
      const doc = parseXliff(xml);
      const units = transUnits(doc);
      const english = new Map(units.map((unit) => [unit.id, unit.source]));
      return checkLocale({ units, english, phases: reviewPhases(doc), language: 'fr', glossary: french }).problems;
    };
    assert.deepEqual(check(text), []);
    const planted = text.replace(/(<trans-unit id="qr.toggle">[\s\S]*?<target[^>]*>)[^<]*/, '$1Afficher un code pour votre soignant');
    assert.notEqual(planted, text);
    assert.deepEqual(check(planted), [
      'qr.toggle: glossary: "clinician" is "médecin" here',
      'qr.toggle: glossary: "soignant" is banned: in France it suggests nursing or care staff; the clinician who decides and prescribes is the médecin',
    ]);
  });
});

describe('text with placeholders', () => {
  it('reads a placeholder as a token, never as words or numbers', () => {
    const [unit] = transUnits(
      parseXliff(`<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file><body>
<trans-unit id="p"><source>Part <x id="0" equiv-text="\${number}"/> of <x id="1" equiv-text="\${total}"/></source></trans-unit></body></file></xliff>`),
    );
    assert.equal(textWithTokens(unit.source), 'Part {0} of {1}');
  });
});
