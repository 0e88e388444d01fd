/**
 * The guide as a localized document: sections of plain blocks (paragraphs,
 * lists, tables). The Lit view and the text export both render this one
 * structure, so what is printed, copied and downloaded always matches. The
 * section builders beside each topic's wording make the blocks; document.ts
 * puts the sections together.
 */
import type { Guide, GuideSectionId, OptionFieldId, OptionId, SureResult } from '../../guide/types.js';
import type { Leaning, SureItem, SymptomId, YesNo } from '../../questionnaire/options.js';
import type { PublisherInfo } from '../publisher.js';
import type { SourceEntry, SourceId, SourcedText } from '../sources.js';

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

/** One line of the clinician summary: "Label: value". */
export interface SummaryRow {
  label: string;
  value: string;
}

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

/** What a section builder gets: the guide's data, the active locale, the clinic's own statements for the About section, and the day the patient answered. */
export interface SectionInput {
  guide: Guide;
  locale: string;
  publisher: PublisherInfo;
  /** The patient's own day (YYYY-MM-DD) on which an answer last changed, when known: the clinician summary says it. */
  answeredOn?: string;
}

/** Makes one section's blocks; its words come from the wording records beside it. */
export type SectionBuilder = (input: SectionInput) => Block[];

export const paragraph = (t: SourcedText): Block => ({ type: 'paragraph', text: t.text(), sources: t.sources });

/** A paragraph of text that cites nothing. */
export const plain = (text: string): Block => ({ type: 'paragraph', text });

/** A list whose items are sourced statements, citing them all after the list. */
export const sourcedList = (items: readonly SourcedText[]): Block => ({
  type: 'list',
  items: items.map((t) => t.text()),
  sources: [...new Set(items.flatMap((t) => t.sources))],
});
