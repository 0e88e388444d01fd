/**
 * What the FHIR Questionnaire tells a form renderer and a clinic's system
 * beyond its structure: how each question is shown (radio buttons or check
 * boxes, in HL7's item-control codes), the hint and help shown with it (the
 * opioid hint matters for safety), which answers clear the others, and ids
 * quoted safely in FHIRPath. Written from mutants that `npm run mutate` found
 * alive in src/export (issue 21). Pure: this file also runs in Node.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { GuideDocument } from '../src/content/guide/blocks.js';
import { guideDocument } from '../src/content/guide/document.js';
import { questionText } from '../src/content/question-text.js';
import { enableWhenExpression } from '../src/export/fhir/fhirpath.js';
import { guideToText } from '../src/export/text.js';
import { buildGuide } from '../src/guide/build-guide.js';
import { buildCodeSystem, buildQuestionnaire } from '../src/export/fhir/questionnaire.js';
import { toQuestionnaireResponse } from '../src/export/fhir/response.js';
import type { QuestionnaireItem } from '../src/export/fhir/r4.js';
import type { QuestionId } from '../src/questionnaire/answers.js';
import { allOf, answerIn, unanswered } from '../src/questionnaire/conditions.js';
import { QUESTIONS } from '../src/questionnaire/structure.js';
import { EXAMPLE_PATIENTS } from './fixtures/patients.js';

const ITEM_CONTROL_CODES = 'http://hl7.org/fhir/questionnaire-item-control';

const allItems = (items: readonly QuestionnaireItem[] = []): QuestionnaireItem[] => items.flatMap((i) => [i, ...allItems(i.item)]);
const itemsById = () => new Map(allItems(buildQuestionnaire().item).map((i) => [i.linkId, i]));

/** The item-control codings of an item (how a renderer shows it). */
const controls = (item: QuestionnaireItem) =>
  (item.extension ?? [])
    .filter((e) => e.url === 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl')
    .flatMap((e) => e.valueCodeableConcept!.coding!);

const modelQuestions = () => QUESTIONS.map(({ item }) => item).filter((q) => q.kind !== 'group');

describe('FHIR Questionnaire: what a form renderer shows with each question', () => {
  it("each question is radio buttons or check boxes, as in the widget, in HL7's item-control codes", () => {
    const items = itemsById();
    for (const q of modelQuestions()) {
      expect(controls(items.get(q.id)!), q.id).to.deep.equal([{ system: ITEM_CONTROL_CODES, code: q.kind === 'multiple' ? 'check-box' : 'radio-button' }]);
    }
  });

  it('the hint the widget shows with a question is shown with it (the opioid hint names codeine and tramadol)', () => {
    const items = itemsById();
    let hints = 0;
    for (const q of modelQuestions()) {
      const hint = questionText(q.id as QuestionId).hint?.();
      const shown = items.get(q.id)!.item?.filter((i) => i.linkId === `${q.id}.hint`) ?? [];
      expect(shown, q.id).to.deep.equal(hint ? [{ linkId: `${q.id}.hint`, type: 'display', text: hint }] : []);
      if (hint) hints += 1;
    }
    expect(hints, 'questions with a hint').to.be.greaterThan(5);
    const opioidHint = itemsById().get('opioid-use.hint')!.text!;
    expect(opioidHint).to.include('codeine').and.include('tramadol');
  });

  it('"Which medicines are opioids?" is help under the opioid question: its title and every paragraph, single spaced', () => {
    const help = itemsById().get('opioid-use.help')!;
    expect(help.type).to.equal('display');
    expect(controls(help)).to.deep.equal([{ system: ITEM_CONTROL_CODES, code: 'help' }]);
    const details = questionText('opioid-use').details!;
    expect(help.text!.startsWith(`${details.summary()} `), help.text).to.equal(true);
    for (const paragraph of details.paragraphs.map((p) => p()).filter(Boolean)) expect(help.text).to.include(paragraph);
    expect(help.text, 'no doubled or trailing space where a paragraph is empty (English has no local opioid names)').not.to.match(/\s\s|\s$/);
    // Only questions with help have a help item.
    expect([...itemsById().keys()].filter((id) => id.endsWith('.help'))).to.deep.equal(['opioid-use.help']);
  });

  it('the answers that clear the others ("None of these", "Not sure", "Prefer not to say") carry optionExclusive, and only they do', () => {
    const items = itemsById();
    let exclusiveQuestions = 0;
    for (const q of modelQuestions()) {
      const exclusive = (items.get(q.id)!.answerOption ?? [])
        .filter((o) => o.extension?.some((e) => e.url.endsWith('questionnaire-optionExclusive') && e.valueBoolean === true))
        .map((o) => o.valueCoding!.code);
      expect(exclusive, q.id).to.deep.equal(q.kind === 'multiple' ? q.exclusive : []);
      if (exclusive.length) exclusiveQuestions += 1;
    }
    expect(exclusiveQuestions).to.be.greaterThan(2);
    expect(items.get('conditions')!.answerOption!.find((o) => o.valueCoding!.code === 'none-of-these')!.extension).to.have.length(1);
  });
});

/** Paths of the empty arrays in a JSON value: FHIR's JSON format allows none (an element is left out instead). */
const emptyArrays = (value: unknown, path = ''): string[] =>
  Array.isArray(value)
    ? value.length
      ? value.flatMap((v, i) => emptyArrays(v, `${path}[${i}]`))
      : [path]
    : typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([k, v]) => emptyArrays(v, `${path}.${k}`))
      : [];

