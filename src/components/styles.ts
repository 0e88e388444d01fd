import { css } from 'lit';

/**
 * Themeable through --ldn-* custom properties and ::part. Logical properties
 * (inline/block) throughout, so right-to-left pages lay out correctly.
 * Inherited properties are reset on :host so host page CSS cannot leak in.
 */
export const styles = css`
  :host {
    --_text: var(--ldn-color-text, #0b0c0c);
    --_muted: var(--ldn-color-muted, #505a5f);
    --_bg: var(--ldn-color-background, #ffffff);
    --_accent: var(--ldn-color-accent, #1d70b8);
    --_accent-text: var(--ldn-color-accent-text, #ffffff);
    --_focus: var(--ldn-color-focus, #ffdd00);
    --_focus-text: var(--ldn-color-focus-text, #0b0c0c);
    --_error: var(--ldn-color-error, #d4351c);
    --_warning: var(--ldn-color-warning, #b35c00);
    --_warning-bg: var(--ldn-color-warning-background, #fff4e5);
    --_border: var(--ldn-color-border, #b1b4b6);
    --_radius: var(--ldn-radius, 4px);
    --_space: var(--ldn-space, 1rem);

    display: block;
    box-sizing: border-box;
    max-inline-size: var(--ldn-max-width, 48rem);
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--ldn-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    font-size: var(--ldn-font-size, 1rem);
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .container {
    padding: var(--_space);
  }
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin-block: 0 calc(var(--_space) * 0.75);
  }
  .heading {
    font-size: 1.75em;
  }
  h3 {
    font-size: 1.3em;
    margin-block-start: calc(var(--_space) * 1.5);
  }
  h4 {
    font-size: 1.1em;
  }
  p {
    margin-block: 0 var(--_space);
  }
  .lead {
    font-size: 1.1em;
  }
  /* The body text size inside the 1.75em heading: 1rem did not grow with --ldn-font-size. */
  .caption {
    display: block;
    color: var(--_muted);
    font-size: calc(1em / 1.75);
    font-weight: 400;
    margin-block-end: 0.25rem;
  }
  /* Yellow alone is faint on white (1.35:1), so a ring in the text colour goes round it:
     at least 3:1 against the background whatever the theme (WCAG 1.4.11, 2.4.7).
     Forced colours drop the ring and keep the outline, in a system colour. */
  :focus-visible,
  [tabindex='-1']:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_text);
  }
  /* Headings take focus only so screen readers announce the new step. */
  [data-step-heading]:focus,
  h3[tabindex='-1']:focus {
    outline: none;
    box-shadow: none;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  /* Questions */
  .form-group {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .form-group--error {
    border-inline-start: 5px solid var(--_error);
    padding-inline-start: calc(var(--_space) * 0.75);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .legend {
    font-size: 1.2em;
    font-weight: 700;
    margin-block-end: 0.5rem;
    padding: 0;
  }
  .legend--small {
    font-size: 1em;
  }
  .optional {
    font-weight: 400;
  }
  .hint {
    color: var(--_muted);
    margin-block-end: 0.75rem;
  }
  .choice__hint {
    padding-inline-start: 2.5rem;
    margin-block: -0.25rem 0.5rem;
  }
  .error-message {
    color: var(--_error);
    font-weight: 700;
    margin-block-end: 0.75rem;
  }
  .choices--inline {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1.5rem;
  }
  .choice {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    margin-block-end: 0.5rem;
  }
  /* At least 24 by 24 CSS px (WCAG 2.5.8), even on a page with a small root font size. */
  .choice input {
    flex: none;
    inline-size: max(1.5rem, 24px);
    block-size: max(1.5rem, 24px);
    margin-block: 0.125rem 0;
    margin-inline: 0 0.75rem;
    accent-color: var(--_accent);
  }
  .choice label {
    flex: 1 1 0;
    min-inline-size: 0;
    min-block-size: max(1.5rem, 24px);
    cursor: pointer;
    padding-block: 0.125rem;
  }
  .choice .hint {
    flex-basis: 100%;
  }
  .reveal {
    margin-block: 0 var(--_space);
    margin-inline-start: 0.7rem;
    padding-inline-start: 1.5rem;
    border-inline-start: 4px solid var(--_border);
  }
  .choices__divider {
    margin-block: 0.5rem;
    color: var(--_muted);
  }
  .details summary {
    min-block-size: 24px;
    color: var(--_accent);
    cursor: pointer;
    text-decoration: underline;
    margin-block: 0.5rem;
  }
  .details__text {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: var(--_space);
    color: var(--_text);
  }

  /* Buttons */
  .button-group {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    margin-block: var(--_space);
  }
  .button {
    font: inherit;
    font-weight: 600;
    min-block-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    cursor: pointer;
  }
  .button--secondary {
    background: transparent;
    color: var(--_accent);
    border-color: var(--_accent);
  }
  .button--warning {
    background: var(--_error);
    color: #ffffff;
  }
  .button:focus-visible,
  .link-button:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_focus);
    background: var(--_focus);
    color: var(--_focus-text);
  }
  .link-button {
    min-block-size: 24px;
    min-inline-size: 24px;
    font: inherit;
    background: none;
    border: 0;
    padding: 0.25rem;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  a {
    color: var(--_accent);
  }

  /* Error summary */
  .error-summary {
    border: 5px solid var(--_error);
    padding: var(--_space);
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .error-summary__title {
    margin-block-start: 0;
  }
  .error-summary__list {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .error-summary__list li {
    margin-block-end: 0.25rem;
  }
  /* The focus colours win over the red link colour: red on yellow is too faint (3.6:1). */
  .error-summary__list a:focus-visible {
    color: var(--_focus-text);
  }
  /* Each link a block at least 24 px tall (WCAG 2.5.8): inline, it was one line of text, 19 px. */
  .error-summary__list a {
    display: inline-block;
    /* Top-aligned, so the bullet stays on the first line of a link that wraps. */
    vertical-align: top;
    min-block-size: 24px;
    color: var(--_error);
    font-weight: 700;
  }

  /* Check answers */
  .summary-card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin-block-end: var(--_space);
  }
  .summary-card__title-wrap {
    background: color-mix(in srgb, var(--_border) 25%, transparent);
    padding-block: 0.5rem;
    padding-inline: var(--_space);
  }
  .summary-card__title {
    margin: 0;
    font-size: 1.1em;
  }
  .summary-card .summary-list {
    padding-inline: var(--_space);
  }
  .summary-list {
    margin: 0;
  }
  .summary-list__row {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) auto;
    gap: 0.5rem var(--_space);
    padding-block: 0.5rem;
    border-block-end: 1px solid var(--_border);
  }
  .summary-list__row:last-child {
    border-block-end: 0;
  }
  .summary-list dt {
    font-weight: 700;
  }
  .summary-list dd {
    margin: 0;
  }
  .summary-list--compact .summary-list__row {
    grid-template-columns: minmax(0, 1fr) minmax(0, 2fr);
    padding-block: 0.25rem;
  }
  @media (max-width: 40em) {
    .summary-list__row,
    .summary-list--compact .summary-list__row {
      grid-template-columns: minmax(0, 1fr);
      gap: 0.25rem;
    }
  }
  .list {
    margin-block: 0 var(--_space);
    padding-inline-start: 1.25rem;
  }
  .summary-list .list {
    margin: 0;
  }

  /* Guide */
  .guide__section {
    border-block-start: 2px solid var(--_border);
    margin-block-start: calc(var(--_space) * 1.5);
  }
  .important-icon {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin-inline-end: 0.5em;
    border: 2px solid currentColor;
    border-radius: 50%;
    font-size: 0.85em;
    line-height: 1;
    vertical-align: 0.1em;
  }
  .flag {
    background: var(--_warning-bg);
    border-inline-start: 6px solid var(--_warning);
    padding: var(--_space);
    margin-block-end: var(--_space);
  }
  .flag p:last-child {
    margin-block-end: 0;
  }
  .flag__title {
    margin-block-start: 0;
  }
  .option {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-block-end: var(--_space);
  }
  .option__name {
    margin-block-start: 0;
  }
  .option__parts dt {
    font-weight: 700;
  }
  .option__parts dd {
    margin-inline-start: 0;
    margin-block-end: 0.5rem;
  }
  .cite,
  .cite-line {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .guide {
    container-type: inline-size;
  }
  .table-wrap {
    margin-block-end: var(--_space);
  }
  .table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  .table caption {
    text-align: start;
    font-weight: 700;
    margin-block-end: 0.5rem;
  }
  .table th,
  .table td {
    text-align: start;
    vertical-align: top;
    padding: 0.5rem;
    border-block-end: 1px solid var(--_border);
  }
  /* Narrow screens: each row becomes a small card, each cell labelled by its column.
     In em, the guide's own font size, so larger text (--ldn-font-size) stacks the rows sooner. */
  @container (max-width: 36em) {
    .table,
    .table tbody,
    .table tr,
    .table th,
    .table td,
    .table caption {
      display: block;
    }
    .table thead {
      position: absolute;
      clip-path: inset(50%);
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
    }
    .table tr {
      padding-block: 0.5rem;
      border-block-end: 1px solid var(--_border);
    }
    .table th,
    .table td {
      border: 0;
      padding: 0.125rem 0;
    }
    .table td::before {
      /* Empty alternative text: screen readers already hear the column header. */
      content: attr(data-label) ': ' / '';
      font-weight: 700;
    }
  }
  .sure-status--needs-support {
    border-inline-start: 6px solid var(--_accent);
    padding-inline-start: var(--_space);
  }
  .sources {
    padding-inline-start: 0;
    list-style: none;
    font-size: 0.9em;
  }
  .sources li {
    margin-block-end: 0.5rem;
  }
  .sources__id {
    font-weight: 700;
    margin-inline-end: 0.5rem;
  }
  /* Kept in the accessibility tree even when empty, so screen readers hear what is added. */
  .status:empty {
    margin: 0;
  }
  .confirm {
    border: 4px solid var(--_error);
    padding: var(--_space);
  }

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
    .guide__section h3 {
      break-after: avoid;
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .flag,
    .error-summary {
      border-color: CanvasText;
    }
  }
  /* Nothing moves today; this keeps it so for anyone who asks for less motion,
     whatever is added later (test/component-display.test.ts checks every screen). */
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

  /* Symptom chart: names and severity words in a CSS grid (they wrap, zoom and
     follow the text direction), bars in SVG, coloured from the theme. */
  .symptom-chart {
    margin-block-end: var(--_space);
    break-inside: avoid;
  }
  .symptom-chart__figure {
    display: grid;
    grid-template-columns: fit-content(40%) minmax(6em, 1fr) max-content;
    gap: 0.375rem 0.75rem;
    align-items: center;
  }
  .symptom-chart__title {
    grid-column: 1 / -1;
    font-weight: 700;
    margin-block-end: 0;
  }
  .symptom-chart__row {
    grid-column: 1 / -1;
    display: grid;
    grid-template-columns: subgrid;
    align-items: center;
  }
  /* One band per severity step, each word at the end of its band, where a bar of that level ends. */
  .symptom-chart__scale-levels {
    grid-column: 2;
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    column-gap: 0.25rem;
    text-align: end;
    color: var(--_muted);
    font-size: 0.8em;
    line-height: 1.2;
  }
  .symptom-chart__bar {
    display: block;
    inline-size: 100%;
    block-size: 1.25rem;
    overflow: visible;
  }
  /* SVG x always runs left to right: mirror the bars so they grow from the inline start. */
  .symptom-chart__bar:dir(rtl) {
    transform: scaleX(-1);
  }
  .symptom-chart__fill {
    fill: var(--_accent);
  }
  .symptom-chart__track {
    fill: none;
    stroke: var(--_muted);
  }
  .symptom-chart__grid {
    stroke: var(--_border);
  }
  /* The viewBox is stretched, so keep lines 1px wide whatever the width. */
  .symptom-chart__track,
  .symptom-chart__grid {
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  .symptom-chart__value {
    font-weight: 700;
  }
  /* Narrow: the name and its word on one line, the bar full width below, so the scale words fit. */
  @container (max-width: 30em) {
    .symptom-chart__figure {
      grid-template-columns: minmax(0, 1fr) max-content;
      row-gap: 0.5rem;
    }
    .symptom-chart__label {
      grid-area: 1 / 1;
    }
    .symptom-chart__value {
      grid-area: 1 / 2;
    }
    .symptom-chart__bar,
    .symptom-chart__scale-levels {
      grid-row: 2;
      grid-column: 1 / -1;
    }
    .symptom-chart__scale-levels {
      grid-row: 1;
    }
  }
  @media print {
    .symptom-chart__fill {
      fill: #000;
    }
    .symptom-chart__track,
    .symptom-chart__grid {
      stroke: #000;
    }
    .symptom-chart__scale-levels {
      color: #000;
    }
  }
  @media (forced-colors: active) {
    .symptom-chart__fill {
      fill: Highlight;
    }
    .symptom-chart__track,
    .symptom-chart__grid {
      stroke: CanvasText;
    }
  }
`;
