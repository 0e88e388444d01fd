import type { TemplateResult } from 'lit';
import type { QuestionStep } from '../flow/steps.js';
import { renderCondition } from './steps/condition.js';
import { renderHealth } from './steps/health.js';
import { renderOpioids } from './steps/opioids.js';
import type { StepProps } from './steps/step-props.js';
import { renderSymptoms } from './steps/symptoms.js';
import { renderTherapies } from './steps/therapies.js';
import { renderValues } from './steps/values.js';

const QUESTION_VIEWS: Record<QuestionStep, (p: StepProps) => TemplateResult> = {
  condition: renderCondition,
  therapies: renderTherapies,
  opioids: renderOpioids,
  health: renderHealth,
  symptoms: renderSymptoms,
  values: renderValues,
};

export const renderQuestionStep = (step: QuestionStep, p: StepProps): TemplateResult => QUESTION_VIEWS[step](p);
