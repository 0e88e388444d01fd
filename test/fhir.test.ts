/**
 * The FHIR hand-off: the Questionnaire generated from the model, the CodeSystem
 * of its answer codes, and QuestionnaireResponses made from answers. Checked
 * with outside tools where they exist: HL7's R4 JSON schema and HL7's
 * FHIRPath.js (both in Node, through scripts/test-runner/fhir-plugin.mjs). LHC-Forms
 * loads them in test/lhc-forms.test.ts; the element's own FHIR methods are in
 * test/component-fhir.test.ts. Pure: this file also runs in Node (npm run mutate).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import type * as R4 from 'fhir/r4';
import type { Coding, QuestionnaireItem, QuestionnaireResponse, QuestionnaireResponseItem } from 'fhir/r4';
import { enableWhenExpression } from '../src/export/fhir/fhirpath.js';
import { ANSWER_CODE_SYSTEM, DEFAULT_QUESTIONNAIRE_URL, QUESTIONNAIRE_VERSION } from '../src/export/fhir/canonical.js';
import { buildCodeSystem, buildQuestionnaire } from '../src/export/fhir/questionnaire.js';
import { toQuestionnaireResponse } from '../src/export/fhir/response.js';
import type { Answers } from '../src/questionnaire/answers.js';
import { allOf, answerIn, anyOf, atLeast, type Enable, holds, unanswered } from '../src/questionnaire/conditions.js';
import { pruneAnswers } from '../src/questionnaire/prune.js';
import { isEnabled, ITEMS, QUESTIONS } from '../src/questionnaire/structure.js';
import { completeAnswers, EXAMPLE_PATIENTS } from './fixtures/patients.js';
import { anyAnswers } from './support/answers.js';
import { answerSetsOnTheWalk } from './support/screens.js';

interface Validation {
  valid: boolean;
  errors: string[];
}
const validate = (resource: object) => executeServerCommand<Validation, { resource: object }>('validate-fhir', { resource });
const fhirpath = (expression: string, resource: object) =>
  executeServerCommand<{ result?: unknown[]; error?: string }, { expression: string; resource: object }>('fhirpath', { expression, resource });

async function expectValid(resource: object, name: string): Promise<void> {
  const { valid, errors } = (await validate(resource))!;
  expect(valid, `${name}:\n${errors.join('\n')}`).to.equal(true);
}

/** Every item of a Questionnaire or response, depth first (answers' nested items too). */
function allItems<T extends { item?: T[]; answer?: { item?: T[] }[] }>(items: readonly T[] = []): T[] {
  return items.flatMap((i) => [i, ...allItems(i.item), ...allItems((i.answer ?? []).flatMap((a) => a.item ?? []))]);
}

/**
 * The Questionnaire under test, built afresh before each test (buildEach), not once at load: a test then checks
 * the code as it is when the test runs, which is what mutation testing changes (npm run mutate).
 */
let questionnaire: ReturnType<typeof buildQuestionnaire>;
let itemsById: Map<string, QuestionnaireItem>;
function buildEach(): void {
  beforeEach(() => {
    questionnaire = buildQuestionnaire();
    itemsById = new Map(allItems<QuestionnaireItem>(questionnaire.item).map((i) => [i.linkId, i]));
  });
}

/** Answers as a flat response holding every answer given, whether it applies or not: what enableWhen is evaluated against. */
function rawResponse(a: Answers): QuestionnaireResponse {
  return {
    resourceType: 'QuestionnaireResponse',
    status: 'in-progress',
    item: Object.entries(a).map(([linkId, value]) => ({
      linkId,
      answer: [value].flat().map((code: string) => ({ valueCoding: { system: ANSWER_CODE_SYSTEM, code } })),
    })),
  };
}

/**
 * FHIR R4 enableWhen semantics, written here from the specification, not from
 * the model's evaluator: `=` holds when any answer has that coding, `exists`
 * compares with whether there is an answer; `enableBehavior` combines them.
 * `atLeast` items carry an SDC enableWhenExpression instead, run by FHIRPath.js.
 */
