/**
 * The guide as a localized document: sections of plain blocks (paragraphs,
 * lists, tables). The Lit view and the text export both render this one
 * structure, so what is printed, copied and downloaded always matches.
 */
import { msg, str } from '@lit/localize';
import { SEVERITY, SURE_ITEMS, type SureItem, type SymptomId, type YesNo } from '../questionnaire/options.js';
import type { Guide, GuideSectionId, Situation, SureResult } from '../guide/types.js';
import { ABOUT_TEXT, LAST_REVIEWED } from './about.js';
import { ratedSymptomText, triedTherapyText } from './answer-text.js';
import { clinicianSummaryRows, type SummaryRow } from './clinician-summary.js';
import { EVIDENCE_TEXT } from './evidence.js';
import { conditionLabels, durationLabels, importanceLabels, listOf, outcomeLabels, severityLabels, symptomShortLabels, therapyLabels } from './labels.js';
import {
  COMPARISON_ROWS,
  COMPARISON_SOURCES,
  COMPARISON_TEXT,
  CONVENTIONAL_PROFILE,
  CONVENTIONAL_PROFILE_SOURCES,
  OPTION_SOURCES_NOTE,
  OPTION_TEXT,
  QUALITY_TEXT,
  TARGET_TEXT,
} from './options.js';
import { QUESTION_TO_ASK_TEXT } from './questions-to-ask.js';
import { GENERAL_SAFETY_TEXT, KEY_POINT_TEXT, SAFETY_FLAG_TEXT } from './safety.js';
import { DIAGNOSIS_TEXT, PATTERN_TEXT } from './situation.js';
import { SOURCE_IDS, SOURCES, type SourceId } from './sources.js';
import { SURE_SOURCES, SURE_STATUS_TEXT, SURE_TEXT } from './sure.js';
import { VALUE_TEXT } from './values.js';
import { GROUP_TEXT, VALUE_LABELS } from './question-text.js';

export type Block =
  | { type: 'paragraph'; text: string; sources?: readonly SourceId[] }
  | { type: 'list'; items: string[]; ordered?: boolean; sources?: readonly SourceId[] }
  | { type: 'flag'; id: string; title: string; raise: string; why: string; sources: readonly SourceId[] }
  | { type: 'option'; id: string; name: string; rows: { label: string; text: string }[]; sources: readonly SourceId[]; note?: string }
  | { type: 'table'; caption: string; head: string[]; rows: string[][]; sources?: readonly SourceId[] }
  | { type: 'summary'; rows: SummaryRow[] }
  | SymptomChartBlock
  | {
      type: 'sure';
      items: { id: SureItem; question: string; answer?: YesNo }[];
      status: SureResult['status'];
      statusText: string;
      sources: readonly SourceId[];
    }
  | { type: 'sources'; items: { id: SourceId; citation: string }[] };

/**
 * The symptom ratings as a picture (and, for screen readers, a table).
 * `level` indexes `levels` (0 = none); `text` is the whole row as one phrase.
 */
export interface SymptomChartBlock {
  type: 'symptom-chart';
  caption: string;
  /** Severity words, least to most severe. */
  levels: string[];
  head: [symptom: string, severity: string];
  rows: { id: SymptomId; label: string; level: number; levelText: string; text: string }[];
}

export interface GuideSection {
  id: GuideSectionId;
  heading: string;
  blocks: Block[];
}

export interface GuideDocument {
  title: string;
  sections: GuideSection[];
  /** Every source the document cites, in the order of the sources table: its reference list. */
  sources: SourceId[];
}

const HEADINGS: Record<GuideSectionId, () => string> = {
  safety: () => msg('Safety first', { id: 'guide.safety.heading', desc: 'Guide section heading.' }),
  'key-points': () => msg('Key points', { id: 'guide.key-points.heading', desc: 'Guide section heading.' }),
  situation: () => msg('Your situation in brief', { id: 'guide.situation.heading', desc: 'Guide section heading.' }),
  options: () => msg('Your options side by side', { id: 'guide.options.heading', desc: 'Guide section heading.' }),
  evidence: () => msg('What the evidence says', { id: 'guide.evidence.heading', desc: 'Guide section heading.' }),
  questions: () => msg('Questions to ask your clinician', { id: 'guide.questions.heading', desc: 'Guide section heading.' }),
  values: () => msg('What matters to you', { id: 'guide.values.heading', desc: 'Guide section heading.' }),
  sure: () => GROUP_TEXT.sure.legend(),
  'clinician-summary': () => msg('For your clinician', { id: 'guide.clinician-summary.heading', desc: 'Guide section heading.' }),
  about: () => msg('Sources and about this guide', { id: 'guide.about.heading', desc: 'Guide section heading.' }),
};

