/**
 * Reads QR codes back with an independent decoder (npm `jsqr`), the way a
 * camera would: from pixels. `decodeShown` reads a screenshot of the code as
 * the screen shows it, at the page's device scale factor; `decodeSvg`
 * rasterizes the code the widget drew again, with the colours the browser
 * computed for it, so a theme that turned the modules light, or a code
 * without its quiet zone, fails to decode.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import type jsQRFunction from 'jsqr';
import type { QrMatrix } from '../../src/components/chunks/qr-encoder.js';

type JsQR = typeof jsQRFunction;

let loading: Promise<JsQR> | undefined;

/** jsQR ships as a UMD bundle, so it loads as a classic script that sets `window.jsQR`. */
function loadJsQR(): Promise<JsQR> {
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/jsqr/dist/jsQR.js';
    script.onload = () => resolve((window as unknown as { jsQR: JsQR }).jsQR);
    script.onerror = () => reject(new Error('could not load jsQR'));
    document.head.append(script);
  });
  return loading;
}

async function decodePixels(image: ImageData): Promise<string | undefined> {
  const jsQR = await loadJsQR();
  return jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data;
}

/** Decodes an encoder's matrix drawn at `scale` px per module, with a white quiet zone of four modules. */
export function decodeMatrix(m: QrMatrix, scale = 4): Promise<string | undefined> {
  const side = (m.size + 8) * scale;
  const image = new ImageData(side, side);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const dark = m.get(Math.floor(x / scale) - 4, Math.floor(y / scale) - 4);
      image.data.fill(dark ? 0 : 255, (y * side + x) * 4, (y * side + x) * 4 + 3);
      image.data[(y * side + x) * 4 + 3] = 255;
    }
  }
  return decodePixels(image);
}

/**
 * Decodes a rendered <svg> code: a copy with each shape's computed fill
 * written in (the shadow root's style sheets do not travel with it), drawn at
 * `scale` px per viewBox unit on a canvas that adds nothing round it.
 */
export async function decodeSvg(original: SVGSVGElement, scale = 4): Promise<string | undefined> {
  const copy = original.cloneNode(true) as SVGSVGElement;
  const shapes = original.querySelectorAll('rect, path');
  copy.querySelectorAll('rect, path').forEach((shape, i) => shape.setAttribute('fill', getComputedStyle(shapes[i]!).fill));
  const [, , width, height] = copy.getAttribute('viewBox')!.split(' ').map(Number);
  copy.setAttribute('width', String(width! * scale));
  copy.setAttribute('height', String(height! * scale));
  copy.setAttribute('shape-rendering', 'crispEdges');
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.imageSmoothingEnabled = false;
    context.drawImage(img, 0, 0);
    return await decodePixels(context.getImageData(0, 0, canvas.width, canvas.height));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Decodes a screenshot of the code as shown, pixel for pixel (a PNG, so nothing is smoothed on the way). */
export async function decodeShown(code: SVGSVGElement): Promise<string | undefined> {
  code.scrollIntoView({ block: 'center' });
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const box = code.getBoundingClientRect();
  // A little of the page round it: the code's own quiet zone is all a scanner needs, and a page's white adds nothing.
  // In the page's coordinates, as Puppeteer's screenshot clip takes them.
  const clip = { x: Math.floor(box.left + scrollX), y: Math.floor(box.top + scrollY), width: Math.ceil(box.width) + 1, height: Math.ceil(box.height) + 1 };
  const { png } = await executeServerCommand<{ png: string }, typeof clip>('screenshot', clip);
  const img = new Image();
  img.src = `data:image/png;base64,${png}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(img, 0, 0);
  return decodePixels(context.getImageData(0, 0, canvas.width, canvas.height));
}
