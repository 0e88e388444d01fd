/**
 * Short words for the compact clinician summary that the QR code carries.
 * The patient-facing labels explain themselves at length ("Codeine, also in
 * some cough and cold medicines"); a clinician reading a phone screen needs
 * only the name, and every byte counts towards what a camera can read.
 */
import { msg } from '@lit/localize';
import type { SafetyFlagId } from '../guide/types.js';
import type { Diagnosis, Duration, Leaning, OpioidKind, OpioidPattern, Outcome, Severity, TherapyId, TherapyStatus } from '../questionnaire/options.js';
import type { Labels } from './labels.js';

// Every desc starts "QR summary, keep short:": translators see these belong together and must stay short.

export const compactDiagnosisLabels: Labels<Diagnosis> = {
  diagnosed: () => msg('Diagnosed', { id: 'compact.diagnosis.diagnosed', desc: 'QR summary, keep short: POTS diagnosed by a clinician.' }),
  suspected: () => msg('Suspected, not diagnosed', { id: 'compact.diagnosis.suspected', desc: 'QR summary, keep short: POTS suspected.' }),
  'not-sure': () =>
    msg('Patient not sure', { id: 'compact.diagnosis.not-sure', desc: 'QR summary, keep short: The patient does not know whether POTS was diagnosed.' }),
};

export const compactDurationLabels: Labels<Duration> = {
  'under-6-months': () => msg('for under 6 months', { id: 'compact.duration.under-6-months', desc: 'QR summary, keep short: How long symptoms have lasted.' }),
  '6-months-to-2-years': () =>
    msg('for 6 months to 2 years', { id: 'compact.duration.6-months-to-2-years', desc: 'QR summary, keep short: How long symptoms have lasted.' }),
  '2-to-5-years': () => msg('for 2 to 5 years', { id: 'compact.duration.2-to-5-years', desc: 'QR summary, keep short: How long symptoms have lasted.' }),
  'over-5-years': () => msg('for over 5 years', { id: 'compact.duration.over-5-years', desc: 'QR summary, keep short: How long symptoms have lasted.' }),
};

export const compactSeverityLabels: Labels<Exclude<Severity, 'none'>> = {
  mild: () => msg('mild', { id: 'compact.severity.mild', desc: 'QR summary, keep short: Symptom severity.' }),
  moderate: () => msg('moderate', { id: 'compact.severity.moderate', desc: 'QR summary, keep short: Symptom severity.' }),
  severe: () => msg('severe', { id: 'compact.severity.severe', desc: 'QR summary, keep short: Symptom severity.' }),
};

export const compactOpioidKindLabels: Labels<OpioidKind> = {
  tramadol: () => msg('Tramadol', { id: 'compact.opioid.tramadol', desc: 'QR summary, keep short: Drug name.' }),
  codeine: () => msg('Codeine', { id: 'compact.opioid.codeine', desc: 'QR summary, keep short: Drug name.' }),
  'oxycodone-hydrocodone': () => msg('Oxycodone/hydrocodone', { id: 'compact.opioid.oxycodone-hydrocodone', desc: 'QR summary, keep short: Drug names.' }),
  'morphine-hydromorphone': () => msg('Morphine/hydromorphone', { id: 'compact.opioid.morphine-hydromorphone', desc: 'QR summary, keep short: Drug names.' }),
  fentanyl: () => msg('Fentanyl', { id: 'compact.opioid.fentanyl', desc: 'QR summary, keep short: Drug name.' }),
  buprenorphine: () => msg('Buprenorphine', { id: 'compact.opioid.buprenorphine', desc: 'QR summary, keep short: Drug name.' }),
  methadone: () => msg('Methadone', { id: 'compact.opioid.methadone', desc: 'QR summary, keep short: Drug name.' }),
  tapentadol: () => msg('Tapentadol', { id: 'compact.opioid.tapentadol', desc: 'QR summary, keep short: Drug name.' }),
  antidiarrhoeal: () =>
    msg('Diphenoxylate/eluxadoline', { id: 'compact.opioid.antidiarrhoeal', desc: 'QR summary, keep short: Drug names (opioid-type antidiarrhoeals).' }),
  kratom: () => msg('Kratom', { id: 'compact.opioid.kratom', desc: 'QR summary, keep short: kratom, a plant supplement.' }),
  other: () => msg('Other opioid', { id: 'compact.opioid.other', desc: 'QR summary, keep short: An opioid not on the list.' }),
  'not-sure-which': () => msg('Unsure which', { id: 'compact.opioid.not-sure-which', desc: 'QR summary, keep short: The patient does not know which opioid.' }),
};

export const compactOpioidPatternLabels: Labels<OpioidPattern> = {
  regular: () => msg('regularly', { id: 'compact.opioid-pattern.regular', desc: 'QR summary, keep short: How often opioids are taken.' }),
  occasional: () => msg('now and then', { id: 'compact.opioid-pattern.occasional', desc: 'QR summary, keep short: How often opioids are taken.' }),
  'not-sure': () => msg('how often unsure', { id: 'compact.opioid-pattern.not-sure', desc: 'QR summary, keep short: The patient does not know how often.' }),
};