const BUILDERS: Record<GuideSectionId, (g: Guide, locale: string) => Block[]> = {
  safety: safetyBlocks,
  'key-points': (g) => [
    {
      type: 'list',
      items: g.keyPoints.map((id) => KEY_POINT_TEXT[id].text()),
      sources: [...new Set(g.keyPoints.flatMap((id) => KEY_POINT_TEXT[id].sources))],
    },
  ],
  situation: situationBlocks,
  options: optionBlocks,
  evidence: (g, locale) => {
    const others = listOf(
      g.conditionsWithoutEvidence.map((c) => conditionLabels[c]()),
      locale,
      'unit',
    );
    return g.evidence.map((id) => ({ type: 'paragraph', text: EVIDENCE_TEXT[id].text(others), sources: EVIDENCE_TEXT[id].sources }));
  },
  questions: (g) => [
    { type: 'list', ordered: true, items: g.questions.map((id) => QUESTION_TO_ASK_TEXT[id]()) },
    {
      type: 'paragraph',
      text: msg('Add your own questions, and bring this guide to your visit.', { id: 'guide.questions.own', desc: 'After the question list.' }),
    },
  ],
  values: valueBlocks,
  sure: (g) => [
    {
      type: 'sure',
      items: SURE_ITEMS.map((id) => ({ id, question: SURE_TEXT[id](), answer: g.sure.answers[id] })),
      status: g.sure.status,
      statusText: SURE_STATUS_TEXT[g.sure.status](),
      sources: SURE_SOURCES,
    },
  ],
  'clinician-summary': (g, locale) => [
    {
      type: 'paragraph',
      text: msg('What the patient reported before the visit. This is not a clinical assessment.', {
        id: 'guide.clinician-summary.intro',
        desc: 'Introduces the clinician summary.',
      }),
    },
    { type: 'summary', rows: clinicianSummaryRows(g.clinicianSummary, locale) },
  ],
  about: aboutBlocks,
};

export function guideDocument(guide: Guide, locale: string): GuideDocument {
  const sections = guide.sections.map((id) => ({ id, heading: HEADINGS[id](), blocks: BUILDERS[id](guide, locale) }));
  // The reference list holds what the rest of the document cites, so it can never list too much or too little.
  const sources = citedSources(sections.flatMap((s) => s.blocks));
  for (const block of sections.flatMap((s) => s.blocks)) {
    if (block.type === 'sources') block.items = sources.map((id) => ({ id, citation: SOURCES[id] }));
  }
  return {
    title: msg('Your discussion guide: low-dose naltrexone (LDN) for POTS', { id: 'guide.title', desc: 'Title of the guide.' }),
    sections,
    sources,
  };
}

function citedSources(blocks: readonly Block[]): SourceId[] {
  const cited = new Set(blocks.flatMap((b) => (b.type !== 'sources' && 'sources' in b ? (b.sources ?? []) : [])));
  return SOURCE_IDS.filter((id) => cited.has(id));
}

function safetyBlocks(g: Guide): Block[] {
  const flags: Block[] = g.safety.map((id) => {
    const t = SAFETY_FLAG_TEXT[id];
    return { type: 'flag', id, title: t.title(), raise: t.raise(), why: t.why(), sources: t.sources };
  });
  const lead = g.safety.length
    ? msg('For everyone thinking about LDN:', { id: 'guide.safety.everyone', desc: 'Introduces general safety points after personal ones.' })
    : msg('Nothing you told us needs to be raised first. These points are for everyone thinking about LDN:', {
        id: 'guide.safety.no-flags',
        desc: 'Introduces general safety points when no personal flag applies.',
      });
  const withheld: Block[] = g.safetyWithheld
    ? [
        {
          type: 'paragraph',
          text: msg('You chose not to answer some health questions. Your clinician may ask about them, because they can matter for LDN.', {
            id: 'guide.safety.withheld',
            desc: 'Shown when a safety question was answered "prefer not to say".',
          }),
        },
      ]
    : [];
  return [
    ...flags,
    ...withheld,
    { type: 'paragraph', text: lead },
    {
      type: 'list',
      items: g.generalSafety.map((id) => GENERAL_SAFETY_TEXT[id].text()),
      sources: [...new Set(g.generalSafety.flatMap((id) => GENERAL_SAFETY_TEXT[id].sources))],
    },
  ];
}

