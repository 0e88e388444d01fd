import { msg, str } from '@lit/localize';
import type { EvidencePointId } from '../guide/types.js';
import type { Sourced } from './sources.js';

export interface EvidenceText extends Sourced {
  /** `conditions` is a ready-made list of condition names, used only by `other-conditions-not-covered`. */
  text: (conditions: string) => string;
}

export const EVIDENCE_TEXT: Record<EvidencePointId, EvidenceText> = {
  limited: {
    sources: ['S0'],
    text: () =>
      msg('The evidence for LDN in POTS is limited. It comes mainly from small studies and patient reports. More research is needed.', {
        id: 'evidence.limited',
        desc: 'Evidence summary.',
      }),
  },
  'case-series': {
    sources: ['S1'],
    text: () =>
      msg(
        'A small report from 2023 looked back at the records of 6 people with POTS. A tilt test had confirmed their POTS. They were followed for 6 to 12 months after starting LDN. 3 of the 6 reported improvement, 2 stopped because it did not help, and no side effects were reported. Questionnaire scores changed in mixed ways. There was no comparison group. The authors say there is little evidence that LDN works for POTS.',
        { id: 'evidence.case-series', desc: 'Summary of the Cureus 2023 case series (S1). Keep the numbers exactly.' },
      ),
  },
  trial: {
    sources: ['S2'],
    text: () =>
      msg(
        'A small trial (NCT05363514) is comparing LDN with a dummy pill (placebo) in 80 adults with POTS over 16 weeks. It mainly measures fatigue. It is still ongoing, and its results are not yet published.',
        { id: 'evidence.trial', desc: 'Summary of the NCT05363514 trial (S2). Keep the numbers exactly.' },
      ),
  },
  'trials-exclude-opioids': {
    sources: ['S2'],
    text: () =>
      msg('That trial does not include people who take opioid medicines, so its results may not apply to people who do.', {
        id: 'evidence.trials-exclude-opioids',
        desc: 'Shown when the patient may take opioids.',
      }),
  },
  'trial-excludes-pregnancy': {
    sources: ['S2'],
    text: () =>
      msg('That trial does not include people who are pregnant or breastfeeding, so its results may not apply to them.', {
        id: 'evidence.trial-excludes-pregnancy',
        desc: 'Shown when the patient is pregnant, planning pregnancy or breastfeeding.',
      }),
  },
  'response-varies': {
    sources: ['S0'],
    text: () => msg('How people respond to LDN varies from person to person.', { id: 'evidence.response-varies', desc: 'Evidence summary.' }),
  },
  fibromyalgia: {
    sources: ['S8', 'S9', 'S10'],
    text: () =>
      msg(
        'Fibromyalgia: small trials suggested a benefit. A review of 4 trials found a small drop in pain, with more vivid dreams and nausea than placebo. But the largest trial, with 99 people, found no benefit over placebo.',
        { id: 'evidence.fibromyalgia', desc: 'Shown when the patient reported fibromyalgia. Keep the numbers exactly.' },
      ),
  },
  'long-covid': {
    sources: ['S11'],
    text: () =>
      msg('Long COVID: a group of patients taking LDN reported improvements. There was no comparison group, so we cannot tell whether LDN caused them.', {
        id: 'evidence.long-covid',
        desc: 'Shown when the patient reported long COVID.',
      }),
  },
  'other-conditions-not-covered': {
    sources: [],
    text: (conditions) =>
      msg(str`This guide has no research summary for these conditions you reported: ${conditions}. Ask your clinician whether any research applies to you.`, {
        id: 'evidence.other-conditions-not-covered',
        desc: 'Shown when the patient reported related conditions the guide has no evidence for. The placeholder is a list of condition names.',
      }),
  },
};
