/**
 * What the embedding tests do as a host page would: mount a widget from a
 * template, read the console's warnings, and take the guide out by "Copy as
 * text" and "Download" with the clipboard and file download stubbed.
 */
import { fixture, type html } from '@open-wc/testing';
import type { LdnDecisionAid } from '../../src/ldn-decision-aid.js';
import { answerStep, clickAction, continueOn, EXAMPLE_CLICKS, settle } from './harness.js';

export async function mount(template: ReturnType<typeof html>): Promise<LdnDecisionAid> {
  const el = await fixture<LdnDecisionAid>(template);
  await settle(el);
  return el;
}

/** Answers the first two pages, from the first page. */
export async function answerTwoPages(el: LdnDecisionAid): Promise<void> {
  await clickAction(el, 'continue');
  await answerStep(el, EXAMPLE_CLICKS.condition);
  await continueOn(el);
  await answerStep(el, EXAMPLE_CLICKS.therapies);
  await continueOn(el);
}

/** Collects console.warn's first arguments until `restore()`. */
export function captureWarnings(): { warnings: string[]; restore: () => void } {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(String(args[0]));
  return { warnings, restore: () => (console.warn = original) };
}

/** Copies and downloads the guide with the browser's clipboard and file download stubbed; returns both texts. */
export async function copyAndDownload(el: LdnDecisionAid): Promise<{ copied: string; downloaded: string }> {
  let copied = '';
  let blob: Blob | undefined;
  const { writeText } = navigator.clipboard;
  const { createObjectURL } = URL;
  const { click } = HTMLAnchorElement.prototype;
  navigator.clipboard.writeText = async (value: string) => void (copied = value);
  URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), 'blob:test');
  HTMLAnchorElement.prototype.click = () => {};
  try {
    await clickAction(el, 'copy');
    await clickAction(el, 'download');
    await settle(el);
  } finally {
    navigator.clipboard.writeText = writeText;
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
  }
  return { copied, downloaded: await blob!.text() };
}
