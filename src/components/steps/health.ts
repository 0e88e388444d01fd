import { msg } from '@lit/localize';
import { html } from 'lit';
import { CONDITIONS, CONDITIONS_EXCLUSIVE, OUTCOMES, YES_NO_NOT_SURE, YES_NO_NOT_SURE_PREFER_NOT, YES_NO_PREFER_NOT } from '../../answers/options.js';
import type { ConditionsExclusive } from '../../answers/options.js';
import {
  answerLabels,
  conditionLabels,
  conditionsExclusiveLabels,
  outcomeLabels,
  yesNoNotSureLabels,
  yesNoPreferNotLabels,
} from '../../content/labels.js';
import { checkboxGroup, choicesOf, radioGroup, selectAllHint } from '../form-controls.js';
import { errorFor, type StepProps } from './step-props.js';

export function renderHealth(p: StepProps) {
  const a = p.answers;
  const naltrexoneOutcome = radioGroup({
    id: 'naltrexone-outcome',
    small: true,
    legend: msg('How did it go?', { id: 'health.naltrexone-outcome.legend', desc: 'Follow-up question about naltrexone or LDN.' }),
    choices: choicesOf(OUTCOMES, outcomeLabels),
    value: a.naltrexoneOutcome,
    error: errorFor(p, 'naltrexone-outcome'),
    onChange: (naltrexoneOutcome) => p.update({ naltrexoneOutcome }),
  });
  return html`
    ${radioGroup({
      id: 'liver',
      legend: msg('Do you have liver disease or liver problems?', { id: 'health.liver.legend', desc: 'Question.' }),
      hint: msg('For example, hepatitis or cirrhosis.', { id: 'health.liver.hint', desc: 'Hint.' }),
      choices: choicesOf(YES_NO_NOT_SURE_PREFER_NOT, answerLabels),
      value: a.liver,
      error: errorFor(p, 'liver'),
      onChange: (liver) => p.update({ liver }),
    })}
    ${radioGroup({
      id: 'pregnancy',
      legend: msg('Are you pregnant, planning a pregnancy or breastfeeding?', { id: 'health.pregnancy.legend', desc: 'Question.' }),
      choices: choicesOf(YES_NO_PREFER_NOT, yesNoPreferNotLabels),
      value: a.pregnancy,
      error: errorFor(p, 'pregnancy'),
      onChange: (pregnancy) => p.update({ pregnancy }),
    })}
    ${radioGroup({
      id: 'naltrexone-before',
      legend: msg('Have you taken naltrexone or LDN before?', { id: 'health.naltrexone-before.legend', desc: 'Question.' }),
      choices: choicesOf(YES_NO_NOT_SURE, yesNoNotSureLabels).map((choice) => ({
        ...choice,
        reveal: choice.value === 'yes' ? naltrexoneOutcome : undefined,
      })),
      value: a.naltrexoneBefore,
      error: errorFor(p, 'naltrexone-before'),
      onChange: (naltrexoneBefore) => p.update({ naltrexoneBefore }),
    })}
    ${checkboxGroup({
      id: 'conditions',
      legend: msg('Has a clinician told you that you have any of these conditions?', { id: 'health.conditions.legend', desc: 'Question.' }),
      hint: selectAllHint(),
      choices: choicesOf(CONDITIONS, conditionLabels),
      selected: a.conditionsExclusive ? [] : a.conditions,
      error: errorFor(p, 'conditions'),
      onChange: (conditions) => p.update({ conditions, conditionsExclusive: undefined }),
      exclusive: {
        choices: choicesOf(CONDITIONS_EXCLUSIVE, conditionsExclusiveLabels),
        value: a.conditionsExclusive,
        onChange: (value) => p.update({ conditionsExclusive: value as ConditionsExclusive | undefined }),
      },
    })}
  `;
}
