/**
 * The review sheet's views beyond the flow's screens and the example
 * patients' guides (review-harness.ts): what a patient or clinician sees only
 * with particular answers or in particular states, so every message they can
 * see is pictured somewhere (`npm run i18n:review` fails when a safety flag,
 * error or safety note is not). Question pages with follow-ups open or with
 * their errors, "Check your answers" with every follow-up, the guide for the
 * extra answer sets of fixtures/review-patients.ts, the guide's status lines,
 * the states when a part could not load, another tab's saved answers, and a
 * clinic's About section given in other ways.
 */
import type { LdnDecisionAid } from '../../src/ldn-decision-aid.js';
import type { FlowEvent } from '../../src/flow/machine.js';
import type { QuestionStep } from '../../src/flow/steps.js';
import type { Answers } from '../../src/questionnaire/answers.js';
import { STORAGE_KEY } from '../../src/components/controllers/progress-store.js';
import { writeSavedProgress } from '../../src/flow/saved-progress.js';
import { therapyHelpsId } from '../../src/questionnaire/ids.js';
import { completeAnswers, EXAMPLE_PATIENTS, symptoms, tried } from '../fixtures/patients.js';
import { CODE_PATIENTS, REVIEW_PATIENTS } from '../fixtures/review-patients.js';
import { showGuideFor } from './screens.js';
import { settle } from './settle.js';

export interface View {
  name: string;
  /** Attributes the clinic sets on the element. */
  attributes?: Record<string, string>;
  /** Done to the element before it is on the page (a part made to fail to load). */
  prepare?(el: LdnDecisionAid): void;
  show(el: LdnDecisionAid): Promise<void>;
  /** The guide is still downloading: the widget completes no update until it comes. */
  pending?: boolean;
  /** A guide photographed only in the blocks (its sections, its "Save or print" menu) that show a message no earlier view showed. */
  inBlocks?: boolean;
  /** Selectors in the widget of what this view is for: only they are read and photographed (a guide's code, not the whole guide again). */
  parts?: string[];
}

const root = (el: LdnDecisionAid) => el.shadowRoot!;

