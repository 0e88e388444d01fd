/**
 * The words for the opioid answers: which opioids, and how often. The labels
 * explain themselves at length; the QR code needs only the names. Names are
 * international nonproprietary names, never brands, and buprenorphine's forms
 * those of many countries, not of one.
 */
import { msg } from '@lit/localize';
import type { OpioidKind, OpioidPattern } from '../../questionnaire/options.js';
import type { Wording } from './words.js';

export const opioidKindWords: Wording<OpioidKind> = {
  tramadol: {
    label: () => msg('Tramadol', { id: 'opioid.tramadol', desc: 'An opioid medicine (drug name).' }),
  },
  codeine: {
    label: () => msg('Codeine, also in some cough and cold medicines', { id: 'opioid.codeine', desc: 'An opioid medicine.' }),
  },
  'oxycodone-hydrocodone': {
    label: () => msg('Oxycodone or hydrocodone', { id: 'opioid.oxycodone-hydrocodone', desc: 'Opioid medicines (drug names).' }),
  },
  'morphine-hydromorphone': {
    label: () => msg('Morphine or hydromorphone', { id: 'opioid.morphine-hydromorphone', desc: 'Opioid medicines (drug names).' }),
  },
  fentanyl: {
    label: () => msg('Fentanyl, also as patches', { id: 'opioid.fentanyl', desc: 'An opioid medicine.' }),
  },
  buprenorphine: {
    label: () =>
      msg('Buprenorphine, as patches, tablets or films under the tongue, or injections', {
        id: 'opioid.buprenorphine',
        desc: 'An opioid medicine and the forms it comes in.',
      }),
  },
  methadone: {
    label: () => msg('Methadone', { id: 'opioid.methadone', desc: 'An opioid medicine (drug name).' }),
  },
  tapentadol: {
    label: () => msg('Tapentadol', { id: 'opioid.tapentadol', desc: 'An opioid medicine (drug name).' }),
  },
  antidiarrhoeal: {
    label: () =>
      msg('Diphenoxylate or eluxadoline, for diarrhoea', {
        id: 'opioid.antidiarrhoeal',
        desc: 'Opioid-type medicines for diarrhoea (international names, no brand names).',
      }),
  },
  kratom: {
    label: () =>
      msg('Kratom (a plant supplement)', {
        id: 'opioid.kratom',
        desc: 'Kratom, a plant supplement. Not called an opioid: no source of the guide names it (ask a pharmacist).',
      }),
  },
  other: {
    label: () => msg('An opioid not on this list', { id: 'opioid.other', desc: 'An opioid not in the list.' }),
  },
  'not-sure-which': {
    label: () => msg('I am not sure which', { id: 'opioid.not-sure', desc: 'Does not know which opioid they take.' }),
  },
};

export const opioidPatternWords: Wording<OpioidPattern> = {
  regular: {
    label: () => msg('Regularly', { id: 'opioid-pattern.regular', desc: 'How often opioids are taken.' }),
  },
  occasional: {
    label: () => msg('Now and then', { id: 'opioid-pattern.occasional', desc: 'How often opioids are taken.' }),
  },
  'not-sure': {
    label: () => msg('Not sure', { id: 'opioid-pattern.not-sure', desc: 'How often opioids are taken.' }),
  },
};
