import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { SEVERITY, SYMPTOMS } from '../../answers/options.js';
import { asksWorstSymptom, ratedSymptoms } from '../../answers/predicates.js';
import { severityLabels, symptomLabels } from '../../content/labels.js';
import { symptomField } from '../../flow/fields.js';
import { choicesOf, radioGroup, ratingList } from '../form-controls.js';
import { errorFor, type StepProps } from './step-props.js';

export function renderSymptoms(p: StepProps) {
  const a = p.answers;
  return html`
    ${ratingList({
      id: 'symptom-ratings',
      legend: msg('How much has each of these bothered you in the last two weeks?', { id: 'symptoms.lead', desc: 'Introduces the symptom ratings.' }),
      scale: choicesOf(SEVERITY, severityLabels),
      items: SYMPTOMS.map((id) => ({ field: symptomField(id), label: symptomLabels[id](), value: a.symptoms[id], error: errorFor(p, symptomField(id)) })),
      onChange: (index, severity) => p.update({ symptoms: { ...a.symptoms, [SYMPTOMS[index]]: severity } }),
    })}
    ${asksWorstSymptom(a)
      ? radioGroup({
          id: 'worst-symptom',
          legend: msg('Which one bothers you most?', { id: 'symptoms.worst.legend', desc: 'Question: the main symptom.' }),
          hint: msg('Choose from the symptoms you rated.', { id: 'symptoms.worst.hint', desc: 'Hint.' }),
          choices: choicesOf(ratedSymptoms(a), symptomLabels),
          value: a.worstSymptom,
          error: errorFor(p, 'worst-symptom'),
          onChange: (worstSymptom) => p.update({ worstSymptom }),
        })
      : nothing}
  `;
}
