/**
 * @chunk fhir: the element loads it when a host asks (chunks/fhir-loader.ts); ldn-decision-aid/fhir bundles it too.
 *
 * The questionnaire model as a FHIR R4 Questionnaire, in the active locale:
 * one group per page, `linkId`s equal to the model's ids, answer options coded
 * in the project's code system, `required`, `repeats` for multiple choice, and
 * `enableWhen` (or an SDC `enableWhenExpression`) for every follow-up, and an
 * SDC `answerOptionsToggleExpression` for options offered only where they apply.
 * Also the CodeSystem that defines those codes.
 */
import { msg } from '@lit/localize';
import type { CodeSystem, Extension, Questionnaire, QuestionnaireItem, QuestionnaireItemEnableWhen } from './r4.js';
import { OPTION_WORDS, optionLabel } from '../../content/labels/index.js';
import { groupText, questionText } from '../../content/question-text.js';
import { stepHeading } from '../../content/step-headings.js';
import { currentLocale } from '../../i18n/localization.js';
import type { GroupId, QuestionId } from '../../questionnaire/answers.js';
import type { Enable } from '../../questionnaire/conditions.js';
import type { Item, Page, Question } from '../../questionnaire/items.js';
import type { OptionSetId } from '../../questionnaire/options.js';
import { PAGE_LIST } from '../../questionnaire/structure.js';
import type { StepOfModel } from '../../questionnaire/answers.js';
import { ANSWER_CODE_SYSTEM, QUESTIONNAIRE_VERSION, type QuestionnaireOptions, questionnaireUrl } from './canonical.js';
import { ANSWER_OPTIONS_TOGGLE_EXPRESSION, ENABLE_WHEN_EXPRESSION, enableWhenExpression } from './fhirpath.js';

const ITEM_CONTROL = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';
const OPTION_EXCLUSIVE = 'http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive';
const MAX_OCCURS = 'http://hl7.org/fhir/StructureDefinition/questionnaire-maxOccurs';

/** The FHIR `linkId` of a page's group (the questions keep their own ids). */
export const pageLinkId = (step: string): string => `page-${step}`;

const itemControl = (code: string): Extension => ({
  url: ITEM_CONTROL,
  valueCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/questionnaire-item-control', code }] },
});

export const answerCoding = (set: OptionSetId, code: string) => ({ system: ANSWER_CODE_SYSTEM, code, display: optionLabel(set, code) });

function enableWhen(enable: Enable | undefined): Partial<QuestionnaireItem> {
  if (!enable) return {};
  if (typeof enable.behavior === 'object') {
    return {
      extension: [{ url: ENABLE_WHEN_EXPRESSION, valueExpression: { language: 'text/fhirpath', expression: enableWhenExpression(enable) } }],
    };
  }
  const when = enable.when.map((c): QuestionnaireItemEnableWhen =>
    c.operator === 'exists'
      ? { question: c.question, operator: 'exists', answerBoolean: c.answer }
      : { question: c.question, operator: '=', answerCoding: { system: ANSWER_CODE_SYSTEM, code: c.answer } },
  );
  // Stryker disable next-line ConditionalExpression,EqualityOperator: with one condition, "all" and "any" mean the same (R4 asks for enableBehavior only with more than one)
  return { enableWhen: when, ...(when.length > 1 && { enableBehavior: enable.behavior }) };
}

/**
 * Options offered only while a condition holds (the treatments ticked, the
 * symptoms rated, the values that apply): one toggle per condition, naming its
 * options. Options in none are always offered.
 */
function optionToggles(q: Question): Extension[] {
  if (!q.optionEnableWhen) return [];
  const condition = q.optionEnableWhen as (option: string) => Enable;
  const byExpression = new Map<string, string[]>();
  for (const o of q.options) {
    const enable = condition(o);
    if (!enable.when.length) continue;
    const expression = enableWhenExpression(enable);
    byExpression.set(expression, [...(byExpression.get(expression) ?? []), o]);
  }
  return [...byExpression].map(([expression, options]) => ({
    url: ANSWER_OPTIONS_TOGGLE_EXPRESSION,
    extension: [
      ...options.map((o) => ({ url: 'option', valueCoding: answerCoding(q.optionSet, o) })),
      { url: 'expression', valueExpression: { language: 'text/fhirpath', expression } },
    ],
  }));
}

/** Hints and help shown with a question, as display items (they never appear in a response). */
function helpItems(q: Question): QuestionnaireItem[] {
  const text = questionText(q.id as QuestionId);
  const items: QuestionnaireItem[] = [];
  // Shown with the question, as in the widget: some hints matter for safety (the opioid hint).
  if (text.hint) items.push({ linkId: `${q.id}.hint`, type: 'display', text: text.hint() });
  if (text.details) {
    const help = [text.details.summary(), ...text.details.paragraphs.map((p) => p()).filter(Boolean)].join(' ');
    items.push({ linkId: `${q.id}.help`, type: 'display', text: help, extension: [itemControl('help')] });
  }
  return items;
}

