/**
 * @chunk guide-page: only the guide shows these words (in the QR code's summary), so they are not in the first download.
 *
 * The fewest words for answer options, for the compact summary the QR code
 * holds: a clinician reads it on a phone, and every byte counts towards what a
 * camera can read. Their translator notes start "QR summary, keep short:", so
 * translators see that they belong together. By option, beside the option's
 * own words (one file per topic, beside this one); where an option has none
 * here, the QR code uses its short words, else its label.
 */
import { msg } from '@lit/localize';
import { leaningWords } from './choices.js';
import { ageGroupWords, diagnosisWords, durationWords } from './condition.js';
import { opioidKindWords, opioidPatternWords } from './opioids.js';
import { severityWords } from './symptoms.js';
import { helpsWords, sideEffectsWords, therapyStatusWords, therapyWords } from './treatments.js';
import { VALUE_WORDS } from './values.js';
import type { Wording, Words } from './words.js';

/** An option record's compact words, checked against its options; not every option needs any. */
const compactFor = <K extends string>(words: Wording<K>, compact: Partial<Record<K, () => string>>) =>
  Object.entries<(() => string) | undefined>(compact).map(([option, text]) => [words[option as K], text!] as const);

const compactByWords = new Map<Words, () => string>(
  [
    compactFor(leaningWords, {
      'try-ldn': () => msg('Try LDN', { id: 'compact.leaning.try-ldn', desc: 'QR summary, keep short: leaning toward trying LDN.' }),
      'standard-care': () =>
        msg('Try or change standard care', {
          id: 'compact.leaning.standard-care',
          desc: 'QR summary, keep short: leaning toward trying or changing standard POTS care.',
        }),
      'keep-current-plan': () =>
        msg('Keep current plan', { id: 'compact.leaning.keep-current-plan', desc: 'QR summary, keep short: leaning toward keeping the current plan.' }),
      'not-sure-yet': () => msg('Not sure yet', { id: 'compact.leaning.not-sure-yet', desc: 'QR summary, keep short: not sure which option yet.' }),
    }),
    compactFor(diagnosisWords, {
      diagnosed: () => msg('Diagnosed', { id: 'compact.diagnosis.diagnosed', desc: 'QR summary, keep short: POTS diagnosed by a clinician.' }),
      suspected: () => msg('Suspected, not diagnosed', { id: 'compact.diagnosis.suspected', desc: 'QR summary, keep short: POTS suspected.' }),
      'not-sure': () =>
        msg('Patient not sure', { id: 'compact.diagnosis.not-sure', desc: 'QR summary, keep short: The patient does not know whether POTS was diagnosed.' }),
    }),
    compactFor(durationWords, {
      'under-6-months': () =>
        msg('for under 6 months', { id: 'compact.duration.under-6-months', desc: 'QR summary, keep short: How long symptoms have lasted.' }),
      '6-months-to-2-years': () =>
        msg('for 6 months to 2 years', { id: 'compact.duration.6-months-to-2-years', desc: 'QR summary, keep short: How long symptoms have lasted.' }),
      '2-to-5-years': () => msg('for 2 to 5 years', { id: 'compact.duration.2-to-5-years', desc: 'QR summary, keep short: How long symptoms have lasted.' }),
      'over-5-years': () => msg('for over 5 years', { id: 'compact.duration.over-5-years', desc: 'QR summary, keep short: How long symptoms have lasted.' }),
    }),
    compactFor(ageGroupWords, {
      'under-18': () => msg('Age under 18', { id: 'compact.age-group.under-18', desc: 'QR summary, keep short: the patient is younger than 18.' }),
      '18-or-over': () => msg('Age 18+', { id: 'compact.age-group.18-or-over', desc: 'QR summary, keep short: the patient is 18 or older.' }),
      'prefer-not': () =>
        msg('Age not given', { id: 'compact.age-group.prefer-not', desc: 'QR summary, keep short: the patient preferred not to give their age.' }),
    }),
    compactFor(opioidKindWords, {
      tramadol: () => msg('Tramadol', { id: 'compact.opioid.tramadol', desc: 'QR summary, keep short: Drug name.' }),
      codeine: () => msg('Codeine', { id: 'compact.opioid.codeine', desc: 'QR summary, keep short: Drug name.' }),
      'oxycodone-hydrocodone': () => msg('Oxycodone/hydrocodone', { id: 'compact.opioid.oxycodone-hydrocodone', desc: 'QR summary, keep short: Drug names.' }),
      'morphine-hydromorphone': () =>
        msg('Morphine/hydromorphone', { id: 'compact.opioid.morphine-hydromorphone', desc: 'QR summary, keep short: Drug names.' }),
      fentanyl: () => msg('Fentanyl', { id: 'compact.opioid.fentanyl', desc: 'QR summary, keep short: Drug name.' }),
      buprenorphine: () => msg('Buprenorphine', { id: 'compact.opioid.buprenorphine', desc: 'QR summary, keep short: Drug name.' }),
      methadone: () => msg('Methadone', { id: 'compact.opioid.methadone', desc: 'QR summary, keep short: Drug name.' }),
      tapentadol: () => msg('Tapentadol', { id: 'compact.opioid.tapentadol', desc: 'QR summary, keep short: Drug name.' }),
      antidiarrhoeal: () =>
        msg('Diphenoxylate/eluxadoline', { id: 'compact.opioid.antidiarrhoeal', desc: 'QR summary, keep short: Drug names (opioid-type antidiarrhoeals).' }),
      kratom: () => msg('Kratom', { id: 'compact.opioid.kratom', desc: 'QR summary, keep short: kratom, a plant supplement.' }),
      other: () => msg('Other opioid', { id: 'compact.opioid.other', desc: 'QR summary, keep short: An opioid not on the list.' }),
      'not-sure-which': () =>
        msg('Unsure which', { id: 'compact.opioid.not-sure-which', desc: 'QR summary, keep short: The patient does not know which opioid.' }),
    }),
    compactFor(opioidPatternWords, {
      regular: () => msg('regularly', { id: 'compact.opioid-pattern.regular', desc: 'QR summary, keep short: How often opioids are taken.' }),
      occasional: () => msg('now and then', { id: 'compact.opioid-pattern.occasional', desc: 'QR summary, keep short: How often opioids are taken.' }),
      'not-sure': () =>
        msg('how often unsure', { id: 'compact.opioid-pattern.not-sure', desc: 'QR summary, keep short: The patient does not know how often.' }),
    }),
    compactFor(severityWords, {
      mild: () => msg('mild', { id: 'compact.severity.mild', desc: 'QR summary, keep short: Symptom severity.' }),
      moderate: () => msg('moderate', { id: 'compact.severity.moderate', desc: 'QR summary, keep short: Symptom severity.' }),
      severe: () => msg('severe', { id: 'compact.severity.severe', desc: 'QR summary, keep short: Symptom severity.' }),
    }),
    compactFor(therapyWords, {
      'fluids-salt': () => msg('Fluids/salt', { id: 'compact.therapy.fluids-salt', desc: 'QR summary, keep short: A non-drug POTS measure.' }),
      compression: () => msg('Compression', { id: 'compact.therapy.compression', desc: 'QR summary, keep short: Compression garments.' }),
      'exercise-training': () =>
        msg('Exercise training', { id: 'compact.therapy.exercise-training', desc: 'QR summary, keep short: Recumbent-to-upright exercise training.' }),
      'other-lifestyle': () =>
        msg('Other daily changes', { id: 'compact.therapy.other-lifestyle', desc: 'QR summary, keep short: Other non-drug POTS measures.' }),
      'beta-blocker': () => msg('Beta-blocker', { id: 'compact.therapy.beta-blocker', desc: 'QR summary, keep short: A POTS medicine.' }),
      ivabradine: () => msg('Ivabradine', { id: 'compact.therapy.ivabradine', desc: 'QR summary, keep short: Drug name.' }),
      pyridostigmine: () => msg('Pyridostigmine', { id: 'compact.therapy.pyridostigmine', desc: 'QR summary, keep short: Drug name.' }),
      midodrine: () => msg('Midodrine', { id: 'compact.therapy.midodrine', desc: 'QR summary, keep short: Drug name.' }),
      fludrocortisone: () => msg('Fludrocortisone', { id: 'compact.therapy.fludrocortisone', desc: 'QR summary, keep short: Drug name.' }),
      desmopressin: () => msg('Desmopressin', { id: 'compact.therapy.desmopressin', desc: 'QR summary, keep short: Drug name.' }),
      'clonidine-methyldopa': () => msg('Clonidine/methyldopa', { id: 'compact.therapy.clonidine-methyldopa', desc: 'QR summary, keep short: Drug names.' }),
      'other-medicine': () =>
        msg('Other POTS medicine', { id: 'compact.therapy.other-medicine', desc: 'QR summary, keep short: A POTS medicine not on the list.' }),
    }),
    compactFor(therapyStatusWords, {
      current: () => msg('current', { id: 'compact.therapy-status.current', desc: 'QR summary, keep short: the treatment is still used.' }),
      stopped: () => msg('stopped', { id: 'compact.therapy-status.stopped', desc: 'QR summary, keep short: the treatment was stopped.' }),
    }),
    compactFor(helpsWords, {
      'a-lot': () => msg('helps a lot', { id: 'compact.helps.a-lot', desc: 'QR summary, keep short: the treatment helps or helped a lot.' }),
      'a-little': () => msg('helps a little', { id: 'compact.helps.a-little', desc: 'QR summary, keep short: the treatment helps or helped a little.' }),
      no: () => msg('no help', { id: 'compact.helps.no', desc: 'QR summary, keep short: the treatment does not or did not help.' }),
      'too-soon': () => msg('too soon to tell', { id: 'compact.outcome.too-soon', desc: 'QR summary, keep short: How a treatment went.' }),
    }),
    compactFor(sideEffectsWords, {
      'side-effects': () => msg('side effects', { id: 'compact.outcome.side-effects', desc: 'QR summary, keep short: How a treatment went.' }),
    }),
    compactFor(VALUE_WORDS, {
      'wait-for-research': () =>
        msg('Wait for research', { id: 'compact.value.wait-for-research', desc: 'QR summary, keep short: a value that matters a lot.' }),
      'avoid-side-effects': () =>
        msg('Avoid side effects', { id: 'compact.value.avoid-side-effects', desc: 'QR summary, keep short: a value that matters a lot.' }),
      'keep-opioid-pain-relief': () =>
        msg('Opioid pain relief', { id: 'compact.value.keep-opioid-pain-relief', desc: 'QR summary, keep short: a value that matters a lot.' }),
      'stay-on-oud-treatment': () =>
        msg('Stay on OUD treatment', {
          id: 'compact.value.stay-on-oud-treatment',
          desc: 'QR summary, keep short: a value that matters a lot: staying on treatment for opioid use disorder (OUD).',
        }),
      'relief-fatigue-pain-fog': () =>
        msg('Fatigue/pain relief', { id: 'compact.value.relief-fatigue-pain-fog', desc: 'QR summary, keep short: a value that matters a lot.' }),
      'relief-heart-rate-dizziness': () =>
        msg('Heart rate relief', { id: 'compact.value.relief-heart-rate-dizziness', desc: 'QR summary, keep short: a value that matters a lot.' }),
    }),
  ].flat(),
);

/** The QR code's words: the compact ones, else the short ones, else the label. */
export const compactWords = (w: Words): string => (compactByWords.get(w) ?? w.short ?? w.label)();
