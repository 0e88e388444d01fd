/**
 * The wording of every question and group in the questionnaire model, keyed by
 * the model's ids: the question (a legend on screen, the item text in FHIR),
 * an optional hint, the error when it is left blank, and short labels for
 * "Check your answers" and the clinician summary. Functions, so `msg()` runs
 * in the active locale at render time.
 */
import { msg, str } from '@lit/localize';
import type { GroupId, QuestionId } from '../questionnaire/answers.js';
import { sureId, symptomId, therapyGroupId, therapyOutcomeId, therapyStatusId, valueId } from '../questionnaire/ids.js';
import { SURE_ITEMS, SYMPTOMS, THERAPIES, VALUES, type SureItem, type SymptomId, type TherapyId, type ValueId } from '../questionnaire/options.js';
import { currentLocale } from '../i18n/localization.js';
import { symptomWords } from './labels/symptoms.js';
import { therapyWords } from './labels/treatments.js';
import { shortWords } from './labels/words.js';
import { localOpioidsText } from './locale-data/opioids.js';
import { SURE_TEXT } from './sure.js';
import { VALUE_WORDS } from './labels/values.js';

export interface QuestionText {
  /** The question: the fieldset's legend, and the item's text in FHIR. */
  legend: () => string;
  hint?: () => string;
  /** What to do when a required question is left blank ("Select …"). */
  error?: () => string;
  /** A few words naming the question on "Check your answers". */
  short: () => string;
  /** Naming the question in the clinician summary, where it differs from `short`. */
  summary?: () => string;
  /** Help behind a disclosure, after the hint; a paragraph that is '' in the locale is left out. */
  details?: { summary: () => string; paragraphs: readonly (() => string)[] };
}

