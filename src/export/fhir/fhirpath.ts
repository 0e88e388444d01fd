/**
 * `atLeast` conditions have no FHIR `enableWhen` form. They are written as an
 * SDC `enableWhenExpression` in FHIRPath: each condition is 1 when it holds
 * and 0 when not, and the sum is compared with the count.
 */
import type { Condition, Enable } from '../../questionnaire/conditions.js';

export const ENABLE_WHEN_EXPRESSION = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression';

const literal = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

// Codes are unique among an item's answer options (all in one code system), so the code alone identifies the answer.
function conditionExpression(c: Condition): string {
  const answers = `%resource.repeat(item).where(linkId=${literal(c.question)}).answer`;
  if (c.operator === 'exists') return c.answer ? `${answers}.exists()` : `${answers}.empty()`;
  return `(${literal(c.answer)} in ${answers}.value.code)`;
}

export function enableWhenExpression(enable: Enable): string {
  const b = enable.behavior;
  if (typeof b !== 'object') throw new Error('enableWhenExpression: only "atLeast" conditions need one');
  const terms = enable.when.map((c) => `iif(${conditionExpression(c)}, 1, 0)`);
  return `(${terms.join(' + ')}) >= ${b.atLeast}`;
}
