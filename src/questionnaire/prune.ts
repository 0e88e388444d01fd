import { type Answers, copyAnswers, type StepOfModel } from './answers.js';
import { PAGES } from './model.js';
import { isEnabled, offeredOptions, questionsOn } from './structure.js';

/**
 * Drops the answers on one page that no longer apply: follow-ups whose
 * condition no longer holds, a chosen option no longer offered, and ticks
 * beside an exclusive answer ("None of these" wins). The flow runs it when the
 * page is completed, not on every click, so changing an answer back and forth,
 * or going Back, loses no follow-up answer. (Ticking an exclusive answer clears
 * the other ticks at once, as GOV.UK's "None" checkbox does: see components/steps/question-page.ts.) Questions are visited in page order, so a
 * follow-up is judged on its (already pruned) parent.
 */
export const prunePage = (step: StepOfModel, a: Answers): Answers => pruneInPlace(step, copyAnswers(a));

function pruneInPlace(step: StepOfModel, next: Record<string, unknown>): Answers {
  for (const q of questionsOn(step)) {
    const value = next[q.id];
    if (value === undefined) continue;
    if (!isEnabled(q, next as Answers)) delete next[q.id];
    else if (q.kind === 'choice' && !offeredOptions(q, next as Answers).includes(value as string)) delete next[q.id];
    else if (q.kind === 'multiple') {
      // Only crafted or damaged data holds two exclusive answers; the later in the list ("prefer not to say") is the more careful one.
      const exclusive = q.exclusive.filter((x) => (value as string[]).includes(x)).at(-1);
      const offered = offeredOptions(q, next as Answers);
      const kept = exclusive ? [exclusive] : (value as string[]).filter((v) => offered.includes(v));
      if (kept.length) next[q.id] = kept;
      else delete next[q.id];
    }
  }
  return next as Answers;
}

/** Every page at once: what the guide and the exports see. */
export function pruneAnswers(a: Answers): Answers {
  const next = copyAnswers(a);
  for (const p of PAGES) pruneInPlace(p.step, next);
  return next as Answers;
}
