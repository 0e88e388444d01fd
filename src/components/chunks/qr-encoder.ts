/**
 * @chunk qr-encoder: the entry of the QR encoder's chunk (dist/ldn-decision-aid-qr-encoder-<hash>.js).
 *
 * The QR encoder (lean-qr), in a chunk of its own: qr-encoder-loader.ts
 * imports this module dynamically, so the bytes load only when a patient opens the code.
 * Nothing but `qrMatrix` may be imported from here, or the encoder would be
 * pulled into the main bundle.
 */
import { correction, generate, mode } from 'lean-qr';

/** Phone cameras read codes up to about version 13 (69 by 69 modules) reliably from a screen. */
export const QR_MAX_VERSION = 13;

/** The dark and light modules of a code, without its quiet zone. */
export interface QrMatrix {
  readonly size: number;
  get(x: number, y: number): boolean;
}

/**
 * Encodes text at error correction M (about 15% of the code can be damaged or
 * glared), never larger than version 13: throws when the text does not fit.
 * Plain ASCII goes in without a character-set marker, anything else as UTF-8
 * (ECI 26), which every current phone reader decodes; Latin-1 and Shift JIS
 * modes are left out because some readers misread them.
 */
export function qrMatrix(text: string): QrMatrix {
  return generate(text, {
    minCorrectionLevel: correction.M,
    maxCorrectionLevel: correction.M,
    maxVersion: QR_MAX_VERSION,
    modes: [mode.numeric, mode.alphaNumeric, mode.ascii, mode.utf8],
  });
}
