/**
 * "Print" prints the guide alone. Styles inside the shadow root cannot hide the
 * host page, so a print-only sheet is adopted by the document for the moment
 * of printing. A constructed sheet, not a <style> tag, so a strict
 * Content-Security-Policy (no 'unsafe-inline' styles) still allows it.
 */
const PRINTING_ATTRIBUTE = 'data-ldn-printing';

// Scoped to a body that holds a printing widget: the sheet stays adopted, and
// must leave ordinary printing of the host page (Ctrl+P) untouched.
const PRINT_CSS = `@media print {
  body:has([${PRINTING_ATTRIBUTE}]) *:not(:has([${PRINTING_ATTRIBUTE}])):not([${PRINTING_ATTRIBUTE}]) { display: none !important; }
  [${PRINTING_ATTRIBUTE}] { display: block !important; margin: 0 !important; }
}`;

let sheet: CSSStyleSheet | undefined;

function adoptPrintSheet(doc: Document): void {
  sheet ??= new CSSStyleSheet();
  if (!sheet.cssRules.length) sheet.replaceSync(PRINT_CSS);
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

export function printGuideOnly(host: HTMLElement): void {
  const win = host.ownerDocument.defaultView ?? window;
  adoptPrintSheet(host.ownerDocument);
  host.setAttribute(PRINTING_ATTRIBUTE, '');
  // afterprint is the usual signal; leaving print media covers browsers that skip it.
  const printMedia = win.matchMedia('print');
  const done = () => {
    host.removeAttribute(PRINTING_ATTRIBUTE);
    win.removeEventListener('afterprint', done);
    printMedia.removeEventListener('change', onMediaChange);
  };
  const onMediaChange = (event: MediaQueryListEvent) => {
    if (!event.matches) done();
  };
  win.addEventListener('afterprint', done);
  printMedia.addEventListener('change', onMediaChange);
  win.print();
}
