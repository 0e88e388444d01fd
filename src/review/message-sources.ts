/**
 * The sources each message cites, read from the wording records themselves:
 * every object in the content modules that holds `sources` beside its text
 * functions (a SourcedText, a safety flag's or an option's wording) says which
 * messages those functions show. More exact than a block's sources, which a
 * list gathers from all its items. Messages in no such record are not here.
 */
import * as about from '../content/about.js';
import * as decision from '../content/decision.js';
import * as evidence from '../content/evidence.js';
import * as forYou from '../content/for-you.js';
import * as options from '../content/options.js';
import * as safety from '../content/safety.js';
import * as situation from '../content/situation.js';
import * as values from '../content/values.js';
import { recordMessages } from './record-messages.js';

const MODULES: readonly object[] = [about, decision, evidence, forYou, options, safety, situation, values];

const isSourceList = (value: unknown): value is string[] => Array.isArray(value) && value.every((s) => typeof s === 'string');

/** The messages a function shows when called with placeholder arguments; what it shows before any error still counts. */
function shownBy(fn: (...args: unknown[]) => unknown): string[] {
  return recordMessages(() => {
    try {
      return fn({}, 'en');
    } catch {
      return undefined;
    }
  }).messages.map((m) => m.id);
}

export function messageSources(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (!value || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    const record = value as Record<string, unknown>;
    if (isSourceList(record.sources)) {
      for (const member of Object.values(record))
        if (typeof member === 'function')
          for (const id of shownBy(member as (...args: unknown[]) => unknown)) found.set(id, [...new Set([...(found.get(id) ?? []), ...record.sources])]);
    }
    Object.values(record).forEach(visit);
  };
  MODULES.forEach((m) => Object.values(m).forEach(visit));
  return found;
}