export interface GroupText {
  /** The shared question of a rating grid, or the thing a group of follow-ups is about. */
  legend: () => string;
  hint?: () => string;
}

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
  'opioid-use': {
    legend: () => msg('Have you taken any opioid medicine in the last two weeks?', { id: 'opioids.use.legend', desc: 'Question.' }),
    hint: () =>
      msg(
        'Opioids are a group of medicines. Many are for pain, and some cough medicines have one in them. Also answer yes if you have one to take when needed. Some medicines are opioids even if they do not sound like it.',
        { id: 'opioids.hint', desc: 'Hint for the opioid question.' },
      ),
    // Names people often do not recognise as opioids (clinical-facts.md, S3).
    details: {
      summary: () => msg('Which medicines are opioids?', { id: 'opioids.names.summary', desc: 'Disclosure that lists opioid names.' }),
      paragraphs: [
        () =>
          msg(
            'Tramadol and codeine. Codeine is also in some cough and cold medicines. Hydrocodone and oxycodone. Morphine and hydromorphone. Fentanyl and buprenorphine, also as patches. Buprenorphine also comes as films. Methadone and tapentadol. For diarrhea: diphenoxylate (Lomotil) and eluxadoline (Viberzi).',
            {
              id: 'opioids.names',
              desc: 'List of opioid names: spell each as your language spells the international name. Add no medicine here: names used where your language is spoken come from content data (opioids.names.local).',
            },
          ),
        // Opioids used where the language is spoken that the list above does not name, from the WHO opioid group (S18).
        () => localOpioidsText(currentLocale()),
        () =>
          msg('If you are not sure about a medicine, such as one for diarrhea, ask your pharmacist. Ask them about kratom or other supplements too.', {
            id: 'opioids.names.ask',
            desc: 'Advice to check with a pharmacist.',
          }),
      ],
    },
    error: () => msg('Select whether you have taken, or may take, an opioid medicine', { id: 'error.opioid-use', desc: 'Validation error.' }),
    short: () => msg('Opioid medicine (last 2 weeks, or kept for when needed)', { id: 'review.opioid-use', desc: 'Check answers row.' }),
    summary: () => msg('Opioids (last 2 weeks, or kept for when needed)', { id: 'summary.opioids', desc: 'Clinician summary row label.' }),
  },
  'opioid-kinds': {
    legend: () => msg('Which ones?', { id: 'opioids.kinds.legend', desc: 'Follow-up question: which opioids.' }),
    hint: () => selectAllHint(),
    error: () => msg('Select which opioids, or select “I am not sure which”', { id: 'error.opioid-kinds', desc: 'Validation error.' }),
    short: () => msg('Which opioids', { id: 'review.opioid-kinds', desc: 'Check answers row.' }),
  },
  'opioid-pattern': {
    legend: () => msg('How often do you take them?', { id: 'opioids.pattern.legend', desc: 'Follow-up question.' }),
    error: () => msg('Select how often you take opioids', { id: 'error.opioid-pattern', desc: 'Validation error.' }),
    short: () => msg('How often', { id: 'review.opioid-pattern', desc: 'Check answers row.' }),
  },
  'opioid-use-disorder-treatment': {
    legend: () => msg('Is any of this treatment for opioid use disorder?', { id: 'opioids.oud.legend', desc: 'Follow-up question.' }),
    hint: () => msg('For example, buprenorphine or methadone for opioid use disorder.', { id: 'opioids.oud.hint', desc: 'Hint.' }),
    error: () => msg('Select whether this is treatment for opioid use disorder', { id: 'error.opioid-use-disorder-treatment', desc: 'Validation error.' }),
    short: () => msg('Treatment for opioid use disorder', { id: 'review.oud', desc: 'Check answers row.' }),
  },
  'planned-procedure': {
    legend: () =>
      msg('Do you have surgery, dental work or another procedure planned in the next few months?', { id: 'opioids.procedure.legend', desc: 'Question.' }),
    error: () => msg('Select whether you have surgery, dental work or another procedure planned', { id: 'error.planned-procedure', desc: 'Validation error.' }),
    short: () => msg('Procedure planned', { id: 'review.procedure', desc: 'Check answers row.' }),
    summary: () => msg('Planned procedure', { id: 'summary.procedure', desc: 'Clinician summary row label.' }),
  },
  liver: {
    legend: () => msg('Do you have liver disease or liver problems?', { id: 'health.liver.legend', desc: 'Question.' }),
    hint: () => msg('For example, hepatitis or cirrhosis.', { id: 'health.liver.hint', desc: 'Hint.' }),
    error: () => msg('Select whether you have liver disease', { id: 'error.liver', desc: 'Validation error.' }),
    short: () => msg('Liver disease', { id: 'review.liver', desc: 'Check answers row.' }),
  },
  pregnancy: {
    legend: () => msg('Are you pregnant, planning a pregnancy or breastfeeding?', { id: 'health.pregnancy.legend', desc: 'Question.' }),
    hint: () => selectAllHint(),
    error: () => msg('Select whether you are pregnant, planning a pregnancy or breastfeeding', { id: 'error.pregnancy', desc: 'Validation error.' }),
    short: () => msg('Pregnancy or breastfeeding', { id: 'review.pregnancy', desc: 'Check answers row.' }),
  },
  'naltrexone-before': {
    legend: () => msg('Have you taken naltrexone or LDN before?', { id: 'health.naltrexone-before.legend', desc: 'Question.' }),
    error: () => msg('Select whether you have taken naltrexone or LDN before', { id: 'error.naltrexone-before', desc: 'Validation error.' }),
    short: () => msg('Naltrexone or LDN before', { id: 'review.naltrexone', desc: 'Check answers row.' }),
  },
  'naltrexone-outcome': {
    legend: () => msg('How did it go?', { id: 'health.naltrexone-outcome.legend', desc: 'Follow-up question about naltrexone or LDN.' }),
    error: () => msg('Select how naltrexone or LDN went for you', { id: 'error.naltrexone-outcome', desc: 'Validation error.' }),
    short: () => msg('How naltrexone or LDN went', { id: 'review.naltrexone-outcome', desc: 'Check answers row.' }),
  },
  conditions: {
    legend: () => msg('Has a clinician told you that you have any of these conditions?', { id: 'health.conditions.legend', desc: 'Question.' }),
    hint: () => selectAllHint(),
    error: () => msg('Select the conditions you have, or select “None of these”', { id: 'error.conditions', desc: 'Validation error.' }),
    short: () => msg('Related conditions', { id: 'review.conditions', desc: 'Check answers row.' }),
  },
  'worst-symptom': {
    legend: () => msg('Which one bothers you most?', { id: 'symptoms.worst.legend', desc: 'Question: the main symptom.' }),
    hint: () => msg('Choose from the symptoms you rated.', { id: 'symptoms.worst.hint', desc: 'Hint.' }),
    error: () => msg('Select the symptom that bothers you most', { id: 'error.worst-symptom', desc: 'Validation error.' }),
    short: () => msg('Bothers you most', { id: 'review.worst', desc: 'Check answers row.' }),
    summary: () => msg('Main symptom', { id: 'summary.main-symptom', desc: 'Clinician summary row label.' }),
  },
  leaning: {
    legend: () => msg('Which option are you leaning toward?', { id: 'guide.leaning.legend', desc: 'Question on the guide, after the options.' }),
    short: () => msg('Leaning toward', { id: 'review.leaning', desc: 'Clinician summary row label: the option the patient leans toward.' }),
  },
} satisfies Record<string, QuestionText>;