function situationBlocks(g: Guide): Block[] {
  const s = g.situation;
  const blocks: Block[] = [];
  if (s.diagnosis) blocks.push({ type: 'paragraph', text: DIAGNOSIS_TEXT[s.diagnosis]() });
  if (s.duration) {
    const duration = durationLabels[s.duration]();
    blocks.push({
      type: 'paragraph',
      text: msg(str`You have had symptoms for: ${duration}.`, { id: 'guide.situation.duration', desc: 'Placeholder: a duration.' }),
    });
  }
  if (s.mainSymptom) {
    const symptom = symptomShortLabels[s.mainSymptom]();
    blocks.push({
      type: 'paragraph',
      text: msg(str`The symptom that bothers you most: ${symptom}.`, { id: 'guide.situation.main-symptom', desc: 'Placeholder: a symptom.' }),
    });
  }
  blocks.push({ type: 'paragraph', text: PATTERN_TEXT[s.pattern].text(), sources: PATTERN_TEXT[s.pattern].sources });
  // The chart replaces the former text list: it shows the same words, and the text export still lists them.
  if (s.symptoms.length) blocks.push(symptomChart(s.symptoms));
  if (s.tried.length) {
    blocks.push({
      type: 'paragraph',
      text: msg('What you have tried, and how it went:', { id: 'guide.situation.tried', desc: 'Introduces the treatments tried.' }),
    });
    blocks.push({ type: 'list', items: s.tried.map(triedTherapyText) });
  } else {
    blocks.push({
      type: 'paragraph',
      text: msg('You have not tried any of the treatments we listed.', { id: 'guide.situation.tried-none', desc: 'When no listed treatment was tried.' }),
    });
  }
  if (g.options.ldnTried) {
    const outcome = s.naltrexoneOutcome ? outcomeLabels[s.naltrexoneOutcome]() : undefined;
    const text = outcome
      ? msg(str`You have taken naltrexone or LDN before. How it went: ${outcome}`, { id: 'guide.situation.naltrexone', desc: 'Placeholder: how it went.' })
      : msg('You have taken naltrexone or LDN before.', { id: 'guide.situation.naltrexone-no-outcome', desc: 'When how it went is unknown.' });
    blocks.push({ type: 'paragraph', text });
  }
  return blocks;
}

/** Symptoms rated mild or worse, most severe first, as the guide data already orders them. */
function symptomChart(symptoms: Situation['symptoms']): SymptomChartBlock {
  return {
    type: 'symptom-chart',
    caption: msg('Your symptoms in the last two weeks', {
      id: 'guide.symptom-chart.caption',
      desc: 'Title of the chart (and caption of the table) of how much each symptom bothered the patient.',
    }),
    levels: SEVERITY.map((level) => severityLabels[level]()),
    head: [
      msg('Symptom', { id: 'guide.symptom-chart.symptom', desc: 'Column heading in the symptom table.' }),
      msg('How much it bothered you', { id: 'guide.symptom-chart.severity', desc: 'Column heading in the symptom table: None, Mild, Moderate or Severe.' }),
    ],
    rows: symptoms.map((s) => ({
      id: s.id,
      label: symptomShortLabels[s.id](),
      level: SEVERITY.indexOf(s.severity),
      levelText: severityLabels[s.severity](),
      text: ratedSymptomText(s),
    })),
  };
}

