import { css } from 'lit';

/** "Show a code for your clinician": the disclosure, the QR code and the text it holds. */
export const qr = css`
  .clinician-code {
    margin-block: var(--_space);
  }
  .clinician-code__panel {
    margin-block-start: 0.75rem;
    padding-inline-start: var(--_space);
    border-inline-start: 4px solid var(--_border);
  }
  .qr {
    margin-block-end: var(--_space);
  }
  .qr__status:empty {
    margin: 0;
  }
  /* Its width and height are set by qr-fit.ts, in whole device pixels per
     module, up to 20rem (a version 13 code is 77 modules with its quiet zone:
     4 px each at one device pixel per CSS pixel); crisp edges, so no grey seams. */
  .qr__code {
    display: block;
    shape-rendering: crispEdges;
    /* Scanners need dark modules on a light ground, so the code stays black on
       white in dark themes and in forced colours (Windows High Contrast) too. */
    forced-color-adjust: none;
  }
  .qr__light {
    fill: #ffffff;
  }
  .qr__dark {
    fill: #000000;
  }
  .clinician-code__text-title {
    font-weight: 700;
    margin-block-end: 0.25rem;
  }
  .clinician-code__text {
    list-style: none;
    margin-block: 0 var(--_space);
    padding: 0;
  }
`;
