/**
 * Checks of how <ldn-decision-aid> is drawn, run in the browser on whatever is
 * on screen: reflow (nothing sticks out sideways, nothing clipped), text that
 * overlaps, target sizes, focus indicators, motion and forced colours.
 *
 * Each checker returns a list of problems as readable strings (empty when all
 * is well), so a test can run it over many screens and report every failure at
 * once. test/tools/display-checks.test.ts plants one problem of each kind,
 * to prove each checker can fail.
 */
import type { LdnDecisionAid } from '../../src/ldn-decision-aid.js';

/** Rounding slack for sub-pixel layout, in CSS px. */
const SLACK = 1;

export interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}

const rootOf = (el: LdnDecisionAid): ShadowRoot => el.shadowRoot!;

/** A short, readable name for an element, for failure messages. */
export function nameOf(node: Element): string {
  const tag = node.tagName.toLowerCase();
  const className = node.getAttribute('class')?.trim();
  const classes = className ? `.${className.split(/\s+/).join('.')}` : '';
  const data = [...node.attributes]
    .filter((a) => a.name.startsWith('data-') || a.name === 'id' || a.name === 'type' || a.name === 'name' || a.name === 'value')
    .map((a) => `[${a.name}=${a.value}]`)
    .join('');
  const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40).trim();
  return `${tag}${classes}${data}${text ? ` "${text}"` : ''}`;
}

const round = (n: number) => Math.round(n * 10) / 10;
const showRect = (r: Rect) => `[${round(r.left)}…${round(r.right)} × ${round(r.top)}…${round(r.bottom)}]`;

/**
 * Hidden on purpose for screen readers (the .visually-hidden pattern, and the
 * narrow table's header row): taken out of flow and clipped to nothing.
 */
function isClippedOnPurpose(node: Element): boolean {
  const s = getComputedStyle(node);
  return s.position === 'absolute' && s.clipPath === 'inset(50%)';
}

/** The node or an ancestor (inside the shadow root) is hidden on purpose for screen readers. */
function inClippedOnPurpose(node: Element): boolean {
  for (let n: Element | null = node; n; n = n.parentElement) if (isClippedOnPurpose(n)) return true;
  return false;
}

/** Drawn: not display:none, not inside a closed <details>, not visibility:hidden, and has a box. */
function isDrawn(node: Element): boolean {
  if (!node.checkVisibility({ visibilityProperty: true })) return false;
  const r = node.getBoundingClientRect();
  return r.width > 0 || r.height > 0;
}

/**
 * Every element in the shadow root that is drawn, except those clipped for
 * screen readers on purpose and what they hold. With `withClipped`, the
 * clipped elements themselves are kept (not what they hold): their own box must
 * still fit, or it pushes the page wider although nothing shows.
 */
export function drawnElements(el: LdnDecisionAid, withClipped = false): Element[] {
  return [...rootOf(el).querySelectorAll('*')].filter(
    (n) => isDrawn(n) && (!inClippedOnPurpose(n) || (withClipped && isClippedOnPurpose(n) && !(n.parentElement && inClippedOnPurpose(n.parentElement)))),
  );
}

/** The distinct visible text nodes in the shadow root, in document order. */
export function visibleTexts(el: LdnDecisionAid): Text[] {
  const walker = document.createTreeWalker(rootOf(el), NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!node.data.trim()) continue;
    const parent = node.parentElement;
    if (!parent || parent instanceof SVGElement || !isDrawn(parent) || inClippedOnPurpose(parent)) continue;
    texts.push(node);
  }
  return texts;
}

export interface TextLine {
  node: Text;
  rect: Rect;
}

/** The line boxes of every visible text in the shadow root (one rect per line a text node wraps onto). */
export function textLines(el: LdnDecisionAid): TextLine[] {
  const lines: TextLine[] = [];
  const range = document.createRange();
  for (const node of visibleTexts(el)) {
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) if (rect.width > 0 && rect.height > 0) lines.push({ node, rect });
  }
  return lines;
}

/**
 * Words split across lines (WCAG 1.4.4, 1.4.10): a word wraps only at a space
 * or a hyphen, so one whose letters sit on two lines was broken by a box too
 * narrow for it ("Mod/er/ate"). Only words of 4 letters or more are checked.
 */
export function brokenWordProblems(el: LdnDecisionAid): string[] {
  const problems: string[] = [];
  const range = document.createRange();
  for (const node of visibleTexts(el)) {
    for (const m of node.data.matchAll(/[^\s\-–—/]{4,}/g)) {
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) problems.push(`the word "${m[0]}" in ${nameOf(node.parentElement!)} is broken across ${tops.size} lines`);
    }
  }
  return problems;
}