function optionBlocks(g: Guide): Block[] {
  const youTried = msg('Tried', { id: 'guide.options.tried', desc: 'Marks a treatment the patient has tried.' });
  const notTried = msg('Not tried', { id: 'guide.options.not-tried', desc: 'Marks a treatment the patient has not tried.' });
  const partLabels = {
    what: msg('What it is', { id: 'guide.options.what', desc: 'Option part label.' }),
    benefits: msg('Possible benefits', { id: 'guide.options.benefits', desc: 'Option part label.' }),
    harms: msg('Possible harms', { id: 'guide.options.harms', desc: 'Option part label.' }),
    living: msg('What it is like', { id: 'guide.options.living', desc: 'Option part label: living with the option.' }),
  };
  return [
    { type: 'paragraph', text: OPTION_SOURCES_NOTE.text(), sources: OPTION_SOURCES_NOTE.sources },
    ...g.options.options.map((id): Block => {
      const t = OPTION_TEXT[id];
      return {
        type: 'option',
        id,
        name: t.name(),
        sources: t.sources,
        rows: (['what', 'benefits', 'harms', 'living'] as const).map((part) => ({ label: partLabels[part], text: t[part]() })),
        note:
          id === 'ldn' && g.options.ldnTried
            ? msg('You told us you have taken naltrexone or LDN before.', { id: 'guide.options.ldn-tried', desc: 'Marks LDN as tried before.' })
            : undefined,
      };
    }),
    {
      type: 'table',
      caption: msg('How LDN compares with standard POTS treatments', { id: 'guide.options.compare.caption', desc: 'Table caption.' }),
      head: [
        msg('Feature', { id: 'guide.options.compare.feature', desc: 'Table column heading.' }),
        msg('LDN', { id: 'guide.options.compare.ldn', desc: 'Table column heading.' }),
        msg('Standard POTS treatments', { id: 'guide.options.compare.conventional', desc: 'Table column heading.' }),
      ],
      rows: COMPARISON_ROWS.map((row) => [COMPARISON_TEXT[row].label(), COMPARISON_TEXT[row].ldn(), COMPARISON_TEXT[row].conventional()]),
      sources: COMPARISON_SOURCES,
    },
    {
      type: 'table',
      caption: msg('Standard POTS treatments, and which you have tried', { id: 'guide.options.conventional.caption', desc: 'Table caption.' }),
      head: [
        msg('Treatment', { id: 'guide.options.conventional.treatment', desc: 'Table column heading.' }),
        msg('Aimed at', { id: 'guide.options.conventional.target', desc: 'Table column heading.' }),
        msg('Evidence quality', { id: 'guide.options.conventional.quality', desc: 'Table column heading.' }),
        msg('You', { id: 'guide.options.conventional.you', desc: 'Table column heading: whether the patient tried it.' }),
      ],
      rows: g.options.conventional.map(({ id, tried }) => [
        therapyLabels[id](),
        TARGET_TEXT[CONVENTIONAL_PROFILE[id].target](),
        QUALITY_TEXT[CONVENTIONAL_PROFILE[id].quality](),
        tried ? youTried : notTried,
      ]),
      sources: CONVENTIONAL_PROFILE_SOURCES,
    },
  ];
}

function valueBlocks(g: Guide): Block[] {
  if (!g.values.length)
    return [{ type: 'paragraph', text: msg('You did not rate what matters to you.', { id: 'guide.values.none', desc: 'No values rated.' }) }];
  return [
    {
      type: 'table',
      caption: msg('What you told us matters to you', { id: 'guide.values.caption', desc: 'Table caption.' }),
      head: [
        msg('What', { id: 'guide.values.what', desc: 'Table column heading.' }),
        msg('How much it matters', { id: 'guide.values.importance', desc: 'Table column heading.' }),
        msg('Good to know', { id: 'guide.values.note', desc: 'Table column heading: a related fact.' }),
      ],
      rows: g.values.map((v) => [VALUE_LABELS[v.id](), importanceLabels[v.importance](), VALUE_TEXT[v.id].note()]),
      sources: [...new Set(g.values.flatMap((v) => VALUE_TEXT[v.id].sources))],
    },
  ];
}

function aboutBlocks(_g: Guide, locale: string): Block[] {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${LAST_REVIEWED}T00:00:00Z`));
  return [
    { type: 'paragraph', text: ABOUT_TEXT.disclaimer.text() },
    { type: 'paragraph', text: ABOUT_TEXT.standards.text(), sources: ABOUT_TEXT.standards.sources },
    {
      type: 'paragraph',
      text: msg(str`Last reviewed against its sources: ${date}.`, { id: 'guide.about.last-reviewed', desc: 'Placeholder: a date.' }),
    },
    { type: 'paragraph', text: ABOUT_TEXT.updates.text() },
    { type: 'paragraph', text: ABOUT_TEXT.funding.text() },
    // Filled in by guideDocument() once every section is built.
    { type: 'sources', items: [] },
  ];
}
