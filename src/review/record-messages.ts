/**
 * Which messages a piece of code shows: `msg()` is swapped, once, for one that
 * returns the English as before and notes each message's id. Only the review
 * pack (a Node script) installs it, before any locale is configured: lit-localize
 * allows one installation per process, and the widget never imports this.
 */
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { defaultMsg } from '@lit/localize/internal/default-msg.js';

/** A message as shown: its id and its English with the placeholders filled in. */
export interface ShownMessage {
  id: string;
  text: string;
}

/** lit-localize's own English-only implementation, typed loosely so its extractor does not take calls to it for messages. */
const english = defaultMsg as unknown as (template: unknown) => unknown;

let log: ShownMessage[] | undefined;
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  _installMsgImplementation(((template: unknown, options?: { id?: string }) => {
    const shown = english(template);
    log?.push({ id: options?.id ?? '', text: String(shown) });
    return shown;
  }) as unknown as typeof defaultMsg);
}

/** Runs `show` and returns what it returned with the messages it showed, in order. */
export function recordMessages<T>(show: () => T): { result: T; messages: ShownMessage[] } {
  install();
  const messages: ShownMessage[] = [];
  const outer = log;
  log = messages;
  try {
    return { result: show(), messages };
  } finally {
    log = outer;
    outer?.push(...messages);
  }
}
