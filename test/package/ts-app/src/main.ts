// A clinic's front end, as EMBEDDING.md's bundler section writes it. Type-checked strictly
// (skipLibCheck false), built with Vite, and run to the guide in Chromium by scripts/package/check-package.mjs.
import 'ldn-decision-aid';
import { LdnCompleteEvent, type Answers, type StepId } from 'ldn-decision-aid';
import type { QuestionnaireResponse } from 'ldn-decision-aid/fhir';
import './style.css'; // EMBEDDING.md's :not(:defined) rule, written here by scripts/package/check-package.mjs

/** Compiles only when `value`'s type is not `any`: the package's types are real. */
type IsAny<T> = 0 extends 1 & T ? true : false;
const notAny = <T>(value: T, ...proof: IsAny<T> extends true ? [never] : []): T => (proof.length ? value : value);

const aid = document.querySelector('ldn-decision-aid');
if (!aid) throw new Error('no <ldn-decision-aid> on the page');
aid.save = 'session';
aid.questionnaireUrl = 'https://fhir.example.org/Questionnaire/ldn-pots';
// EMBEDDING.md: as a property, a Date works too (its calendar day).
aid.reviewDate = new Date(2027, 0, 15);
/** Never called: each marked line must fail to type-check. */
const typeProofs = () => {
  // @ts-expect-error: `step` is read-only
  aid.step = 'guide';
  // @ts-expect-error: answers are codes of the model, not any text
  const wrong: Answers['diagnosis'] = 'maybe';
  return wrong;
};
void typeProofs;

const steps: StepId[] = [];
aid.addEventListener('ldn-step-change', (event) => steps.push(notAny(event.detail.step)));
let answered = 0;
aid.addEventListener('ldn-change', (event) => {
  const answers: Readonly<Answers> = notAny(event.detail.answers);
  answered = Object.keys(answers).length;
});
document.addEventListener('ldn-complete', async (event) => {
  const { guide, sources } = notAny(event.detail);
  // Asynchronous: the FHIR builders load from beside the module the first time.
  const response: QuestionnaireResponse = notAny(await aid.toQuestionnaireResponse());
  const result = document.querySelector('output');
  if (result) {
    result.value = JSON.stringify({
      typedEvent: event instanceof LdnCompleteEvent,
      firstSection: guide.sections[0],
      sources: sources.length,
      status: response.status,
      questionnaire: response.questionnaire,
      answered,
      steps,
    });
  }
});
