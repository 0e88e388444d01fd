import { msg } from '@lit/localize';
import type { QuestionToAskId } from '../guide/types.js';
import type { SectionBuilder } from './guide/blocks.js';

/** Questions the patient may ask. Questions, not statements, so they carry no sources. */
export const QUESTION_TO_ASK_TEXT: Record<QuestionToAskId, () => string> = {
  'opioid-free-period': () =>
    msg('How long would I need to be off opioids first?', { id: 'question.opioid-free-period', desc: 'A question for the clinician.' }),
  'ldn-with-oud-treatment': () =>
    msg('Is LDN possible at all while I stay on my treatment for opioid use disorder?', {
      id: 'question.ldn-with-oud-treatment',
      desc: 'A question for the clinician, from someone in treatment for opioid use disorder: it must not suggest stopping that treatment.',
    }),
  'ldn-with-opioid-treatment': () =>
    msg('Is LDN possible at all while I stay on my opioid treatment?', {
      id: 'question.ldn-with-opioid-treatment',
      desc: 'A question for the clinician, from someone who would not say whether they are in treatment for opioid use disorder: neutral wording, and it must not suggest stopping that treatment.',
    }),
  'ldn-with-current-medicines': () =>
    msg('Is LDN possible at all with the medicines I take now?', {
      id: 'question.ldn-with-current-medicines',
      desc: 'A question for the clinician, from someone not sure whether they take an opioid and who would not say whether they are in treatment for opioid use disorder: it must not assume an opioid, nor suggest stopping anything.',
    }),
  'which-are-opioids': () =>
    msg('Are any of my medicines opioids?', {
      id: 'question.which-are-opioids',
      desc: 'A question for the clinician, from someone not sure whether they take an opioid medicine.',
    }),
  'what-else-could-help': () => msg('What else could help my POTS?', { id: 'question.what-else-could-help', desc: 'A question for the clinician.' }),
  'ldn-under-18': () =>
    msg('Is LDN an option at my age?', {
      id: 'question.ldn-under-18',
      desc: 'A question for the clinician, from someone under 18 (naltrexone’s safe use under 18 is not established).',
    }),
  'procedure-plan': () => msg('How would we plan pain relief for my procedure?', { id: 'question.procedure-plan', desc: 'A question for the clinician.' }),
  'procedure-timing': () =>
    msg('If I try LDN, how would we time it around my procedure?', {
      id: 'question.procedure-timing',
      desc: 'A question for the clinician, from someone with surgery, dental work or another procedure ahead (starting LDN could block pain relief after it).',
    }),
  'liver-ldn': () =>
    msg('Is LDN safe for my liver?', {
      id: 'question.liver-ldn',
      desc: 'A question for the clinician, from someone who has or may have liver disease.',
    }),
  'liver-options': () =>
    msg('What does my liver health mean for my treatment options?', {
      id: 'question.liver-options',
      desc: 'A question for the clinician, from someone who has or may have liver disease and who is (or may be) in treatment for opioid use disorder: it must not assume LDN goes ahead.',
    }),
  'pregnant-ldn': () =>
    msg('What is known about LDN in pregnancy?', { id: 'question.pregnant-ldn', desc: 'A question for the clinician, from someone pregnant.' }),
  'pregnant-medicines': () =>
    msg('Are my current medicines safe in pregnancy?', {
      id: 'question.pregnant-medicines',
      desc: 'A question for the clinician, from someone pregnant: a review of every medicine they take now.',
    }),
  'planning-ldn': () =>
    msg('What is known about LDN if I become pregnant?', {
      id: 'question.planning-ldn',
      desc: 'A question for the clinician, from someone planning a pregnancy.',
    }),
  'planning-medicines': () =>
    msg('Are my current medicines safe if I become pregnant?', {
      id: 'question.planning-medicines',
      desc: 'A question for the clinician, from someone planning a pregnancy: a review of every medicine they take now.',
    }),
  'breastfeeding-ldn': () =>
    msg('What is known about LDN while breastfeeding?', {
      id: 'question.breastfeeding-ldn',
      desc: 'A question for the clinician, from someone breastfeeding.',
    }),
  'breastfeeding-medicines': () =>
    msg('Are my current medicines safe while breastfeeding?', {
      id: 'question.breastfeeding-medicines',
      desc: 'A question for the clinician, from someone breastfeeding: a review of every medicine they take now.',
    }),
  'future-pain-relief': () =>
    msg('What if I needed strong pain relief in an emergency?', { id: 'question.future-pain-relief', desc: 'A question for the clinician.' }),
  'how-to-tell': () =>
    msg('How would we tell if LDN helps, and how long would we try it?', { id: 'question.how-to-tell', desc: 'A question for the clinician.' }),
  'who-prescribes': () => msg('Who would prescribe LDN and follow up with me?', { id: 'question.who-prescribes', desc: 'A question for the clinician.' }),
  cost: () =>
    msg('What would LDN cost me, and could it be covered?', {
      id: 'question.cost',
      desc: 'A question for the clinician. Neutral for every country: no assumption of private insurance.',
    }),
  'find-out-if-pots': () =>
    msg('How can we find out whether I have POTS?', {
      id: 'question.find-out-if-pots',
      desc: 'A question for the clinician, from someone whose POTS is suspected or who is not sure it was diagnosed.',
    }),
  headaches: () =>
    msg('Could LDN make my headaches worse?', {
      id: 'question.headaches',
      desc: 'A question for the clinician, from someone with severe headaches (headaches are a common side effect of LDN).',
    }),
  'while-waiting': () =>
    msg('What could help while we wait for research results?', {
      id: 'question.while-waiting',
      desc: 'A question for the clinician, from someone who would rather wait for stronger research before trying LDN.',
    }),
  'naltrexone-before': () =>
    msg('What does my past naltrexone or LDN use mean now?', { id: 'question.naltrexone-before', desc: 'A question for the clinician.' }),
  'heart-rate-symptoms': () =>
    msg('What could help my racing heart or light-headedness?', { id: 'question.heart-rate-symptoms', desc: 'A question for the clinician.' }),
  'sleep-side-effects': () => msg('What should I do if LDN affects my sleep?', { id: 'question.sleep-side-effects', desc: 'A question for the clinician.' }),
  'other-options-first': () =>
    msg('Which standard POTS treatments could I try first?', { id: 'question.other-options-first', desc: 'A question for the clinician.' }),
  'what-if-no-change': () =>
    msg('What if I keep my current plan for now?', {
      id: 'question.what-if-no-change',
      desc: 'A question for the clinician (IPDAS: the no-change option). That they can decide again at any visit is said in the options table.',
    }),
};

export const questionsSection: SectionBuilder = ({ guide: g }) => [{ type: 'list', ordered: true, items: g.questions.map((id) => QUESTION_TO_ASK_TEXT[id]()) }];
