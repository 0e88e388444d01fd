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
    compact: () => msg('Tramadol', { id: 'compact.opioid.tramadol', desc: 'QR summary, keep short: Drug name.' }),
  },
  codeine: {
    label: () => msg('Codeine, also in some cough and cold medicines', { id: 'opioid.codeine', desc: 'An opioid medicine.' }),
    compact: () => msg('Codeine', { id: 'compact.opioid.codeine', desc: 'QR summary, keep short: Drug name.' }),
  },
  'oxycodone-hydrocodone': {
    label: () => msg('Oxycodone or hydrocodone', { id: 'opioid.oxycodone-hydrocodone', desc: 'Opioid medicines (drug names).' }),
    compact: () => msg('Oxycodone/hydrocodone', { id: 'compact.opioid.oxycodone-hydrocodone', desc: 'QR summary, keep short: Drug names.' }),
  },
  'morphine-hydromorphone': {
    label: () => msg('Morphine or hydromorphone', { id: 'opioid.morphine-hydromorphone', desc: 'Opioid medicines (drug names).' }),
    compact: () => msg('Morphine/hydromorphone', { id: 'compact.opioid.morphine-hydromorphone', desc: 'QR summary, keep short: Drug names.' }),
  },
  fentanyl: {
    label: () => msg('Fentanyl, also as patches', { id: 'opioid.fentanyl', desc: 'An opioid medicine.' }),
    compact: () => msg('Fentanyl', { id: 'compact.opioid.fentanyl', desc: 'QR summary, keep short: Drug name.' }),
  },
  buprenorphine: {
    label: () =>
      msg('Buprenorphine, as patches, tablets or films under the tongue, or injections', {
        id: 'opioid.buprenorphine',
        desc: 'An opioid medicine and the forms it comes in.',
      }),
    compact: () => msg('Buprenorphine', { id: 'compact.opioid.buprenorphine', desc: 'QR summary, keep short: Drug name.' }),
  },
  methadone: {
    label: () => msg('Methadone', { id: 'opioid.methadone', desc: 'An opioid medicine (drug name).' }),
    compact: () => msg('Methadone', { id: 'compact.opioid.methadone', desc: 'QR summary, keep short: Drug name.' }),
  },
  tapentadol: {
    label: () => msg('Tapentadol', { id: 'opioid.tapentadol', desc: 'An opioid medicine (drug name).' }),
    compact: () => msg('Tapentadol', { id: 'compact.opioid.tapentadol', desc: 'QR summary, keep short: Drug name.' }),
  },
  antidiarrhoeal: {
    label: () =>
      msg('Diphenoxylate or eluxadoline, for diarrhoea', {
        id: 'opioid.antidiarrhoeal',
        desc: 'Opioid-type medicines for diarrhoea (international names, no brand names).',
      }),
    compact: () =>
      msg('Diphenoxylate/eluxadoline', { id: 'compact.opioid.antidiarrhoeal', desc: 'QR summary, keep short: Drug names (opioid-type antidiarrhoeals).' }),
  },
  kratom: {
    label: () =>
      msg('Kratom (a plant supplement)', {
        id: 'opioid.kratom',
        desc: 'Kratom, a plant supplement. Not called an opioid: no source of the guide names it (ask a pharmacist).',
      }),
    compact: () => msg('Kratom', { id: 'compact.opioid.kratom', desc: 'QR summary, keep short: kratom, a plant supplement.' }),
  },
  other: {
    label: () => msg('An opioid not on this list', { id: 'opioid.other', desc: 'An opioid not in the list.' }),
    compact: () => msg('Other opioid', { id: 'compact.opioid.other', desc: 'QR summary, keep short: An opioid not on the list.' }),
  },
  'not-sure-which': {
    label: () => msg('I am not sure which', { id: 'opioid.not-sure', desc: 'Does not know which opioid they take.' }),
    compact: () => msg('Unsure which', { id: 'compact.opioid.not-sure-which', desc: 'QR summary, keep short: The patient does not know which opioid.' }),
  },
};

export const opioidPatternWords: Wording<OpioidPattern> = {
  regular: {
    label: () => msg('Regularly', { id: 'opioid-pattern.regular', desc: 'How often opioids are taken.' }),
    compact: () => msg('regularly', { id: 'compact.opioid-pattern.regular', desc: 'QR summary, keep short: How often opioids are taken.' }),
  },
  occasional: {
    label: () => msg('Now and then', { id: 'opioid-pattern.occasional', desc: 'How often opioids are taken.' }),
    compact: () => msg('now and then', { id: 'compact.opioid-pattern.occasional', desc: 'QR summary, keep short: How often opioids are taken.' }),
  },
  'not-sure': {
    label: () => msg('Not sure', { id: 'opioid-pattern.not-sure', desc: 'How often opioids are taken.' }),
    compact: () => msg('how often unsure', { id: 'compact.opioid-pattern.not-sure', desc: 'QR summary, keep short: The patient does not know how often.' }),
  },
};
