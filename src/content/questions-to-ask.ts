import { msg } from '@lit/localize';
import type { QuestionToAskId } from '../guide/types.js';

/** Questions the patient may ask. Questions, not statements, so they carry no sources. */
export const QUESTION_TO_ASK_TEXT: Record<QuestionToAskId, () => string> = {
  'opioid-free-period': () =>
    msg('If LDN were an option, how long would I need to be off opioids first, and how would any change to my opioid medicine be made safely?', {
      id: 'question.opioid-free-period',
      desc: 'A question for the clinician.',
    }),
  'opioid-use-disorder-plan': () =>
    msg('How would LDN fit with my treatment for opioid use disorder, and can the clinician who treats it be part of this decision?', {
      id: 'question.opioid-use-disorder-plan',
      desc: 'A question for the clinician.',
    }),
  'procedure-plan': () =>
    msg('What should I tell my surgeon, dentist or anesthesia team about LDN, and how would we plan pain relief?', {
      id: 'question.procedure-plan',
      desc: 'A question for the clinician.',
    }),
  'liver-condition': () =>
    msg('Could a liver problem, or a possible one, affect whether LDN is an option for me?', {
      id: 'question.liver-condition',
      desc: 'A question for the clinician.',
    }),
  'pregnancy-plans': () =>
    msg('What is known about LDN in pregnancy and breastfeeding, and how does that fit my plans?', {
      id: 'question.pregnancy-plans',
      desc: 'A question for the clinician.',
    }),
  'future-pain-relief': () =>
    msg('If I needed strong pain relief in an emergency, what would happen while I take LDN, or after I stop?', {
      id: 'question.future-pain-relief',
      desc: 'A question for the clinician.',
    }),
  'how-to-tell': () =>
    msg('How would we tell whether LDN is helping, and how long would we try it before deciding?', {
      id: 'question.how-to-tell',
      desc: 'A question for the clinician.',
    }),
  'who-prescribes': () =>
    msg('Who would prescribe LDN and follow up with me, and which pharmacy would make it?', {
      id: 'question.who-prescribes',
      desc: 'A question for the clinician.',
    }),
  cost: () => msg('What would LDN cost me, and would my insurance cover any of it?', { id: 'question.cost', desc: 'A question for the clinician.' }),
  'naltrexone-before': () =>
    msg('I have taken naltrexone or LDN before. What does that experience mean now?', {
      id: 'question.naltrexone-before',
      desc: 'A question for the clinician.',
    }),
  'heart-rate-symptoms': () =>
    msg('LDN is not mainly aimed at heart rate. What could help my racing heart or light-headedness?', {
      id: 'question.heart-rate-symptoms',
      desc: 'A question for the clinician.',
    }),
  'sleep-side-effects': () =>
    msg('What should I do if I get vivid dreams, trouble sleeping or headaches?', {
      id: 'question.sleep-side-effects',
      desc: 'A question for the clinician.',
    }),
  'other-options-first': () =>
    msg('Are there standard POTS treatments I have not tried that we should talk about first?', {
      id: 'question.other-options-first',
      desc: 'A question for the clinician.',
    }),
  'what-if-no-change': () =>
    msg('What happens if I decide not to change anything now, and when could we talk about it again?', {
      id: 'question.what-if-no-change',
      desc: 'A question for the clinician.',
    }),
};
