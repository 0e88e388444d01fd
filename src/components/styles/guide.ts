import { css } from 'lit';

/** The discussion guide: "Save or print", sections, safety flags, options, tables, sources and the start-over confirmation. */
export const guide = css`
  /* "Save or print": one line at the top, its panel marked like the code's. */
  .save-menu__toggle::before {
    /* A triangle that turns when open, as GOV.UK's details component has; empty alternative text, so it is not read. */
    content: '\\25B8' / '';
    display: inline-block;
    inline-size: 1em;
  }
  .save-menu__toggle:dir(rtl)::before {
    content: '\\25C2' / '';
  }
  .save-menu__toggle[aria-expanded='true']::before {
    content: '\\25BE' / '';
  }
  .save-menu__panel {
    margin-block-start: 0.75rem;
    padding-inline-start: var(--_space);
    border-inline-start: 4px solid var(--_border);
  }
  .save-menu__panel .button-group {
    margin-block-start: 0;
  }
  /* Guide */
  .guide__section {
    border-block-start: 2px solid var(--_border);
    margin-block-start: calc(var(--_space) * 1.5);
  }
  /* As the guide opens, only the sections on screen are laid out; the rest when the browser is idle, or at the first key
     press (guide-page-controller.ts): about a third of the guide's first render on a slow phone. Not for longer: focus
     moved into a section not laid out yet can land out of view. */
  @media screen {
    .guide--opening .guide__section {
      content-visibility: auto;
      contain-intrinsic-size: auto 30rem;
    }
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
  .flag p:last-child {
    margin-block-end: 0;
  }
  .flag__title {
    margin-block-start: 0;
  }
  /* The options table: three equal columns, so no option looks bigger than another. */
  .table--options {
    table-layout: fixed;
  }
  .table--options thead th {
    inline-size: 28%;
    border-block-end: 2px solid var(--_border);
  }
  .table--options tbody th {
    font-weight: 700;
  }
  .sure__title {
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
    .table--options tbody th {
      margin-block-end: 0.25rem;
    }
    .table--options td {
      padding-block: 0.25rem;
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
  /* The About section holds the clinic's own name and statements: a long run with no space may break anywhere. */
  [data-section='about'] li {
    overflow-wrap: anywhere;
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
`;
