import type { Guide } from '../guide/types.js';
import { ABOUT_TEXT } from './about.js';
import { EVIDENCE_TEXT } from './evidence.js';
import { COMPARISON_SOURCES, CONVENTIONAL_PROFILE_SOURCES, OPTION_SOURCES_NOTE, OPTION_TEXT } from './options.js';
import { GENERAL_SAFETY_TEXT, KEY_POINT_TEXT, SAFETY_FLAG_TEXT } from './safety.js';
import { PATTERN_TEXT } from './situation.js';
import { SOURCE_IDS, type SourceId } from './sources.js';
import { SURE_SOURCES } from './sure.js';
import { VALUE_TEXT } from './values.js';

/** Every source cited by what this guide shows, in the order of the sources table. */
export function citedSources(guide: Omit<Guide, 'sources'>): SourceId[] {
  const cited = new Set<SourceId>([
    ...guide.safety.flatMap((id) => SAFETY_FLAG_TEXT[id].sources),
    ...guide.generalSafety.flatMap((id) => GENERAL_SAFETY_TEXT[id].sources),
    ...guide.keyPoints.flatMap((id) => KEY_POINT_TEXT[id].sources),
    ...PATTERN_TEXT[guide.situation.pattern].sources,
    ...OPTION_SOURCES_NOTE.sources,
    ...guide.options.options.flatMap((id) => OPTION_TEXT[id].sources),
    ...COMPARISON_SOURCES,
    ...CONVENTIONAL_PROFILE_SOURCES,
    ...guide.evidence.flatMap((id) => EVIDENCE_TEXT[id].sources),
    ...guide.values.flatMap((v) => VALUE_TEXT[v.id].sources),
    ...SURE_SOURCES,
    ...Object.values(ABOUT_TEXT).flatMap((t) => t.sources),
  ]);
  return SOURCE_IDS.filter((id) => cited.has(id));
}