export const selectAllHint = () => msg('Select all that apply.', { id: 'form.select-all', desc: 'Hint for a checkbox question.' });

function therapyStatusText(t: TherapyId): QuestionText {
  return {
    legend: () => msg('Do you still take or do this?', { id: 'therapies.status.legend', desc: 'Follow-up question for a ticked treatment.' }),
    error: () => {
      const therapy = therapyWords[t].label();
      return msg(str`Select whether you still take or do this: ${therapy}`, {
        id: 'error.therapy-status',
        desc: 'Validation error. The placeholder is a treatment name.',
      });
    },
    short: () => msg('Still taking or doing it', { id: 'review.therapy-status', desc: 'Check answers: whether a treatment is still used.' }),
  };
}

function therapyOutcomeText(t: TherapyId): QuestionText {
  return {
    legend: () => msg('How did it go?', { id: 'therapies.outcome.legend', desc: 'Follow-up question for a ticked treatment.' }),
    error: () => {
      const therapy = therapyWords[t].label();
      return msg(str`Select how this went: ${therapy}`, { id: 'error.therapy-outcome', desc: 'Validation error. The placeholder is a treatment name.' });
    },
    short: () => msg('How it went', { id: 'review.therapy-outcome', desc: 'Check answers: how a treatment went.' }),
  };
}

function symptomText(s: SymptomId): QuestionText {
  return {
    legend: symptomWords[s].label,
    error: () => {
      const symptom = symptomWords[s].label();
      return msg(str`Select how much this bothered you: ${symptom}`, { id: 'error.symptom', desc: 'Validation error. The placeholder is a symptom.' });
    },
    short: symptomWords[s].label,
    summary: () => shortWords(symptomWords[s]),
  };
}

function valueText(v: ValueId): QuestionText {
  return {
    legend: VALUE_WORDS[v].label,
    error: () => {
      const value = VALUE_WORDS[v].label();
      return msg(str`Select how much this matters to you: ${value}`, { id: 'error.value', desc: 'Validation error. The placeholder is a value.' });
    },
    short: VALUE_WORDS[v].label,
    summary: VALUE_WORDS[v].short,
  };
}

function sureText(i: SureItem): QuestionText {
  return { legend: SURE_TEXT[i].label, short: SURE_TEXT[i].label };
}

/** One entry per id made from a list, e.g. one per treatment. */
function each<const T extends string, const K extends string>(ids: readonly T[], key: (id: T) => K, text: (id: T) => QuestionText) {
  return Object.fromEntries(ids.map((id) => [key(id), text(id)])) as Record<K, QuestionText>;
}

export const QUESTION_TEXT: Readonly<Record<QuestionId, QuestionText>> = {
  ...FIXED,
  ...each(THERAPIES, therapyStatusId, therapyStatusText),
  ...each(THERAPIES, therapyOutcomeId, therapyOutcomeText),
  ...each(SYMPTOMS, symptomId, symptomText),
  ...each(VALUES, valueId, valueText),
  ...each(SURE_ITEMS, sureId, sureText),
};

export const GROUP_TEXT: Readonly<Record<GroupId, GroupText>> = {
  ...(Object.fromEntries(THERAPIES.map((t) => [therapyGroupId(t), { legend: therapyWords[t].label }])) as Record<
    ReturnType<typeof therapyGroupId<TherapyId>>,
    GroupText
  >),
  'symptom-ratings': {
    legend: () => msg('How much has each of these bothered you in the last two weeks?', { id: 'symptoms.lead', desc: 'Introduces the symptom ratings.' }),
  },
  'value-ratings': {
    legend: () => msg('How much does each of these matter to you?', { id: 'values.legend', desc: 'Question above the values to rate.' }),
    hint: () => msg('There are no right or wrong answers.', { id: 'values.hint', desc: 'Hint for the values question.' }),
  },
  sure: {
    legend: () => msg('Are you ready to decide?', { id: 'guide.sure.heading', desc: 'Guide section heading.' }),
  },
};

export const questionText = (id: QuestionId): QuestionText => QUESTION_TEXT[id];
export const groupText = (id: GroupId): GroupText => GROUP_TEXT[id];

/** The error shown for a required question left blank. */
export const errorText = (id: QuestionId): string => QUESTION_TEXT[id].error?.() ?? '';
