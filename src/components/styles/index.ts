/**
 * The element's styles, one sheet per view, in cascade order. Themeable
 * through --ldn-* custom properties (tokens.ts) and ::part.
 *
 * The guide's own sheets (guide-sheets.ts) ship in the guide's chunk; the
 * element adopts them, in their place in this order, when that chunk arrives.
 */
import type { CSSResult } from 'lit';
import { base } from './base.js';
import { form } from './form.js';
import type { GuideSheets } from './guide-sheets.js';
import { media } from './media.js';
import { tokens } from './tokens.js';

/** Everything the question pages need. */
export const styles = [tokens, base, form, media];

/** The same, with the guide's sheets: print and forced-colour rules in `media` still come after the guide's, and the guide's own print sheet last. */
export const stylesWithGuide = (sheets: GuideSheets): CSSResult[] => [tokens, base, form, sheets.guide, media, sheets.chart, sheets.qr, sheets.print];