function questionItem(q: Question): QuestionnaireItem {
  const condition = enableWhen(q.enableWhen);
  // Stryker disable next-line ArrayDeclaration: a single choice has no exclusive answer, and a list that names none of its options changes nothing
  const exclusive = q.kind === 'multiple' ? q.exclusive : [];
  const help = helpItems(q);
  return {
    linkId: q.id,
    type: 'choice',
    text: questionText(q.id as QuestionId).legend(),
    ...(q.required && { required: true }),
    ...(q.kind === 'multiple' && { repeats: true }),
    ...condition,
    extension: [
      ...(condition.extension ?? []),
      itemControl(q.kind === 'multiple' ? 'check-box' : 'radio-button'),
      // Stryker disable next-line ConditionalExpression: only a multiple choice has a max; the kind test narrows for TypeScript
      ...(q.kind === 'multiple' && q.max ? [{ url: MAX_OCCURS, valueInteger: q.max }] : []),
      ...optionToggles(q),
    ],
    answerOption: q.options.map((o) => ({
      valueCoding: answerCoding(q.optionSet, o),
      ...(exclusive.includes(o) && { extension: [{ url: OPTION_EXCLUSIVE, valueBoolean: true }] }),
    })),
    ...(help.length && { item: help }),
  };
}

function toItem(item: Item): QuestionnaireItem {
  if (item.kind !== 'group') return questionItem(item);
  const text = groupText(item.id as GroupId);
  return {
    linkId: item.id,
    type: 'group',
    text: text.legend(),
    ...enableWhen(item.enableWhen),
    item: (item.items as readonly Item[]).map(toItem),
  };
}

const pageItem = (page: Page<StepOfModel>): QuestionnaireItem => ({
  linkId: pageLinkId(page.step),
  type: 'group',
  text: stepHeading(page.step),
  item: page.items.map(toItem),
});

/** The FHIR R4 Questionnaire, with every text in the active locale. */
export function buildQuestionnaire(options: QuestionnaireOptions = {}): Questionnaire {
  return {
    resourceType: 'Questionnaire',
    id: 'ldn-pots',
    url: questionnaireUrl(options),
    version: QUESTIONNAIRE_VERSION,
    name: 'LdnPotsDecisionAid',
    title: stepHeading('intro'),
    status: 'active',
    language: currentLocale(),
    subjectType: ['Patient'],
    description: msg(
      'Questions a patient with POTS answers before a visit to talk about low-dose naltrexone (LDN): treatments tried, opioid medicines, other health factors, symptoms and what matters to them. It informs a conversation. It does not diagnose or prescribe.',
      { id: 'fhir.questionnaire.description', desc: 'Description of the FHIR Questionnaire, read by clinic staff in their record system.' },
    ),
    item: PAGE_LIST.map(pageItem),
  };
}

/** The code system the answer options are coded in: every option id once, with the words the questions show for it. */
export function buildCodeSystem(): CodeSystem {
  const concepts = new Map<string, string>();
  for (const set of Object.keys(OPTION_WORDS) as OptionSetId[]) {
    for (const code of Object.keys(OPTION_WORDS[set])) {
      const display = optionLabel(set, code);
      // An id means one thing wherever it is offered (questionnaire/options.ts), so it has one display.
      // Stryker disable next-line ConditionalExpression: a guard the model never trips (test/questionnaire.test.ts builds the code system)
      if (concepts.has(code) && concepts.get(code) !== display)
        // Stryker disable next-line StringLiteral: the message of a guard the model never trips (the test builds the code system)
        throw new Error(`Answer code "${code}" is shown as "${concepts.get(code)}" and as "${display}"`);
      concepts.set(code, display);
    }
  }
  return {
    resourceType: 'CodeSystem',
    id: 'ldn-pots-answers',
    url: ANSWER_CODE_SYSTEM,
    version: QUESTIONNAIRE_VERSION,
    name: 'LdnPotsAnswers',
    title: msg('Answer codes of the LDN decision aid for POTS', { id: 'fhir.code-system.title', desc: 'Title of the FHIR CodeSystem of answer codes.' }),
    status: 'active',
    content: 'complete',
    caseSensitive: true,
    description: msg('Each code is an answer option of the questionnaire. A question shows it with its own wording.', {
      id: 'fhir.code-system.description',
      desc: 'Description of the FHIR CodeSystem of answer codes.',
    }),
    concept: [...concepts].map(([code, display]) => ({ code, display })),
  };
}