export async function until(ok: () => boolean, what: string, timeout = 10_000): Promise<void> {
  const start = performance.now();
  while (!ok()) {
    if (performance.now() - start > timeout) throw new Error(`review harness: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function click(el: LdnDecisionAid, action: string): Promise<void> {
  await until(() => !!root(el).querySelector(`[data-action="${action}"]`), `no "${action}" button`);
  root(el).querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!.click();
  await el.updateComplete;
}

type Flow = { send(event: FlowEvent): void; snapshot: { value: string } };

/** Puts the aid on question page `step` with `answers` (the pages before it complete), and presses Continue there when `submit`. */
async function showPage(el: LdnDecisionAid, step: QuestionStep, answers: Answers, submit = false): Promise<void> {
  const flow = el['flow'] as Flow;
  flow.send({ type: 'flow.start' });
  for (let i = 0; i < 20 && flow.snapshot.value !== step; i++) {
    flow.send({ type: 'answers.update', patch: answers });
    flow.send({ type: 'step.continue' });
    await el.updateComplete;
  }
  flow.send({ type: 'answers.update', patch: answers });
  if (submit) flow.send({ type: 'step.continue' });
  await settle(el);
}

/** "Check your answers" for a complete answer set. */
async function showReview(el: LdnDecisionAid, answers: Answers): Promise<void> {
  const flow = el['flow'] as Flow;
  flow.send({ type: 'flow.start' });
  for (let i = 0; i < 20 && flow.snapshot.value !== 'review'; i++) {
    flow.send({ type: 'answers.update', patch: answers });
    flow.send({ type: 'step.continue' });
    await el.updateComplete;
  }
  await settle(el);
}

/** The guide with "Save or print" open and the code for the clinician shown (its text in words beside it). */
export async function showGuideWithCode(el: LdnDecisionAid, answers: Answers): Promise<void> {
  await showGuideFor(el, answers);
  // When the answers were last changed, as the view's answer events stamp it, so the clinician summary and the code say so.
  (el['flow'] as Flow).send({ type: 'guide.answer', patch: {}, at: '2027-01-10T09:30:00.000Z' });
  await el.updateComplete;
  await click(el, 'save-or-print');
  await click(el, 'show-code');
  // The code, or the message that it could not be made.
  await until(() => !!root(el).querySelector('svg.qr__code, p.qr__status:not(:empty)'), 'the code did not appear');
}

/** The guide after pressing one of its buttons, the browser's side of it stubbed (`clipboard` succeeds or fails; downloads are dropped). */
async function showGuideAfter(el: LdnDecisionAid, action: 'copy' | 'download', clipboardWorks = true): Promise<void> {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: () => (clipboardWorks ? Promise.resolve() : Promise.reject(new Error('denied'))) },
  });
  await showGuideFor(el, EXAMPLE_PATIENTS['nothing-notable']());
  root(el).addEventListener('click', (event) => (event.target as Element).matches('a[download]') && event.preventDefault(), { capture: true });
  await click(el, 'save-or-print');
  await click(el, action);
  await until(() => !!root(el).querySelector('p.status')?.textContent?.trim(), `no status after "${action}"`);
}

type Loader = { loader: () => Promise<unknown>; status: string };
const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
const never = () => new Promise<never>(() => {});

/** The guide with the code asked for while its encoder loads as `loader` does (never, or failing). */
async function showCodeWhileEncoder(el: LdnDecisionAid, loader: () => Promise<unknown>): Promise<void> {
  await showGuideFor(el, EXAMPLE_PATIENTS['nothing-notable']());
  (el['guidePage'] as unknown as { page: { qrEncoder: Loader } }).page.qrEncoder.loader = loader;
  await click(el, 'save-or-print');
  await click(el, 'show-code');
  await until(() => !!root(el).querySelector('p.qr__status:not(:empty)'), 'no status of the code');
}

/** One patient with a follow-up open on every page, treatments tried and stopped, in opioid use disorder treatment. */
const withFollowUps = () =>
  completeAnswers({
    ...tried(['fluids-salt', { status: 'current', helps: 'a-little' }], ['midodrine', { status: 'stopped', helps: 'too-soon', sideEffects: true }]),
    'opioid-use': 'yes',
    'opioid-kinds': ['buprenorphine'],
    'opioid-pattern': 'regular',
    'opioid-use-disorder-treatment': 'yes',
    'naltrexone-before': 'yes',
    'naltrexone-helps': 'a-little',
    ...symptoms({ fatigue: 'severe', pain: 'mild', sleep: 'moderate' }),
    'worst-symptom': ['fatigue'],
  });

/** "Save or print" and the status line under it. */
const SAVE_AND_STATUS = ['.save-menu', 'p.status'];

export const MORE_VIEWS: View[] = [
  {
    name: 'treatments page, a treatment stopped and its follow-ups open, Continue pressed with "Does it help?" left blank',
    show: (el) =>
      showPage(
        el,
        'therapies',
        completeAnswers({
          ...tried(['midodrine', { status: 'stopped' }], ['fluids-salt', { status: 'current' }]),
          [therapyHelpsId('midodrine')]: undefined,
          [therapyHelpsId('fluids-salt')]: undefined,
        }),
        true,
      ),
  },
  {
    name: 'opioid medicines page, buprenorphine ticked, Continue pressed with the opioid use disorder question left blank',
    show: (el) =>
      showPage(
        el,
        'opioids',
        completeAnswers({ 'opioid-use': 'yes', 'opioid-kinds': ['buprenorphine'], 'opioid-pattern': 'regular', 'opioid-use-disorder-treatment': undefined }),
        true,
      ),
  },
  {
    name: 'symptoms page, three symptoms ticked as bothering most (at most two), Continue pressed',
    show: (el) =>
      showPage(
        el,
        'symptoms',
        completeAnswers({ ...symptoms({ fatigue: 'severe', pain: 'mild', sleep: 'moderate' }), 'worst-symptom': ['fatigue', 'pain', 'sleep'] }),
        true,
      ),
  },
  {
    name: '"What matters to you", for a patient taking opioids and in opioid use disorder treatment (two more values offered)',
    show: (el) => showPage(el, 'values', withFollowUps()),
  },
  { name: '"Check your answers" with follow-up answers on every page', show: (el) => showReview(el, withFollowUps()) },
  ...Object.entries(REVIEW_PATIENTS).map(([name, answers]) => ({
    name: `guide for "${name}" (fixtures/review-patients.ts), with the code for the clinician shown: only its sections with something new`,
    inBlocks: true,
    show: (el: LdnDecisionAid) => showGuideWithCode(el, answers()),
  })),
  ...Object.entries(CODE_PATIENTS).map(([name, answers]) => ({
    name: `the code for the clinician in words, for "${name}" (fixtures/review-patients.ts)`,
    parts: ['.save-menu'],
    show: (el: LdnDecisionAid) => showGuideWithCode(el, answers()),
  })),
  { name: 'guide after "Copy as text"', parts: SAVE_AND_STATUS, show: (el) => showGuideAfter(el, 'copy') },
  { name: 'guide after "Copy as text" failed', parts: SAVE_AND_STATUS, show: (el) => showGuideAfter(el, 'copy', false) },
  { name: 'guide after "Download as a text file"', parts: SAVE_AND_STATUS, show: (el) => showGuideAfter(el, 'download') },
  {
    name: 'guide page while the guide is downloading',
    pending: true,
    prepare: (el) => ((el['guidePage'] as unknown as Loader).loader = never),
    show: async (el) => {
      await showReview(el, EXAMPLE_PATIENTS['nothing-notable']());
      (el['flow'] as Flow).send({ type: 'review.confirm' });
      await until(() => !!root(el).querySelector('[data-guide-pending="loading"]'), 'no "Getting your guide ready" status');
    },
  },
  {
    name: 'guide page when the guide could not be downloaded',
    prepare: (el) => ((el['guidePage'] as unknown as Loader).loader = offline),
    show: (el) => showGuideFor(el, EXAMPLE_PATIENTS['nothing-notable']()),
  },
  { name: 'guide with the code for the clinician being made', parts: ['.save-menu'], show: (el) => showCodeWhileEncoder(el, never) },
  { name: 'guide when the code for the clinician could not be made', parts: ['.save-menu'], show: (el) => showCodeWhileEncoder(el, offline) },
  {
    name: 'first page, saving on, when another tab saved other answers',
    attributes: { save: 'local', 'storage-key': 'review-sheet' },
    prepare: () => localStorage.removeItem(`${STORAGE_KEY}:review-sheet`),
    show: async (el) => {
      const key = `${STORAGE_KEY}:review-sheet`;
      const text = writeSavedProgress({ step: 'symptoms', returnToReview: false, answers: completeAnswers({ 'opioid-use': 'not-sure' }) });
      localStorage.setItem(key, text);
      window.dispatchEvent(new StorageEvent('storage', { key, oldValue: null, newValue: text, storageArea: localStorage, url: location.href }));
      await until(() => !!root(el).querySelector('[data-changed-elsewhere]'), 'no notice of the other tab');
      localStorage.removeItem(key);
    },
  },
  {
    name: 'guide from a clinic that names its funding and a reviewer, but not itself nor the review date, and reviewed another content version',
    attributes: { funding: 'Riverside Health Trust', reviewer: 'Dr A. Example', 'reviewed-version': '000000000000' },
    parts: ['[data-section="about"]'],
    show: (el) => showGuideFor(el, EXAMPLE_PATIENTS['nothing-notable']()),
  },
];
