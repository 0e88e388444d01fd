import type { TemplateResult } from 'lit';
import type { QuestionStep, StepId } from '../flow/steps.js';
import { conditionHeading, renderCondition } from './steps/condition.js';
import { healthHeading, renderHealth } from './steps/health.js';
import { introHeading } from './steps/intro.js';
import { opioidsHeading, renderOpioids } from './steps/opioids.js';
import { reviewHeading } from './steps/review.js';
import type { StepProps } from './steps/step-props.js';
import { renderSymptoms, symptomsHeading } from './steps/symptoms.js';
import { renderTherapies, therapiesHeading } from './steps/therapies.js';
import { renderValues, valuesHeading } from './steps/values.js';
import { msg } from '@lit/localize';

const HEADINGS: Record<StepId, () => string> = {
  intro: introHeading,
  condition: conditionHeading,
  therapies: therapiesHeading,
  opioids: opioidsHeading,
  health: healthHeading,
  symptoms: symptomsHeading,
  values: valuesHeading,
  review: reviewHeading,
  guide: () => msg('Your discussion guide', { id: 'guide.heading', desc: 'Step heading.' }),
};

const QUESTION_VIEWS: Record<QuestionStep, (p: StepProps) => TemplateResult> = {
  condition: renderCondition,
  therapies: renderTherapies,
  opioids: renderOpioids,
  health: renderHealth,
  symptoms: renderSymptoms,
  values: renderValues,
};

export const stepHeading = (step: StepId): string => HEADINGS[step]();

export const renderQuestionStep = (step: QuestionStep, p: StepProps): TemplateResult => QUESTION_VIEWS[step](p);
