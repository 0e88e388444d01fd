import { css } from 'lit';

/** Print, forced colours (Windows High Contrast) and reduced motion. */
export const media = css`
  .print-only {
    display: none;
  }
  @media print {
    .print-only {
      display: block;
    }
    .guide__title {
      font-size: 1.4em;
      font-weight: 700;
    }
    :host {
      max-inline-size: none;
      color: #000;
      background: #fff;
      font-size: 11pt;
    }
    .no-print,
    .caption {
      display: none !important;
    }
    .container {
      padding: 0;
    }
    .flag,
    .option,
    .table tr {
      break-inside: avoid;
    }
    .guide__section .h-section {
      break-after: avoid;
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .warning-box,
    .error-summary {
      border-color: CanvasText;
    }
  }
  /* Nothing moves today; this keeps it so for anyone who asks for less motion,
     whatever is added later (test/component-screens.test.ts checks every screen). */
  @media (prefers-reduced-motion: reduce) {
    :host,
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
