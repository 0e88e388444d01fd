/**
 * What a screen reader user hears when the step changes: the heading, which
 * takes focus, and one short status from the polite live region that says
 * where they are or what happened, without repeating the heading.
 */
import { msg, str } from '@lit/localize';
import { hasAnyAnswer } from '../questionnaire/predicates.js';
import type { Answers } from '../questionnaire/answers.js';
import { QUESTION_STEPS, type QuestionStep, type StepId } from '../flow/steps.js';
import { isPageComplete } from '../questionnaire/validate.js';
import { stepHeading } from './step-headings.js';

export interface AnnouncementContext {
  /** "Start over" was just confirmed. */
  answersCleared?: boolean;
  /** Focus goes to a question, not the heading, so the page must be named here. */
  namePage?: boolean;
}

export function stepAnnouncement(step: StepId, answers: Answers, { answersCleared = false, namePage = false }: AnnouncementContext = {}): string {
  const index = QUESTION_STEPS.indexOf(step as QuestionStep);
  if (index >= 0) {
    const number = index + 1;
    const total = QUESTION_STEPS.length;
    if (namePage) {
      const heading = stepHeading(step);
      return msg(str`Part ${number} of ${total}: ${heading}.`, {
        id: 'announce.part-named',
        desc: 'Said by screen readers when an error link opens a question page with focus on the question. Placeholders: numbers, then the page heading.',
      });
    }
    return msg(str`Part ${number} of ${total}.`, {
      id: 'announce.part',
      desc: 'Said by screen readers when a question page opens, after its heading. Placeholders: numbers.',
    });
  }
  switch (step) {
    case 'intro':
      if (answersCleared)
        return msg('Your answers were cleared.', { id: 'announce.cleared', desc: 'Said by screen readers after "Start over" was confirmed.' });
      return hasAnyAnswer(answers)
        ? msg('Back at the start. Your answers are kept.', { id: 'announce.intro', desc: 'Said by screen readers after going back to the first page.' })
        : msg('Back at the start.', { id: 'announce.intro-blank', desc: 'Said by screen readers after going back to the first page with nothing answered.' });
    case 'review':
      return QUESTION_STEPS.every((s) => isPageComplete(s, answers))
        ? msg('All parts are answered.', { id: 'announce.review-complete', desc: 'Said by screen readers when the check answers page opens.' })
        : msg('Some questions still need an answer.', {
            id: 'announce.review-incomplete',
            desc: 'Said by screen readers when the check answers page opens with gaps.',
          });
    default:
      return msg('Your guide is ready.', { id: 'announce.guide', desc: 'Said by screen readers when the guide opens.' });
  }
}
