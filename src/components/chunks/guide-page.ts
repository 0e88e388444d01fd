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
import { formatDate, formatMonth } from '../../content/date-format.js';
import { listOf } from '../../content/list-format.js';

export { buildGuide } from '../../guide/build-guide.js';
export { GuidePageController } from '../controllers/guide-page-controller.js';
export * as guideSheets from '../styles/guide-sheets.js';

/**
 * Makes the locale's list and date formatters, for the loader to call when the
 * browser is idle: the first formatter of each kind costs the browser its
 * locale data (about 100 ms on a slow phone), which the guide's first render
 * would otherwise wait for. The formatting modules keep them.
 */
export function warmUp(locale: string): void {
  listOf(['a', 'b'], locale);
  listOf(['a', 'b'], locale, 'unit');
  formatDate('2000-01-01', locale);
  formatMonth('2000-01', locale);
}
