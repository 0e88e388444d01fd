// A clinic's server (Node, no DOM): checks answers it receives and makes the QuestionnaireResponse.
// Type-checked and compiled by tsconfig.server.json (lib ES2022, no DOM), then run with Node by scripts/package/check-package.mjs.
import { questionnaire, readAnswers, toQuestionnaireResponse, type Answers, type QuestionnaireResponse } from 'ldn-decision-aid/fhir';
import published from 'ldn-decision-aid/questionnaire.json' with { type: 'json' };
import codeSystem from 'ldn-decision-aid/codesystem.json' with { type: 'json' };

const received: unknown = JSON.parse('{"diagnosis":"diagnosed","opioid-use":"no"}');
const answers: Answers | undefined = readAnswers(received);
if (!answers) throw new Error('the answers do not fit the questionnaire');
if (readAnswers({ diagnosis: 'maybe' }) !== undefined) throw new Error('readAnswers took an unknown code');

const response: QuestionnaireResponse = toQuestionnaireResponse(answers, { authored: '2026-01-01T00:00:00Z' });
// @ts-expect-error: a QuestionnaireResponse has no "draft" status
const wrong: QuestionnaireResponse['status'] = 'draft';
void wrong;

if (JSON.stringify(questionnaire()) !== JSON.stringify(published)) throw new Error('questionnaire() differs from questionnaire.json');
const codes = new Set(codeSystem.concept.map((c) => c.code));
const answered = (response.item ?? []).flatMap((page) => page.item ?? []).flatMap((item) => item.answer ?? []);
if (!answered.length || !answered.every((a) => a.valueCoding?.code && codes.has(a.valueCoding.code)))
  throw new Error('an answer is not a code of codesystem.json');
console.log(JSON.stringify({ status: response.status, answers: answered.length, questionnaire: response.questionnaire }));
