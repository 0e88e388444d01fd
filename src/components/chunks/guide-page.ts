/**
 * What the guide step needs beyond the main module: the tailoring rules, the
 * guide's wording and sources, its views, printing, copying and the text export, and the compact
 * summary behind the QR code and the loader of its encoder. About a third of the widget, and none of it is
 * needed to answer the questions, so it is a chunk of its own
 * (dist/ldn-decision-aid-guide-page.js) that the element fetches while the
 * patient answers. Only the element imports this module, and only dynamically:
 * a static import anywhere would pull the guide back into the main file.
 */
export { buildGuide } from '../../guide/build-guide.js';
export { compactSummaryText } from '../../content/compact-summary.js';
export { guideDocument } from '../../content/guide/document.js';
export { guideToText } from '../../export/text.js';
export { renderGuideStep } from '../steps/guide.js';
export { printGuideOnly } from '../browser/print.js';
export { QrEncoderLoader } from './qr-encoder-loader.js';
export { copyText, downloadText } from '../browser/share.js';
export * as guideSheets from '../styles/guide-sheets.js';
