/**
 * The element's settings, read once per use from whatever the host page set:
 * attributes arrive as text, properties as any value at all. Each setting is
 * checked here and nowhere else (as GOV.UK Frontend's configuration module
 * does for its components): coerced where that is meaningful, else ignored,
 * with one console warning per element and setting. Nothing here throws.
 */
import type { PublisherInfo } from '../../content/publisher.js';
import { isIsoDate } from '../../content/dates.js';
import { type HeadingLevel, headingLevelOf } from '../views/headings.js';
import { SAVE_MODES, type SaveMode } from '../controllers/progress-store.js';
import { warnOnce } from '../../warn-once.js';
import { type Read, readText } from './host-value.js';

/**
 * The most characters each kind of host text keeps. Names fit a line or two;
 * statements (funding, conflicts of interest) a short paragraph. Longer names
 * and statements are cut, with "…"; a longer key, locale or URL is ignored.
 */
export const HOST_TEXT_LIMITS = { name: 200, statement: 1000, key: 200, locale: 100, url: 2000 } as const;

/** The settings as the host set them: the element's own properties, any value or none. */
export interface RawHostSettings {
  save?: unknown;
  storageKey?: unknown;
  history?: unknown;
  headingLevel?: unknown;
  questionnaireUrl?: unknown;
  locale?: unknown;
  clinicName?: unknown;
  funding?: unknown;
  conflicts?: unknown;
  reviewer?: unknown;
  reviewDate?: unknown;
  reviewedVersion?: unknown;
}

export interface HostConfig {
  save: SaveMode;
  /** The `storage-key`, if one was given. */
  storageKey: string | undefined;
  /** Whether the browser's Back and Forward move between pages (`history="steps"`, the default) or leave them alone (`none`). */
  history: 'steps' | 'none';
  headingLevel: HeadingLevel;
  /** The canonical URL of the FHIR Questionnaire, if the clinic gave its own. */
  questionnaireUrl: string | undefined;
  /** The `locale` asked for, or null for none (the page's or browser's language decides). */
  locale: string | null;
  /** The clinic's own statements for the first page and the About section. */
  publisher: PublisherInfo;
}

const quoted = (text: string) => `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;

/**
 * Reads one setting, warning once for this element and setting when something was wrong.
 * A problem reads on from the attribute's name: `is an object, not text` or `="x" is not …`.
 */
function read<T>(host: object, attribute: string, result: Read<T>, consequence: string): T | undefined {
  const { problem } = result;
  if (problem) warnOnce(host, attribute, `<ldn-decision-aid>: ${attribute}${problem.startsWith('=') ? '' : ' '}${problem}, so ${consequence}.`);
  return result.value;
}

/** A clinic's name or statement: cut short when too long, left out when not text. */
function hostText(host: object, attribute: string, value: unknown, max: number): string | undefined {
  const result = readText(value, { max });
  return read(host, attribute, result, result.value === undefined ? 'it is left out' : `only the first ${max} characters are shown`);
}

function readSave(value: unknown): Read<SaveMode> {
  // true and false: the boolean property of earlier versions (true meant localStorage).
  if (value === undefined || value === null || value === false) return { value: 'none' };
  if (value === true) return { value: 'local' };
  if (typeof value === 'string' && (SAVE_MODES as readonly string[]).includes(value)) return { value: value as SaveMode };
  const text = readText(value, { max: 40 });
  return { value: 'none', problem: text.value === undefined ? (text.problem ?? 'is blank') : `=${quoted(text.value)} is not none, session or local` };
}

function readHistory(value: unknown): Read<'steps' | 'none'> {
  const text = readText(value, { max: 40, whole: true });
  if (text.value === 'steps' || text.value === 'none') return { value: text.value };
  if (text.value === undefined && !text.problem) return { value: 'steps' };
  return { value: 'steps', problem: text.value === undefined ? text.problem : `=${quoted(text.value)} is not steps or none` };
}

function readUrl(value: unknown): Read<string> {
  const text = readText(value, { max: HOST_TEXT_LIMITS.url, whole: true });
  if (text.value === undefined) return text;
  // A canonical URL is absolute; "|" would split it from the version in a reference.
  const valid = URL.canParse(text.value) && !/[\s|]/.test(text.value);
  return valid ? text : { problem: `=${quoted(text.value)} is not an absolute URL` };
}

function readReviewDate(value: unknown): Read<string> {
  const text = readText(value, { max: 10, date: true });
  if (text.value === undefined || (!text.problem && isIsoDate(text.value))) return text;
  return { problem: `=${quoted(typeof value === 'string' ? value.trim() : text.value)} is not a date written YYYY-MM-DD` };
}

/** The element's settings, checked. Cheap enough to call on every render; warnings are said once. */
export function readHostConfig(host: object, raw: RawHostSettings): HostConfig {
  const { name, statement } = HOST_TEXT_LIMITS;
  const publisher: PublisherInfo = {
    publisher: hostText(host, 'clinic-name', raw.clinicName, name),
    funding: hostText(host, 'funding', raw.funding, statement),
    conflicts: hostText(host, 'conflicts', raw.conflicts, statement),
    reviewer: hostText(host, 'reviewer', raw.reviewer, name),
    reviewDate: read(host, 'review-date', readReviewDate(raw.reviewDate), 'the guide leaves it out'),
    reviewedVersion: read(host, 'reviewed-version', readText(raw.reviewedVersion, { max: 40, whole: true }), 'the guide leaves it out'),
  };
  for (const key of Object.keys(publisher) as (keyof PublisherInfo)[]) if (publisher[key] === undefined) delete publisher[key];
  return {
    save: read(host, 'save', readSave(raw.save), 'nothing is saved') ?? 'none',
    storageKey: read(host, 'storage-key', readText(raw.storageKey, { max: HOST_TEXT_LIMITS.key, whole: true }), 'the key made from the id is used'),
    history: read(host, 'history', readHistory(raw.history), 'steps is used') ?? 'steps',
    headingLevel: headingLevelOf(host, raw.headingLevel),
    questionnaireUrl: read(host, 'questionnaire-url', readUrl(raw.questionnaireUrl), 'the default URL is used'),
    locale: read(host, 'locale', readText(raw.locale, { max: HOST_TEXT_LIMITS.locale, whole: true }), 'the page’s language decides') ?? null,
    publisher,
  };
}
