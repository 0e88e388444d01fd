/**
 * The pure layers that `npm run mutate` mutates, one area at a time (each has
 * its own reports and incremental file under reports/mutation/).
 */
export const AREAS = {
  questionnaire: ['src/questionnaire/**/*.ts'],
  flow: ['src/flow/machine.ts', 'src/flow/steps.ts', 'src/flow/saved-progress.ts'],
  // Not descriptions.ts: the rules in words for the review pack, never in the widget (tsc holds it to the rule ids).
  guide: ['src/guide/**/*.ts', '!src/guide/rules/descriptions.ts'],
  // The content that selects and orders what the guide and the QR summary say.
  content: ['src/content/guide/*.ts', 'src/content/clinician-summary.ts', 'src/content/compact-*.ts', 'src/content/fit-lines.ts', 'src/content/answer-text.ts'],
  exports: ['src/export/**/*.ts'],
};
