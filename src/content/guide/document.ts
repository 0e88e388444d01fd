/**
 * Puts the guide's sections together in the active locale: each section's
 * blocks come from the builder beside its wording, and the reference list is
 * filled in last, from what the rest of the document cites.
 */
import type { Guide, GuideSectionId } from '../../guide/types.js';
import { aboutSection } from '../about.js';
import { clinicianSummarySection } from '../clinician-summary.js';
import { decisionSection, potsSection } from '../decision.js';
import { evidenceSection } from '../evidence.js';
import { forYouSection } from '../for-you.js';
import { optionsSection } from '../options.js';
import type { PublisherInfo } from '../publisher.js';
import { questionsSection } from '../questions-to-ask.js';
import { everyoneSection, safetySection } from '../safety-sections.js';
import { situationSection } from '../situation.js';
import { SOURCE_IDS, sourceEntry, type SourceId } from '../sources.js';
import { leaningSection } from '../leaning.js';
import { valuesSection } from '../values.js';
import type { Block, GuideDocument, SectionBuilder } from './blocks.js';
import { guideTitle, SECTION_HEADINGS } from './headings.js';

/** Each section's builder (exported for the review pack, which lists what each section can say). */
export const SECTION_BUILDERS: Record<GuideSectionId, SectionBuilder> = {
  safety: safetySection,
  'for-you': forYouSection,
  everyone: everyoneSection,
  pots: potsSection,
  decision: decisionSection,
  situation: situationSection,
  options: optionsSection,
  evidence: evidenceSection,
  values: valuesSection,
  leaning: leaningSection,
  questions: questionsSection,
  'clinician-summary': clinicianSummarySection,
  about: aboutSection,
};

/**
 * The guide in words, in the active locale. `publisher` holds the clinic's own
 * statements for the About section (funding, conflicts, review), when it gave them;
 * `answeredOn` the day the patient last changed an answer, for the clinician summary.
 */
export function guideDocument(guide: Guide, locale: string, publisher: PublisherInfo = {}, answeredOn?: string): GuideDocument {
  const input = { guide, locale, publisher, ...(answeredOn && { answeredOn }) };
  const sections = guide.sections.map((id) => ({ id, heading: SECTION_HEADINGS[id](), blocks: SECTION_BUILDERS[id](input) }));
  // The reference list holds what the rest of the document cites, so it can never list too much or too little.
  const sources = citedSources(sections.flatMap((s) => s.blocks));
  for (const block of sections.flatMap((s) => s.blocks)) {
    if (block.type === 'sources') block.items = sources.map(sourceEntry);
  }
  return { title: guideTitle(), sections, sources };
}

function citedSources(blocks: readonly Block[]): SourceId[] {
  // Stryker disable next-line ArrayDeclaration,ConditionalExpression,LogicalOperator: no builder writes a sources key with no value, and the sources block has none; the fallback and the type test only satisfy TypeScript
  const cited = new Set(blocks.flatMap((b) => (b.type !== 'sources' && 'sources' in b ? (b.sources ?? []) : [])));
  return SOURCE_IDS.filter((id) => cited.has(id));
}
