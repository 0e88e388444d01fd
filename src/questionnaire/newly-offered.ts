/**
 * What a changed answer newly offers on a later page. After "Change" on
 * "Check your answers", Continue returns there; but when the change offers
 * something new on a later page (a value offered only with opioid use, a
 * planned procedure or treatment for opioid use disorder), that page is shown
 * first, or the patient never sees it (audit 4; GOV.UK "check answers": a
 * change that opens new questions goes through them).
 */
import type { Enable } from './conditions.js';
import type { Answers, StepOfModel } from './answers.js';
import { isEnabled, offeredOptions, PAGE_LIST, questionsOn } from './structure.js';

const STEP_OF = new Map(PAGE_LIST.flatMap((p) => questionsOn(p.step).map((q) => [q.id as string, p.step])));

/** The conditions a question can be asked or offer options under: its own, and each option's. */
function conditionsOf(step: StepOfModel): Enable[] {
  return questionsOn(step).flatMap((q) => {
    const own = q.enableWhen ? [q.enableWhen] : [];
    const options = q.optionEnableWhen ? q.options.map((o) => (q.optionEnableWhen as (option: string) => Enable)(o)) : [];
    return [...own, ...options];
  });
}

/** Whether a condition on `page` reads an answer given on `earlier`: only then can a change on `earlier` offer something new there. */
export const readsAnswersOn = (page: StepOfModel, earlier: StepOfModel): boolean =>
  page !== earlier && conditionsOf(page).some((c) => c.when.some((w) => STEP_OF.get(w.question) === earlier));

/** Whether `after` offers on `page` a question, or an option, that `before` did not. */
export function offersNew(page: StepOfModel, before: Answers, after: Answers): boolean {
  return questionsOn(page).some(
    (q) => isEnabled(q, after) && (!isEnabled(q, before) || offeredOptions(q, after).some((o) => !offeredOptions(q, before).includes(o))),
  );
}
