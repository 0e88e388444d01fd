/** The "Safety first" and "For everyone" sections: each flag worded for this guide, in order, and the points for everyone. */
import { msg } from '@lit/localize';
import type { Guide, SafetyFlagId } from '../guide/types.js';
import { type Block, plain, type SectionBuilder, sourcedList } from './guide/blocks.js';
import { GENERAL_SAFETY_TEXT, SAFETY_FLAG_TEXT } from './safety.js';

/** The safety section's own sentences, around the flags. */
const SAFETY_SECTION_TEXT = {
  noFlags: () =>
    msg('Nothing you told us needs to be raised first.', {
      id: 'guide.safety.nothing-first',
      desc: 'Under "Safety first" when no personal safety flag applies; the points for everyone follow later.',
    }),
  withheld: () =>
    msg('You chose not to answer some health questions, which can matter for LDN. Your clinician may ask about them.', {
      id: 'guide.safety.withheld',
      desc: 'Shown when a safety question was answered "prefer not to say".',
    }),
};

/**
 * What picks a flag's words for this guide: an opioid-free period offered, the
 * answer on treatment for opioid use disorder (withheld, or possibly in it),
 * naltrexone never taken, pregnant.
 */
type FlagContext = Pick<Guide, 'opioidFreePeriod' | 'oudTreatmentPossible' | 'neverTookNaltrexone' | 'safety' | 'clinicianSummary'>;

/** The answer on treatment for opioid use disorder was withheld, so its own flag is not shown. */
const oudTreatmentWithheld = (id: SafetyFlagId, g: FlagContext) =>
  g.clinicianSummary.withheld.includes('opioid-use-disorder-treatment') ? SAFETY_FLAG_TEXT[id].whyIfOudTreatmentWithheld : undefined;

/** Why a flag matters, in the first of its wordings that fits this guide, in this order; else its plain `why`. */
export function flagWhy(id: SafetyFlagId, g: FlagContext): string {
  const t = SAFETY_FLAG_TEXT[id];
  if (g.opioidFreePeriod && t.whyWithOpioidFreePeriod) return t.whyWithOpioidFreePeriod();
  const withheld = oudTreatmentWithheld(id, g);
  if (withheld) return withheld.text();
  if (g.safety.includes('opioid-use-disorder-treatment') && t.whyAboveOudFlag) return t.whyAboveOudFlag();
  if (g.oudTreatmentPossible && t.whyInOudTreatment) return t.whyInOudTreatment();
  if (g.neverTookNaltrexone && t.whyNeverTookNaltrexone) return t.whyNeverTookNaltrexone();
  if (g.safety.includes('pregnant') && t.whyWhenPregnant) return t.whyWhenPregnant();
  return t.why();
}

/** "Safety first": the patient's own flags in order, and a word on withheld answers. */
export const safetySection: SectionBuilder = ({ guide: g }) => {
  const flags: Block[] = g.safety.map((id) => {
    const t = SAFETY_FLAG_TEXT[id];
    const sources = [...t.sources, ...(oudTreatmentWithheld(id, g)?.sources ?? [])];
    return { type: 'flag', id, title: t.title(), ...(t.raise && { raise: t.raise() }), why: flagWhy(id, g), sources };
  });
  const withheld = g.safetyWithheld ? [plain(SAFETY_SECTION_TEXT.withheld())] : [];
  return flags.length || withheld.length ? [...flags, ...withheld] : [plain(SAFETY_SECTION_TEXT.noFlags())];
};

/** "For everyone thinking about LDN": the safety points everyone gets, after the patient's own points. */
export const everyoneSection: SectionBuilder = ({ guide: g }) => [sourcedList(g.generalSafety.map((id) => GENERAL_SAFETY_TEXT[id]))];
