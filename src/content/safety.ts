import { msg } from '@lit/localize';
import type { GeneralSafetyId, KeyPointId, SafetyFlagId } from '../guide/types.js';
import { type Block, plain, type SectionBuilder, sourcedList } from './guide/blocks.js';
import type { Sourced, SourcedText } from './sources.js';

export interface SafetyFlagText extends Sourced {
  title: () => string;
  /** A few words for the clinician summary. */
  short: () => string;
  /** Fewest words, for the QR code's compact summary: the short words would take half of its bytes when every flag is raised. */
  compact: () => string;
  /**
   * What to tell the clinician, where the flag's question in "Questions to ask"
   * does not already cover it (said once: the question is the ask).
   */
  raise?: () => string;
  /** Why it matters. */
  why: () => string;
}

export const SAFETY_FLAG_TEXT: Record<SafetyFlagId, SafetyFlagText> = {
  'opioid-withdrawal': {
    sources: ['S0', 'S3'],
    short: () => msg('Current or possible opioid use', { id: 'flag.opioid-withdrawal.short', desc: 'Safety flag in the clinician summary.' }),
    compact: () =>
      msg('Opioids (withdrawal risk)', { id: 'compact.flag.opioid-withdrawal', desc: 'QR summary, keep short: safety flag, current or possible opioid use.' }),
    title: () => msg('Opioid medicines and LDN do not mix', { id: 'flag.opioid-withdrawal.title', desc: 'Safety warning heading.' }),
    raise: () =>
      msg(
        'Tell your clinician about every opioid you take, even now and then. Tramadol and codeine cough medicines count too. Ask your pharmacist about kratom or other supplements.',
        {
          id: 'flag.opioid-withdrawal.raise',
          desc: 'What to raise with the clinician about opioid use. Kratom is named only as something to ask a pharmacist about.',
        },
      ),
    why: () =>
      msg(
        'Taking LDN while opioids are in your body can cause sudden, severe opioid withdrawal, and LDN blocks opioid pain relief. If LDN is an option for you, an opioid-free period is needed first. Your clinician will say how long. Plan any change to an opioid medicine with the clinician who prescribes it.',
        { id: 'flag.opioid-withdrawal.why', desc: 'Why opioid use matters with LDN.' },
      ),
  },
  'opioid-use-disorder-treatment': {
    sources: ['S3'],
    short: () => msg('Treatment for opioid use disorder', { id: 'flag.opioid-use-disorder-treatment.short', desc: 'Safety flag in the clinician summary.' }),
    compact: () =>
      msg('OUD treatment', {
        id: 'compact.flag.opioid-use-disorder-treatment',
        desc: 'QR summary, keep short: safety flag, in treatment for opioid use disorder (OUD).',
      }),
    title: () => msg('Treatment for opioid use disorder', { id: 'flag.opioid-use-disorder-treatment.title', desc: 'Safety warning heading.' }),
    why: () =>
      msg('Buprenorphine and methadone are opioids too, so the warning above applies. Any change to this treatment needs the clinician who treats it.', {
        id: 'flag.opioid-use-disorder-treatment.why',
        desc: 'Why opioid use disorder treatment matters with LDN. Points back to the opioid warning, which always comes first.',
      }),
  },
  'planned-procedure': {
    sources: ['S3', 'S12'],
    short: () => msg('Procedure possibly planned', { id: 'flag.planned-procedure.short', desc: 'Safety flag in the clinician summary.' }),
    compact: () =>
      msg('Possible procedure', {
        id: 'compact.flag.planned-procedure',
        desc: 'QR summary, keep short: safety flag, surgery or procedure possibly planned.',
      }),
    title: () => msg('Surgery, dental work or other procedures', { id: 'flag.planned-procedure.title', desc: 'Safety warning heading.' }),
    why: () =>
      msg('Guidelines say to stop naltrexone before planned surgery. Pain relief is then planned with the care team.', {
        id: 'flag.planned-procedure.why',
        desc: 'Why planned procedures matter with LDN.',
      }),
  },
  liver: {
    sources: ['S3', 'S4'],
    short: () => msg('Liver disease reported or possible', { id: 'flag.liver.short', desc: 'Safety flag in the clinician summary.' }),
    compact: () =>
      msg('Possible liver disease', { id: 'compact.flag.liver', desc: 'QR summary, keep short: safety flag, liver disease reported or possible.' }),
    title: () => msg('Liver disease', { id: 'flag.liver.title', desc: 'Safety warning heading.' }),
    raise: () =>
      msg('Tell your clinician about any liver disease, even if you are not sure.', { id: 'flag.liver.raise', desc: 'What to raise about liver disease.' }),
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
};

/** Each fact stated in full once; the options and values point back to them. */
export const GENERAL_SAFETY_TEXT: Record<GeneralSafetyId, SourcedText> = {
  'no-opioids-with-ldn': {
    sources: ['S0', 'S3'],
    text: () =>
      msg(
        'LDN must not be taken with opioid medicines. Together they can cause sudden, severe withdrawal. LDN also blocks opioid pain relief. Tramadol and codeine cough medicines are opioids too. Ask your pharmacist about kratom or other supplements.',
        { id: 'safety.no-opioids-with-ldn', desc: 'General safety point for everyone. Kratom is named only as something to ask a pharmacist about.' },
      ),
  },
  'after-stopping': {
    sources: ['S3'],
    text: () =>
      msg(
        'After stopping naltrexone (the medicine in LDN), a person may react more strongly to opioids, even to a lower dose than before. Its label warns this can lead to an overdose that can kill.',
        { id: 'safety.after-stopping', desc: 'General safety point for everyone: the overdose warning after stopping naltrexone.' },
      ),
  },
  'tell-every-clinician': {
    sources: ['S0', 'S3', 'S12'],
    text: () =>
      msg('If you take LDN, tell every clinician, dentist, pharmacist and emergency team who treats you.', {
        id: 'safety.tell-every-clinician',
        desc: 'General safety point for everyone.',
      }),
  },
};

export const KEY_POINT_TEXT: Record<KeyPointId, SourcedText> = {
  'off-label': {
    sources: ['S0'],
    text: () =>
      msg('LDN for POTS is off-label: it is not approved by the FDA (the US Food and Drug Administration) for POTS.', {
        id: 'key.off-label',
        desc: 'Key point shown in every guide.',
      }),
  },
  'evidence-limited': {
    sources: ['S0'],
    text: () =>
      msg('The evidence for LDN in POTS is limited: small studies and patient reports.', {
        id: 'key.evidence-limited',
        desc: 'Key point shown in every guide.',
      }),
  },
  'clinician-decision': {
    sources: ['S0'],
    text: () =>
      msg('Any decision about LDN is for you and a clinician experienced with LDN.', {
        id: 'key.clinician-decision',
        desc: 'Key point shown in every guide.',
      }),
  },
};

/** The safety section's own sentences, around the flags and the points for everyone. */
const SAFETY_SECTION_TEXT = {
  everyone: () => msg('For everyone:', { id: 'guide.safety.everyone', desc: 'Introduces general safety points after personal ones.' }),
  noFlags: () =>
    msg('Nothing you told us needs to be raised first. These points are for everyone thinking about LDN:', {
      id: 'guide.safety.no-flags',
      desc: 'Introduces general safety points when no personal flag applies.',
    }),
  withheld: () =>
    msg('You chose not to answer some health questions. Your clinician may ask about them, because they can matter for LDN.', {
      id: 'guide.safety.withheld',
      desc: 'Shown when a safety question was answered "prefer not to say".',
    }),
};

/** "Safety first": the patient's own flags in order, a word on withheld answers, then the points for everyone. */
export const safetySection: SectionBuilder = ({ guide: g }) => {
  const flags: Block[] = g.safety.map((id) => {
    const t = SAFETY_FLAG_TEXT[id];
    return { type: 'flag', id, title: t.title(), ...(t.raise && { raise: t.raise() }), why: t.why(), sources: t.sources };
  });
  const lead = g.safety.length ? SAFETY_SECTION_TEXT.everyone() : SAFETY_SECTION_TEXT.noFlags();
  const withheld = g.safetyWithheld ? [plain(SAFETY_SECTION_TEXT.withheld())] : [];
  return [...flags, ...withheld, plain(lead), sourcedList(g.generalSafety.map((id) => GENERAL_SAFETY_TEXT[id]))];
};
