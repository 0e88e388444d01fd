/** Each safety flag's wording and the safety points for everyone, with their sources (the sections are in safety-sections.ts). */
import { msg } from '@lit/localize';
import type { GeneralSafetyId, SafetyFlagId } from '../guide/types.js';
import type { Answers } from '../questionnaire/answers.js';
import type { Sourced, SourcedText } from './sources.js';

export interface SafetyFlagText extends Sourced {
  title: () => string;
  /** A few words for the clinician summary; the answers tell "planned" from "possibly planned". */
  short: (a: Answers) => string;
  /** Fewest words, for the QR code's compact summary: the short words would take half of its bytes when every flag is raised. */
  compact: (a: Answers) => string;
  /**
   * What to tell the clinician, where the flag's question in "Questions to ask"
   * does not already cover it (said once: the question is the ask).
   */
  raise?: () => string;
  /** Why it matters. */
  why: () => string;
  /** Why it matters, where an opioid-free period before LDN is the step to talk about (the guide says when). */
  whyWithOpioidFreePeriod?: () => string;
  /** Why it matters, for someone already pregnant (birth-control advice does not apply; the talk is urgent). */
  whyWhenPregnant?: () => string;
  /** Why it matters, for someone who is (or may be) in treatment for opioid use disorder: the label rules LDN out, so no talk of starting it. */
  whyInOudTreatment?: () => string;
  /** Why it matters, for someone who answered that they have never taken naltrexone or LDN (advice for those who take it is left out). */
  whyNeverTookNaltrexone?: () => string;
  /** Why it matters, for someone who did not say whether they are in treatment for opioid use disorder (that flag is then not shown). */
  whyIfOudTreatmentWithheld?: SourcedText;
  /** Why it matters, right above the flag on treatment for opioid use disorder, which says who decides any change (said once: third re-read n12). */
  whyAboveOudFlag?: () => string;
}

/** "Yes" is a planned procedure; "not sure" a possible one. */
const procedureIsPlanned = (a: Answers) => a['planned-procedure'] === 'yes';
const liverDiseaseReported = (a: Answers) => a.liver === 'yes';

