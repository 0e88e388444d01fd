import { msg, str } from '@lit/localize';
import { SURE_ITEMS, THERAPIES } from '../questionnaire/options.js';
import type { ClinicianSummary, HowItWent, SymptomPattern } from '../guide/types.js';
import type { GroupId, QuestionId } from '../questionnaire/answers.js';
import { therapyGroupId } from '../questionnaire/ids.js';
import { isEnabled, type Placed, question, QUESTIONS } from '../questionnaire/structure.js';
import { ABOUT_TEXT } from './about.js';
import { paragraph, plain, type SectionBuilder, type SummaryRow } from './guide/blocks.js';
import { answerLine, howItWentText, labelOr, notAnswered, ratedSymptomText } from './answer-text.js';
import { triedTherapyText } from './tried-text.js';
import { leaningWords } from './labels/choices.js';
import { symptomWords } from './labels/symptoms.js';
import { opioidKindWords, opioidPatternWords } from './labels/opioids.js';
import { shortWords, yesNoWords } from './labels/words.js';
import { listOf } from './list-format.js';
import { formatDate } from './date-format.js';
import { questionText } from './question-text.js';
import { SURE_TEXT } from './sure.js';
import { VALUE_WORDS } from './labels/values.js';
import { SAFETY_FLAG_TEXT } from './safety.js';

const PATTERN_SHORT: Record<SymptomPattern, () => string> = {
  'ldn-targets': () =>
    msg('Fatigue, pain or brain fog worse than heart rate or light-headedness', {
      id: 'summary.pattern.ldn-targets',
      desc: 'Clinician summary: symptom pattern.',
    }),
  'conventional-targets': () =>
    msg('Heart rate or light-headedness worse than fatigue, pain or brain fog', {
      id: 'summary.pattern.conventional-targets',
      desc: 'Clinician summary: symptom pattern.',
    }),
  both: () => msg('Both groups equally', { id: 'summary.pattern.both', desc: 'Clinician summary: symptom pattern.' }),
  none: () => msg('Neither group rated', { id: 'summary.pattern.none', desc: 'Clinician summary: symptom pattern.' }),
};

const none = () => msg('None reported', { id: 'summary.none', desc: 'Clinician summary: nothing to list.' });

const summaryIntro = () =>
  msg('What the patient reported before the visit. This is not a clinical assessment.', {
    id: 'guide.clinician-summary.intro',
    desc: 'Introduces the clinician summary.',
  });

/** A question's name in the summary: its summary label, else its short label. */
function summaryLabel(id: QuestionId): string {
  const text = questionText(id);
  return (text.summary ?? text.short)();
}

function answerRow(id: QuestionId, s: ClinicianSummary, locale: string): SummaryRow {
  return { label: summaryLabel(id), value: answerLine(id, s.answers, locale) };
}

/**
 * The questions the rows below speak for, beyond grouped questions (treatments,
 * symptom and value ratings, the SURE items), which their group's row sums up.
 */
const SUMMARISED: ReadonlySet<string> = new Set<QuestionId>([
  'diagnosis',
  'duration',
  'age-group',
  'worst-symptom',
  'opioid-use',
  'opioid-kinds',
  'opioid-pattern',
  'opioid-use-disorder-treatment',
  'planned-procedure',
  'liver',
  'pregnancy',
  'naltrexone-before',
  'naltrexone-helps',
  'naltrexone-side-effects',
  'no-symptoms',
  'conditions',
  'therapies',
  'therapies-current',
  'leaning',
  'values-a-lot',
]);

/** The groups whose questions a row sums up: the treatments tried, the symptom ratings, the SURE test. */
const SUMMARISED_GROUPS: ReadonlySet<string> = new Set<GroupId>([...THERAPIES.map(therapyGroupId), 'symptom-ratings', 'sure']);

/** Questions of the model that no row speaks for (none today): each answered one gets a row of its own, so a question added to the model reaches the clinician without a change here. */
export const unsummarised = (questions: readonly Placed[]): QuestionId[] =>
  questions.filter((p) => !SUMMARISED.has(p.item.id) && !(p.parent && SUMMARISED_GROUPS.has(p.parent.id))).map((p) => p.item.id as QuestionId);

const OTHER_QUESTIONS = unsummarised(QUESTIONS);

