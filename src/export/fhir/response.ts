/**
 * @chunk fhir: the element loads it when a host asks (chunks/fhir-loader.ts); ldn-decision-aid/fhir bundles it too.
 *
 * The patient's answers as a FHIR R4 QuestionnaireResponse for the
 * Questionnaire in `questionnaire.ts`: the same groups and linkIds, in
 * questionnaire order, holding only questions that apply and were answered,
 * each answer coded exactly as the Questionnaire's option. Nothing else: no
 * text the patient did not choose, no data that is not in the answers.
 */
import type { QuestionnaireResponse, QuestionnaireResponseItem } from './r4.js';
import { groupText, questionText } from '../../content/question-text.js';
import { stepHeading } from '../../content/step-headings.js';
import { currentLocale } from '../../i18n/localization.js';
import type { Answers, GroupId, QuestionId } from '../../questionnaire/answers.js';
import type { AnswerMap } from '../../questionnaire/conditions.js';
import type { Item } from '../../questionnaire/items.js';
import { pruneAnswers } from '../../questionnaire/prune.js';
import { isEnabled, PAGE_LIST } from '../../questionnaire/structure.js';
import { isPageComplete } from '../../questionnaire/validate.js';
import { type QuestionnaireOptions, questionnaireReference } from './canonical.js';
import { answerCoding, pageLinkId } from './questionnaire.js';

export interface ResponseOptions extends QuestionnaireOptions {
  /** Defaults to `completed` when every question page is complete, else `in-progress`. */
  status?: 'in-progress' | 'completed';
  /** When the answers were given, as an ISO 8601 date-time; defaults to now. */
  authored?: string;
}

function responseItem(item: Item, a: Answers): QuestionnaireResponseItem[] {
  // Stryker disable next-line ConditionalExpression: pruneAnswers has already dropped the answers to items that do not apply; this keeps the walk from reading them
  if (!isEnabled(item, a)) return [];
  if (item.kind === 'group') {
    const children = (item.items as readonly Item[]).flatMap((child) => responseItem(child, a));
    return children.length ? [{ linkId: item.id, text: groupText(item.id as GroupId).legend(), item: children }] : [];
  }
  const value = (a as AnswerMap)[item.id];
  if (value === undefined) return [];
  const codes = typeof value === 'string' ? [value] : value;
  // Stryker disable next-line ArrayDeclaration,ConditionalExpression: pruneAnswers drops empty lists first (test/answers-validation.test.ts), so this is a second guard
  if (!codes.length) return [];
  return [
    {
      linkId: item.id,
      text: questionText(item.id as QuestionId).legend(),
      answer: codes.map((code) => ({ valueCoding: answerCoding(item.optionSet, code) })),
    },
  ];
}

/** The answers as a QuestionnaireResponse, in the active locale: the questions that apply and were answered, with coded answers. */
export function toQuestionnaireResponse(answers: Answers, options: ResponseOptions = {}): QuestionnaireResponse {
  const a = pruneAnswers(answers);
  const complete = PAGE_LIST.every((p) => isPageComplete(p.step, a));
  const item = PAGE_LIST.flatMap((page): QuestionnaireResponseItem[] => {
    const children = page.items.flatMap((i) => responseItem(i, a));
    return children.length ? [{ linkId: pageLinkId(page.step), text: stepHeading(page.step), item: children }] : [];
  });
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: questionnaireReference(options),
    status: options.status ?? (complete ? 'completed' : 'in-progress'),
    authored: options.authored ?? new Date().toISOString(),
    language: currentLocale(),
    ...(item.length && { item }),
  };
}
