/**
 * Loads the NLM's LHC-Forms renderer (npm `lforms`, a prebuilt Angular web
 * component) into the current test page, once. Only test/lhc-forms.test.ts
 * uses it; the test runner gives every test file its own page, so Angular and
 * zone.js never reach the widget's tests.
 */
const BASE = '/node_modules/lforms/dist/lforms';

/** The renderer's global API; the package ships no types. */
export interface LForms {
  lformsVersion: string;
  Util: {
    addFormToPage(form: object, element: HTMLElement): Promise<void>;
    convertFHIRQuestionnaireToLForms(questionnaire: object, version: 'R4'): object;
    mergeFHIRDataIntoLForms(type: 'QuestionnaireResponse', response: object, form: object, version: 'R4'): object;
    getFormFHIRData(type: 'QuestionnaireResponse', version: 'R4', element: HTMLElement): { item?: ResponseItem[] };
  };
}

export interface ResponseItem {
  linkId: string;
  answer?: { valueCoding?: { system?: string; code?: string }; item?: ResponseItem[] }[];
  item?: ResponseItem[];
}

function add<T extends HTMLScriptElement | HTMLLinkElement>(element: T): Promise<void> {
  return new Promise((resolve, reject) => {
    element.onload = () => resolve();
    element.onerror = () => reject(new Error(`LHC-Forms: could not load ${element instanceof HTMLScriptElement ? element.src : element.href}`));
    document.head.append(element);
  });
}

let loading: Promise<LForms> | undefined;

export function loadLForms(): Promise<LForms> {
  loading ??= (async () => {
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = `${BASE}/webcomponent/styles.css`;
    await add(style);
    // Classic scripts, one after another, in the order the package documents.
    for (const file of [
      'webcomponent/assets/lib/zone.min.js',
      'webcomponent/runtime.js',
      'webcomponent/polyfills.js',
      'webcomponent/main.js',
      'fhir/R4/lformsFHIR.min.js',
    ]) {
      const script = document.createElement('script');
      script.src = `${BASE}/${file}`;
      await add(script);
    }
    // LForms.Util exists once Angular has started, which defines the form element.
    await customElements.whenDefined('wc-lhc-form');
    return (window as unknown as { LForms: LForms }).LForms;
  })();
  return loading;
}