export const SAFETY_FLAG_TEXT: Record<SafetyFlagId, SafetyFlagText> = {
  'opioid-withdrawal': {
    sources: ['S0', 'S3'],
    short: () => msg('Current or possible opioid use', { id: 'flag.opioid-withdrawal.short', desc: 'Safety flag in the clinician summary.' }),
    compact: () =>
      msg('Opioids (withdrawal risk)', { id: 'compact.flag.opioid-withdrawal', desc: 'QR summary, keep short: safety flag, current or possible opioid use.' }),
    title: () => msg('Opioid medicines and LDN do not mix', { id: 'flag.opioid-withdrawal.title', desc: 'Safety warning heading.' }),
    raise: () =>
      msg(
        'Tell your clinician about every opioid you take, even now and then, including tramadol and codeine cough medicines. Ask your pharmacist about kratom or other supplements.',
        {
          id: 'flag.opioid-withdrawal.raise',
          desc: 'What to raise with the clinician about opioid use. Kratom is named only as something to ask a pharmacist about.',
        },
      ),
    why: () =>
      msg(
        'Taking LDN while opioids are in your body can cause sudden, severe opioid withdrawal. LDN also blocks opioid pain relief. Any change to an opioid medicine is up to the clinician who prescribes it.',
        {
          id: 'flag.opioid-withdrawal.why-no-period',
          desc: 'Why opioid use matters with LDN, for a patient who is, or may be, in treatment for opioid use disorder: it must not suggest coming off opioids, and any change is only for the prescriber (never a pharmacist: S3, S16).',
        },
      ),
    whyAboveOudFlag: () =>
      msg('Taking LDN while opioids are in your body can cause sudden, severe opioid withdrawal. LDN also blocks opioid pain relief.', {
        id: 'flag.opioid-withdrawal.why-above-oud-flag',
        desc: 'Why opioid use matters with LDN, for a patient in treatment for opioid use disorder: the flag on that treatment follows and says any change is up to the clinician who treats it. Never suggest coming off opioids.',
      }),
    // "Prefer not to say" about that treatment: the sentence that protects most, said on the chance (S16; third re-read n2).
    whyIfOudTreatmentWithheld: {
      sources: ['S16'],
      text: () =>
        msg(
          'Taking LDN while opioids are in your body can cause sudden, severe opioid withdrawal. LDN also blocks opioid pain relief. If you are in treatment for opioid use disorder, do not stop or lower it to try LDN. Stopping it raises the risk of overdose. Any change to an opioid medicine is up to the clinician who prescribes it.',
          {
            id: 'flag.opioid-withdrawal.why-oud-withheld',
            desc: 'Why opioid use matters with LDN, for a patient who chose not to say whether they are in treatment for opioid use disorder. Keep "do not stop or lower" exactly as strong; never suggest coming off opioids.',
          },
        ),
    },
    whyWithOpioidFreePeriod: () =>
      msg(
        'Taking LDN while opioids are in your body can cause sudden, severe opioid withdrawal. LDN also blocks opioid pain relief. If LDN is an option, an opioid-free period is needed first. Your clinician will say how long. Plan any change to an opioid medicine with its prescriber (or a pharmacist, if bought without a prescription).',
        {
          id: 'flag.opioid-withdrawal.why',
          desc: 'Why opioid use matters with LDN. The pharmacist is only for an opioid bought without a prescription, such as some codeine cough medicines.',
        },
      ),
  },
  'opioid-use-disorder-treatment': {
    sources: ['S3', 'S16'],
    short: () =>
      msg('Treatment for opioid use disorder (naltrexone contraindicated per label)', {
        id: 'flag.opioid-use-disorder-treatment.short',
        desc: 'Safety flag in the clinician summary: the naltrexone label lists people maintained on methadone or buprenorphine as a contraindication.',
      }),
    compact: () =>
      msg('OUD treatment (contraindicated)', {
        id: 'compact.flag.opioid-use-disorder-treatment',
        desc: 'QR summary, keep short: safety flag, in treatment for opioid use disorder (OUD), which the naltrexone label lists as a contraindication.',
      }),
    title: () => msg('Treatment for opioid use disorder', { id: 'flag.opioid-use-disorder-treatment.title', desc: 'Safety warning heading.' }),
    why: () =>
      msg(
        'The naltrexone label says not to take it during treatment for opioid use disorder, such as with methadone or buprenorphine. Do not stop or lower your treatment to try LDN. Stopping it raises the risk of overdose. Any change to it is up to the clinician who treats it.',
        {
          id: 'flag.opioid-use-disorder-treatment.why',
          desc: 'Why treatment for opioid use disorder matters with LDN (naltrexone label; a study of people who stopped buprenorphine treatment). Keep "do not stop or lower" exactly as strong.',
        },
      ),
  },
  'under-18': {
    sources: ['S3', 'S2', 'S5', 'S7'],
    short: () =>
      msg('Under 18 (naltrexone safety not established)', {
        id: 'flag.under-18.short',
        desc: 'Safety flag in the clinician summary: the patient is under 18; the naltrexone label says its safe use under 18 is not established.',
      }),
    compact: () => msg('Under 18', { id: 'compact.flag.under-18', desc: 'QR summary, keep short: safety flag, the patient is under 18.' }),
    title: () => msg('Under 18', { id: 'flag.under-18.title', desc: 'Safety warning heading: the patient is younger than 18.' }),
    why: () =>
      msg(
        'Naltrexone has not been shown to be safe for people under 18. The POTS trial takes adults only. At ages 12 to 19, POTS is diagnosed with a bigger heart-rate rise: at least 40 beats a minute, not 30.',
        {
          id: 'flag.under-18.why',
          desc: 'Shown to a patient under 18: three facts, plainly (naltrexone label, the trial, how POTS is diagnosed at 12 to 19). Keep the numbers.',
        },
      ),
  },
  'planned-procedure': {
    sources: ['S0', 'S3', 'S12'],
    short: (a) =>
      procedureIsPlanned(a)
        ? msg('Procedure planned', {
            id: 'flag.planned-procedure.short-yes',
            desc: 'Safety flag in the clinician summary: surgery or another procedure is planned.',
          })
        : msg('Procedure possibly planned', { id: 'flag.planned-procedure.short', desc: 'Safety flag in the clinician summary.' }),
    compact: (a) =>
      procedureIsPlanned(a)
        ? msg('Procedure planned', { id: 'compact.flag.planned-procedure.yes', desc: 'QR summary, keep short: safety flag, surgery or procedure planned.' })
        : msg('Possible procedure', {
            id: 'compact.flag.planned-procedure',
            desc: 'QR summary, keep short: safety flag, surgery or procedure possibly planned.',
          }),
    title: () => msg('Surgery, dental work or other procedures', { id: 'flag.planned-procedure.title', desc: 'Safety warning heading.' }),
    why: () =>
      msg(
        'Starting LDN before a procedure could block the opioid pain relief you may need after it. Talk about timing. If you already take naltrexone, guidelines advise stopping it before planned surgery. Plan this with your care team.',
        {
          id: 'flag.planned-procedure.why',
          desc: 'Why planned procedures matter with LDN: first for someone not taking it yet (timing), then for someone who takes it.',
        },
      ),
    // Third re-read t1: the advice for someone who already takes naltrexone, left out when they said they never have.
    whyNeverTookNaltrexone: () =>
      msg('Starting LDN before a procedure could block the opioid pain relief you may need after it. Talk about timing.', {
        id: 'flag.planned-procedure.why-never-took-naltrexone',
        desc: 'Why planned procedures matter with LDN, for someone who has never taken naltrexone: timing a start.',
      }),
    // The label rules LDN out during treatment for opioid use disorder (S3), so timing an LDN start is not the point: planning pain relief is (S12).
    whyInOudTreatment: () =>
      msg('Plan pain relief for your procedure with your care team.', {
        id: 'flag.planned-procedure.why-oud-treatment',
        desc: 'Why a planned procedure matters, for a patient who is (or may be) in treatment for opioid use disorder: never suggest timing an LDN start.',
      }),
  },
  liver: {
    sources: ['S3', 'S4'],
    // A "Yes" keeps its label: the clinician should not read a reported liver disease as only possible.
    short: (a) =>
      liverDiseaseReported(a)
        ? msg('Liver disease reported', { id: 'flag.liver.short-yes', desc: 'Safety flag in the clinician summary: the patient reported liver disease.' })
        : msg('Possible liver disease (answered not sure)', {
            id: 'flag.liver.short-not-sure',
            desc: 'Safety flag in the clinician summary: the patient answered "not sure" about liver disease.',
          }),
    compact: (a) =>
      liverDiseaseReported(a)
        ? msg('Liver disease', { id: 'compact.flag.liver.yes', desc: 'QR summary, keep short: safety flag, liver disease reported.' })
        : msg('Possible liver disease', { id: 'compact.flag.liver', desc: 'QR summary, keep short: safety flag, liver disease possible (not sure).' }),
    title: () => msg('Liver disease', { id: 'flag.liver.title', desc: 'Safety warning heading.' }),
    // The facts file's own words (S3, S4), for "yes" and "not sure" alike.
    raise: () => msg('Tell your clinician about any liver disease.', { id: 'flag.liver.raise-any', desc: 'What to raise about liver disease.' }),
    why: () =>
      msg('People with liver failure or sudden liver inflammation (acute hepatitis) must not take naltrexone. At usual doses, liver harm is rare.', {
        id: 'flag.liver.why',
        desc: 'Why liver disease matters with naltrexone.',
      }),
  },
  pregnant: {
    sources: ['S3'],
    short: () => msg('Pregnant', { id: 'flag.pregnant.short', desc: 'Safety flag in the clinician summary.' }),
    compact: () => msg('Pregnant', { id: 'compact.flag.pregnant', desc: 'QR summary, keep short: safety flag, pregnant.' }),
    title: () => msg('Pregnancy', { id: 'flag.pregnant.title', desc: 'Safety warning heading.' }),
    why: () => msg('There are no good studies of naltrexone in pregnancy.', { id: 'flag.pregnant.why', desc: 'Why pregnancy matters with naltrexone.' }),
  },
  'planning-pregnancy': {
    sources: ['S3'],
    short: () => msg('Planning a pregnancy', { id: 'flag.planning-pregnancy.short', desc: 'Safety flag in the clinician summary.' }),
    compact: () => msg('Planning pregnancy', { id: 'compact.flag.planning-pregnancy', desc: 'QR summary, keep short: safety flag, planning a pregnancy.' }),
    title: () => msg('Planning a pregnancy', { id: 'flag.planning-pregnancy.title', desc: 'Safety warning heading.' }),
    why: () =>
      msg('There are no good studies of naltrexone in pregnancy, so your plans matter for this decision.', {
        id: 'flag.planning-pregnancy.why',
        desc: 'Why pregnancy plans matter with naltrexone.',
      }),
  },
  breastfeeding: {
    sources: ['S3', 'S15'],
    short: () => msg('Breastfeeding', { id: 'flag.breastfeeding.short', desc: 'Safety flag in the clinician summary.' }),
    compact: () => msg('Breastfeeding', { id: 'compact.flag.breastfeeding', desc: 'QR summary, keep short: safety flag, breastfeeding.' }),
    title: () => msg('Breastfeeding', { id: 'flag.breastfeeding.title', desc: 'Safety warning heading.' }),
    why: () =>
      msg('The sources do not agree about taking naltrexone while breastfeeding.', {
        id: 'flag.breastfeeding.why',
        desc: 'Why breastfeeding matters with naltrexone.',
      }),
  },
  'ivabradine-pregnancy': {
    sources: ['S17'],
    short: () =>
      msg('Takes ivabradine, pregnant or planning (fetal toxicity warning)', {
        id: 'flag.ivabradine-pregnancy.short',
        desc: 'Safety flag in the clinician summary: the patient takes ivabradine and is pregnant or planning a pregnancy; its label warns of fetal toxicity.',
      }),
    compact: () =>
      msg('Ivabradine (fetal risk)', {
        id: 'compact.flag.ivabradine-pregnancy',
        desc: 'QR summary, keep short: safety flag, takes ivabradine and is pregnant or planning a pregnancy.',
      }),
    title: () => msg('Ivabradine and pregnancy', { id: 'flag.ivabradine-pregnancy.title', desc: 'Safety warning heading.' }),
    why: () =>
      msg(
        'The ivabradine label warns that it may harm an unborn baby. It advises reliable birth control for anyone who could become pregnant. Talk with the clinician who prescribes it before you try to become pregnant.',
        {
          id: 'flag.ivabradine-pregnancy.why',
          desc: 'Shown when the patient takes ivabradine and is planning a pregnancy (ivabradine label). Never "stop it": always talk with the clinician.',
        },
      ),
    whyWhenPregnant: () =>
      msg('The ivabradine label warns that it may harm an unborn baby. Talk with the clinician who prescribes it as soon as you can.', {
        id: 'flag.ivabradine-pregnancy.why-pregnant',
        desc: 'Shown when the patient takes ivabradine and is pregnant (ivabradine label). Never "stop it": always talk with the clinician, soon.',
      }),
  },
};

