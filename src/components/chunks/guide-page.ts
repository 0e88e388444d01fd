/**
 * @chunk guide-page: the entry of the guide's chunk (dist/ldn-decision-aid-guide-page-<hash>.js).
 *
 * What the guide step needs beyond the main module: the tailoring rules, the
 * guide's wording and sources, its views, printing, copying and the text
 * export, the compact summary behind the QR code and the loader of its
 * encoder, all reached through the guide page's controller. About a third of
 * the widget, and none of it is needed to answer the questions, so it is a
 * chunk of its own that the element fetches while the patient answers. Only
 * the element imports this module, and only dynamically: a static import
 * anywhere would pull the guide back into the main file (npm run check:bundle
 * fails if it does). The build makes it import nothing at all: what it shares
 * with the module (Lit, localization, the model, the wording) it receives from
 * the module when it arrives (scripts/build/linked-chunks.ts).
 */
export { buildGuide } from '../../guide/build-guide.js';
export { GuidePageController } from '../controllers/guide-page-controller.js';
export * as guideSheets from '../styles/guide-sheets.js';
