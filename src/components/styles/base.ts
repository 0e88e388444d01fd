import { css } from 'lit';

/** Layout, headings, focus and the visually hidden text shared by every view. Logical properties throughout, for right-to-left. */
export const base = css`
  /* Unless --ldn-font-size is set: the page's root size when larger than the reader's default (text at 200% through the root). */
  .container {
    font-size: var(--_set-font-size, max(1em, 1rem));
    padding: var(--_space);
  }
  /* Headings by class, never by tag: heading-level changes the tags, not the look. */
  .heading,
  .h-section,
  .subheading,
  .h-item,
  .error-summary__title,
  .summary-card__title {
    font-weight: 700;
    line-height: 1.25;
    margin-block: 0 calc(var(--_space) * 0.75);
  }
  .heading {
    font-size: 1.75em;
  }
  .error-summary__title {
    font-size: 1.5em;
  }
  .h-section,
  .subheading {
    font-size: 1.3em;
    margin-block-start: calc(var(--_space) * 1.5);
  }
  .h-item {
    font-size: 1.1em;
  }
  p {
    margin-block: 0 var(--_space);
  }
  .lead {
    font-size: 1.1em;
  }
  /* Host text (the clinic's name): a long run with no space may break anywhere, so it never widens the layout. */
  .intro__clinic {
    overflow-wrap: anywhere;
  }
  /* A warning box: the guide's safety flags, and the notice "machine translation, not yet checked" that a draft
     translation shows on the first page and above the guide, so the notice is as hard to miss as a flag. */
  .warning-box {
    background: var(--_warning-bg);
    border-inline-start: 6px solid var(--_warning);
    padding: var(--_space);
    margin-block: 0 var(--_space);
  }
  /* Different answers saved in another tab: the patient chooses which to keep. */
  .notice {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: var(--_space);
    margin-block: 0 var(--_space);
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
  .h-section[tabindex='-1']:focus {
    outline: none;
    box-shadow: none;
  }
  /* GOV.UK's back link: text in the text colour, underlined, a chevron before it (mirrored right to left). */
  .back-link {
    position: relative;
    min-block-size: 24px;
    margin-block-end: var(--_space);
    padding-block: 0.125rem;
    padding-inline: 0.9em 0.125rem;
    border: 0;
    background: none;
    font: inherit;
    font-size: 0.9em;
    color: var(--_text);
    text-decoration: underline;
    cursor: pointer;
  }
  .back-link::before {
    content: '';
    position: absolute;
    inset-inline-start: 0.2em;
    inset-block-start: calc(50% - 0.2em);
    inline-size: 0.4em;
    block-size: 0.4em;
    border-block-start: 2px solid;
    border-inline-start: 2px solid;
    transform: rotate(-45deg);
  }
  .back-link:dir(rtl)::before {
    transform: rotate(45deg);
  }
  .back-link:focus-visible {
    background: var(--_focus);
    color: var(--_focus-text);
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
`;
