/** The guide's title, its section headings, and the labels inside a safety flag. */
import { msg } from '@lit/localize';
import type { GuideSectionId } from '../../guide/types.js';

export const guideTitle = () => msg('Your discussion guide: low-dose naltrexone (LDN) for POTS', { id: 'guide.title', desc: 'Title of the guide.' });

export const SECTION_HEADINGS: Record<GuideSectionId, () => string> = {
  safety: () => msg('Safety first', { id: 'guide.safety.heading', desc: 'Guide section heading.' }),
  'for-you': () =>
    msg('Most relevant to you', {
      id: 'guide.for-you.heading',
      desc: 'Guide section heading: the patient’s three most relevant points, after their safety flags.',
    }),
  everyone: () =>
    msg('Safety for everyone', { id: 'guide.everyone.heading', desc: 'Guide section heading: the safety points for everyone, after the patient’s own.' }),
  pots: () => msg('About POTS', { id: 'guide.pots.heading', desc: 'Guide section heading: what POTS is.' }),
  decision: () => msg('Your decision', { id: 'guide.decision.heading', desc: 'Guide section heading: the decision the guide is about.' }),
  situation: () => msg('Your situation', { id: 'guide.situation.heading', desc: 'Guide section heading.' }),
  options: () => msg('Your options', { id: 'guide.options.heading', desc: 'Guide section heading.' }),
  evidence: () => msg('What the evidence says', { id: 'guide.evidence.heading', desc: 'Guide section heading.' }),
  values: () => msg('What matters to you', { id: 'guide.values.heading', desc: 'Guide section heading.' }),
  leaning: () => msg('Where you stand', { id: 'guide.leaning.heading', desc: 'Guide section heading: which option the patient leans toward, and readiness.' }),
  questions: () => msg('Questions to ask', { id: 'guide.questions.heading', desc: 'Guide section heading.' }),
  'clinician-summary': () => msg('For your clinician', { id: 'guide.clinician-summary.heading', desc: 'Guide section heading.' }),
  about: () => msg('Sources and about this guide', { id: 'guide.about.heading', desc: 'Guide section heading.' }),
};

/** The labels before a safety flag's two parts, the same on screen, on paper and in the text export. */
export const FLAG_LABELS = {
  raise: () => msg('Raise this:', { id: 'guide.flag.raise', desc: 'Label before what to raise.' }),
  why: () => msg('Why:', { id: 'guide.flag.why', desc: 'Label before why it matters.' }),
};