async function fhirEnabled(item: QuestionnaireItem, response: QuestionnaireResponse): Promise<boolean> {
  const expression = item.extension?.find((e) => e.url.endsWith('sdc-questionnaire-enableWhenExpression'))?.valueExpression?.expression;
  if (expression) {
    const { result, error } = (await fhirpath(expression, response))!;
    if (error) throw new Error(`${item.linkId}: ${error}`);
    return result?.[0] === true;
  }
  if (!item.enableWhen) return true;
  const results = item.enableWhen.map((w) => {
    const answers = (response.item ?? []).filter((i) => i.linkId === w.question).flatMap((i) => i.answer ?? []);
    if (w.operator === 'exists') return answers.length > 0 === w.answerBoolean;
    if (w.operator !== '=') throw new Error(`${item.linkId}: operator ${w.operator} is not used by the model`);
    return answers.some((a) => a.valueCoding?.system === w.answerCoding?.system && a.valueCoding?.code === w.answerCoding?.code);
  });
  return (item.enableBehavior ?? 'all') === 'all' ? results.every(Boolean) : results.some(Boolean);
}

/** The toggles (SDC answerOptionsToggleExpression) of a Questionnaire item: which options each names, and its FHIRPath. */
function optionToggles(item: QuestionnaireItem): { options: string[]; expression: string }[] {
  return (item.extension ?? [])
    .filter((e) => e.url.endsWith('sdc-questionnaire-answerOptionsToggleExpression'))
    .map((e) => ({
      options: e.extension!.filter((x) => x.url === 'option').map((x) => x.valueCoding!.code!),
      expression: e.extension!.find((x) => x.url === 'expression')!.valueExpression!.expression!,
    }));
}

/**
 * The options a Questionnaire item offers for a response, as an SDC renderer
 * reads them: an option named by a toggle is offered while its expression is
 * true, any other always. The toggles are run in one FHIRPath call.
 */
async function fhirOffered(item: QuestionnaireItem, response: QuestionnaireResponse): Promise<string[]> {
  const toggles = optionToggles(item);
  const all = item.answerOption!.map((o) => o.valueCoding!.code!);
  if (!toggles.length) return all;
  const { result, error } = (await fhirpath(toggles.map((t) => `iif(${t.expression}, 'y', 'n')`).join(' + '), response))!;
  if (error) throw new Error(`${item.linkId}: ${error}`);
  const on = String(result?.[0]);
  const off = new Set(toggles.flatMap((t, i) => (on[i] === 'y' ? [] : t.options)));
  return all.filter((o) => !off.has(o));
}

/** Items whose own condition, or whose offered options, differ from the model's on these answers. */
async function disagreements(a: Answers): Promise<string[]> {
  const response = rawResponse(a);
  const found: string[] = [];
  for (const { item } of ITEMS) {
    if (item.enableWhen) {
      const fhir = await fhirEnabled(itemsById.get(item.id)!, response);
      if (fhir !== holds(item.enableWhen, a)) found.push(`${item.id}: FHIR says ${fhir}, the model says ${!fhir}`);
    }
    if (item.kind !== 'group' && item.optionEnableWhen) {
      const condition = item.optionEnableWhen as (option: string) => Enable;
      const model = item.options.filter((o: string) => holds(condition(o), a));
      const fhir = await fhirOffered(itemsById.get(item.id)!, response);
      if (fhir.join() !== model.join()) found.push(`${item.id}: FHIR offers ${fhir.join()}, the model ${model.join()}`);
    }
  }
  return found;
}

/** The answer codings a Questionnaire item offers. */
const offered = (linkId: string): Coding[] => (itemsById.get(linkId)?.answerOption ?? []).map((o) => o.valueCoding!);

function expectAnswersMatchOptions(response: QuestionnaireResponse, name: string): void {
  for (const item of allItems<QuestionnaireResponseItem>(response.item)) {
    const question = itemsById.get(item.linkId);
    expect(question, `${name}: ${item.linkId} is an item of the Questionnaire`).to.exist;
    expect(item.text, `${name}: ${item.linkId} has the Questionnaire's text`).to.equal(question!.text);
    for (const answer of item.answer ?? []) {
      expect(offered(item.linkId), `${name}: ${item.linkId} answer`).to.deep.include(answer.valueCoding);
    }
    if (question!.type === 'group') expect(item.answer, `${name}: group ${item.linkId} has no answer`).to.equal(undefined);
    else expect(item.answer?.length ?? 0, `${name}: ${item.linkId} answers`).to.be.within(1, question!.repeats ? 99 : 1);
  }
}

