import { msg } from '@lit/localize';
import { html } from 'lit';
import { OUTCOMES, THERAPIES, THERAPY_STATUS, type TherapyId } from '../../answers/options.js';
import type { TherapyDetail } from '../../answers/types.js';
import { noneOfThese, outcomeLabels, therapyLabels, therapyStatusLabels } from '../../content/labels.js';
import { therapyOutcomeField, therapyStatusField } from '../../flow/fields.js';
import { checkboxGroup, choicesOf, radioGroup } from '../form-controls.js';
import { errorFor, type StepProps } from './step-props.js';

function renderDetail(p: StepProps, id: TherapyId) {
  const detail = p.answers.therapyDetails[id] ?? {};
  // Several treatments can be ticked: the hidden name tells screen reader users which one these questions are about.
  const which = html` <span class="visually-hidden">${therapyLabels[id]()}</span>`;
  const set = (patch: TherapyDetail) =>
    p.update({ therapyDetails: { ...p.answers.therapyDetails, [id]: { ...detail, ...patch } } });
  return html`
    ${radioGroup({
      id: therapyStatusField(id),
      small: true,
      inline: true,
      legend: html`${msg('Do you still take or do this?', { id: 'therapies.status.legend', desc: 'Follow-up question for a ticked treatment.' })}${which}`,
      choices: choicesOf(THERAPY_STATUS, therapyStatusLabels),
      value: detail.status,
      error: errorFor(p, therapyStatusField(id)),
      onChange: (status) => set({ status }),
    })}
    ${radioGroup({
      id: therapyOutcomeField(id),
      small: true,
      legend: html`${msg('How did it go?', { id: 'therapies.outcome.legend', desc: 'Follow-up question for a ticked treatment.' })}${which}`,
      choices: choicesOf(OUTCOMES, outcomeLabels),
      value: detail.outcome,
      error: errorFor(p, therapyOutcomeField(id)),
      onChange: (outcome) => set({ outcome }),
    })}
  `;
}

export function renderTherapies(p: StepProps) {
  const ticked = p.answers.noTherapies ? [] : p.answers.therapies;
  return checkboxGroup({
    id: 'therapies',
    legend: msg('Which of these have you tried for POTS?', { id: 'therapies.legend', desc: 'Question.' }),
    hint: msg('Select all that apply, including things you tried in the past.', { id: 'therapies.hint', desc: 'Hint for the treatments question.' }),
    choices: choicesOf(THERAPIES, therapyLabels).map((choice) => ({ ...choice, reveal: renderDetail(p, choice.value) })),
    selected: ticked,
    error: errorFor(p, 'therapies'),
    onChange: (therapies) => p.update({ therapies, noTherapies: false }),
    exclusive: {
      choices: [{ value: 'none', label: noneOfThese() }],
      value: p.answers.noTherapies ? 'none' : undefined,
      onChange: (value) => p.update({ noTherapies: value === 'none' }),
    },
  });
}
