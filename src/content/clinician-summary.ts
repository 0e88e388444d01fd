import { msg, str } from '@lit/localize';
import { SURE_ITEMS } from '../answers/options.js';
import type { ClinicianSummary, SymptomPattern } from '../guide/types.js';
import { labelList, labelOr, notProvided, ratedSymptomText, triedTherapyText } from './answer-text.js';
import {
  answerLabels,
  conditionLabels,
  diagnosisLabels,
  durationLabels,
  opioidKindLabels,
  opioidPatternLabels,
  outcomeLabels,
  symptomShortLabels,
  listOf,
} from './labels.js';
import { SAFETY_FLAG_TEXT } from './safety.js';
import { VALUE_TEXT } from './values.js';

export interface SummaryRow {
  label: string;
  value: string;
}

const PATTERN_SHORT: Record<SymptomPattern, () => string> = {
  'ldn-targets': () =>
    msg('Fatigue, pain or brain fog worse than heart rate or light-headedness', { id: 'summary.pattern.ldn-targets', desc: 'Clinician summary: symptom pattern.' }),
  'conventional-targets': () =>
    msg('Heart rate or light-headedness worse than fatigue, pain or brain fog', {
      id: 'summary.pattern.conventional-targets',
      desc: 'Clinician summary: symptom pattern.',
    }),
  both: () => msg('Both groups equally', { id: 'summary.pattern.both', desc: 'Clinician summary: symptom pattern.' }),
  none: () => msg('Neither group rated', { id: 'summary.pattern.none', desc: 'Clinician summary: symptom pattern.' }),
};

const none = () => msg('None reported', { id: 'summary.none', desc: 'Clinician summary: nothing to list.' });

/** The thirty-second read: one labelled line per topic, safety first. */
export function clinicianSummaryRows(s: ClinicianSummary, locale: string): SummaryRow[] {
  const opioids = s.opioidUse === 'yes' || s.opioidUse === 'not-sure';
  const rows: SummaryRow[] = [
    {
      label: msg('Safety flags', { id: 'summary.flags', desc: 'Clinician summary row label.' }),
      value: s.flags.length ? listOf(s.flags.map((f) => SAFETY_FLAG_TEXT[f].short()), locale, 'unit') : none(),
    },
    {
      label: msg('POTS diagnosis', { id: 'summary.diagnosis', desc: 'Clinician summary row label.' }),
      value: labelOr(diagnosisLabels, s.diagnosis),
    },
    {
      label: msg('Symptoms for', { id: 'summary.duration', desc: 'Clinician summary row label: how long symptoms have lasted.' }),
      value: labelOr(durationLabels, s.duration, notProvided),
    },
    {
      label: msg('Main symptom', { id: 'summary.main-symptom', desc: 'Clinician summary row label.' }),
      value: labelOr(symptomShortLabels, s.mainSymptom, none),
    },
    {
      label: msg('Symptoms, last two weeks', { id: 'summary.symptoms', desc: 'Clinician summary row label.' }),
      value: s.symptoms.length ? listOf(s.symptoms.map(ratedSymptomText), locale, 'unit') : none(),
    },
    {
      label: msg('Symptom pattern', { id: 'summary.pattern', desc: 'Clinician summary row label.' }),
      value: PATTERN_SHORT[s.pattern](),
    },
    {
      label: msg('Opioids (last 2 weeks, or kept for when needed)', { id: 'summary.opioids', desc: 'Clinician summary row label.' }),
      value: opioids ? opioidDetail(s, locale) : labelOr(answerLabels, s.opioidUse),
    },
    {
      label: msg('Planned procedure', { id: 'summary.procedure', desc: 'Clinician summary row label.' }),
      value: labelOr(answerLabels, s.plannedProcedure),
    },
    {
      label: msg('Liver disease', { id: 'summary.liver', desc: 'Clinician summary row label.' }),
      value: labelOr(answerLabels, s.liver),
    },
    {
      label: msg('Pregnant, planning or breastfeeding', { id: 'summary.pregnancy', desc: 'Clinician summary row label.' }),
      value: labelOr(answerLabels, s.pregnancy),
    },
    {
      label: msg('Naltrexone or LDN before', { id: 'summary.naltrexone', desc: 'Clinician summary row label.' }),
      value:
        s.naltrexoneBefore === 'yes' && s.naltrexoneOutcome
          ? msg(str`Yes: ${outcomeLabels[s.naltrexoneOutcome]()}`, { id: 'summary.naltrexone.yes', desc: 'Placeholder: how it went.' })
          : labelOr(answerLabels, s.naltrexoneBefore),
    },
    {
      label: msg('Related conditions', { id: 'summary.conditions', desc: 'Clinician summary row label.' }),
      value: s.conditionsWithheld ? answerLabels['prefer-not']() : s.conditions.length ? labelList(conditionLabels, s.conditions, locale, 'unit') : none(),
    },
    {
      label: msg('Treatments tried', { id: 'summary.tried', desc: 'Clinician summary row label.' }),
      value: s.tried.length ? listOf(s.tried.map(triedTherapyText), locale, 'unit') : none(),
    },
    {
      label: msg('Matters a lot', { id: 'summary.values', desc: 'Clinician summary row label.' }),
      value: s.mattersALot.length ? listOf(s.mattersALot.map((v) => VALUE_TEXT[v].label()), locale, 'unit') : none(),
    },
    {
      label: msg('SURE test', { id: 'summary.sure', desc: 'Clinician summary row label: decisional conflict screen.' }),
      value: sureScore(s),
    },
  ];
  return rows;
}

function opioidDetail(s: ClinicianSummary, locale: string): string {
  const use = labelOr(answerLabels, s.opioidUse);
  const kinds = s.opioidKinds.length ? labelList(opioidKindLabels, s.opioidKinds, locale, 'unit') : notProvided();
  const pattern = labelOr(opioidPatternLabels, s.opioidPattern);
  const oud = labelOr(answerLabels, s.opioidUseDisorderTreatment);
  return msg(str`${use}: ${kinds}; how often: ${pattern}; treatment for opioid use disorder: ${oud}`, {
    id: 'summary.opioids.detail',
    desc: 'Clinician summary: opioid use. Placeholders: yes/not sure, which opioids, how often, opioid use disorder treatment answer.',
  });
}

function sureScore(s: ClinicianSummary): string {
  if (s.sureAnswered === 0) return msg('Not answered', { id: 'summary.sure.none', desc: 'SURE test not answered.' });
  const yes = s.sureYesCount;
  const no = s.sureAnswered - s.sureYesCount;
  const unanswered = SURE_ITEMS.length - s.sureAnswered;
  return msg(str`${yes} yes, ${no} no, ${unanswered} not answered (of 4)`, {
    id: 'summary.sure.score',
    desc: 'SURE test result. Placeholders: counts of yes, no and unanswered items.',
  });
}
