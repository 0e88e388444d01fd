/**
 * "Most relevant to you": the patient's three most relevant points, right
 * after their safety flags (the rule that picks them is guide/rules/highlights.ts),
 * and the key points every guide makes, which fill the list or else are said
 * in "Your decision". A point moved here from another section is not said there too.
 */
import { msg } from '@lit/localize';
import type { Guide, HighlightId, KeyPointId, PersonalHighlightId } from '../guide/types.js';
import { type SectionBuilder, sourcedList } from './guide/blocks.js';
import { DIAGNOSIS_TEXT, PATTERN_TEXT } from './situation.js';
import type { SourcedText } from './sources.js';

export const KEY_POINT_TEXT: Record<KeyPointId, SourcedText> = {
  'off-label': {
    sources: ['S0'],
    text: () =>
      msg('LDN for POTS is off-label: it is not approved for POTS by the medicines regulator.', {
        id: 'key.off-label',
        desc: 'Key point shown in every guide. "The medicines regulator" is the national one wherever the reader lives (in the US, the FDA): do not name one.',
      }),
  },
  'evidence-limited': {
    sources: ['S0'],
    text: () =>
      msg('The evidence for LDN in POTS is limited: small studies and patient reports.', {
        id: 'key.evidence-limited',
        desc: 'Key point shown in every guide, the one place it is said in full; elsewhere the guide points back to it.',
      }),
  },
  'clinician-decision': {
    sources: ['S0'],
    text: () =>
      msg('Any decision about LDN is for you and a clinician experienced with LDN.', {
        id: 'key.clinician-decision',
        desc: 'Key point shown in every guide.',
      }),
  },
};

/** The patient's own points; those that depend on one answer read it from the guide. */
const PERSONAL_HIGHLIGHT_TEXT: Record<PersonalHighlightId, (g: Guide) => SourcedText> = {
  'diagnosis-first': (g) => ({ sources: [], text: DIAGNOSIS_TEXT[g.situation.diagnosis === 'suspected' ? 'suspected' : 'not-sure'] }),
  'symptoms-not-ldn-targets': () => PATTERN_TEXT['conventional-targets'],
  'symptoms-ldn-targets': () => PATTERN_TEXT['ldn-targets'],
  'standard-care-untried': () => ({
    sources: ['S0'],
    text: () =>
      msg('You have not tried standard POTS treatments yet. LDN is usually considered when they have not helped enough.', {
        id: 'highlight.standard-care-untried',
        desc: 'One of the patient’s most relevant points: no standard POTS treatment tried yet, and when LDN is usually considered.',
      }),
  }),
};

const isKeyPoint = (id: HighlightId): id is KeyPointId => id in KEY_POINT_TEXT;

export const highlightText = (id: HighlightId, g: Guide): SourcedText => (isKeyPoint(id) ? KEY_POINT_TEXT[id] : PERSONAL_HIGHLIGHT_TEXT[id](g));

/** "Most relevant to you": three points, the patient's own first. */
export const forYouSection: SectionBuilder = ({ guide: g }) => [sourcedList(g.highlights.map((id) => highlightText(id, g)))];
