import { msg } from '@lit/localize';
import { html } from 'lit';
import { SYMPTOMS, VALUES } from '../../answers/options.js';
import { asksNaltrexoneOutcome, asksWorstSymptom, hasPossibleOpioidUse, mainSymptom, tickedTherapies } from '../../answers/predicates.js';
import type { Answers } from '../../answers/types.js';
import { labelList, labelOr, notAnswered, notProvided, triedTherapyText } from '../../content/answer-text.js';
import {
  answerLabels,
  conditionLabels,
  conditionsExclusiveLabels,
  diagnosisLabels,
  durationLabels,
  importanceLabels,
  noneOfThese,
  opioidKindLabels,
  opioidPatternLabels,
  outcomeLabels,
  severityLabels,
  symptomLabels,
} from '../../content/labels.js';
import { VALUE_TEXT } from '../../content/values.js';
import type { QuestionStep } from '../../flow/steps.js';
import { stepHeading } from '../step-headings.js';

interface Row {
  key: string;
  value: string | string[];
}

function rowsFor(step: QuestionStep, a: Answers, locale: string): Row[] {
  switch (step) {
    case 'condition':
      return [
        { key: msg('Diagnosed with POTS', { id: 'review.diagnosis', desc: 'Check answers row.' }), value: labelOr(diagnosisLabels, a.diagnosis) },
        { key: msg('Symptoms for', { id: 'review.duration', desc: 'Check answers row.' }), value: labelOr(durationLabels, a.duration, notProvided) },
      ];
    case 'therapies': {
      const tried = tickedTherapies(a);
      const value = a.noTherapies
        ? noneOfThese()
        : tried.length
          ? tried.map((id) => triedTherapyText({ id, ...a.therapyDetails[id] }))
          : notAnswered();
      return [{ key: msg('Treatments tried', { id: 'review.therapies', desc: 'Check answers row.' }), value }];
    }
    case 'opioids': {
      const rows: Row[] = [
        { key: msg('Opioid medicine (last 2 weeks, or kept for when needed)', { id: 'review.opioid-use', desc: 'Check answers row.' }), value: labelOr(answerLabels, a.opioidUse) },
      ];
      if (hasPossibleOpioidUse(a)) {
        rows.push(
          { key: msg('Which opioids', { id: 'review.opioid-kinds', desc: 'Check answers row.' }), value: a.opioidKinds.length ? labelList(opioidKindLabels, a.opioidKinds, locale) : notAnswered() },
          { key: msg('How often', { id: 'review.opioid-pattern', desc: 'Check answers row.' }), value: labelOr(opioidPatternLabels, a.opioidPattern) },
          {
            key: msg('Treatment for opioid use disorder', { id: 'review.oud', desc: 'Check answers row.' }),
            value: labelOr(answerLabels, a.opioidUseDisorderTreatment),
          },
        );
      }
      rows.push({ key: msg('Procedure planned', { id: 'review.procedure', desc: 'Check answers row.' }), value: labelOr(answerLabels, a.plannedProcedure) });
      return rows;
    }
    case 'health': {
      const rows: Row[] = [
        { key: msg('Liver disease', { id: 'review.liver', desc: 'Check answers row.' }), value: labelOr(answerLabels, a.liver) },
        { key: msg('Pregnant, planning or breastfeeding', { id: 'review.pregnancy', desc: 'Check answers row.' }), value: labelOr(answerLabels, a.pregnancy) },
        { key: msg('Naltrexone or LDN before', { id: 'review.naltrexone', desc: 'Check answers row.' }), value: labelOr(answerLabels, a.naltrexoneBefore) },
      ];
      if (asksNaltrexoneOutcome(a)) {
        rows.push({ key: msg('How naltrexone or LDN went', { id: 'review.naltrexone-outcome', desc: 'Check answers row.' }), value: labelOr(outcomeLabels, a.naltrexoneOutcome) });
      }
      const conditions = a.conditionsExclusive
        ? conditionsExclusiveLabels[a.conditionsExclusive]()
        : a.conditions.length
          ? labelList(conditionLabels, a.conditions, locale)
          : notAnswered();
      rows.push({ key: msg('Related conditions', { id: 'review.conditions', desc: 'Check answers row.' }), value: conditions });
      return rows;
    }
    case 'symptoms': {
      const rows: Row[] = SYMPTOMS.map((id) => ({ key: symptomLabels[id](), value: labelOr(severityLabels, a.symptoms[id]) }));
      if (asksWorstSymptom(a)) {
        rows.push({ key: msg('Bothers you most', { id: 'review.worst', desc: 'Check answers row.' }), value: labelOr(symptomLabels, mainSymptom(a)) });
      }
      return rows;
    }
    case 'values':
      return VALUES.map((id) => ({ key: VALUE_TEXT[id].label(), value: labelOr(importanceLabels, a.values[id]) }));
  }
}

export function renderReview(a: Answers, locale: string, steps: readonly QuestionStep[], onChange: (step: QuestionStep) => void) {
  return html`${steps.map((step) => {
    const title = stepHeading(step);
    return html`<div class="summary-card" data-review=${step}>
      <div class="summary-card__title-wrap">
        <h3 class="summary-card__title">${title}</h3>
      </div>
      <dl class="summary-list">
        ${rowsFor(step, a, locale).map(
          (row) => html`<div class="summary-list__row">
            <dt>${row.key}</dt>
            <dd>${Array.isArray(row.value) ? html`<ul class="list">${row.value.map((v) => html`<li>${v}</li>`)}</ul>` : row.value}</dd>
            <dd class="summary-list__actions">
              <button type="button" class="link-button" part="button" data-change=${step} @click=${() => onChange(step)}>
                ${msg('Change', { id: 'review.change', desc: 'Button to change an answer. Screen readers hear it followed by the question.' })}<span
                  class="visually-hidden"
                  >${' '}${row.key}</span
                >
              </button>
            </dd>
          </div>`,
        )}
      </dl>
    </div>`;
  })}`;
}
