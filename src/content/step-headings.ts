/** The heading of each step: the page's name on screen, in announcements, and as the group text in FHIR. */
import { msg } from '@lit/localize';
import type { StepId } from '../flow/steps.js';

const STEP_HEADINGS: Record<StepId, () => string> = {
  intro: () => msg('Talking about low-dose naltrexone (LDN) for POTS', { id: 'intro.heading', desc: 'Heading of the first page.' }),
  condition: () => msg('Your POTS', { id: 'condition.heading', desc: 'Step heading.' }),
  therapies: () => msg('Treatments you have tried', { id: 'therapies.heading', desc: 'Step heading.' }),
  opioids: () => msg('Opioid medicines', { id: 'opioids.heading', desc: 'Step heading.' }),
  health: () => msg('Your health', { id: 'health.heading', desc: 'Step heading.' }),
  symptoms: () => msg('Your symptoms', { id: 'symptoms.heading', desc: 'Step heading.' }),
  values: () => msg('What matters to you', { id: 'values.heading', desc: 'Step heading.' }),
  review: () => msg('Check your answers', { id: 'review.heading', desc: 'Step heading.' }),
  guide: () => msg('Your discussion guide', { id: 'guide.heading', desc: 'Step heading.' }),
};

export const stepHeading = (step: StepId): string => STEP_HEADINGS[step]();
