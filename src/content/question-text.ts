/**
 * The wording of every question and group in the questionnaire model, keyed by
 * the model's ids: the question (a legend on screen, the item text in FHIR),
 * an optional hint, the error when it is left blank, and short labels for
 * "Check your answers" and the clinician summary. Functions, so `msg()` runs
 * in the active locale at render time.
 */
import { msg } from '@lit/localize';
import type { GroupId, QuestionId } from '../questionnaire/answers.js';
import { sureId, symptomId, therapyGroupId, therapyHelpsId, therapySideEffectsId } from '../questionnaire/ids.js';
import { SURE_ITEMS, SYMPTOMS, THERAPIES, type TherapyId } from '../questionnaire/options.js';
import { therapyWords } from './labels/treatments.js';
import { stepHeading } from './step-headings.js';
import { each, NALTREXONE_FOLLOW_UP_TEXT, sureText, symptomText, therapyHelpsText, therapySideEffectsText } from './questions/each.js';
import { OPIOID_QUESTION_TEXT } from './questions/opioids.js';
import { type GroupText, type QuestionText, selectAllHint } from './questions/types.js';

export { type GroupText, type QuestionText, selectAllHint };

const FIXED = {
  diagnosis: {
    legend: () => msg('Has a clinician diagnosed you with POTS?', { id: 'condition.diagnosis.legend', desc: 'Question.' }),
    error: () => msg('Select whether a clinician has diagnosed POTS', { id: 'error.diagnosis', desc: 'Validation error.' }),
    short: () => msg('Diagnosed with POTS', { id: 'review.diagnosis', desc: 'Check answers row.' }),
    summary: () => msg('POTS diagnosis', { id: 'summary.diagnosis', desc: 'Clinician summary row label.' }),
  },
  duration: {
    legend: () => msg('How long have you had POTS symptoms?', { id: 'condition.duration.legend', desc: 'Question.' }),
    short: () => msg('Symptoms for', { id: 'review.duration', desc: 'Check answers row.' }),
  },
  'age-group': {
    legend: () => msg('How old are you?', { id: 'condition.age-group.legend', desc: 'Question: the patient’s age group.' }),
    // Why we ask (S2, S3, S5, S7): said plainly, since age can feel beside the point.
    hint: () =>
      msg('We ask because some facts about POTS and LDN are different for people under 18.', {
        id: 'condition.age-group.hint',
        desc: 'Hint: why the age group is asked.',
      }),
    error: () => msg('Select your age group', { id: 'error.age-group', desc: 'Validation error.' }),
    short: () => msg('Age group', { id: 'review.age-group', desc: 'Check answers row and clinician summary row label.' }),
  },
  therapies: {
    legend: () => msg('Which of these have you tried for POTS?', { id: 'therapies.legend', desc: 'Question.' }),
    hint: () => msg('Select all that apply, including things you tried in the past.', { id: 'therapies.hint', desc: 'Hint for the treatments question.' }),
    error: () => msg('Select the treatments you have tried, or select “None of these”', { id: 'error.therapies', desc: 'Validation error.' }),
    short: () => msg('Treatments tried', { id: 'review.therapies', desc: 'Check answers row.' }),
  },
  'therapies-current': {
    legend: () =>
      msg('Which of these do you still take or do?', { id: 'therapies.current.legend', desc: 'Follow-up question, once for all the treatments ticked.' }),
    hint: () => msg('Leave out any you have stopped.', { id: 'therapies.current.hint', desc: 'Hint: treatments not ticked here count as stopped.' }),
    error: () =>
      msg('Select the ones you still take or do, or select “None, I have stopped them all”', {
        id: 'error.therapies-current',
        desc: 'Validation error.',
      }),
    short: () => msg('Still taking or doing', { id: 'review.therapies-current', desc: 'Check answers row: the treatments still used.' }),
  },
  liver: {
    legend: () => msg('Do you have liver disease or liver problems?', { id: 'health.liver.legend', desc: 'Question.' }),
    hint: () => msg('For example, hepatitis or cirrhosis.', { id: 'health.liver.hint', desc: 'Hint.' }),
    error: () => msg('Select whether you have liver disease', { id: 'error.liver', desc: 'Validation error.' }),
    short: () => msg('Liver disease', { id: 'review.liver', desc: 'Check answers row.' }),
  },
  pregnancy: {
    legend: () => msg('Are you pregnant, planning a pregnancy or breastfeeding?', { id: 'health.pregnancy.legend', desc: 'Question.' }),
    // Why we ask (S3, S15).
    hint: () =>
      msg('Select all that apply. We ask because LDN has not been studied well in pregnancy or breastfeeding.', {
        id: 'health.pregnancy.hint',
        desc: 'Hint: select all that apply, and why pregnancy is asked.',
      }),
    error: () => msg('Select whether you are pregnant, planning a pregnancy or breastfeeding', { id: 'error.pregnancy', desc: 'Validation error.' }),
    short: () => msg('Pregnancy or breastfeeding', { id: 'review.pregnancy', desc: 'Check answers row.' }),
  },
  'naltrexone-before': {
    legend: () => msg('Have you taken naltrexone or LDN before?', { id: 'health.naltrexone-before.legend', desc: 'Question.' }),
    error: () => msg('Select whether you have taken naltrexone or LDN before', { id: 'error.naltrexone-before', desc: 'Validation error.' }),
    short: () => msg('Naltrexone or LDN before', { id: 'review.naltrexone', desc: 'Check answers row.' }),
  },
  conditions: {
    legend: () => msg('Has a clinician told you that you have any of these conditions?', { id: 'health.conditions.legend', desc: 'Question.' }),
    hint: () => selectAllHint(),
    error: () => msg('Select the conditions you have, or select “None of these” or “Not sure”', { id: 'error.conditions', desc: 'Validation error.' }),
    short: () => msg('Related conditions', { id: 'review.conditions', desc: 'Check answers row.' }),
  },
  'no-symptoms': {
    legend: () => msg('None of these bother me', { id: 'symptoms.none', desc: 'Ticked when none of the listed symptoms bothers the patient.' }),
    error: () =>
      msg('Select how much at least one symptom bothers you, or select “None of these bother me”', {
        id: 'error.no-symptoms',
        desc: 'Validation error: the symptom page was left blank.',
      }),
    short: () => stepHeading('symptoms'),
  },
  'worst-symptom': {
    legend: () => msg('Which bother you most?', { id: 'symptoms.worst.legend', desc: 'Question: the one or two main symptoms.' }),
    hint: () =>
      msg('Choose up to 2. Leave blank if they bother you about the same.', {
        id: 'symptoms.worst.hint',
        desc: 'Hint: the question is optional, for symptoms that bother the patient alike.',
      }),
    error: () => msg('Select up to 2 symptoms that bother you most', { id: 'error.worst-symptom', desc: 'Validation error: more than two selected.' }),
    blank: () => msg('About the same', { id: 'review.worst-none', desc: 'Check answers and clinician summary: no symptom chosen as bothering most.' }),
    short: () => msg('Bother you most', { id: 'review.worst', desc: 'Check answers row.' }),
    summary: () => msg('Main symptoms', { id: 'summary.main-symptom', desc: 'Clinician summary row label: the one or two symptoms that bother most.' }),
  },
  'values-a-lot': {
    legend: () =>
      msg('Which of these matter a lot to you?', { id: 'values.a-lot.legend', desc: 'Question: the patient ticks the values that matter a lot to them.' }),
    hint: () =>
      msg('Select all that apply. Leave blank what matters less to you. There are no right or wrong answers.', {
        id: 'values.a-lot.hint',
        desc: 'Hint for the values question: a value left blank counts as mattering less.',
      }),
    short: () => stepHeading('values'),
    blank: () => msg('None ticked', { id: 'review.values-none', desc: 'Check answers: the patient ticked no value as mattering a lot.' }),
  },
  leaning: {
    legend: () => msg('Which option are you leaning toward?', { id: 'guide.leaning.legend', desc: 'Question on the guide, after the options.' }),
    short: () => msg('Leaning toward', { id: 'review.leaning', desc: 'Clinician summary row label: the option the patient leans toward.' }),
  },
} satisfies Record<string, QuestionText>;