/** Each fact stated in full once; the options and values point back to them. Worded to support, with the meaning kept whole. */
export const GENERAL_SAFETY_TEXT: Record<GeneralSafetyId, SourcedText> = {
  'no-opioids-with-ldn': {
    sources: ['S0', 'S3'],
    text: () =>
      msg(
        'For your safety, LDN must not be taken with opioids. Together they can cause sudden, severe withdrawal. LDN also blocks opioid pain relief. Tramadol and codeine cough medicines are opioids too. Ask your pharmacist about kratom or other supplements.',
        {
          id: 'safety.no-opioids-with-ldn',
          desc: 'General safety point for everyone, in supportive words. Kratom is named only as something to ask a pharmacist about.',
        },
      ),
  },
  'after-stopping': {
    sources: ['S3'],
    text: () =>
      msg(
        'If you stop LDN, you may react more strongly to opioids, even to a lower dose than before. The naltrexone label warns this can lead to an overdose that can kill.',
        {
          id: 'safety.after-stopping',
          desc: 'General safety point for everyone, in supportive words: the overdose warning after stopping naltrexone. Keep the warning exactly as strong.',
        },
      ),
  },
  'tell-every-clinician': {
    sources: ['S0', 'S3', 'S12'],
    text: () =>
      msg('If you take LDN, tell every clinician, dentist, pharmacist and emergency team who treats you.', {
        id: 'safety.tell-every-clinician',
        desc: 'General safety point for everyone, in supportive words.',
      }),
  },
};
