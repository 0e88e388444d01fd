import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { SEVERITY, SYMPTOMS } from '../../answers/options.js';
import { asksWorstSymptom, ratedSymptoms } from '../../answers/predicates.js';
import { severityLabels, symptomLabels } from '../../content/labels.js';
import { symptomField } from '../../flow/fields.js';
import { choicesOf, radioGroup } from '../form-controls.js';
import { errorFor, type StepProps } from './step-props.js';

export const symptomsHeading = () => msg('Your symptoms', { id: 'symptoms.heading', desc: 'Step heading.' });

export function renderSymptoms(p: StepProps) {
  const a = p.answers;
  return html`
    <p class="lead">
      ${msg('How much has each of these bothered you in the last two weeks?', { id: 'symptoms.lead', desc: 'Introduces the symptom ratings.' })}
    </p>
    ${SYMPTOMS.map((id) =>
      radioGroup({
        id: symptomField(id),
        small: true,
        inline: true,
        legend: symptomLabels[id](),
        choices: choicesOf(SEVERITY, severityLabels),
        value: a.symptoms[id],
        error: errorFor(p, symptomField(id)),
        onChange: (severity) => p.update({ symptoms: { ...a.symptoms, [id]: severity } }),
      }),
    )}
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
