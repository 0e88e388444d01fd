/**
 * The questionnaire model itself: every id unique, every condition pointing
 * back to an earlier question on its page, every question, group and option
 * worded, every required question with an error message, each answer id with
 * one meaning, and a version bump whenever the questions change.
 */
import { expect } from '@open-wc/testing';
import { optionLabel } from '../src/content/labels/index.js';
import { errorText, groupText, questionText } from '../src/content/question-text.js';
import { buildCodeSystem } from '../src/export/fhir/questionnaire.js';
import type { Answers, GroupId, QuestionId, StepOfModel } from '../src/questionnaire/answers.js';
import { allOf, anyOf, answerIn } from '../src/questionnaire/conditions.js';
import type { Item } from '../src/questionnaire/items.js';
import { hasAnyAnswer } from '../src/questionnaire/predicates.js';
import { hasValidAnswer, isSharedFollowUp, ITEMS, opensFollowUp, PAGE_LIST, pageOf, placed, question, questionsOn } from '../src/questionnaire/structure.js';
import { offersNew, readsAnswersOn } from '../src/questionnaire/newly-offered.js';
import { VERSION } from '../src/version.js';

/**
 * What the questions are, without their wording: changing any of it changes
 * what a QuestionnaireResponse means. When this test fails, bump the version
 * (package.json and src/version.ts) and record the new fingerprint here.
 */
const RECORDED = { version: '0.5.0', fingerprint: 'b118132a' };

function fingerprint(): string {
  const shape = ITEMS.map(({ item, step }) => [
    step,
    item.id,
    item.kind,
    item.kind === 'group' ? item.presentation : [item.required, item.options, item.kind === 'multiple' ? item.exclusive : []],
    item.enableWhen ?? null,
  ]);
  // FNV-1a, 32 bits: enough to notice a change.
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(shape)) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

