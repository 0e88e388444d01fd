import { msg } from '@lit/localize';
import { html } from 'lit';
import { IMPORTANCE, VALUES } from '../../answers/options.js';
import { importanceLabels } from '../../content/labels.js';
import { VALUE_TEXT } from '../../content/values.js';
import { valueField } from '../../flow/fields.js';
import { choicesOf, radioGroup } from '../form-controls.js';
import { errorFor, type StepProps } from './step-props.js';

export const valuesHeading = () => msg('What matters to you', { id: 'values.heading', desc: 'Step heading.' });

export function renderValues(p: StepProps) {
  const a = p.answers;
  return html`
    <p class="lead">
      ${msg('How much does each of these matter to you? There are no right or wrong answers.', { id: 'values.lead', desc: 'Introduces the values.' })}
    </p>
    ${VALUES.map((id) =>
      radioGroup({
        id: valueField(id),
        small: true,
        inline: true,
        legend: VALUE_TEXT[id].label(),
        choices: choicesOf(IMPORTANCE, importanceLabels),
        value: a.values[id],
        error: errorFor(p, valueField(id)),
        onChange: (importance) => p.update({ values: { ...a.values, [id]: importance } }),
      }),
    )}
  `;
}