/** The thirty-second read: one labelled line per topic, safety first. */
export function clinicianSummaryRows(s: ClinicianSummary, locale: string, others: readonly QuestionId[] = OTHER_QUESTIONS): SummaryRow[] {
  const naltrexone = s.naltrexone;
  return [
    {
      label: msg('Safety flags', { id: 'summary.flags', desc: 'Clinician summary row label.' }),
      value: s.flags.length
        ? listOf(
            s.flags.map((f) => SAFETY_FLAG_TEXT[f].short(s.answers)),
            locale,
            'unit',
          )
        : none(),
    },
    answerRow('diagnosis', s, locale),
    answerRow('duration', s, locale),
    answerRow('age-group', s, locale),
    {
      label: summaryLabel('worst-symptom'),
      value: s.mainSymptoms.length
        ? listOf(
            s.mainSymptoms.map((id) => shortWords(symptomWords[id])),
            locale,
            'unit',
          )
        : s.symptoms.length
          ? questionText('worst-symptom').blank!()
          : none(),
    },
    {
      label: msg('Symptoms, last two weeks', { id: 'summary.symptoms', desc: 'Clinician summary row label.' }),
      value: s.symptoms.length ? listOf(s.symptoms.map(ratedSymptomText), locale, 'unit') : none(),
    },
    {
      label: msg('Symptom pattern', { id: 'summary.pattern', desc: 'Clinician summary row label.' }),
      value: PATTERN_SHORT[s.pattern](),
    },
    s.opioids.possible ? { label: summaryLabel('opioid-use'), value: opioidDetail(s, locale) } : answerRow('opioid-use', s, locale),
    answerRow('planned-procedure', s, locale),
    answerRow('liver', s, locale),
    answerRow('pregnancy', s, locale),
    // The outcome is kept only while it applies (naltrexone taken before): the answers are pruned.
    naltrexone
      ? {
          label: questionText('naltrexone-before').short(),
          value: naltrexoneOutcomeText(naltrexone),
        }
      : answerRow('naltrexone-before', s, locale),
    answerRow('conditions', s, locale),
    ...others.filter((id) => s.answers[id] !== undefined && isEnabled(question(id), s.answers)).map((id) => answerRow(id, s, locale)),
    {
      label: questionText('therapies').short(),
      value: s.tried.length ? listOf(s.tried.map(triedTherapyText), locale, 'unit') : none(),
    },
    {
      label: msg('Matters a lot', { id: 'summary.values', desc: 'Clinician summary row label.' }),
      value: s.mattersALot.length
        ? listOf(
            s.mattersALot.map((v) => shortWords(VALUE_WORDS[v])),
            locale,
            'unit',
          )
        : none(),
    },
    { label: questionText('leaning').short(), value: leaningText(s, locale) },
    {
      label: msg('SURE test', { id: 'summary.sure', desc: 'Clinician summary row label: decisional conflict screen.' }),
      value: sureScore(s, locale),
    },
  ];
}

/** The option they lean toward, flagged when values that matter a lot to them pull against it (the Ottawa guide's "weigh" step). */
function leaningText(s: ClinicianSummary, locale: string): string {
  if (!s.leaning) return msg('Not answered', { id: 'summary.leaning.none', desc: 'Leaning question not answered.' });
  const leaning = leaningWords[s.leaning].label();
  if (!s.leaningAgainst.length) return leaning;
  const values = listOf(
    s.leaningAgainst.map((v) => shortWords(VALUE_WORDS[v])),
    locale,
    'unit',
  );
  return msg(str`${leaning}. Check: values that matter a lot pull against it: ${values}`, {
    id: 'summary.leaning.against-ticked-values',
    desc: 'Clinician summary: the option the patient leans toward, flagged because values they ticked as mattering a lot pull against it. Placeholders: the option, a list of values.',
  });
}

function naltrexoneOutcomeText(naltrexone: HowItWent): string {
  const outcome = howItWentText(naltrexone);
  return msg(str`Yes: ${outcome}`, { id: 'summary.naltrexone.yes', desc: 'Placeholder: how it went.' });
}

function opioidDetail(s: ClinicianSummary, locale: string): string {
  const o = s.opioids;
  const use = labelOr(yesNoWords, o.answer);
  const kinds = o.kinds.length
    ? listOf(
        o.kinds.map((k) => opioidKindWords[k].label()),
        locale,
        'unit',
      )
    : notAnswered();
  const pattern = labelOr(opioidPatternWords, o.pattern);
  // Asked about treatment for opioid use disorder only after a medicine it uses (or one not named).
  if (!o.disorderTreatmentAsked)
    return msg(str`${use}: ${kinds}; how often: ${pattern}`, {
      id: 'summary.opioids.detail.no-oud',
      desc: 'Clinician summary: opioid use. Placeholders: yes/not sure, which opioids, how often.',
    });
  const oud = labelOr(yesNoWords, o.disorderTreatment);
  return msg(str`${use}: ${kinds}; how often: ${pattern}; treatment for opioid use disorder: ${oud}`, {
    id: 'summary.opioids.detail',
    desc: 'Clinician summary: opioid use. Placeholders: yes/not sure, which opioids, how often, opioid use disorder treatment answer.',
  });
}

/** The score, and which items were "no": those are what the clinician can follow up. */
function sureScore(s: ClinicianSummary, locale: string): string {
  if (s.sureAnswered === 0) return msg('Not answered', { id: 'summary.sure.none', desc: 'SURE test not answered.' });
  const yes = s.sureYesCount;
  const no = s.sureAnswered - s.sureYesCount;
  const unanswered = SURE_ITEMS.length - s.sureAnswered;
  const score = msg(str`${yes} yes, ${no} no, ${unanswered} not answered (of 4)`, {
    id: 'summary.sure.score',
    desc: 'SURE test result. Placeholders: counts of yes, no and unanswered items.',
  });
  if (!s.sureNo.length) return score;
  const items = listOf(
    s.sureNo.map((item) => shortWords(SURE_TEXT[item])),
    locale,
    'unit',
  );
  return msg(str`${score}. No: ${items}`, {
    id: 'summary.sure.no-items',
    desc: 'SURE test result with the items answered "no". Placeholders: the score, and a list of short item names.',
  });
}

/** The row that says when the patient answered: the questions ask about "the last two weeks" and what is planned. */
const answeredOnRow = (day: string, locale: string): SummaryRow => ({
  label: msg('Answered on', {
    id: 'summary.answered-on',
    desc: 'Clinician summary row label: the day the patient last changed an answer. The value is a date.',
  }),
  value: formatDate(day, locale),
});

/** "For your clinician": when the patient answered, then what they reported, one labelled line per topic. */
export const clinicianSummarySection: SectionBuilder = ({ guide: g, locale, answeredOn }) => [
  plain(summaryIntro()),
  { type: 'summary', rows: [...(answeredOn ? [answeredOnRow(answeredOn, locale)] : []), ...clinicianSummaryRows(g.clinicianSummary, locale)] },
  // For the clinician: the patient's guide is kept short (third re-read n12).
  paragraph(ABOUT_TEXT.standards),
];
