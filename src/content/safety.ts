import { msg } from '@lit/localize';
import type { GeneralSafetyId, KeyPointId, SafetyFlagId } from '../guide/types.js';
import type { Sourced, SourcedText } from './sources.js';

export interface SafetyFlagText extends Sourced {
  title: () => string;
  /** A few words for the clinician summary. */
  short: () => string;
  /** What to raise with the clinician. */
  raise: () => string;
  /** Why it matters. */
  why: () => string;
}

export const SAFETY_FLAG_TEXT: Record<SafetyFlagId, SafetyFlagText> = {
  'opioid-withdrawal': {
    sources: ['S0', 'S3'],
    short: () => msg('Current or possible opioid use', { id: 'flag.opioid-withdrawal.short', desc: 'Safety flag in the clinician summary.' }),
    title: () => msg('Opioid medicines and LDN do not mix', { id: 'flag.opioid-withdrawal.title', desc: 'Safety warning heading.' }),
    raise: () =>
      msg(
        'You said you take an opioid medicine, or might. Tell your clinician about every opioid you take or might take, even now and then. This includes tramadol, codeine cough medicines and kratom.',
        { id: 'flag.opioid-withdrawal.raise', desc: 'What to raise with the clinician about opioid use.' },
      ),
    why: () =>
      msg(
        'Taking LDN while opioids are in your body can cause sudden, severe opioid withdrawal. LDN also blocks opioid pain relief. If LDN is an option for you, an opioid-free period is needed first. Your clinician will say how long. Any change to an opioid medicine needs to be planned with the clinician who prescribes it.',
        { id: 'flag.opioid-withdrawal.why', desc: 'Why opioid use matters with LDN.' },
      ),
  },
  'opioid-use-disorder-treatment': {
    sources: ['S3'],
    short: () => msg('Treatment for opioid use disorder', { id: 'flag.opioid-use-disorder-treatment.short', desc: 'Safety flag in the clinician summary.' }),
    title: () => msg('Treatment for opioid use disorder', { id: 'flag.opioid-use-disorder-treatment.title', desc: 'Safety warning heading.' }),
    raise: () =>
      msg(
        'Tell your clinician that you get treatment for opioid use disorder, and which medicine you take. Ask that the clinician who treats it is part of any decision about LDN.',
        { id: 'flag.opioid-use-disorder-treatment.raise', desc: 'What to raise about opioid use disorder treatment.' },
      ),
    why: () =>
      msg(
        'Buprenorphine and methadone are opioids. Naltrexone blocks them. Taking it while they are in your body can cause sudden, severe withdrawal. After naltrexone is stopped, people may be more sensitive to opioids.',
        { id: 'flag.opioid-use-disorder-treatment.why', desc: 'Why opioid use disorder treatment matters with LDN.' },
      ),
  },
  'planned-procedure': {
    sources: ['S3', 'S12'],
    short: () => msg('Procedure possibly planned', { id: 'flag.planned-procedure.short', desc: 'Safety flag in the clinician summary.' }),
    title: () => msg('Surgery, dental work or another procedure', { id: 'flag.planned-procedure.title', desc: 'Safety warning heading.' }),
    raise: () =>
      msg(
        'Tell your clinician about any surgery, dental work or other procedure you may have in the next few months. If you ever take LDN, tell every surgeon, dentist and emergency team.',
        { id: 'flag.planned-procedure.raise', desc: 'What to raise about planned procedures.' },
      ),
    why: () =>
      msg(
        'LDN blocks opioid pain relief. Guidelines advise stopping naltrexone before planned surgery and planning pain relief with the care team. After naltrexone is stopped, people may be more sensitive to opioids.',
        { id: 'flag.planned-procedure.why', desc: 'Why planned procedures matter with LDN.' },
      ),
  },
  liver: {
    sources: ['S3', 'S4'],
    short: () => msg('Liver disease reported or possible', { id: 'flag.liver.short', desc: 'Safety flag in the clinician summary.' }),
    title: () => msg('Liver disease', { id: 'flag.liver.title', desc: 'Safety warning heading.' }),
    raise: () =>
      msg('Tell your clinician about any liver disease or liver problems, even if you are not sure.', {
        id: 'flag.liver.raise',
        desc: 'What to raise about liver disease.',
      }),
    why: () =>
      msg(
        'People with liver failure or sudden liver inflammation (acute hepatitis) must not take naltrexone. At usual doses, naltrexone rarely harms the liver.',
        { id: 'flag.liver.why', desc: 'Why liver disease matters with naltrexone.' },
      ),
  },
  'pregnancy-breastfeeding': {
    sources: ['S3', 'S15'],
    short: () =>
      msg('Pregnant, planning pregnancy or breastfeeding', { id: 'flag.pregnancy-breastfeeding.short', desc: 'Safety flag in the clinician summary.' }),
    title: () => msg('Pregnancy and breastfeeding', { id: 'flag.pregnancy-breastfeeding.title', desc: 'Safety warning heading.' }),
    raise: () =>
      msg('Talk with your clinician about being pregnant, planning a pregnancy or breastfeeding.', {
        id: 'flag.pregnancy-breastfeeding.raise',
        desc: 'What to raise about pregnancy or breastfeeding.',
      }),
    why: () =>
      msg('There are no good studies of naltrexone in pregnancy. For breastfeeding, the sources do not agree.', {
        id: 'flag.pregnancy-breastfeeding.why',
        desc: 'Why pregnancy and breastfeeding matter with naltrexone.',
      }),
  },
};

