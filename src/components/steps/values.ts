import { msg } from '@lit/localize';
import { IMPORTANCE, VALUES } from '../../answers/options.js';
import { importanceLabels } from '../../content/labels.js';
import { VALUE_TEXT } from '../../content/values.js';
import { valueField } from '../../flow/fields.js';
import { choicesOf, ratingList } from '../form-controls.js';
import { errorFor, type StepProps } from './step-props.js';

export function renderValues(p: StepProps) {
  const a = p.answers;
  return ratingList({
    id: 'value-ratings',
    legend: msg('How much does each of these matter to you?', { id: 'values.legend', desc: 'Question above the values to rate.' }),
    hint: msg('There are no right or wrong answers.', { id: 'values.hint', desc: 'Hint for the values question.' }),
    scale: choicesOf(IMPORTANCE, importanceLabels),
    items: VALUES.map((id) => ({ field: valueField(id), label: VALUE_TEXT[id].label(), value: a.values[id], error: errorFor(p, valueField(id)) })),
    onChange: (index, importance) => p.update({ values: { ...a.values, [VALUES[index]]: importance } }),
  });
}
