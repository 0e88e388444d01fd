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
import { click, MORE_VIEWS, showGuideWithCode, until, type View } from './review-views.js';

/** A clinic that names itself, its funding and conflicts, and its clinical reviewer. */
const CLINIC = {
  'clinic-name': 'Riverside POTS Clinic',
  funding: 'Riverside Health Trust',
  conflicts: 'None declared.',
  reviewer: 'Dr A. Example',
  'review-date': '2027-01-15',
};

const root = (el: LdnDecisionAid) => el.shadowRoot!;

const patient = (name: ExamplePatient) => EXAMPLE_PATIENTS[name]();

const VIEWS: View[] = [
  ...reachableScreens().map((screen) => ({ name: screen.name, show: (el: LdnDecisionAid) => showScreen(el, screen) })),
  ...(Object.keys(EXAMPLE_PATIENTS) as ExamplePatient[]).map((name) => ({
    name: `guide for the example patient "${name}", with the code for the clinician shown`,
    show: (el: LdnDecisionAid) => showGuideWithCode(el, patient(name)),
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
      await click(el, 'start-over');
    },
  },
  ...MORE_VIEWS,
];

let current: LdnDecisionAid | undefined;

/**
 * In the marking render the codes (⟦n⟧, scripts/i18n/review-build.mjs) count no bytes, and each message is
 * padded to its length in the locale under review, so a byte cap (the QR summary's 330) drops there what it
 * drops in that locale: what the marking render finds is in the locale's picture too.
 */
let marking = false;
const encode = TextEncoder.prototype.encode;
TextEncoder.prototype.encode = function (input?: string) {
  return encode.call(this, marking && input ? input.replace(/⟦[0-9a-z]+⟧/g, '') : input);
};

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

/** What a view photographed in blocks (`View.inBlocks`) is made of: the guide's "Save or print" menu and its sections. */
const BLOCKS = '.save-menu, section[data-section]';

/** The nodes a view is about: one of its blocks, its parts, or the whole widget. */
function parts(index: number, block?: number): Node[] {
  const shadow = current?.shadowRoot;
  if (!shadow) return [];
  if (block !== undefined) return [shadow.querySelectorAll(BLOCKS)[block]!];
  const selectors = VIEWS[index]!.parts;
  if (!selectors) return [shadow];
  const found = selectors.flatMap((selector) => [...shadow.querySelectorAll(selector)]);
  if (!found.length) throw new Error(`review harness: none of ${selectors.join(', ')} on view ${index + 1}`);
  return found;
}

const review = {
  views: () => VIEWS.map((view) => view.name),

  /** Mounts a new widget in `locale` on view `index`, with every disclosure open; resolves with its direction. */
  async show(index: number, locale: string, isMarking = false): Promise<{ dir: string; lang: string }> {
    current?.remove();
    marking = isMarking;
    const el = document.createElement('ldn-decision-aid') as LdnDecisionAid;
    for (const [name, value] of Object.entries(VIEWS[index]!.attributes ?? {})) el.setAttribute(name, value);
    el.setAttribute('locale', locale);
    VIEWS[index]!.prepare?.(el);
    document.querySelector('#stage')!.append(el);
    current = el;
    await el.updateComplete;
    const container = () => root(el).querySelector<HTMLElement>('.container');
    await until(() => container()?.getAttribute('lang') === locale, `locale ${locale} not shown`);
    const view = VIEWS[index]!;
    await view.show(el);
    // A view of the guide still downloading never completes an update: the widget waits for the guide.
    if (!view.pending) await until(() => !root(el).querySelector('[data-guide-pending="loading"]'), 'the guide did not load');
    for (const details of root(el).querySelectorAll('details')) details.open = true;
    if (!view.pending) await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return { dir: container()!.dir, lang: container()!.lang };
  },

  /** The text and attribute values of the widget now shown (or of the view's parts), once the step's announcement for screen readers is made. */
  async strings(index: number, block?: number): Promise<string[]> {
    if (block === undefined) await new Promise((resolve) => setTimeout(resolve, STEP_ANNOUNCEMENT_DELAY_MS + 50));
    return parts(index, block).flatMap((part) => shownStrings(part));
  },

  /** How many blocks the view is photographed in, each only when it shows something new (0: as a whole). */
  blocks: (index: number): number => (VIEWS[index]!.inBlocks ? (current?.shadowRoot?.querySelectorAll(BLOCKS).length ?? 0) : 0),

  /** Where to photograph, in page coordinates: the widget, or the box round the view's parts. */
  box(index: number, block?: number): { x: number; y: number; width: number; height: number } {
    const rects = (
      VIEWS[index]!.parts || block !== undefined
        ? parts(index, block).map((part) => (part as Element).getBoundingClientRect())
        : [current!.getBoundingClientRect()]
    ).filter((rect) => rect.height > 0);
    const [top, left] = [Math.min(...rects.map((r) => r.top)), Math.min(...rects.map((r) => r.left))];
    const [bottom, right] = [Math.max(...rects.map((r) => r.bottom)), Math.max(...rects.map((r) => r.right))];
    return { x: left + window.scrollX, y: top + window.scrollY, width: right - left, height: bottom - top };
  },
};

declare global {
  interface Window {
    review: typeof review;
  }
}
window.review = review;
