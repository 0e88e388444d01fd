import { msg } from '@lit/localize';
import { html } from 'lit';
import { DIAGNOSIS, DURATION } from '../../answers/options.js';
import { diagnosisLabels, durationLabels } from '../../content/labels.js';
import { choicesOf, radioGroup } from '../form-controls.js';
import { errorFor, type StepProps } from './step-props.js';

export function renderCondition(p: StepProps) {
  return html`
    ${radioGroup({
      id: 'diagnosis',
      legend: msg('Has a clinician diagnosed you with POTS?', { id: 'condition.diagnosis.legend', desc: 'Question.' }),
      choices: choicesOf(DIAGNOSIS, diagnosisLabels),
      value: p.answers.diagnosis,
      error: errorFor(p, 'diagnosis'),
      onChange: (diagnosis) => p.update({ diagnosis }),
    })}
    ${radioGroup({
      id: 'duration',
      legend: msg('How long have you had POTS symptoms?', { id: 'condition.duration.legend', desc: 'Question.' }),
      optional: true,
      choices: choicesOf(DURATION, durationLabels),
      value: p.answers.duration,
      onChange: (duration) => p.update({ duration }),
    })}
  `;
}
