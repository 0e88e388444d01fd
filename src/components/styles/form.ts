import { css } from 'lit';

/** Question pages: fieldsets, choices, hints and errors; buttons; the error summary; "Check your answers". */
export const form = css`
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
  /* The treatment a group of follow-ups is about, above its first question. */
  .legend__subject {
    display: block;
    font-size: 1.1em;
    margin-block-end: 0.25rem;
  }
  /* The gap is here, not a space in the template: the build trims template whitespace. */
  .optional {
    font-weight: 400;
    margin-inline-start: 0.3em;
  }
  .hint {
    color: var(--_muted);
    margin-block-end: 0.75rem;
  }
  .choice__hint {
    padding-inline-start: 2.5rem;
    margin-block: -0.375rem 0.5rem;
  }
  .error-message {
    color: var(--_error);
    font-weight: 700;
    margin-block-end: 0.75rem;
  }
  /*
   * A short scale side by side, all on one line or all stacked, never wrapped part-way (with "Severe" under "None",
   * a scale invites mis-taps). Each choice's basis is negative, so zero, while the row is wider than the room the
   * scale needs (--_options choices of --_option-room each), and huge below it, so each takes a line of its own.
   * (A class per count, not a style attribute: a host page's CSP may forbid inline styles.)
   */
  .choices--2 {
    --_options: 2;
  }
  .choices--3 {
    --_options: 3;
  }
  .choices--inline {
    /* em, not rem: the room grows with the widget's own text size (--ldn-font-size). */
    --_option-room: 9em;
    display: flex;
    flex-wrap: wrap;
    column-gap: 1.5rem;
  }
  .choices--inline > .choice {
    flex-grow: 1;
    flex-basis: calc((var(--_options, 4) * var(--_option-room) - 100%) * 999);
  }
  .choice {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
  }
  /* At least 24 by 24 CSS px (WCAG 2.5.8), even on a page with a small root font size. */
  .choice input {
    flex: none;
    inline-size: max(1.5rem, 24px);
    block-size: max(1.5rem, 24px);
    margin-block: 0.5rem 0;
    margin-inline: 0;
    accent-color: var(--_accent);
  }
  /*
   * The label is the row's tap target, at least 40 px high (GOV.UK's size) on a phone: it takes the gap beside the
   * box and the space between rows, which would otherwise be dead to a finger.
   */
  .choice label {
    flex: 1 1 0;
    min-inline-size: 0;
    min-block-size: max(2.5rem, 40px);
    box-sizing: border-box;
    cursor: pointer;
    padding-block: 0.5rem;
    padding-inline-start: 0.75rem;
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
    color: var(--_error-text);
  }
  .button:focus-visible,
  .link-button:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_focus);
    background: var(--_focus);
    color: var(--_focus-text);
  }
  .clear-choice {
    margin-block-start: 0.25rem;
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
`;
