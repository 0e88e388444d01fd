/** "Your situation in brief": what the patient told us, in the guide's words, and the chart of their symptoms. */
import { msg, str } from '@lit/localize';
import type { Situation, SymptomPattern } from '../guide/types.js';
import { type Diagnosis, SEVERITY } from '../questionnaire/options.js';
import { mainSymptomsSingledOut, ratedSymptomText } from './answer-text.js';
import { triedTherapyText } from './tried-text.js';
import { type Block, plain, type SectionBuilder, type SymptomChartBlock } from './guide/blocks.js';
import { severityWords, symptomWords } from './labels/symptoms.js';
import { shortWords } from './labels/words.js';
import { listOf } from './list-format.js';
import type { SourcedText } from './sources.js';

/** A diagnosis not confirmed, said to the patient: one of their most relevant points. */
export const DIAGNOSIS_TEXT: Record<Exclude<Diagnosis, 'diagnosed'>, () => string> = {
  suspected: () =>
    msg('POTS is suspected but not diagnosed yet. A diagnosis may need to come first.', {
      id: 'situation.diagnosis.suspected',
      desc: 'Guide: diagnosis status.',
    }),
  'not-sure': () =>
    msg('You are not sure whether POTS has been diagnosed. You may want to check that first.', {
      id: 'situation.diagnosis.not-sure',
      desc: 'Guide: diagnosis status.',
    }),
};

/**
 * Which kind of symptom bothers the patient more, against what LDN is aimed at
 * (S0): one of their most relevant points (content/for-you.ts), so the
 * situation does not say it again.
 */
export const PATTERN_TEXT: Record<Exclude<SymptomPattern, 'both' | 'none'>, SourcedText> = {
  'conventional-targets': {
    sources: ['S0'],
    text: () =>
      msg('A racing heart or light-headedness bothers you more than fatigue, pain or brain fog. LDN is not mainly aimed at these.', {
        id: 'situation.pattern.conventional-targets',
        desc: 'Guide: symptom pattern.',
      }),
  },
  'ldn-targets': {
    sources: ['S0', 'S1', 'S2'],
    text: () =>
      msg('Fatigue, pain or brain fog bother you more than a racing heart or light-headedness. LDN is aimed at these but unproven in POTS.', {
        id: 'situation.pattern.ldn-targets',
        desc: 'Guide: symptom pattern, one of the patient’s most relevant points. Must not suggest LDN is likely to help.',
      }),
  },
};

const SITUATION_TEXT = {
  mainSymptom: (symptom: string) =>
    msg(str`The symptom that bothers you most: ${symptom}.`, { id: 'guide.situation.main-symptom', desc: 'Placeholder: a symptom.' }),
  mainSymptoms: (symptoms: string) =>
    msg(str`The symptoms that bother you most: ${symptoms}.`, { id: 'guide.situation.main-symptoms', desc: 'Placeholder: a list of two symptoms.' }),
  tried: () => msg('What you have tried:', { id: 'guide.situation.tried', desc: 'Introduces the treatments tried.' }),
  triedNone: () => msg('You have not tried any of the listed treatments.', { id: 'guide.situation.tried-none', desc: 'When no listed treatment was tried.' }),
};

const SYMPTOM_CHART_TEXT = {
  caption: () =>
    msg('Your symptoms in the last two weeks', {
      id: 'guide.symptom-chart.caption',
      desc: 'Title of the chart (and caption of the table) of how much each symptom bothered the patient.',
    }),
  symptom: () => msg('Symptom', { id: 'guide.symptom-chart.symptom', desc: 'Column heading in the symptom table.' }),
  severity: () =>
    msg('How much it bothered you', { id: 'guide.symptom-chart.severity', desc: 'Column heading in the symptom table: None, Mild, Moderate or Severe.' }),
};

/**
 * What the patient told us about their symptoms and treatments. A diagnosis not yet made, and no standard
 * treatment tried, are among their most relevant points instead; naltrexone
 * taken before is acknowledged beside the options.
 */
export const situationSection: SectionBuilder = ({ guide: g, locale }) => {
  const s = g.situation;
  const blocks: Block[] = [];
  // A diagnosis made, and how long the symptoms have lasted, change nothing the guide says: the clinician summary has them (third re-read n12).
  if (s.diagnosis && s.diagnosis !== 'diagnosed' && !g.highlights.includes('diagnosis-first')) blocks.push(plain(DIAGNOSIS_TEXT[s.diagnosis]()));
  // Which bother most, only when that singles them out from the chart below (second re-read m8).
  const main = mainSymptomsSingledOut(s) ? s.mainSymptoms.map((id) => shortWords(symptomWords[id])) : [];
  if (main.length === 1) blocks.push(plain(SITUATION_TEXT.mainSymptom(main[0]!)));
  if (main.length > 1) blocks.push(plain(SITUATION_TEXT.mainSymptoms(listOf(main, locale))));
  // The chart replaces the former text list: it shows the same words, and the text export still lists them.
  if (s.symptoms.length) blocks.push(symptomChart(s.symptoms));
  if (s.tried.length) blocks.push(plain(SITUATION_TEXT.tried()), { type: 'list', items: s.tried.map(triedTherapyText) });
  else if (!g.highlights.includes('standard-care-untried')) blocks.push(plain(SITUATION_TEXT.triedNone()));
  return blocks;
};

/** Symptoms rated mild or worse, most severe first, as the guide data already orders them. */
function symptomChart(symptoms: Situation['symptoms']): SymptomChartBlock {
  return {
    type: 'symptom-chart',
    caption: SYMPTOM_CHART_TEXT.caption(),
    levels: SEVERITY.map((level) => severityWords[level].label()),
    head: [SYMPTOM_CHART_TEXT.symptom(), SYMPTOM_CHART_TEXT.severity()],
    rows: symptoms.map((s) => ({
      id: s.id,
      label: shortWords(symptomWords[s.id]),
      level: SEVERITY.indexOf(s.severity),
      levelText: severityWords[s.severity].label(),
      text: ratedSymptomText(s),
    })),
  };
}
