/**
 * What the widget must never say: dose numbers and prescriptive or diagnostic phrases.
 * Shared by the guide invariants and the page-by-page wording check.
 */

/** A number, in digits or words, and a dose unit or a daily frequency after it. */
const NUMBER = String.raw`(?:\d+(?:[.,]\d+)?|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|half|one-half|a half)\b)`;
const DOSE_UNIT = String.raw`(?:mg|mcg|µg|μg|micrograms?|milligrams?|ml|tablets?|pills?|capsules?|drops|times (?:a|per|each) day|per day|a day|daily|each day|every day|at night|at bedtime)`;
export const DOSE_PATTERNS: RegExp[] = [
  new RegExp(String.raw`${NUMBER}\s*(?:(?:-|–|to)\s*${NUMBER}\s*)?${DOSE_UNIT}(?![\p{L}])`, 'iu'),
  /\b(?:once|twice)\s+(?:a|per|each)\s+(?:day|night)\b/i,
  /\btwice daily\b/i,
  /\bdose of \d/i,
  /\b\d+(?:\.\d+)?\s*(?:mg|mcg)\s*\/\s*(?:day|kg)\b/i,
];

export const PRESCRIPTIVE_PATTERNS: RegExp[] = [
  /\byou should\b/i,
  /\byou must (?:start|stop|take|begin|try|use)\b/i,
  /\byou need to (?:start|stop|take|begin|try)\b/i,
  /\b(?:start|stop|begin|keep) taking\b/i,
  /\bwe (?:recommend|advise|suggest)\b/i,
  /\bis (?:right|safe|best) for you\b/i,
  /\byou have POTS\b/i,
  /\byou (?:do not|don't) have POTS\b/i,
  /\bdisease-modifying\b/i,
  /\bcures?\b/i,
  /\bprotocol\b/i,
  /\brecommended dose\b/i,
];
