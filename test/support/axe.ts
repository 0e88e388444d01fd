/**
 * axe-core in the test page, with the rules the widget is held to. The aid
 * is mounted inside a <main> landmark as a host page would (mountInMain).
 *
 * `import axe from 'axe-core'` does not work in the browser (CommonJS); the
 * minified build registers `window.axe` instead.
 */
import 'axe-core/axe.min.js';
import { expect } from '@open-wc/testing';
import type * as Axe from 'axe-core';
import { QUESTION_STEPS, type QuestionStep } from '../../src/flow/steps.js';
import type { LdnDecisionAid } from '../../src/ldn-decision-aid.js';
import { answerStep, continueOn, EXAMPLE_CLICKS, settle, stepOf } from './harness.js';
import { mountInMain } from './direction.js';

export { mountInMain };

declare global {
  interface Window {
    axe: typeof Axe;
  }
}

export function describeViolations(violations: Axe.Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map(
        (n) => `    at ${JSON.stringify(n.target)}\n      ${n.html.slice(0, 200)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
      );
      return `${v.id} (${v.impact}): ${v.help}\n${nodes.join('\n')}`;
    })
    .join('\n');
}

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices (headings, landmarks, regions). */
export const WCAG_RULES: Axe.RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'] },
};

export async function violationsIn(context: Element, options: Axe.RunOptions = {}): Promise<Axe.Result[]> {
  const results = await window.axe.run(context, { resultTypes: ['violations'], ...options });
  return results.violations;
}

/** axe's violations around the aid, one readable problem each (its nodes indented under it), for the screen sweeps. */
export async function axeProblems(el: LdnDecisionAid): Promise<string[]> {
  return (await violationsIn(el.parentElement!, WCAG_RULES)).map((v) => describeViolations([v]).replace(/\n/g, '\n    '));
}

/** Runs axe over the page around the aid (including its shadow root) and fails with a readable list. */
export async function expectNoViolations(el: LdnDecisionAid): Promise<void> {
  await settle(el);
  const violations = await violationsIn(el.parentElement!, WCAG_RULES);
  expect(violations.length, `axe violations on step "${stepOf(el)}":\n${describeViolations(violations)}`).to.equal(0);
}

/** Opens a step by answering every earlier one with the example answers. */
export async function openStep(step: QuestionStep | 'review' | 'guide'): Promise<LdnDecisionAid> {
  const el = await mountInMain();
  await continueOn(el);
  for (const s of QUESTION_STEPS) {
    if (s === step) return el;
    await answerStep(el, EXAMPLE_CLICKS[s]);
    await continueOn(el);
  }
  if (step === 'guide') await continueOn(el);
  expect(stepOf(el)).to.equal(step);
  return el;
}