/** The nearest ancestor that makes a box of its own (not an inline), whose edges the text must stay within. */
function boxOf(node: Element): Element {
  let n: Element = node;
  while (n.parentElement && ['inline', 'contents'].includes(getComputedStyle(n).display)) n = n.parentElement;
  return n;
}

const quote = (text: Text) => `"${text.data.replace(/\s+/g, ' ').trim().slice(0, 40)}"`;

const SCROLLING = ['hidden', 'clip', 'auto', 'scroll'];

/**
 * Reflow (WCAG 1.4.10) and resize text (1.4.4): the page does not scroll
 * sideways; no element or line of text sticks out of the aid's box on either
 * side; no element clips or scrolls its content; no line of text leaves the box
 * it belongs to (which would overlap what is next to it).
 */
export function overflowProblems(el: LdnDecisionAid): string[] {
  const problems: string[] = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth) problems.push(`the page scrolls sideways: ${doc.scrollWidth} px of content in ${doc.clientWidth} px`);
  const host = el.getBoundingClientRect();
  const outside = (r: Rect) => r.left < host.left - SLACK || r.right > host.right + SLACK;
  for (const node of drawnElements(el, true)) {
    const r = node.getBoundingClientRect();
    if (outside(r)) problems.push(`${nameOf(node)} sticks out of the aid: ${showRect(r)} outside ${round(host.left)}…${round(host.right)}`);
    if (!(node instanceof HTMLElement) || isClippedOnPurpose(node)) continue;
    const s = getComputedStyle(node);
    if (SCROLLING.includes(s.overflowX) && node.scrollWidth > node.clientWidth + SLACK) {
      problems.push(
        `${nameOf(node)} ${s.overflowX === 'auto' || s.overflowX === 'scroll' ? 'scrolls sideways' : 'clips its content'}: ${node.scrollWidth} px wide in ${node.clientWidth} px`,
      );
    }
    if (SCROLLING.includes(s.overflowY) && node.scrollHeight > node.clientHeight + SLACK) {
      problems.push(
        `${nameOf(node)} ${s.overflowY === 'auto' || s.overflowY === 'scroll' ? 'scrolls' : 'clips its content'}: ${node.scrollHeight} px tall in ${node.clientHeight} px`,
      );
    }
  }
  for (const { node, rect } of textLines(el)) {
    if (outside(rect)) {
      problems.push(`text ${quote(node)} sticks out of the aid: ${showRect(rect)} outside ${round(host.left)}…${round(host.right)}`);
      continue;
    }
    const box = boxOf(node.parentElement!);
    const b = box.getBoundingClientRect();
    // Only boxes that clip or have a fixed height matter vertically; any box matters sideways.
    if (rect.left < b.left - SLACK || rect.right > b.right + SLACK || rect.top < b.top - 2 * SLACK || rect.bottom > b.bottom + 2 * SLACK) {
      problems.push(`text ${quote(node)} leaves its box ${nameOf(box)}: ${showRect(rect)} outside ${showRect(b)}`);
    }
  }
  return problems;
}

const intersect = (a: Rect, b: Rect, by = SLACK) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > by && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > by;

/** Controls and what names them: what a patient reads and clicks. */
const CONTROLS = 'input:not([type="hidden"]), button, summary, a[href], select, textarea, label, legend';

/**
 * Text spacing (WCAG 1.4.12): no two controls or labels overlap, and no two
 * lines of different texts overlap.
 */
export function overlapProblems(el: LdnDecisionAid): string[] {
  const problems: string[] = [];
  const controls = [...rootOf(el).querySelectorAll(CONTROLS)].filter((n) => isDrawn(n) && !inClippedOnPurpose(n));
  const boxes = controls.map((n) => n.getBoundingClientRect());
  for (let i = 0; i < controls.length; i++) {
    for (let j = i + 1; j < controls.length; j++) {
      const [a, b] = [controls[i]!, controls[j]!];
      if (a.contains(b) || b.contains(a)) continue;
      if (intersect(boxes[i]!, boxes[j]!)) problems.push(`${nameOf(a)} ${showRect(boxes[i]!)} overlaps ${nameOf(b)} ${showRect(boxes[j]!)}`);
    }
  }
  const lines = textLines(el);
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const [a, b] = [lines[i]!, lines[j]!];
      if (a.node !== b.node && intersect(a.rect, b.rect, 2 * SLACK)) {
        problems.push(`text ${quote(a.node)} ${showRect(a.rect)} overlaps text ${quote(b.node)} ${showRect(b.rect)}`);
      }
    }
  }
  return problems;
}

/** Everything a patient can click or tab to. */
export const TARGETS = 'input:not([type="hidden"]), button, summary, a[href], select, textarea, [tabindex="0"]';

