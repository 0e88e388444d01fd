/**
 * The guide as a localized document: sections of plain blocks (paragraphs,
 * lists, tables). The Lit view and the text export both render this one
 * structure, so what is printed, copied and downloaded always matches.
 */
import { msg, str } from '@lit/localize';
import {
  IMPORTANCE,
  LEANING,
  SEVERITY,
  SURE_ITEMS,
  VALUES,
  type Importance,
  type Leaning,
  type SureItem,
  type SymptomId,
  type YesNo,
} from '../questionnaire/options.js';
import type { Guide, GuideSectionId, OptionFieldId, OptionId, Situation, SureResult } from '../guide/types.js';
import { ABOUT_TEXT, LAST_REVIEWED, PUBLISHER_TEXT } from './about.js';
import { offeredBy, type PublisherInfo } from './publisher.js';
import { notAnswered, ratedSymptomText, triedTherapyText } from './answer-text.js';
import { clinicianSummaryRows, type SummaryRow } from './clinician-summary.js';
import { formatDate } from './date-format.js';
import { isIsoDate } from './dates.js';
import { isDraftLocale } from '../i18n/localization.js';
import { machineTranslationNotice } from './translation-notice.js';
import { DECISION_TEXT, POTS_TEXT } from './decision.js';
import { EVIDENCE_TEXT } from './evidence.js';
import { conditionLabels, durationLabels, leaningLabels, listOf, outcomeLabels, severityLabels, symptomShortLabels } from './labels.js';
import { OPTION_FIELD_LABELS, OPTION_TEXT } from './options.js';
import { QUESTION_TO_ASK_TEXT } from './questions-to-ask.js';
import { GENERAL_SAFETY_TEXT, KEY_POINT_TEXT, SAFETY_FLAG_TEXT } from './safety.js';
import { DIAGNOSIS_TEXT, PATTERN_TEXT } from './situation.js';
import { SOURCE_IDS, sourceEntry, type SourceEntry, type SourceId, type SourcedText } from './sources.js';
import { SURE_SOURCES, SURE_STATUS_TEXT, SURE_TEXT } from './sure.js';
import { VALUE_CONFLICT_TEXT } from './values.js';
import { GROUP_TEXT, questionText, VALUE_SHORT_LABELS } from './question-text.js';

export type Block =
  | { type: 'paragraph'; text: string; sources?: readonly SourceId[] }
  | { type: 'list'; items: string[]; ordered?: boolean; sources?: readonly SourceId[] }
  | { type: 'flag'; id: string; title: string; raise?: string; why: string; sources: readonly SourceId[] }
  | OptionsBlock
  | ChoiceBlock
  | { type: 'table'; caption: string; head: string[]; rows: string[][]; sources?: readonly SourceId[] }
  | { type: 'summary'; rows: SummaryRow[] }
  | SymptomChartBlock
  | {
      type: 'sure';
      title: string;
      items: { id: SureItem; question: string; answer?: YesNo }[];
      status: SureResult['status'];
      statusText: string;
      sources: readonly SourceId[];
    }
  | { type: 'sources'; items: SourceEntry[] };

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

/**
 * The options in one table: a column per option, a row per field, so each
 * field can be compared across options. Narrow screens stack it by field.
 */
export interface OptionsBlock {
  type: 'options';
  caption: string;
  options: { id: OptionId; name: string }[];
  /** The header of the field column, for screen readers. */
  corner: string;
  fields: { id: OptionFieldId; label: string; cells: { text: string; sources: readonly SourceId[] }[] }[];
  /** Every source the cells cite. */
  sources: readonly SourceId[];
}

/** A question answered on the guide itself, such as which option the patient is leaning toward. */
export interface ChoiceBlock {
  type: 'choice';
  question: 'leaning';
  legend: string;
  hint?: string;
  choices: { value: Leaning; label: string }[];
  answer?: Leaning;
  /** The answer in words, or that there is none yet: for print and the text export. */
  answerText: string;
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
  pots: () => msg('About POTS', { id: 'guide.pots.heading', desc: 'Guide section heading: what POTS is.' }),
  decision: () => msg('Your decision', { id: 'guide.decision.heading', desc: 'Guide section heading: the decision the guide is about.' }),
  situation: () => msg('Your situation in brief', { id: 'guide.situation.heading', desc: 'Guide section heading.' }),
  options: () => msg('Your options side by side', { id: 'guide.options.heading', desc: 'Guide section heading.' }),
  evidence: () => msg('What the evidence says', { id: 'guide.evidence.heading', desc: 'Guide section heading.' }),
  values: () => msg('What matters to you', { id: 'guide.values.heading', desc: 'Guide section heading.' }),
  leaning: () => msg('Where you stand', { id: 'guide.leaning.heading', desc: 'Guide section heading: which option the patient leans toward, and readiness.' }),
  questions: () => msg('Questions to ask your clinician', { id: 'guide.questions.heading', desc: 'Guide section heading.' }),
  'clinician-summary': () => msg('For your clinician', { id: 'guide.clinician-summary.heading', desc: 'Guide section heading.' }),
  about: () => msg('Sources and about this guide', { id: 'guide.about.heading', desc: 'Guide section heading.' }),
};

