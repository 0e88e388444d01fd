/**
 * A treatment tried, as one line of the guide's "What you have tried" and of
 * the clinician summary: its name, whether it is still used, how it went. The
 * names are short where the question's label explains the treatment, or each
 * line would read as a sentence (third re-read n12). Apart from answer-text.ts
 * because only the guide shows them: they load with the guide, not before the
 * first question.
 */
import { msg, str } from '@lit/localize';
import type { TriedTherapy } from '../guide/types.js';
import type { TherapyId, TherapyStatus } from '../questionnaire/options.js';
import { howItWentText, labelOr, notAnswered } from './answer-text.js';
import { therapyStatusWords, therapyWords } from './labels/treatments.js';
import { shortWords } from './labels/words.js';

const SHORT_NAMES: Partial<Record<TherapyId, () => string>> = {
  'beta-blocker': () =>
    msg('Beta-blocker', { id: 'therapy-short.beta-blocker', desc: 'A treatment tried, in a summary line: propranolol or another beta-blocker.' }),
  compression: () => msg('Compression garments', { id: 'therapy-short.compression', desc: 'A treatment tried, in a summary line: compression garments.' }),
  'exercise-training': () =>
    msg('Exercise training', { id: 'therapy-short.exercise-training', desc: 'A treatment tried, in a summary line: recumbent-to-upright exercise training.' }),
  'other-lifestyle': () =>
    msg('Other daily changes', {
      id: 'therapy-short.other-lifestyle',
      desc: 'A treatment tried, in a summary line: other non-drug measures (raising the head of the bed, avoiding heat, large meals and alcohol).',
    }),
};

export function triedTherapyText(t: TriedTherapy): string {
  const therapy = (SHORT_NAMES[t.id] ?? therapyWords[t.id].label)();
  const status = labelOr<TherapyStatus>(therapyStatusWords, t.status, notAnswered, shortWords);
  const outcome = howItWentText(t);
  return msg(str`${therapy} (${status}): ${outcome}`, {
    id: 'answer.tried-therapy',
    desc: 'One treatment tried. Placeholders: treatment name, whether still used, how it went.',
  });
}
