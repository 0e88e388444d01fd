import { css } from 'lit';

/** The symptom chart in the guide. */
export const chart = css`
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