describe('questionnaire model', () => {
  it('every item id is unique', () => {
    const ids = ITEMS.map((p) => p.item.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('every condition names an earlier question, and one of its answer ids', () => {
    // An earlier page may open a question too (a value asked only with opioid use); it is never shown under that page's answer.
    const asked = new Map<string, readonly string[]>();
    for (const { item } of ITEMS) {
      for (const c of item.enableWhen?.when ?? []) {
        expect(asked.has(c.question), `${item.id} depends on ${c.question}`).to.equal(true);
        if (c.operator === '=') expect(asked.get(c.question), `${item.id}: ${c.question} = ${c.answer}`).to.include(c.answer);
      }
      if (item.kind !== 'group') asked.set(item.id, item.options);
    }
  });

  it('every question, group and answer is worded, and every required question has an error message', () => {
    for (const { item } of ITEMS) {
      if (item.kind === 'group') {
        expect(groupText(item.id as GroupId).legend(), item.id)
          .to.be.a('string')
          .and.not.equal('');
        continue;
      }
      const text = questionText(item.id as QuestionId);
      expect(text.legend(), `${item.id} legend`).to.be.a('string').and.not.equal('');
      expect(text.short(), `${item.id} short label`).to.be.a('string').and.not.equal('');
      if (item.required) expect(errorText(item.id as QuestionId), `${item.id} error`).to.match(/^Select /);
      for (const option of item.options) expect(optionLabel(item.optionSet, option), `${item.id}: ${option}`).not.to.equal(option);
    }
  });

  it('an answer id means one thing wherever it is offered: one display in the code system', () => {
    expect(() => buildCodeSystem()).not.to.throw();
  });

  it(`the questions are those of version ${RECORDED.version} (bump the version when they change)`, () => {
    const now = fingerprint();
    if (VERSION === RECORDED.version) {
      expect(now, 'The questions changed: bump the version in package.json and src/version.ts, then record the new fingerprint in this test.').to.equal(
        RECORDED.fingerprint,
      );
    } else {
      expect.fail(`Version ${VERSION}: record { version: '${VERSION}', fingerprint: '${now}' } in this test.`);
    }
  });
});

describe('questionnaire rules the pages read', () => {
  const opens = (q: QuestionId, followUp: QuestionId) => question(q).options.filter((o) => opensFollowUp(question(q), o, question(followUp)));

  it('which answer opens a follow-up under it: choices and ticks alike; an item with no condition, any', () => {
    expect(opens('opioid-use', 'opioid-kinds')).to.deep.equal(['yes', 'not-sure']);
    expect(opens('naltrexone-before', 'naltrexone-helps')).to.deep.equal(['yes']);
    expect(opens('opioid-kinds', 'opioid-use-disorder-treatment')).to.deep.equal([
      'morphine-hydromorphone',
      'buprenorphine',
      'methadone',
      'other',
      'not-sure-which',
    ]);
    expect(opensFollowUp(question('opioid-use'), 'no', question('diagnosis'))).to.equal(true);
  });

  it('a follow-up that more than one tick opens is shown once, after the list; one a single choice opens, under it', () => {
    expect(isSharedFollowUp(question('opioid-kinds'), question('opioid-use-disorder-treatment'))).to.equal(true);
    expect(isSharedFollowUp(question('therapies'), question('therapies-current'))).to.equal(true);
    expect(isSharedFollowUp(question('opioid-use'), question('opioid-kinds'))).to.equal(false);
    expect(isSharedFollowUp(question('naltrexone-before'), question('naltrexone-helps'))).to.equal(false);
    // A follow-up that one tick alone opens stays under that tick (none in the model today).
    const underOneTick = { id: 'midodrine-timing', kind: 'choice', options: [], enableWhen: answerIn('therapies', ['midodrine']) } as unknown as Item;
    expect(isSharedFollowUp(question('therapies'), underOneTick)).to.equal(false);
  });

  it('"anything answered" (a blank first page may clear the save): nothing is no answer, one answer is', () => {
    expect(hasAnyAnswer({})).to.equal(false);
    expect(hasAnyAnswer({ 'opioid-use': 'no' })).to.equal(true);
  });

  it('anyOf joins only conditions that hold when any part does', () => {
    const both = allOf(...answerIn('liver', ['yes']).when, ...answerIn('pregnancy', ['pregnant']).when);
    expect(() => anyOf(both)).to.throw(/anyOf joins only/);
    expect(anyOf(answerIn('liver', ['yes']), allOf(...answerIn('pregnancy', ['pregnant']).when)).when).to.have.length(2);
  });

  it('a page by its step; a step with no questions has none; an unknown id is named in the error', () => {
    expect(pageOf('opioids').step).to.equal('opioids');
    expect(questionsOn('opioids').map((q) => q.id)).to.include('opioid-use');
    expect(questionsOn('review' as StepOfModel)).to.deep.equal([]);
    expect(() => placed('no-such-question' as QuestionId)).to.throw('No question or group "no-such-question" in the questionnaire');
  });

  it('a single word where a list of ticks belongs (a tampered save) is no valid answer', () => {
    expect(hasValidAnswer(question('therapies'), { therapies: 'midodrine' } as unknown as Answers)).to.equal(false);
    expect(hasValidAnswer(question('therapies'), { therapies: ['midodrine'] })).to.equal(true);
  });
});

describe('what a change on one page can newly offer on another', () => {
  it('the values page reads answers given on the opioids page, and no page reads another otherwise', () => {
    const pages = PAGE_LIST.map((p) => p.step);
    const pairs = pages.flatMap((page) => pages.filter((earlier) => readsAnswersOn(page, earlier)).map((earlier) => `${page} <- ${earlier}`));
    expect(pairs).to.deep.equal(['values <- opioids']);
  });

  it('offers something new only when a question or an option appears, never when one goes', () => {
    const none = { 'opioid-use': 'no', 'planned-procedure': 'no' } as const;
    const opioids = { 'opioid-use': 'yes', 'opioid-kinds': ['tramadol'], 'opioid-pattern': 'occasional', 'planned-procedure': 'no' } as const;
    expect(offersNew('values', none, opioids), 'keeping opioid pain relief appears').to.equal(true);
    expect(offersNew('values', opioids, none), 'it goes').to.equal(false);
    expect(offersNew('values', opioids, { ...opioids, 'opioid-kinds': ['codeine'] }), 'the same offer').to.equal(false);
    expect(offersNew('opioids', { 'opioid-use': 'no' }, { 'opioid-use': 'yes' }), 'a follow-up appears').to.equal(true);
  });
});
