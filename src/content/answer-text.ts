/**
 * Answers as short phrases, shared by "Check your answers", the clinician
 * summary and the text export. Pure: `msg()` only, no DOM.
 */
import { msg, str } from '@lit/localize';
import type { Outcome, TherapyStatus } from '../answers/options.js';
import type { RatedSymptom, TriedTherapy } from '../guide/types.js';
import { listOf, outcomeLabels, severityLabels, symptomShortLabels, therapyLabels, therapyStatusSummaryLabels } from './labels.js';

export const notProvided = () => msg('Not provided', { id: 'answer.not-provided', desc: 'Shown for an optional question left blank.' });
export const notAnswered = () => msg('Not answered yet', { id: 'answer.not-answered', desc: 'Shown for a required question left blank.' });

export function labelOr<K extends string>(labels: Record<K, () => string>, value: K | undefined, fallback = notAnswered): string {
  return value ? labels[value]() : fallback();
}

export function triedTherapyText(t: TriedTherapy): string {
  const therapy = therapyLabels[t.id]();
  const status = labelOr<TherapyStatus>(therapyStatusSummaryLabels, t.status);
  const outcome = labelOr<Outcome>(outcomeLabels, t.outcome);
  return msg(str`${therapy} (${status}): ${outcome}`, {
    id: 'answer.tried-therapy',
    desc: 'One treatment tried. Placeholders: treatment name, whether still used, how it went.',
  });
}

export function ratedSymptomText(s: RatedSymptom): string {
  const symptom = symptomShortLabels[s.id]();
  const severity = severityLabels[s.severity]();
  return msg(str`${symptom}: ${severity}`, { id: 'answer.rated-symptom', desc: 'One symptom and how much it bothers. Placeholders: symptom, severity.' });
}

export function labelList<K extends string>(
  labels: Record<K, () => string>,
  ids: readonly K[],
  locale: string,
  type: 'conjunction' | 'unit' = 'conjunction',
): string {
  return listOf(
    ids.map((id) => labels[id]()),
    locale,
    type,
  );
}
