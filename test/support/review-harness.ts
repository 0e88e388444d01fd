/**
 * The page behind a translation review sheet (`npm run i18n:review`,
 * scripts/i18n/review.mjs): it shows the widget on each view a reviewer
 * should see, in any locale, for the script to photograph, and reads which
 * messages a view shows from a render in the marking locale (⟦id⟧ before each
 * message, scripts/i18n/review-build.mjs).
 *
 * The views: every screen a patient can reach (screens.ts, from the flow
 * model), each example patient's guide with the clinician's code shown
 * (fixtures/patients.ts), a clinic's guide with its own statements, and the
 * guide with "Start over" asking to confirm. Every disclosure is opened, so
 * its text is in the picture.
 */
import '../../src/ldn-decision-aid.js';
import type { LdnDecisionAid } from '../../src/ldn-decision-aid.js';
import { STEP_ANNOUNCEMENT_DELAY_MS } from '../../src/components/controllers/step-announcer.js';
import { EXAMPLE_PATIENTS, type ExamplePatient } from '../fixtures/patients.js';
import { reachableScreens, showGuideFor, showScreen } from './screens.js';

interface View {
  name: string;
  /** Attributes the clinic sets on the element. */
  attributes?: Record<string, string>;
  show(el: LdnDecisionAid): Promise<void>;
}

/** A clinic that names itself, its funding and conflicts, and its clinical reviewer. */
const CLINIC = {
  'clinic-name': 'Riverside POTS Clinic',
  funding: 'Riverside Health Trust',
  conflicts: 'None declared.',
  reviewer: 'Dr A. Example',
  'review-date': '2027-01-15',
};

const root = (el: LdnDecisionAid) => el.shadowRoot!;

async function until(ok: () => boolean, what: string, timeout = 10_000): Promise<void> {
  const start = performance.now();
  while (!ok()) {
    if (performance.now() - start > timeout) throw new Error(`review harness: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const click = async (el: LdnDecisionAid, action: string) => {
  root(el).querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!.click();
  await el.updateComplete;
};

const patient = (name: ExamplePatient) => EXAMPLE_PATIENTS[name]();

const VIEWS: View[] = [
  ...reachableScreens().map((screen) => ({ name: screen.name, show: (el: LdnDecisionAid) => showScreen(el, screen) })),
  ...(Object.keys(EXAMPLE_PATIENTS) as ExamplePatient[]).map((name) => ({
    name: `guide for the example patient "${name}", with the code for the clinician shown`,
    show: async (el: LdnDecisionAid) => {
      await showGuideFor(el, patient(name));
      await until(() => !!root(el).querySelector('[data-action="save-or-print"]'), 'no "Save or print" button');
      await click(el, 'save-or-print');
      await click(el, 'show-code');
      // The code, or the message that it could not be made.
      await until(() => !!root(el).querySelector('svg.qr__code, p.qr__status:not(:empty)'), 'the code did not appear');
    },
  })),
  {
    name: `guide from a clinic that names itself, its funding, conflicts and clinical reviewer ("nothing-notable")`,
    attributes: CLINIC,
    show: (el) => showGuideFor(el, patient('nothing-notable')),
  },
  {
    name: 'guide asking to confirm "Start over" ("nothing-notable")',
    show: async (el) => {
      await showGuideFor(el, patient('nothing-notable'));
      await until(() => !!root(el).querySelector('[data-action="start-over"]'), 'no "Start over" button');
      await click(el, 'start-over');
    },
  },
];

let current: LdnDecisionAid | undefined;

/** Every text node and attribute value in the widget, shadow roots included. */
function shownStrings(node: Node, out: string[] = []): string[] {
  for (const child of node.childNodes) {
    if (child instanceof Element) {
      if (child.tagName === 'STYLE') continue;
      for (const attribute of child.attributes) out.push(attribute.value);
      if (child.shadowRoot) shownStrings(child.shadowRoot, out);
      shownStrings(child, out);
    } else if (child.nodeType === Node.TEXT_NODE) out.push(child.textContent ?? '');
  }
  return out;
}

const review = {
  views: () => VIEWS.map((view) => view.name),

  /** Mounts a new widget in `locale` on view `index`, with every disclosure open; resolves with its direction. */
  async show(index: number, locale: string): Promise<{ dir: string; lang: string }> {
    current?.remove();
    const el = document.createElement('ldn-decision-aid') as LdnDecisionAid;
    for (const [name, value] of Object.entries(VIEWS[index]!.attributes ?? {})) el.setAttribute(name, value);
    el.setAttribute('locale', locale);
    document.querySelector('#stage')!.append(el);
    current = el;
    await el.updateComplete;
    const container = () => root(el).querySelector<HTMLElement>('.container');
    await until(() => container()?.getAttribute('lang') === locale, `locale ${locale} not shown`);
    await VIEWS[index]!.show(el);
    await until(() => !root(el).querySelector('[data-guide-pending="loading"]'), 'the guide did not load');
    for (const details of root(el).querySelectorAll('details')) details.open = true;
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return { dir: container()!.dir, lang: container()!.lang };
  },

  /** The text and attribute values of the widget now shown, once the step's announcement for screen readers is made. */
  async strings(): Promise<string[]> {
    await new Promise((resolve) => setTimeout(resolve, STEP_ANNOUNCEMENT_DELAY_MS + 50));
    return current?.shadowRoot ? shownStrings(current.shadowRoot) : [];
  },
};

declare global {
  interface Window {
    review: typeof review;
  }
}
window.review = review;