const paragraph = (t: SourcedText): Block => ({ type: 'paragraph', text: t.text(), sources: t.sources });

/** A list whose items are sourced statements, citing them all after the list. */
const sourcedList = (items: readonly SourcedText[]): Block => ({
  type: 'list',
  items: items.map((t) => t.text()),
  sources: [...new Set(items.flatMap((t) => t.sources))],
});

type Builder = (g: Guide, locale: string, publisher: PublisherInfo) => Block[];

const BUILDERS: Record<GuideSectionId, Builder> = {
  safety: safetyBlocks,
  pots: () => POTS_TEXT.map(paragraph),
  decision: (g) => [
    ...DECISION_TEXT.map(paragraph),
    sourcedList(g.keyPoints.map((id) => KEY_POINT_TEXT[id])),
    { type: 'paragraph', text: ABOUT_TEXT.disclaimer.text() },
  ],
  situation: situationBlocks,
  options: optionBlocks,
  evidence: (g, locale) => {
    const others = listOf(
      g.conditionsWithoutEvidence.map((c) => conditionLabels[c]()),
      locale,
      'unit',
    );
    return g.evidence.map((id) => ({ type: 'paragraph', text: EVIDENCE_TEXT[id].text(others, locale), sources: EVIDENCE_TEXT[id].sources }));
  },
  values: valueBlocks,
  leaning: leaningBlocks,
  questions: (g) => [{ type: 'list', ordered: true, items: g.questions.map((id) => QUESTION_TO_ASK_TEXT[id]()) }],
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

/**
 * The guide in words, in the active locale. `publisher` holds the clinic's own
 * statements for the About section (funding, conflicts, review), when it gave them.
 */
export function guideDocument(guide: Guide, locale: string, publisher: PublisherInfo = {}): GuideDocument {
  const sections = guide.sections.map((id) => ({ id, heading: HEADINGS[id](), blocks: BUILDERS[id](guide, locale, publisher) }));
  // The reference list holds what the rest of the document cites, so it can never list too much or too little.
  const sources = citedSources(sections.flatMap((s) => s.blocks));
  for (const block of sections.flatMap((s) => s.blocks)) {
    if (block.type === 'sources') block.items = sources.map(sourceEntry);
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
    return { type: 'flag', id, title: t.title(), ...(t.raise && { raise: t.raise() }), why: t.why(), sources: t.sources };
  });
  const lead = g.safety.length
    ? msg('For everyone:', { id: 'guide.safety.everyone', desc: 'Introduces general safety points after personal ones.' })
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
  return [...flags, ...withheld, { type: 'paragraph', text: lead }, sourcedList(g.generalSafety.map((id) => GENERAL_SAFETY_TEXT[id]))];
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
  const pattern = PATTERN_TEXT[s.pattern];
  if (pattern) blocks.push(paragraph(pattern));
  // The chart replaces the former text list: it shows the same words, and the text export still lists them.
  if (s.symptoms.length) blocks.push(symptomChart(s.symptoms));
  if (s.tried.length) {
    blocks.push({
      type: 'paragraph',
      text: msg('What you have tried:', { id: 'guide.situation.tried', desc: 'Introduces the treatments tried.' }),
    });
    blocks.push({ type: 'list', items: s.tried.map(triedTherapyText) });
  } else {
    blocks.push({
      type: 'paragraph',
      text: msg('You have not tried any of the listed treatments.', { id: 'guide.situation.tried-none', desc: 'When no listed treatment was tried.' }),
    });
  }
  if (s.naltrexoneBefore === 'yes') {
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
  const options = g.options.options.map((id) => ({ id, name: OPTION_TEXT[id].name() }));
  const fields = g.options.fields.map((field) => ({
    id: field,
    label: OPTION_FIELD_LABELS[field](),
    cells: g.options.options.map((option) => {
      const cell = OPTION_TEXT[option].fields[field];
      return { text: cell.text(), sources: cell.sources };
    }),
  }));
  return [
    {
      type: 'options',
      caption: msg('The options compared', { id: 'guide.options.caption', desc: 'Caption of the options table.' }),
      corner: msg('What to compare', { id: 'guide.options.corner', desc: 'Header of the options table’s first column (read by screen readers only).' }),
      options,
      fields,
      sources: SOURCE_IDS.filter((id) => fields.some((f) => f.cells.some((c) => c.sources.includes(id)))),
    },
  ];
}

/** Importance levels from most to least, for the short list of ratings. */
const IMPORTANCE_DESCENDING = [...IMPORTANCE].reverse();

const RATED_LEAD: Record<Importance, (values: string) => string> = {
  'a-lot': (values) => msg(str`Matters a lot: ${values}.`, { id: 'guide.values.a-lot', desc: 'Placeholder: a list of values rated "a lot".' }),
  somewhat: (values) => msg(str`Matters somewhat: ${values}.`, { id: 'guide.values.somewhat', desc: 'Placeholder: a list of values rated "somewhat".' }),
  'not-much': (values) => msg(str`Matters less: ${values}.`, { id: 'guide.values.not-much', desc: 'Placeholder: a list of values rated "not much".' }),
};

/** When every value got the same rating, one sentence says so instead of listing them all. */
const RATED_ALL: Record<Importance, () => string> = {
  'a-lot': () => msg('Everything you rated matters a lot to you.', { id: 'guide.values.all-a-lot', desc: 'Every value was rated "a lot".' }),
  somewhat: () => msg('Everything you rated matters somewhat to you.', { id: 'guide.values.all-somewhat', desc: 'Every value was rated "somewhat".' }),
  'not-much': () => msg('Nothing you rated matters much to you.', { id: 'guide.values.all-not-much', desc: 'Every value was rated "not much".' }),
};

/** How the patient's values bear on the options: each pull against an option in a sentence, then their ratings in brief. */
function valueBlocks(g: Guide, locale: string): Block[] {
  if (!g.values.length)
    return [{ type: 'paragraph', text: msg('You did not rate what matters to you.', { id: 'guide.values.none', desc: 'No values rated.' }) }];
  const conflicts: Block[] = g.conflicts.length
    ? g.conflicts.map((c) => paragraph(VALUE_CONFLICT_TEXT[c.id]))
    : [
        {
          type: 'paragraph',
          text: msg('Nothing you rated pulls strongly against one of the options.', {
            id: 'guide.values.no-conflict',
            desc: 'When no rated value pulls against an option.',
          }),
        },
      ];
  // A value already named in a sentence above is not listed again.
  const named = new Set(g.conflicts.map((c) => c.value));
  const level = g.values[0]!.importance;
  if (g.values.length === VALUES.length && g.values.every((v) => v.importance === level))
    return [...conflicts, { type: 'paragraph', text: RATED_ALL[level]() }];
  const ratings = IMPORTANCE_DESCENDING.flatMap((level) => {
    const rated = g.values.filter((v) => v.importance === level && !named.has(v.id)).map((v) => VALUE_SHORT_LABELS[v.id]());
    return rated.length ? [RATED_LEAD[level](listOf(rated, locale, 'unit'))] : [];
  });
  return ratings.length ? [...conflicts, { type: 'list', items: ratings }] : conflicts;
}

function leaningBlocks(g: Guide): Block[] {
  const leaning = questionText('leaning');
  return [
    {
      type: 'choice',
      question: 'leaning',
      legend: leaning.legend(),
      ...(leaning.hint && { hint: leaning.hint() }),
      choices: LEANING.map((value) => ({ value, label: leaningLabels[value]() })),
      answer: g.leaning,
      answerText: g.leaning ? leaningLabels[g.leaning]() : notAnswered(),
    },
    {
      type: 'sure',
      title: GROUP_TEXT.sure.legend(),
      items: SURE_ITEMS.map((id) => ({ id, question: SURE_TEXT[id](), answer: g.sure.answers[id] })),
      status: g.sure.status,
      statusText: SURE_STATUS_TEXT[g.sure.status](),
      sources: SURE_SOURCES,
    },
  ];
}

/** Authorship, funding, conflicts, review and update policy (IPDAS certification criteria), then the sources. */
function aboutBlocks(_g: Guide, locale: string, p: PublisherInfo): Block[] {
  const lines: string[] = [ABOUT_TEXT.authors.text()];
  if (p.publisher) lines.push(offeredBy(p.publisher));
  lines.push(ABOUT_TEXT.funding.text());
  const clinic = p.publisher ?? PUBLISHER_TEXT.yourClinic();
  if (p.funding) lines.push(PUBLISHER_TEXT.funding(clinic, p.funding));
  if (p.conflicts) lines.push(PUBLISHER_TEXT.conflicts(clinic, p.conflicts));
  if (p.reviewer) {
    lines.push(
      p.reviewDate && isIsoDate(p.reviewDate)
        ? PUBLISHER_TEXT.reviewed(p.reviewer, formatDate(p.reviewDate, locale))
        : PUBLISHER_TEXT.reviewedUndated(p.reviewer),
    );
  } else {
    lines.push(ABOUT_TEXT['not-reviewed'].text());
  }
  // A clinician's review covers the English; a machine-drafted translation says what it is.
  if (isDraftLocale(locale)) lines.push(machineTranslationNotice());
  const date = formatDate(LAST_REVIEWED, locale);
  lines.push(
    msg(str`Last reviewed against its sources: ${date}.`, { id: 'guide.about.last-reviewed', desc: 'Placeholder: a date.' }),
    ABOUT_TEXT.updates.text(),
  );
  return [
    { type: 'paragraph', text: ABOUT_TEXT.standards.text(), sources: ABOUT_TEXT.standards.sources },
    { type: 'list', items: lines },
    // Filled in by guideDocument() once every section is built.
    { type: 'sources', items: [] },
  ];
}
