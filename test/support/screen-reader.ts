/**
 * What a screen reader is given, read from the rendered DOM: shared by
 * test/component-screen-reader.test.ts and the screen sweeps.
 */
import type { LdnDecisionAid } from '../../src/ldn-decision-aid.js';
import { root } from './harness.js';

/** Text as a screen reader gets it: aria-hidden parts left out, visually hidden parts kept. */
function spokenText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
  return [...node.childNodes].map(spokenText).join('');
}
export const spoken = (node: Node) => spokenText(node).replace(/\s+/g, ' ').trim();

export interface QuestionReport {
  problems: string[];
  /** How many fieldsets, and hints and errors in them, were checked (so a sweep that finds none fails). */
  fieldsets: number;
  parts: number;
}

/**
 * Each question is a fieldset with a legend, described by its hint and error;
 * an error is read as one ("Error:", so English only); each input has a label
 * and is described by its own hint.
 */
export function questionProblems(el: LdnDecisionAid): QuestionReport {
  const report: QuestionReport = { problems: [], fieldsets: 0, parts: 0 };
  const { problems } = report;
  for (const fieldset of root(el).querySelectorAll('fieldset')) {
    report.fieldsets += 1;
    const where = `#${fieldset.id}`;
    if (!fieldset.querySelector(':scope > legend')?.textContent?.trim()) problems.push(`${where} has no legend`);
    const described = (fieldset.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    for (const id of described) if (!root(el).getElementById(id)) problems.push(`${where} points to missing #${id}`);
    for (const part of fieldset.querySelectorAll(':scope > .hint, :scope > .error-message')) {
      report.parts += 1;
      if (!described.includes(part.id)) problems.push(`${where} does not describe itself with #${part.id}`);
    }
    const error = fieldset.querySelector<HTMLElement>(':scope > .error-message');
    if (error && !spoken(error).startsWith('Error:')) problems.push(`${where}: error not read as an error`);
  }
  for (const input of root(el).querySelectorAll('input')) {
    if (!root(el).querySelector(`label[for="${input.id}"]`)?.textContent?.trim()) problems.push(`input #${input.id} has no label`);
    const hint = input.parentElement!.querySelector('.choice__hint');
    if (hint && !(input.getAttribute('aria-describedby') ?? '').split(/\s+/).includes(hint.id)) {
      problems.push(`input #${input.id} is not described by its own hint`);
    }
  }
  return report;
}