export const compactTherapyLabels: Labels<TherapyId> = {
  'fluids-salt': () => msg('Fluids/salt', { id: 'compact.therapy.fluids-salt', desc: 'QR summary, keep short: A non-drug POTS measure.' }),
  compression: () => msg('Compression', { id: 'compact.therapy.compression', desc: 'QR summary, keep short: Compression garments.' }),
  'exercise-training': () =>
    msg('Exercise training', { id: 'compact.therapy.exercise-training', desc: 'QR summary, keep short: Recumbent-to-upright exercise training.' }),
  'other-lifestyle': () => msg('Other daily changes', { id: 'compact.therapy.other-lifestyle', desc: 'QR summary, keep short: Other non-drug POTS measures.' }),
  'beta-blocker': () => msg('Beta-blocker', { id: 'compact.therapy.beta-blocker', desc: 'QR summary, keep short: A POTS medicine.' }),
  ivabradine: () => msg('Ivabradine', { id: 'compact.therapy.ivabradine', desc: 'QR summary, keep short: Drug name.' }),
  pyridostigmine: () => msg('Pyridostigmine', { id: 'compact.therapy.pyridostigmine', desc: 'QR summary, keep short: Drug name.' }),
  midodrine: () => msg('Midodrine', { id: 'compact.therapy.midodrine', desc: 'QR summary, keep short: Drug name.' }),
  fludrocortisone: () => msg('Fludrocortisone', { id: 'compact.therapy.fludrocortisone', desc: 'QR summary, keep short: Drug name.' }),
  desmopressin: () => msg('Desmopressin', { id: 'compact.therapy.desmopressin', desc: 'QR summary, keep short: Drug name.' }),
  'clonidine-methyldopa': () => msg('Clonidine/methyldopa', { id: 'compact.therapy.clonidine-methyldopa', desc: 'QR summary, keep short: Drug names.' }),
  'other-medicine': () =>
    msg('Other POTS medicine', { id: 'compact.therapy.other-medicine', desc: 'QR summary, keep short: A POTS medicine not on the list.' }),
};

export const compactTherapyStatusLabels: Labels<TherapyStatus> = {
  current: () => msg('current', { id: 'compact.therapy-status.current', desc: 'QR summary, keep short: the treatment is still used.' }),
  stopped: () => msg('stopped', { id: 'compact.therapy-status.stopped', desc: 'QR summary, keep short: the treatment was stopped.' }),
};

export const compactOutcomeLabels: Labels<Outcome> = {
  helped: () => msg('helped', { id: 'compact.outcome.helped', desc: 'QR summary, keep short: How a treatment went.' }),
  'helped-a-little': () => msg('helped a little', { id: 'compact.outcome.helped-a-little', desc: 'QR summary, keep short: How a treatment went.' }),
  'no-change': () => msg('no change', { id: 'compact.outcome.no-change', desc: 'QR summary, keep short: How a treatment went.' }),
  'side-effects': () => msg('side effects', { id: 'compact.outcome.side-effects', desc: 'QR summary, keep short: How a treatment went.' }),
  'too-soon': () => msg('too soon to tell', { id: 'compact.outcome.too-soon', desc: 'QR summary, keep short: How a treatment went.' }),
};

/** The safety flags in a few words each: the guide's short flag texts would take half of the code's bytes when every flag is raised. */
/** The options as the patient may lean toward them, in a few words. */
export const compactLeaningLabels: Labels<Leaning> = {
  'try-ldn': () => msg('Try LDN', { id: 'compact.leaning.try-ldn', desc: 'QR summary, keep short: leaning toward trying LDN.' }),
  'standard-care': () =>
    msg('Try or change standard care', {
      id: 'compact.leaning.standard-care',
      desc: 'QR summary, keep short: leaning toward trying or changing standard POTS care.',
    }),
  'keep-current-plan': () =>
    msg('Keep current plan', { id: 'compact.leaning.keep-current-plan', desc: 'QR summary, keep short: leaning toward keeping the current plan.' }),
  'not-sure-yet': () => msg('Not sure yet', { id: 'compact.leaning.not-sure-yet', desc: 'QR summary, keep short: not sure which option yet.' }),
};

export const compactSafetyFlagLabels: Labels<SafetyFlagId> = {
  'opioid-withdrawal': () =>
    msg('Opioids (withdrawal risk)', { id: 'compact.flag.opioid-withdrawal', desc: 'QR summary, keep short: safety flag, current or possible opioid use.' }),
  'opioid-use-disorder-treatment': () =>
    msg('OUD treatment', {
      id: 'compact.flag.opioid-use-disorder-treatment',
      desc: 'QR summary, keep short: safety flag, in treatment for opioid use disorder (OUD).',
    }),
  'planned-procedure': () =>
    msg('Possible procedure', {
      id: 'compact.flag.planned-procedure',
      desc: 'QR summary, keep short: safety flag, surgery or procedure possibly planned.',
    }),
  liver: () => msg('Possible liver disease', { id: 'compact.flag.liver', desc: 'QR summary, keep short: safety flag, liver disease reported or possible.' }),
  pregnant: () => msg('Pregnant', { id: 'compact.flag.pregnant', desc: 'QR summary, keep short: safety flag, pregnant.' }),
  'planning-pregnancy': () =>
    msg('Planning pregnancy', { id: 'compact.flag.planning-pregnancy', desc: 'QR summary, keep short: safety flag, planning a pregnancy.' }),
  breastfeeding: () => msg('Breastfeeding', { id: 'compact.flag.breastfeeding', desc: 'QR summary, keep short: safety flag, breastfeeding.' }),
};
