/**
 * @chunk guide-page: the guide's style sheets, loaded with the guide's chunk
 * (guide-page.ts), out of the first download; index.ts says where they go in the cascade.
 */
export { chart } from './chart.js';
export { guide } from './guide.js';
export { print } from './print.js';
export { qr } from './qr.js';

export type GuideSheets = typeof import('./guide-sheets.js');