describe('FHIR R4 Questionnaire, generated from the model', () => {
  buildEach();
  it('validates against the HL7 FHIR R4 JSON schema, and so does its CodeSystem', async () => {
    await expectValid(questionnaire, 'Questionnaire');
    await expectValid(buildCodeSystem(), 'CodeSystem');
  });

  it('the schema check is real: a Questionnaire with a wrong item type or operator fails', async () => {
    const broken = structuredClone(questionnaire);
    broken.item![0]!.type = 'radio' as never;
    expect((await validate(broken))!.errors.join()).to.contain('"radio" is not one of');
    const badOperator = structuredClone(questionnaire);
    allItems<QuestionnaireItem>(badOperator.item).find((i) => i.enableWhen)!.enableWhen![0]!.operator = '==' as never;
    expect((await validate(badOperator))!.valid).to.equal(false);
  });

  it('has what the schema does not check: url, version, status, title, unique linkIds, text on every item', () => {
    expect(questionnaire.url).to.equal(DEFAULT_QUESTIONNAIRE_URL);
    expect(questionnaire.version).to.equal(QUESTIONNAIRE_VERSION);
    expect(questionnaire.status).to.equal('active');
    expect(questionnaire.title).to.be.a('string').and.not.equal('');
    const items = allItems<QuestionnaireItem>(questionnaire.item);
    const ids = items.map((i) => i.linkId);
    expect(new Set(ids).size, 'unique linkIds').to.equal(ids.length);
    for (const i of items) expect(i.text, `${i.linkId} text`).to.be.a('string').and.not.equal('');
    expect(buildQuestionnaire({ url: 'https://clinic.example/Questionnaire/ldn' }).url).to.equal('https://clinic.example/Questionnaire/ldn');
  });

  it('its CodeSystem: the answer codes, complete, case-sensitive (as FHIR codes are), versioned with the questionnaire', () => {
    const codes = buildCodeSystem();
    expect([codes.url, codes.version, codes.status, codes.content, codes.caseSensitive]).to.deep.equal([
      ANSWER_CODE_SYSTEM,
      QUESTIONNAIRE_VERSION,
      'active',
      'complete',
      true,
    ]);
    expect(codes.concept!.map((c) => c.code)).to.include.members(['yes', 'no', 'prefer-not', 'methadone']);
  });

  it('groups the items by step, with linkIds equal to the model ids, in the model order', () => {
    const modelIds = ITEMS.map((p) => p.item.id);
    const questionnaireIds = allItems<QuestionnaireItem>(questionnaire.item)
      .filter((i) => i.type !== 'display' && !i.linkId.startsWith('page-'))
      .map((i) => i.linkId);
    expect(questionnaireIds).to.deep.equal(modelIds);
    expect(questionnaire.item!.map((i) => i.linkId)).to.deep.equal(
      ['condition', 'therapies', 'opioids', 'health', 'symptoms', 'values', 'guide'].map((s) => `page-${s}`),
    );
  });

  it('every question: choice, required as in the model, repeats for multiple choice, one coded option per model option', () => {
    for (const { item: q } of QUESTIONS) {
      if (q.kind === 'group') continue;
      const item = itemsById.get(q.id)!;
      expect(item.type, q.id).to.equal('choice');
      expect(item.required ?? false, `${q.id} required`).to.equal(q.required);
      expect(item.repeats ?? false, `${q.id} repeats`).to.equal(q.kind === 'multiple');
      expect(
        offered(q.id).map((c) => [c.system, c.code]),
        q.id,
      ).to.deep.equal(q.options.map((o) => [ANSWER_CODE_SYSTEM, o]));
      for (const c of offered(q.id)) expect(c.display, `${q.id} ${c.code}`).to.be.a('string').and.not.equal('');
    }
  });

  it("every answer option is a code of the CodeSystem, shown with the CodeSystem's own display", () => {
    const codeSystem = buildCodeSystem();
    expect(codeSystem.url).to.equal(ANSWER_CODE_SYSTEM);
    const displays = new Map(codeSystem.concept!.map((c) => [c.code, c.display]));
    expect(displays.size, 'each code once').to.equal(codeSystem.concept!.length);
    for (const item of allItems<QuestionnaireItem>(questionnaire.item)) {
      for (const { valueCoding } of item.answerOption ?? [])
        expect(valueCoding!.display, `${item.linkId} ${valueCoding!.code}`).to.equal(displays.get(valueCoding!.code!));
    }
  });

  it('every follow-up has a condition that names earlier questions and their offered codes', () => {
    const seen = new Set<string>();
    let withCondition = 0;
    for (const item of allItems<QuestionnaireItem>(questionnaire.item)) {
      for (const w of item.enableWhen ?? []) {
        expect(seen.has(w.question), `${item.linkId} depends on ${w.question}, asked before it`).to.equal(true);
        if (w.answerCoding)
          expect(offered(w.question), `${item.linkId} → ${w.question}`).to.deep.include({
            ...w.answerCoding,
            display: offered(w.question).find((c) => c.code === w.answerCoding!.code)?.display,
          });
      }
      if (item.enableWhen && item.enableWhen.length > 1) expect(item.enableBehavior, `${item.linkId} enableBehavior`).to.be.oneOf(['all', 'any']);
      if (item.enableWhen || item.extension?.some((e) => e.url.endsWith('enableWhenExpression'))) withCondition += 1;
      seen.add(item.linkId);
    }
    expect(withCondition).to.equal(ITEMS.filter((p) => p.item.enableWhen).length);
  });

  it('options offered only where they apply carry an SDC answerOptionsToggleExpression naming them', () => {
    const values = optionToggles(itemsById.get('values-a-lot')!);
    expect(values.map((t) => t.options)).to.deep.equal([['keep-opioid-pain-relief'], ['stay-on-oud-treatment']]);
    expect(values[1]!.expression).to.equal("('yes' in %resource.repeat(item).where(linkId='opioid-use-disorder-treatment').answer.value.code)");
    // One toggle per treatment (and "stopped them all", offered with any), one per symptom; no toggle for an option always offered.
    expect(optionToggles(itemsById.get('therapies-current')!).length).to.equal(itemsById.get('therapies-current')!.answerOption!.length);
    expect(optionToggles(itemsById.get('worst-symptom')!).length).to.equal(itemsById.get('worst-symptom')!.answerOption!.length);
    expect(optionToggles(itemsById.get('diagnosis')!)).to.deep.equal([]);
  });

  it('enableWhen and the offered options agree with the model on every screen of the model-based walk of the flow', async function () {
    this.timeout(60_000);
    const answerSets = answerSetsOnTheWalk();
    expect(answerSets.length, 'distinct answer sets on the walk').to.be.greaterThan(10);
    for (const a of answerSets) expect(await disagreements(a), JSON.stringify(a)).to.deep.equal([]);
  });

  it('enableWhen and the offered options agree with the model on random answers (fast-check, 200 runs)', async function () {
    this.timeout(60_000);
    for (const a of fc.sample(anyAnswers, { seed: 8, numRuns: 200 })) expect(await disagreements(a), JSON.stringify(a)).to.deep.equal([]);
  });
});

