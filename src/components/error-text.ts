import { msg, str } from '@lit/localize';
import { SYMPTOMS, THERAPIES, VALUES } from '../answers/options.js';
import { symptomLabels, therapyLabels } from '../content/labels.js';
import { VALUE_TEXT } from '../content/values.js';
import type { FieldId } from '../flow/fields.js';

type Fixed = Exclude<FieldId, `therapy-${string}` | `symptom-${string}` | `value-${string}`>;

const FIXED: Record<Fixed, () => string> = {
  diagnosis: () => msg('Select whether a clinician has diagnosed POTS', { id: 'error.diagnosis', desc: 'Validation error.' }),
  duration: () => msg('Select how long you have had symptoms', { id: 'error.duration', desc: 'Validation error.' }),
  therapies: () =>
    msg('Select the treatments you have tried, or select “None of these”', { id: 'error.therapies', desc: 'Validation error.' }),
  'opioid-use': () =>
    msg('Select whether you have taken, or may take, an opioid medicine', { id: 'error.opioid-use', desc: 'Validation error.' }),
  'opioid-kinds': () => msg('Select which opioids, or select “I am not sure which”', { id: 'error.opioid-kinds', desc: 'Validation error.' }),
  'opioid-pattern': () => msg('Select how often you take opioids', { id: 'error.opioid-pattern', desc: 'Validation error.' }),
  'opioid-use-disorder-treatment': () =>
    msg('Select whether this is treatment for opioid use disorder', { id: 'error.opioid-use-disorder-treatment', desc: 'Validation error.' }),
  'planned-procedure': () =>
    msg('Select whether you have surgery, dental work or another procedure planned', { id: 'error.planned-procedure', desc: 'Validation error.' }),
  liver: () => msg('Select whether you have liver disease', { id: 'error.liver', desc: 'Validation error.' }),
  pregnancy: () =>
    msg('Select whether you are pregnant, planning a pregnancy or breastfeeding', { id: 'error.pregnancy', desc: 'Validation error.' }),
  'naltrexone-before': () =>
    msg('Select whether you have taken naltrexone or LDN before', { id: 'error.naltrexone-before', desc: 'Validation error.' }),
  'naltrexone-outcome': () => msg('Select how naltrexone or LDN went for you', { id: 'error.naltrexone-outcome', desc: 'Validation error.' }),
  conditions: () =>
    msg('Select the conditions you have, or select “None of these”', { id: 'error.conditions', desc: 'Validation error.' }),
  'worst-symptom': () => msg('Select the symptom that bothers you most', { id: 'error.worst-symptom', desc: 'Validation error.' }),
};

/** The message for a question that needs an answer, naming the treatment, symptom or value where there are many. */
export function errorText(field: FieldId): string {
  for (const id of THERAPIES) {
    const therapy = therapyLabels[id]();
    if (field === `therapy-status-${id}`)
      return msg(str`Select whether you still take or do this: ${therapy}`, {
        id: 'error.therapy-status',
        desc: 'Validation error. The placeholder is a treatment name.',
      });
    if (field === `therapy-outcome-${id}`)
      return msg(str`Select how this went: ${therapy}`, { id: 'error.therapy-outcome', desc: 'Validation error. The placeholder is a treatment name.' });
  }
  for (const id of SYMPTOMS) {
    if (field === `symptom-${id}`) {
      const symptom = symptomLabels[id]();
      return msg(str`Select how much this bothered you: ${symptom}`, { id: 'error.symptom', desc: 'Validation error. The placeholder is a symptom.' });
    }
  }
  for (const id of VALUES) {
    if (field === `value-${id}`) {
      const value = VALUE_TEXT[id].label();
      return msg(str`Select how much this matters to you: ${value}`, { id: 'error.value', desc: 'Validation error. The placeholder is a value.' });
    }
  }
  return FIXED[field as Fixed]();
}