export const QUESTION_TEXT: Readonly<Record<QuestionId, QuestionText>> = {
  ...FIXED,
  ...OPIOID_QUESTION_TEXT,
  ...NALTREXONE_FOLLOW_UP_TEXT,
  ...each(THERAPIES, therapyHelpsId, therapyHelpsText),
  ...each(THERAPIES, therapySideEffectsId, therapySideEffectsText),
  ...each(SYMPTOMS, symptomId, symptomText),
  ...each(SURE_ITEMS, sureId, sureText),
};

export const GROUP_TEXT: Readonly<Record<GroupId, GroupText>> = {
  ...(Object.fromEntries(THERAPIES.map((t) => [therapyGroupId(t), { legend: therapyWords[t].label }])) as Record<
    ReturnType<typeof therapyGroupId<TherapyId>>,
    GroupText
  >),
  'symptom-ratings': {
    legend: () => msg('How much has each of these bothered you in the last two weeks?', { id: 'symptoms.lead', desc: 'Introduces the symptom ratings.' }),
    hint: () => msg('Leave blank any that do not bother you.', { id: 'symptoms.hint', desc: 'Hint: only the symptoms that bother the patient are rated.' }),
    short: () => msg('Symptoms that bother you', { id: 'review.symptoms', desc: 'Check answers row: the symptoms rated, with their ratings.' }),
  },
  sure: {
    legend: () => msg('Are you ready to decide?', { id: 'guide.sure.heading', desc: 'Guide section heading.' }),
  },
};

export const questionText = (id: QuestionId): QuestionText => QUESTION_TEXT[id];
export const groupText = (id: GroupId): GroupText => GROUP_TEXT[id];

/** The error shown for a required question left blank. */
export const errorText = (id: QuestionId): string => QUESTION_TEXT[id].error?.() ?? '';
