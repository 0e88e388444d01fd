/**
 * @chunk guide-page: ships with the guide, and keeps the encoder itself out of it.
 *
 * Loads the QR encoder (a chunk of its own, qr-encoder.ts) when a patient first
 * opens the code, and remembers the last code it made. Kept apart from the
 * code's view (qr-code.ts), which ships with the guide.
 */
import type { ReactiveControllerHost } from 'lit';
import { LazyModule } from './lazy-module.js';
import type { QrMatrix } from './qr-encoder.js';

type Encoder = (text: string) => QrMatrix;

export class QrEncoderLoader extends LazyModule<{ qrMatrix: Encoder }> {
  private last?: { text: string; matrix?: QrMatrix };

  constructor(host: ReactiveControllerHost) {
    super(host, 'the QR code encoder', () => import('./qr-encoder.js'));
  }

  /** The code for `text`, or undefined when the encoder is not loaded or the text does not fit. Encoded once per text, not on every render. */
  matrixFor(text: string): QrMatrix | undefined {
    if (!this.module) return undefined;
    if (this.last?.text !== text) {
      let matrix: QrMatrix | undefined;
      try {
        matrix = this.module.qrMatrix(text);
      } catch (error) {
        console.warn('ldn-decision-aid: the summary does not fit in a QR code.', error);
      }
      this.last = { text, matrix };
    }
    return this.last.matrix;
  }
}
