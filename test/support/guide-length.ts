/**
 * How long the guide is for a patient: the words on screen in every section
 * they read, that is everything but the clinician summary and the reference
 * list (at most 1,200 per example patient, for one with many flags, and for
 * the third clinical re-read's thirteen realistic patients). Source ids after statements are
 * references too, so they are not counted. Shared by test/guide-length.test.ts
 * and the CI script scripts/check-length.mjs, which prints the counts.
 */
import type { Block, GuideDocument } from '../../src/content/guide/blocks.js';
import { guideDocument } from '../../src/content/guide/document.js';
import { buildGuide } from '../../src/guide/build-guide.js';
import type { GuideSectionId } from '../../src/guide/types.js';
import type { Answers } from '../../src/questionnaire/answers.js';
import { EXAMPLE_PATIENTS, REREAD_PATIENTS } from '../fixtures/patients.js';
import { REREAD3_PATIENTS } from '../fixtures/reread3-patients.js';

export const PATIENT_READ_WORD_LIMIT = 1200;

/** The summary is for the clinician; the reference list is for checking. */
const NOT_PATIENT_READ: readonly GuideSectionId[] = ['clinician-summary'];

/** The strings a block shows on screen, as the view renders them (components/views/guide-view.ts). */
function shown(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
      return [block.text];
    case 'list':
      return block.items;
    case 'flag':
      return block.raise ? [block.title, 'Raise this:', block.raise, 'Why:', block.why] : [block.title, block.why];
    case 'options':
      return [block.caption, ...block.options.map((o) => o.name), ...block.fields.flatMap((f) => [f.label, ...f.cells.map((c) => c.text)])];
    case 'choice':
      return [block.legend, block.hint ?? '', ...block.choices.map((c) => c.label)];
    case 'sure':
      return [block.title, ...block.items.flatMap((i) => [i.question, 'Yes', 'No']), block.statusText];
    case 'table':
      return [block.caption, ...block.head, ...block.rows.flat()];
    case 'symptom-chart':
      return [block.caption, ...block.levels.slice(1), ...block.rows.flatMap((r) => [r.label, r.levelText])];
    case 'summary':
    case 'sources':
      return [];
  }
}

const words = (text: string) => text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;

/** Everything a patient reads in the guide, as one text. */
export function patientReadText(doc: GuideDocument): string {
  const sections = doc.sections.filter((s) => !NOT_PATIENT_READ.includes(s.id));
  return [doc.title, ...sections.flatMap((s) => [s.heading, ...s.blocks.flatMap(shown)])].join(' ');
}

export const patientReadWords = (doc: GuideDocument): number => words(patientReadText(doc));

/**
 * Held to the limit beside the example patients: a re-read's patient with many
 * flags at once (under 18, POTS suspected, codeine, long COVID, two values; second re-read m8).
 */
const MANY_FLAGS = { 'teen-long-covid-codeine': REREAD_PATIENTS['teen-long-covid-codeine'] };

const lengths = (patients: Readonly<Record<string, () => Answers>>) =>
  Object.entries(patients).map(([patient, answers]) => ({ patient, words: patientReadWords(guideDocument(buildGuide(answers()), 'en')) }));

export const exampleLengths = (): { patient: string; words: number }[] => lengths({ ...EXAMPLE_PATIENTS, ...MANY_FLAGS });

/** The third clinical re-read's realistic patients, several flags and values at once: held to the same limit (n12). */
export const realisticLengths = (): { patient: string; words: number }[] => lengths(REREAD3_PATIENTS);