describe('FHIR R4 enableWhenExpression (conditions in FHIRPath)', () => {
  it('writes answered, unanswered and "is this answer" conditions in FHIRPath, quoting ids', () => {
    const answers = (id: string) => `%resource.repeat(item).where(linkId='${id}').answer`;
    const enable = atLeast(2, [unanswered('liver'), { question: "it's", operator: 'exists', answer: true }, ...answerIn('pregnancy', ['pregnant']).when]);
    expect(enableWhenExpression(enable)).to.equal(
      `(iif(${answers('liver')}.empty(), 1, 0) + iif(${answers("it\\'s")}.exists(), 1, 0) + iif(('pregnant' in ${answers('pregnancy')}.value.code), 1, 0)) >= 2`,
    );
  });

  it('joins "any" conditions with or, "all" with and; an empty "all" always holds, an empty "any" never', () => {
    const liver = `%resource.repeat(item).where(linkId='liver').answer.value.code`;
    expect(enableWhenExpression(answerIn('liver', ['yes', 'not-sure']))).to.equal(`('yes' in ${liver}) or ('not-sure' in ${liver})`);
    expect(enableWhenExpression(allOf(...answerIn('liver', ['yes', 'not-sure']).when))).to.equal(`('yes' in ${liver}) and ('not-sure' in ${liver})`);
    expect([enableWhenExpression(allOf()), enableWhenExpression(anyOf())]).to.deep.equal(['true', 'false']);
  });
});