export const GENERAL_SAFETY_TEXT: Record<GeneralSafetyId, SourcedText> = {
  'no-opioids-with-ldn': {
    sources: ['S0', 'S3'],
    text: () =>
      msg(
        'LDN must not be taken with opioid medicines. Together they can cause sudden, severe withdrawal. LDN also blocks opioid pain relief. Some medicines are opioids even if they do not sound like it, such as tramadol, codeine cough medicines and kratom.',
        { id: 'safety.no-opioids-with-ldn', desc: 'General safety point for everyone.' },
      ),
  },
  'tell-every-clinician': {
    sources: ['S0', 'S3'],
    text: () =>
      msg('If you take LDN, tell every clinician, dentist and pharmacist who treats you, and any emergency team.', {
        id: 'safety.tell-every-clinician',
        desc: 'General safety point for everyone.',
      }),
  },
  'common-side-effects': {
    sources: ['S0', 'S8', 'S9'],
    text: () =>
      msg('Common side effects of LDN include vivid dreams, trouble sleeping and headaches. They are usually mild.', {
        id: 'safety.common-side-effects',
        desc: 'General safety point for everyone.',
      }),
  },
};

export const KEY_POINT_TEXT: Record<KeyPointId, SourcedText> = {
  'off-label': {
    sources: ['S0'],
    text: () =>
      msg('Using LDN for POTS is off-label. This means it is not approved by the FDA (the US Food and Drug Administration) for POTS.', {
        id: 'key.off-label',
        desc: 'Key point shown in every guide.',
      }),
  },
  'evidence-limited': {
    sources: ['S0'],
    text: () =>
      msg('The evidence for LDN in POTS is limited. It comes from small studies and patient reports.', {
        id: 'key.evidence-limited',
        desc: 'Key point shown in every guide.',
      }),
  },
  'clinician-decision': {
    sources: ['S0'],
    text: () =>
      msg('Any decision about LDN belongs with you and a clinician who has experience with LDN.', {
        id: 'key.clinician-decision',
        desc: 'Key point shown in every guide.',
      }),
  },
  'not-advice': {
    sources: ['S14'],
    text: () =>
      msg('This guide helps you talk with your clinician. It is not medical advice, and it does not recommend any treatment.', {
        id: 'key.not-advice',
        desc: 'Key point shown in every guide.',
      }),
  },
};
