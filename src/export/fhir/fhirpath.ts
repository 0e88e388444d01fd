/**
 * Conditions in FHIRPath, for what `enableWhen` cannot say: `atLeast`
 * conditions, written as an SDC `enableWhenExpression` (each condition is 1
 * when it holds and 0 when not, and the sum is compared with the count), and
 * answer options offered only where they apply, written as an SDC
 * `answerOptionsToggleExpression`.
 */
import type { Condition, Enable } from '../../questionnaire/conditions.js';

export const ENABLE_WHEN_EXPRESSION = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression';
export const ANSWER_OPTIONS_TOGGLE_EXPRESSION = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-answerOptionsToggleExpression';

const literal = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

// Codes are unique among an item's answer options (all in one code system), so the code alone identifies the answer.
function conditionExpression(c: Condition): string {
  const answers = `%resource.repeat(item).where(linkId=${literal(c.question)}).answer`;
  if (c.operator === 'exists') return c.answer ? `${answers}.exists()` : `${answers}.empty()`;
  return `(${literal(c.answer)} in ${answers}.value.code)`;
}

/** Any condition in FHIRPath: true when it holds. */
export function enableWhenExpression(enable: Enable): string {
  const b = enable.behavior;
  if (typeof b === 'object') return `(${enable.when.map((c) => `iif(${conditionExpression(c)}, 1, 0)`).join(' + ')}) >= ${b.atLeast}`;
  if (!enable.when.length) return b === 'all' ? 'true' : 'false';
  return enable.when.map(conditionExpression).join(b === 'all' ? ' and ' : ' or ');
}
