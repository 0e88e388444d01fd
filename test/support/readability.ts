/**
 * Reading the text a patient sees, and grading it in Node
 * (scripts/test-runner/readability-plugin.mjs): shared by test/readability.test.ts and
 * the check's own tests in test/tools/readability-check.test.ts.
 * What is measured and what is not is described in test/readability.test.ts.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import type { LdnDecisionAid } from '../../src/ldn-decision-aid.js';
import { root } from './harness.js';

// ---------------------------------------------------------------------------
// The Node side: scripts/test-runner/readability-plugin.mjs
// ---------------------------------------------------------------------------

export interface Measured {
  group: string;
  kind: string;
  units: number;
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
  /** The grade of the prose alone: units of 4 words or more, without answer labels. */
  proseGrade: number;
  limit: number;
  pass: boolean;
  /** The units that weigh most on the grade. */
  hardest: { text: string; grade: number }[];
}

/** Grades `units` in Node. `record: true` adds the group to the printed table. */
export function measure(group: string, kind: string, units: string[], record: true | 'self-check' | false = true, expected?: string): Promise<Measured> {
  return executeServerCommand<Measured, object>('readability', { group, kind, units, record, expected });
}

/** The failure message names the group and its grade. */
export function expectReadable(m: Measured): void {
  if (!m.words) throw new Error(`${m.group}: no text was measured`);
  if (!m.pass) {
    throw new Error(
      `${m.group} (${m.kind}) reads at Flesch–Kincaid grade ${m.grade.toFixed(1)} (prose alone: ${m.proseGrade.toFixed(1)}), above the limit of grade ${m.limit} ` +
        `(${m.words} words, ${m.sentences} sentences, ${m.syllables} syllables): use shorter sentences and shorter words. ` +
        `Hardest: ${m.hardest.map((u) => `"${u.text}" (${u.grade.toFixed(1)})`).join('; ')}`,
    );
  }
}

// ---------------------------------------------------------------------------
// Reading the text the patient sees
// ---------------------------------------------------------------------------

/** Elements whose own text is one reading unit. */
export const UNIT = 'h2, h3, h4, legend, .hint, label, summary, p, li, dt, dd, caption, th, td';
export const HEADING = 'h2, h3, h4, caption, th, dt';
/** Never measured: see the comment at the top. */
export const SKIP = 'button, .visually-hidden, .cite, .cite-line, .caption, .sources, .error-summary, .error-message';

export interface Unit {
  text: string;
  /** A heading names what follows; terms are explained in the running text under it. */
  heading: boolean;
  /** Where an explanation of a term in this unit may be: the unit itself, or a question with its hint, or a disclosure with its content. */
  context: string;
}

/** The unit's own text: without nested units and without skipped elements. */
export function ownText(el: Element): string {
  let text = '';
  for (const node of el.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? '';
    else if (node instanceof Element && !node.matches(SKIP) && !node.matches(UNIT)) text += ` ${ownText(node)} `;
  }
  return text.replace(/\s+/g, ' ').trim();
}

export function unitsIn(scope: Element): Unit[] {
  const units: Unit[] = [];
  for (const el of scope.querySelectorAll(UNIT)) {
    if (el.closest(SKIP)) continue;
    const text = ownText(el);
    if (!text) continue;
    let context = text;
    if (el.matches('legend')) {
      const fieldset = el.closest('fieldset');
      const hint = fieldset?.querySelector(`:scope > .hint`);
      if (hint) context += ` ${ownText(hint)}`;
    } else if (el.matches('summary')) {
      context = el.parentElement?.textContent?.replace(/\s+/g, ' ').trim() ?? text;
    }
    units.push({ text, heading: el.matches(HEADING), context });
  }
  return units;
}

export const container = (el: LdnDecisionAid): Element => root(el).querySelector('.container')!;

/** Unique texts in first-seen order: a label repeated on a page is read once, not nine times. */
export function unique(lists: Unit[][]): string[] {
  return [...new Set(lists.flat().map((u) => u.text))];
}
