import { css } from 'lit';

/**
 * The guide on paper: A4 or Letter, from the Print button or the browser's own
 * print of the host page. Within four pages for every example patient
 * (test/component-print.test.ts): a smaller type and tighter spacing than on
 * screen, the sources in two columns, and no heading, caption or table row
 * split from what follows it. The clinician's summary starts a page of its
 * own, so the clinician can keep that sheet.
 */
export const print = css`
  @media print {
    .container {
      font-size: 10pt;
      line-height: 1.35;
    }
    /* The printed title says the same, in full. */
    .container[data-step='guide'] .heading {
      display: none;
    }
    .guide__title {
      margin-block-end: 0.25em;
    }
    p,
    .list,
    .table-wrap,
    .warning-box,
    .symptom-chart {
      margin-block: 0 0.4em;
    }
    .guide__section {
      margin-block-start: 0.75em;
      border-block-start-width: 1px;
    }
    .h-section {
      font-size: 1.25em;
      margin-block: 0.4em 0.3em;
    }
    .h-item {
      font-size: 1.05em;
      margin-block-end: 0.2em;
    }
    .h-section,
    .h-item,
    .table caption,
    .symptom-chart__title,
    .printed-answer strong {
      break-after: avoid;
    }
    .warning-box {
      padding-block: 0.4em;
      padding-inline: 0.75em;
    }
    .table th,
    .table td {
      padding-block: 0.2em;
      padding-inline: 0.4em;
    }
    .table caption {
      margin-block-end: 0.2em;
    }
    /* Each row whole, and the header repeated on the next page when a table runs on. */
    .table thead {
      display: table-header-group;
    }
    .table tr,
    .symptom-chart,
    .summary-list__row,
    .sources li {
      break-inside: avoid;
    }
    .summary-list--compact .summary-list__row {
      padding-block: 0.15em;
    }
    .symptom-chart__figure {
      row-gap: 0.15em;
    }
    .symptom-chart__bar {
      block-size: 0.9em;
    }
    .cite,
    .cite-line {
      font-size: 0.8em;
    }
    .guide__section--clinician-summary {
      break-before: page;
      border-block-start: 0;
    }
    /* The clinician's sheet, with who wrote the guide and its sources: a little smaller, so it stays one sheet. */
    .guide__section--clinician-summary,
    .guide__section--about {
      font-size: 0.92em;
    }
    .sources {
      columns: 2;
      column-gap: 1.5em;
      font-size: 0.8em;
    }
    .sources li {
      margin-block-end: 0.25em;
    }
  }
`;