describe('FHIR R4 QuestionnaireResponse', () => {
  buildEach();
  const authored = '2026-11-30T09:00:00Z';

  it('for every example patient: validates against the R4 schema, and every answer is an answer option of its item', async () => {
    for (const [name, make] of Object.entries(EXAMPLE_PATIENTS)) {
      const response = toQuestionnaireResponse(make(), { authored });
      await expectValid(response, name);
      expectAnswersMatchOptions(response, name);
      expect(response.status, name).to.equal('completed');
      expect(response.questionnaire).to.equal(`${DEFAULT_QUESTIONNAIRE_URL}|${QUESTIONNAIRE_VERSION}`);
      expect(response.authored).to.equal(authored);
    }
  });

  it('for random answers (fast-check): valid, answers match the options, and only questions that apply are included', async () => {
    const samples = fc.sample(anyAnswers, { seed: 30, numRuns: 150 });
    for (const a of samples) {
      const response = toQuestionnaireResponse(a, { authored });
      expect((await validate(response))!.errors, JSON.stringify(a)).to.deep.equal([]);
      expectAnswersMatchOptions(response, JSON.stringify(a));
      const applying = pruneAnswers(a);
      for (const item of allItems<QuestionnaireResponseItem>(response.item)) {
        const model = ITEMS.find((p) => p.item.id === item.linkId)?.item;
        if (model) expect(isEnabled(model, applying), `${item.linkId} applies`).to.equal(true);
        // An exclusive answer ("None of these") is never sent beside another.
        const codes = (item.answer ?? []).map((x) => x.valueCoding!.code!);
        if (model?.kind === 'multiple' && codes.some((c) => (model.exclusive as readonly string[]).includes(c))) expect(codes, item.linkId).to.have.length(1);
      }
    }
  });

  it('holds exactly the answers given, in questionnaire order, and nothing else', () => {
    // As the widget sends them: without answers to questions that do not apply (the example rates every value).
    const a = pruneAnswers(EXAMPLE_PATIENTS['tramadol-sometimes']());
    const response = toQuestionnaireResponse(a, { authored });
    const answered = allItems<QuestionnaireResponseItem>(response.item).filter((i) => i.answer);
    const given = Object.fromEntries(answered.map((i) => [i.linkId, i.answer!.map((x) => x.valueCoding!.code)]));
    const expected = Object.fromEntries(Object.entries(a).map(([id, v]) => [id, [v].flat()]));
    expect(given).to.deep.equal(expected);
    const order = allItems<QuestionnaireItem>(questionnaire.item).map((i) => i.linkId);
    const positions = allItems<QuestionnaireResponseItem>(response.item).map((i) => order.indexOf(i.linkId));
    expect(positions).to.deep.equal([...positions].sort((x, y) => x - y));
    // Strings are the Questionnaire's own texts and codings, the reference and the date: no free text.
    const texts = new Set([
      ...allItems<QuestionnaireItem>(questionnaire.item).flatMap((i) => [
        i.text,
        ...(i.answerOption ?? []).flatMap((o) => [o.valueCoding!.code, o.valueCoding!.display, o.valueCoding!.system]),
      ]),
    ]);
    const strings: string[] = [];
    JSON.stringify(response, (key: string, value: unknown) => {
      if (typeof value === 'string' && !['resourceType', 'linkId', 'status', 'questionnaire', 'authored', 'language'].includes(key)) strings.push(value);
      return value;
    });
    expect(strings.filter((s) => !texts.has(s))).to.deep.equal([]);
  });

  it('drops follow-ups that no longer apply, and is "in-progress" until every page is answered', () => {
    const a = completeAnswers({ 'opioid-use': 'no', 'opioid-kinds': ['tramadol'], 'opioid-pattern': 'regular' });
    const ids = allItems<QuestionnaireResponseItem>(toQuestionnaireResponse(a).item).map((i) => i.linkId);
    expect(ids).to.include('opioid-use').and.not.to.include.members(['opioid-kinds']);
    expect(ids).not.to.include('opioid-pattern');
    expect(toQuestionnaireResponse({ diagnosis: 'diagnosed' }).status).to.equal('in-progress');
    expect(toQuestionnaireResponse({}).item).to.equal(undefined);
    expect(toQuestionnaireResponse(a, { url: 'https://clinic.example/Q' }).questionnaire).to.equal(`https://clinic.example/Q|${QUESTIONNAIRE_VERSION}`);
  });

  it("the package's own FHIR types fit @types/fhir's R4 types, so code that uses that package takes the resources as they are", () => {
    // A type error here (npm run typecheck) means src/export/fhir/r4.ts has drifted from R4.
    const resources: [R4.Questionnaire, R4.CodeSystem, R4.QuestionnaireResponse] = [
      buildQuestionnaire(),
      buildCodeSystem(),
      toQuestionnaireResponse(EXAMPLE_PATIENTS['nothing-notable']()),
    ];
    expect(resources.map((r) => r.resourceType)).to.deep.equal(['Questionnaire', 'CodeSystem', 'QuestionnaireResponse']);
  });
});
