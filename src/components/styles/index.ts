/**
 * The element's styles, one sheet per view, in cascade order. Themeable
 * through --ldn-* custom properties (tokens.ts) and ::part.
 */
import { base } from './base.js';
import { chart } from './chart.js';
import { form } from './form.js';
import { guide } from './guide.js';
import { media } from './media.js';
import { qr } from './qr.js';
import { tokens } from './tokens.js';

export const styles = [tokens, base, form, guide, media, chart, qr];