/** A link in running text: its parent has words of its own outside the link (the inline exception of 2.5.8). */
function isInSentence(node: Element): boolean {
  if (node.tagName !== 'A') return false;
  const parent = node.parentElement!;
  return [...parent.childNodes].some((c) => c !== node && (c.textContent ?? '').trim() !== '');
}

/**
 * Target size (WCAG 2.5.8): every target is at least 24 by 24 CSS px. A radio
 * or checkbox is 24 by 24 itself, and its label, which also selects it, is at
 * least 24 px tall. Links inside a sentence are exempt.
 */
export function targetProblems(el: LdnDecisionAid, min = 24): string[] {
  const problems: string[] = [];
  const small = (r: Rect) => r.width < min - 0.5 || r.height < min - 0.5;
  for (const node of rootOf(el).querySelectorAll(TARGETS)) {
    if (!isDrawn(node) || inClippedOnPurpose(node) || isInSentence(node)) continue;
    const r = node.getBoundingClientRect();
    if (small(r)) problems.push(`${nameOf(node)} is ${round(r.width)} × ${round(r.height)} px, under ${min} × ${min}`);
    if (node instanceof HTMLInputElement && (node.type === 'radio' || node.type === 'checkbox')) {
      const label = node.labels?.[0];
      if (!label) problems.push(`${nameOf(node)} has no label to click`);
      else if (label.getBoundingClientRect().height < min - 0.5) {
        problems.push(`the label of ${nameOf(node)} is ${round(label.getBoundingClientRect().height)} px tall, under ${min}`);
      }
    }
  }
  return problems;
}

/**
 * Answer rows a finger can hit (issue 20's walk at 390 px found 28 px rows with dead gaps): each radio's or
 * checkbox's label is at least 40 px tall (GOV.UK's size) and starts where the box ends, so neither the gap beside
 * the box nor the space between rows is dead.
 */
export function answerRowProblems(el: LdnDecisionAid, min = 40): string[] {
  return [...rootOf(el).querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')].flatMap((input) => {
    const label = input.labels?.[0];
    if (!label || !isDrawn(input) || inClippedOnPurpose(input)) return [];
    const box = input.getBoundingClientRect();
    const row = label.getBoundingClientRect();
    const rtl = getComputedStyle(input).direction === 'rtl';
    const gap = rtl ? box.left - row.right : row.left - box.right;
    return [
      ...(row.height < min - 0.5 ? [`the label of ${nameOf(input)} is ${round(row.height)} px tall, under ${min}`] : []),
      ...(Math.abs(gap) > 1 ? [`the label of ${nameOf(input)} starts ${round(gap)} px from its box`] : []),
    ];
  });
}

// ---------------------------------------------------------------------------
// Colours
// ---------------------------------------------------------------------------

/** [r, g, b, alpha] of a computed colour (rgb(), rgba() or color(srgb …)), or undefined. */
export function parseColour(value: string): [number, number, number, number] | undefined {
  const rgb = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(value);
  if (rgb) {
    const alpha = rgb[4] === undefined ? 1 : rgb[4].endsWith('%') ? parseFloat(rgb[4]) / 100 : parseFloat(rgb[4]);
    return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), alpha];
  }
  const srgb = /color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+))?\)/.exec(value);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
  return undefined;
}

