/**
 * Headings follow the host page's outline: the widget's step heading is at
 * `heading-level` (default 2), guide sections one below it, and items inside
 * them two below. HTML has six levels, so deeper ones stay at h6. Styles select
 * headings by class, never by tag, so a level change never changes the look.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { warnOnce } from '../../warn-once.js';

export const HEADING_LEVELS = [1, 2, 3, 4, 5] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];
export const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;

/** How far below the widget's top heading: 0 the step heading, 1 a section, 2 an item in a section. */
export type HeadingDepth = 0 | 1 | 2;

export interface HeadingAttributes {
  class: string;
  id?: string;
  /** -1 for a heading that takes focus by script. */
  tabindex?: number;
  part?: string;
  /** Marks the step heading, which takes focus on each step change. */
  stepHeading?: boolean;
}

/** Reads the `heading-level` attribute: a whole number from 1 to 5, else undefined. */
export function parseHeadingLevel(value: unknown): HeadingLevel | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return (HEADING_LEVELS as readonly number[]).includes(n) ? (n as HeadingLevel) : undefined;
}

/** The `heading-level` attribute as a level: unset means 2; anything else invalid warns once (per host) and means 2. */
export function headingLevelOf(host: object, value: unknown): HeadingLevel {
  if (value === undefined || value === null) return DEFAULT_HEADING_LEVEL;
  const level = parseHeadingLevel(value);
  if (level === undefined)
    warnOnce(
      host,
      'heading-level',
      `<ldn-decision-aid>: heading-level="${typeof value === 'string' || typeof value === 'number' ? value : typeof value}" is not a whole number from 1 to 5, so level 2 is used.`,
    );
  return level ?? DEFAULT_HEADING_LEVEL;
}

/** A heading at `depth` below the widget's top level. One literal per tag, so templates stay plain Lit `html` that tools can check. */
export function heading(top: HeadingLevel, depth: HeadingDepth, a: HeadingAttributes, content: unknown): TemplateResult {
  const step = a.stepHeading ? '' : undefined;
  switch (Math.min(6, top + depth)) {
    case 1:
      return html`<h1 class=${a.class} id=${ifDefined(a.id)} tabindex=${ifDefined(a.tabindex)} part=${ifDefined(a.part)} data-step-heading=${ifDefined(step)}>${content}</h1>`;
    case 2:
      return html`<h2 class=${a.class} id=${ifDefined(a.id)} tabindex=${ifDefined(a.tabindex)} part=${ifDefined(a.part)} data-step-heading=${ifDefined(step)}>${content}</h2>`;
    case 3:
      return html`<h3 class=${a.class} id=${ifDefined(a.id)} tabindex=${ifDefined(a.tabindex)} part=${ifDefined(a.part)} data-step-heading=${ifDefined(step)}>${content}</h3>`;
    case 4:
      return html`<h4 class=${a.class} id=${ifDefined(a.id)} tabindex=${ifDefined(a.tabindex)} part=${ifDefined(a.part)} data-step-heading=${ifDefined(step)}>${content}</h4>`;
    case 5:
      return html`<h5 class=${a.class} id=${ifDefined(a.id)} tabindex=${ifDefined(a.tabindex)} part=${ifDefined(a.part)} data-step-heading=${ifDefined(step)}>${content}</h5>`;
    default:
      return html`<h6 class=${a.class} id=${ifDefined(a.id)} tabindex=${ifDefined(a.tabindex)} part=${ifDefined(a.part)} data-step-heading=${ifDefined(step)}>${content}</h6>`;
  }
}
