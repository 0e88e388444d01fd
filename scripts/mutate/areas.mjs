/**
 * The pure layers that `npm run mutate` mutates, one area at a time (each has
 * its own reports and incremental file under reports/mutation/).
 */
export const AREAS = {
  // The questionnaire in three parts: Stryker saves its incremental file only when a run ends, and the
  // whole questionnaire takes hours (most of its mutants are hybrid), so each part is a run that can finish.
  'questionnaire-answers': [
    'src/questionnaire/answers.ts',
    'src/questionnaire/saved-answers.ts',
    'src/questionnaire/validate.ts',
    'src/questionnaire/prune.ts',
  ],
  'questionnaire-conditions': ['src/questionnaire/conditions.ts', 'src/questionnaire/named-conditions.ts', 'src/questionnaire/predicates.ts'],
  'questionnaire-model': [
    'src/questionnaire/ids.ts',
    'src/questionnaire/items.ts',
    'src/questionnaire/model.ts',
    'src/questionnaire/options.ts',
    'src/questionnaire/structure.ts',
  ],
  flow: ['src/flow/machine.ts', 'src/flow/steps.ts', 'src/flow/saved-progress.ts'],
  // Not descriptions.ts: the rules in words for the review pack, never in the widget (tsc holds it to the rule ids).
  guide: ['src/guide/**/*.ts', '!src/guide/rules/descriptions.ts'],
  // The content that selects and orders what the guide and the QR summary say: the guide document, then the summary.
  'content-guide': ['src/content/guide/*.ts', 'src/content/fit-lines.ts', 'src/content/answer-text.ts'],
  'content-summary': ['src/content/clinician-summary.ts', 'src/content/compact-*.ts'],
  exports: ['src/export/**/*.ts'],
};

/** Names that stand for several areas: `npm run mutate -- questionnaire` runs its three parts in one run. */
export const GROUPS = {
  questionnaire: ['questionnaire-answers', 'questionnaire-conditions', 'questionnaire-model'],
  content: ['content-guide', 'content-summary'],
};

/** The areas that names (areas or groups) stand for, in AREAS order; all of them when none is named. */
export function areasOf(names) {
  if (!names.length) return Object.keys(AREAS);
  for (const n of names) if (!(n in AREAS) && !(n in GROUPS)) throw new Error(`no area "${n}" (${[...Object.keys(GROUPS), ...Object.keys(AREAS)].join(', ')})`);
  const asked = new Set(names.flatMap((n) => GROUPS[n] ?? [n]));
  return Object.keys(AREAS).filter((a) => asked.has(a));
}