function luminance([r, g, b]: [number, number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two opaque computed colours (1 when either cannot be read). */
export function contrast(a: string, b: string): number {
  const [ca, cb] = [parseColour(a), parseColour(b)];
  if (!ca || !cb) return 1;
  const [la, lb] = [luminance(ca), luminance(cb)].sort((x, y) => y - x) as [number, number];
  return (la + 0.05) / (lb + 0.05);
}

const isTransparent = (colour: string) => (parseColour(colour)?.[3] ?? 0) === 0;

/** The first opaque background behind a node (walking up through the shadow host), white if none. */
export function backgroundBehind(node: Element): string {
  for (let n: Element | null = node; n; n = n.parentElement ?? (n.getRootNode() as ShadowRoot).host ?? null) {
    const bg = getComputedStyle(n).backgroundColor;
    if (!isTransparent(bg)) return bg;
  }
  return 'rgb(255, 255, 255)';
}

/** The colours of box-shadow rings at least 2 px wide (spread, or blur-free offset), from a computed box-shadow. */
function shadowRings(boxShadow: string): string[] {
  if (boxShadow === 'none') return [];
  const rings: string[] = [];
  // Computed form: "rgb(…) Xpx Ypx Bpx Spx [inset], …"
  for (const m of boxShadow.matchAll(/((?:rgba?|color)\([^)]*\))\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+([\d.]+)px\s+(-?[\d.]+)px/g)) {
    const [, colour, x, y, , spread] = m;
    if (Number(spread) >= 2 || Math.abs(Number(x)) >= 2 || Math.abs(Number(y)) >= 2) rings.push(colour!);
  }
  return rings;
}

export interface FocusLook {
  /** Background before focus, to notice a focus background change. */
  backgroundBefore: string;
}

/**
 * Focus visible (WCAG 2.4.7), with contrast (1.4.11): the focused element has
 * an outline at least 2 px wide or a box-shadow ring, or changes its
 * background, in a colour with at least 3:1 contrast against what is around it.
 */
export function focusIndicatorProblem(node: Element, look: FocusLook, minContrast = 3): string | undefined {
  const s = getComputedStyle(node);
  const around = backgroundBehind(node.parentElement ?? node);
  const candidates: string[] = [];
  if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && !isTransparent(s.outlineColor)) candidates.push(s.outlineColor);
  candidates.push(...shadowRings(s.boxShadow).filter((c) => !isTransparent(c)));
  const bg = s.backgroundColor;
  if (!isTransparent(bg) && bg !== look.backgroundBefore) candidates.push(bg);
  if (!candidates.length) {
    return `${nameOf(node)} has no focus indicator (outline ${s.outlineStyle} ${s.outlineWidth}, box-shadow ${s.boxShadow}, background ${bg})`;
  }
  const best = Math.max(...candidates.map((c) => contrast(c, around)));
  if (best < minContrast) {
    return `${nameOf(node)}'s focus indicator (${candidates.join(', ')}) has contrast ${best.toFixed(2)}:1 against ${around}, under ${minContrast}:1`;
  }
  return undefined;
}

/**
 * Text contrast (WCAG 1.4.3) of a focused control: focus styles change colours,
 * and a rule that keeps the old text colour on the new background can go faint.
 * 4.5:1, or 3:1 for large text (24 px, or 18.66 px bold).
 */
export function focusedTextContrastProblem(node: Element): string | undefined {
  if (!node.textContent?.trim() || node instanceof HTMLInputElement) return undefined;
  const s = getComputedStyle(node);
  const size = parseFloat(s.fontSize);
  const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
  const min = large ? 3 : 4.5;
  const ratio = contrast(s.color, backgroundBehind(node));
  return ratio < min
    ? `${nameOf(node)}'s text (${s.color}) has contrast ${ratio.toFixed(2)}:1 on ${backgroundBehind(node)} when focused, under ${min}:1`
    : undefined;
}

/**
 * Focus not obscured (WCAG 2.4.11): the focused element lies inside the
 * viewport, and what is drawn at its centre is the element itself (or its
 * content), not something covering it.
 */
export function obscuredProblem(node: Element): string | undefined {
  const r = node.getBoundingClientRect();
  const { innerWidth: w, innerHeight: h } = window;
  if (r.left < -SLACK || r.top < -SLACK || r.right > w + SLACK || r.bottom > h + SLACK) {
    return `${nameOf(node)} is focused but not fully in view: ${showRect(r)} in a ${w} × ${h} viewport`;
  }
  const root = node.getRootNode() as Document | ShadowRoot;
  // One point per box: a link that wraps has a box per line, with gaps between them.
  for (const part of node.getClientRects()) {
    const hit = root.elementFromPoint(part.left + part.width / 2, part.top + part.height / 2);
    if (!hit || !(hit === node || node.contains(hit))) {
      return `${nameOf(node)} is focused but covered by ${hit ? nameOf(hit) : 'nothing drawn'} at ${round(part.left + part.width / 2)}, ${round(part.top + part.height / 2)}`;
    }
  }
  return undefined;
}

/** Reduced motion: no transition or animation, and no smooth scrolling, anywhere in the shadow root. */
export function motionProblems(el: LdnDecisionAid): string[] {
  const problems: string[] = [];
  const moving = (durations: string) => durations.split(',').some((d) => parseFloat(d) > 0);
  for (const node of [el, ...rootOf(el).querySelectorAll('*')]) {
    for (const pseudo of [null, '::before', '::after'] as const) {
      const s = getComputedStyle(node, pseudo);
      const where = `${node === el ? ':host' : nameOf(node)}${pseudo ?? ''}`;
      if (moving(s.transitionDuration) && s.transitionProperty !== 'none')
        problems.push(`${where} has a transition: ${s.transitionProperty} ${s.transitionDuration}`);
      if (s.animationName !== 'none' && moving(s.animationDuration)) problems.push(`${where} has an animation: ${s.animationName} ${s.animationDuration}`);
      if (pseudo === null && s.scrollBehavior === 'smooth') problems.push(`${where} scrolls smoothly`);
    }
  }
  return problems;
}
