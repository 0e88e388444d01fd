/**
 * Draws a QR code crisp on any screen: each module a whole number of device
 * pixels, so no module straddles a pixel and no grey seam appears between
 * rows (with `shape-rendering: crispEdges`, styles/qr.ts). CSS alone cannot
 * know the device pixel ratio, so the code's width and height are set here,
 * as SVG attributes (not inline styles, for a strict CSP), from the width of
 * its box, never wider than 20rem, and again whenever that box is resized or
 * the screen's density changes (zoom, or a window moved to another screen).
 */

/** Never wider than this many root ems: big enough for a phone camera at arm's length. */
const MAX_REM = 20;

const drawn = new Set<SVGSVGElement>();
let resizes: ResizeObserver | undefined;
let density: MediaQueryList | undefined;

function fit(code: SVGSVGElement): void {
  const box = code.parentElement;
  if (!code.isConnected || !box) {
    drawn.delete(code);
    if (box) resizes?.unobserve(box);
    return;
  }
  const modules = code.viewBox.baseVal.width;
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const ratio = window.devicePixelRatio || 1;
  const room = Math.min(box.clientWidth || MAX_REM * rem, MAX_REM * rem);
  // Device pixels per module: as many as fit, at least one.
  const perModule = Math.max(1, Math.floor((room * ratio) / modules));
  const side = String((modules * perModule) / ratio);
  code.setAttribute('width', side);
  code.setAttribute('height', side);
}

function watchDensity(): void {
  density?.removeEventListener('change', onDensityChange);
  density = matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
  density.addEventListener('change', onDensityChange);
}

function onDensityChange(): void {
  watchDensity();
  drawn.forEach(fit);
}

/** Sizes a drawn code now and keeps it sized: pass it each time it is rendered (a Lit `ref` callback). */
export function fitToPixels(code: Element | undefined): void {
  if (!(code instanceof SVGSVGElement)) return;
  if (!resizes) {
    // Sized in the next frame: sizing the code changes its box's height, which would be noticed again in this one.
    resizes = new ResizeObserver((entries) =>
      requestAnimationFrame(() => entries.forEach((entry) => entry.target.querySelector('svg') && fit(entry.target.querySelector('svg')!))),
    );
    watchDensity();
  }
  // Lit calls this while it renders, before a new code's template is in the page: size it right after.
  queueMicrotask(() => {
    if (!code.isConnected || !code.parentElement) return;
    drawn.add(code);
    resizes?.observe(code.parentElement);
    fit(code);
  });
}
