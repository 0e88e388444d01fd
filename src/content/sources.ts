import { msg } from '@lit/localize';

/**
 * The sources every medical statement traces to, as listed in the project's
 * clinical-facts.md. Citations stay in their original language, English:
 * translators translate the statements that cite them, not the references
 * (the view marks each citation as English, isolated for direction).
 */
export const SOURCES = {
  S0: 'Understanding the Off-Label Use of Low-Dose Naltrexone (LDN).',
  S1: 'Stallkamp Tidd SJ, Cantrell C, Greene BD, Wilson R. Low-Dose Naltrexone Use in Postural Orthostatic Tachycardia Syndrome: A Case Series. Cureus 2023. doi:10.7759/cureus.43426',
  S2: 'ClinicalTrials.gov NCT05363514. Low Dose Naltrexone Use in Patients With POTS. University of Calgary (Calgary, Vancouver, Hamilton).',
  S3: 'US prescribing information for naltrexone hydrochloride tablets (contraindications, warnings).',
  S4: 'NIH LiverTox: Naltrexone. livertox.nlm.nih.gov',
  S5: 'Raj SR, Fedorowski A, Sheldon RS. Diagnosis and management of postural orthostatic tachycardia syndrome. CMAJ 2022;194:E378.',
  S6: 'Raj SR et al. Canadian Cardiovascular Society Position Statement on Postural Orthostatic Tachycardia Syndrome. Can J Cardiol 2020;36:357–372.',
  S7: 'Sheldon RS et al. 2015 Heart Rhythm Society Expert Consensus Statement on the Diagnosis and Treatment of POTS, Inappropriate Sinus Tachycardia, and Vasovagal Syncope. Heart Rhythm 2015.',
  S8: 'Vatvani AD et al. Efficacy and safety of low-dose naltrexone in fibromyalgia: a meta-analysis of randomized controlled trials. Korean J Pain 2024;37:367.',
  S9: 'Younger J, Mackey S. Fibromyalgia symptoms are reduced by low-dose naltrexone: a pilot study. Pain Med 2009.',
  S10: 'Bruun KD et al. Low-dose naltrexone for fibromyalgia (FINAL trial). Lancet Rheumatology 2024.',
  S11: "O'Kelly B et al. Safety and efficacy of low dose naltrexone in a long COVID cohort. Brain Behav Immun Health 2022;24:100485.",
  S12: 'Goel A et al. Perioperative management of naltrexone: a scoping review of guidelines. Anesthesiology 2024.',
  S13: 'Légaré F et al. Are you SURE? Assessing patient decisional conflict with a 4-item screening test. Can Fam Physician 2010.',
  S14: 'Joseph-Williams N et al. Toward minimum standards for certifying patient decision aids: a modified Delphi consensus process (IPDAS). Med Decis Making 2014.',
  S15: 'LactMed (NIH Drugs and Lactation Database): Naltrexone.',
  // Its DOI (10.1176/appi.ajp.2019.19060612, in clinical-facts.md) is left out: a part of it too long to wrap breaks mid-word on a
  // 320 px screen with text spacing (WCAG 1.4.12), and the journal, volume and pages identify the paper as well.
  S16: 'Williams AR, Samples H, Crystal S, Olfson M. Acute care, prescription opioid use, and overdose following discontinuation of long-term buprenorphine treatment for opioid use disorder. Am J Psychiatry 2020;177(2):117–124.',
  S17: 'US prescribing information for ivabradine (Corlanor): Warnings and Precautions, Fetal Toxicity; Use in Specific Populations.',
  S18: 'WHO Collaborating Centre for Drug Statistics Methodology. ATC/DDD Index, group N02A: Opioids.',
} as const;

export type SourceId = keyof typeof SOURCES;

export const SOURCE_IDS = Object.keys(SOURCES) as SourceId[];

/** What the guide says about a source, in the reader's language, after its citation. */
const SOURCE_NOTES: Partial<Record<SourceId, () => string>> = {
  S0: () =>
    msg('Source article for this guide.', {
      id: 'sources.note.s0',
      desc: 'After the (English) title of the article this guide is based on, in the list of sources.',
    }),
};

/** One entry of a reference list: the citation (English) and, for some, a note in the reader's language. */
export interface SourceEntry {
  id: SourceId;
  citation: string;
  note?: string;
}

export const sourceEntry = (id: SourceId): SourceEntry => {
  const note = SOURCE_NOTES[id]?.();
  return note ? { id, citation: SOURCES[id], note } : { id, citation: SOURCES[id] };
};

/**
 * Source ids after a statement, joined by a comma and a no-break space, so a
 * line never breaks inside "(Sources: S0, S3)" leaving "S3)" alone.
 */
export const citeIds = (ids: readonly string[]): string => ids.join(',\u00a0');

/** A piece of clinical text and the sources it rests on. */
export interface Sourced {
  sources: readonly SourceId[];
}

/** A statement and the sources it rests on. */
export interface SourcedText extends Sourced {
  text: () => string;
}