describe('the text export reads as lines', () => {
  // Made in each test, not when the file loads, so that mutation testing sees the code it changed.
  const doc = () => guideDocument(buildGuide(EXAMPLE_PATIENTS['tramadol-sometimes']()), 'en');
  const blocks = () => doc().sections.flatMap((s) => s.blocks);
  const lines = () => guideToText(doc()).split('\n');

  it('each option of the comparison starts its own paragraph, its fields on lines under it', () => {
    const options = blocks().find((b) => b.type === 'options')!;
    const text = lines();
    expect(options.options.length).to.be.greaterThan(1);
    for (const { name } of options.options) {
      const at = text.indexOf(`* ${name}`);
      expect(at, name).to.be.greaterThan(0);
      expect(text[at - 1], `a blank line before ${name}`).to.equal('');
      expect(text[at + 1], `${name}: its first field`).to.match(new RegExp(`^  ${options.fields[0]!.label}: `));
    }
  });

  it('a safety flag reads as on screen: its title, then "Raise this:" and "Why:" when it has both parts', () => {
    const flags = blocks().filter((b) => b.type === 'flag');
    const text = lines();
    expect(flags.some((f) => f.raise)).to.equal(true);
    for (const flag of flags) {
      const at = text.indexOf(`! ${flag.title}`);
      expect(at, flag.title).to.be.greaterThan(0);
      if (flag.raise) {
        expect(text[at + 1]).to.equal(`  Raise this: ${flag.raise}`);
        expect(text[at + 2]).to.match(new RegExp(`^  Why: ${flag.why.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      } else expect(text[at + 1]).to.match(/^ {2}\S/);
    }
  });

  it('each symptom of the chart is a line of its own ("- Fatigue: Severe")', () => {
    const chart = blocks().find((b) => b.type === 'symptom-chart')!;
    expect(chart.rows.length).to.be.greaterThan(1);
    const text = lines();
    for (const row of chart.rows) expect(text, row.text).to.include(`- ${row.text}`);
  });
});

describe('the text export of the SURE test and the reference list', () => {
  const textOf = (blocks: GuideDocument['sections'][number]['blocks']): string =>
    guideToText({ title: 'Guide', sources: [], sections: [{ id: 'about', heading: 'Sources', blocks }] }).replace('Guide\n=====\n\nSources\n-------\n\n', '');

  it('each SURE question on its own line, with the answer, or a dash while it is unanswered; then the result', () => {
    const text = textOf([
      {
        type: 'sure',
        title: 'The SURE test',
        items: [
          { id: 'sure', question: 'Do you feel sure?', answer: 'yes' },
          { id: 'understand', question: 'Do you know the benefits?' },
        ],
        status: 'needs-support',
        statusText: 'Talk it through.',
        sources: ['S14'],
      },
    ]);
    expect(text).to.equal('The SURE test\n- Do you feel sure? Yes\n- Do you know the benefits? —\nTalk it through. [Sources: S14]\n');
  });

  it('each source on its own line: its number and citation, then its note where it has one', () => {
    const text = textOf([
      {
        type: 'sources',
        items: [
          { id: 'S0', citation: 'The article.', note: 'Source article for this guide.' },
          { id: 'S1', citation: 'The trial.' },
        ],
      },
    ]);
    expect(text).to.equal('S0. The article. Source article for this guide.\nS1. The trial.\n');
  });
});

describe('FHIR resources as JSON', () => {
  it('have no empty arrays, which FHIR JSON forbids: a question without hint or help has no item list at all', () => {
    expect(emptyArrays(buildQuestionnaire())).to.deep.equal([]);
    expect(emptyArrays(buildCodeSystem())).to.deep.equal([]);
    for (const [name, make] of Object.entries(EXAMPLE_PATIENTS)) expect(emptyArrays(toQuestionnaireResponse(make())), name).to.deep.equal([]);
    expect(emptyArrays(toQuestionnaireResponse({})), 'nothing answered').to.deep.equal([]);
  });
});

describe('FHIR Questionnaire: limits on how many answers', () => {
  it('"Which bother you most?" takes at most 2 answers there too (maxOccurs), and no other question has a limit', () => {
    const items = itemsById();
    const limits = (id: string) =>
      (items.get(id)!.extension ?? []).filter((e) => e.url === 'http://hl7.org/fhir/StructureDefinition/questionnaire-maxOccurs').map((e) => e.valueInteger);
    expect(limits('worst-symptom')).to.deep.equal([2]);
    for (const q of modelQuestions()) expect(limits(q.id), q.id).to.deep.equal(q.kind === 'multiple' && q.max ? [q.max] : []);
  });
});

describe('FHIRPath conditions: ids are quoted so that any id finds its answers (FHIRPath.js)', () => {
  const id = String.raw`a\b'c`;
  const response = {
    resourceType: 'QuestionnaireResponse',
    status: 'in-progress',
    item: [{ linkId: id, answer: [{ valueCoding: { code: 'yes' } }] }],
  };
  const run = async (expression: string) =>
    (await executeServerCommand<{ result?: unknown[]; error?: string }, { expression: string; resource: object }>('fhirpath', {
      expression,
      resource: response,
    }))!;

  it('an id with a backslash and a quote: answered, not unanswered, "yes" and not "no"', async () => {
    const cases: [string, boolean][] = [
      [enableWhenExpression(answerIn(id, ['yes'])), true],
      [enableWhenExpression(answerIn(id, ['no'])), false],
      [enableWhenExpression(allOf(unanswered(id))), false],
      [enableWhenExpression(allOf({ question: id, operator: 'exists', answer: true })), true],
    ];
    for (const [expression, expected] of cases) expect(await run(expression), expression).to.deep.equal({ result: [expected] });
  });
});
