/**
 * Which messages of a review sheet (review.mjs) are pictured, which are never
 * drawn on a screen (and where they are used instead), and which safety
 * messages are missing from the pictures: a reviewer must see every safety
 * flag, safety note and error in context before signing it off, so the sheet
 * fails without them. Pure: the sheet's rows in, the groups out.
 */

/** Messages a reviewer must see on a screen: the safety flags, the guide's safety notes, the error messages. */
export const SAFETY_MESSAGE = /^(flag\.|guide\.safety|error\.)/;

/**
 * Messages no screen draws, each with where it is used instead. A message
 * listed here and pictured after all (a language that adds local opioid names
 * shows them on the opioid page) is listed with its screens like any other;
 * a safety message is never excused.
 */
export const OFF_SCREEN = [
  {
    match: /^announce\./,
    where: 'Said by screen readers when the page changes (a live region, not drawn): src/content/step-announcements.ts.',
  },
  {
    match: /^(fhir\.|therapies\.helps-or-helped\.legend$|severity\.none$|therapy-status\.(current|stopped)$)/,
    where:
      'Only in the FHIR export a clinic system reads (the Questionnaire’s titles and item texts, and answer names no page shows): src/export/fhir/, src/content/labels/.',
  },
  { match: /^text\.sources$/, where: 'Only in the guide as text (“Copy as text”, “Download as a text file”): src/export/text.ts.' },
  {
    match: /^opioids\.names\.local$/,
    where: 'Only in languages that add opioids used where they are spoken (src/content/locale-data/opioids.ts); this language adds none.',
  },
  {
    match: /^compact\.age-group\.(under-18|prefer-not)$/,
    where:
      'Not in the clinician’s code today: it names the age group only for 18 or over (under 18 is a safety flag, “prefer not to say” is in its “Not answered” list): src/content/compact-safety-lines.ts.',
  },
  {
    match: /^(guide\.situation\.(tried-none|naltrexone-no-outcome)|compact\.tried\.naltrexone)$/,
    where:
      'Only for answers the questions cannot give (a required follow-up left blank): a fallback in src/content/situation.ts, src/content/options.ts, src/content/compact-answer-lines.ts.',
  },
];

/** Where a message no screen draws is used, or undefined for one a screen should show. */
export function offScreenUse(id) {
  if (SAFETY_MESSAGE.test(id)) return undefined;
  return OFF_SCREEN.find((entry) => entry.match.test(id))?.where;
}

/**
 * The sheet's messages in three groups, by their `screens` (view indexes) and id:
 * pictured; never drawn, with where they are used (`offScreen`); and the rest,
 * not pictured, with the safety messages among them that fail the sheet.
 */
export function coverage(rows) {
  const pictured = rows.filter((r) => r.screens.length);
  const unseen = rows.filter((r) => !r.screens.length);
  const offScreen = unseen.filter((r) => offScreenUse(r.id)).map((r) => ({ ...r, offScreen: offScreenUse(r.id) }));
  const notPictured = unseen.filter((r) => !offScreenUse(r.id));
  return { pictured, offScreen, notPictured, safetyNotPictured: notPictured.filter((r) => SAFETY_MESSAGE.test(r.id)).map((r) => r.id) };
}

/**
 * The loud failure when safety messages are on no pictured screen, or null;
 * `complete` is false when only some views were rendered (`--limit`), which
 * cannot tell.
 */
export function safetyFailure(groups, complete) {
  const missing = groups.safetyNotPictured;
  if (!missing.length || !complete) return null;
  return [
    `REVIEW SHEET INCOMPLETE: ${missing.length} safety messages (flag.*, guide.safety*, error.*) are on no pictured screen, so no reviewer sees them in context:`,
    ...missing.map((id) => `  ${id}`),
    'Add a view or an answer set that shows each (test/support/review-views.ts, test/fixtures/review-patients.ts).',
  ].join('\n');
}
