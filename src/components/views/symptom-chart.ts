/**
 * The symptom ratings as a horizontal bar chart, with the same values in a
 * table for screen readers.
 *
 * Only the bars are SVG. Symptom names and severity words are HTML text in a
 * CSS grid, because SVG text scaled by a viewBox becomes unreadably small on a
 * 320 px screen, cannot wrap a long translated name, and ignores the text
 * direction. Each bar's SVG has a viewBox one unit per severity step, so a
 * bar's width is simply its level; CSS stretches it to the column and mirrors
 * it for right-to-left text. No inline styles, so a strict CSP is enough.
 */
import { html, svg, type TemplateResult } from 'lit';
import type { SymptomChartBlock } from '../../content/guide/blocks.js';

export function renderSymptomChart(block: SymptomChartBlock): TemplateResult {
  const max = block.levels.length - 1;
  // Gridlines between the severity steps; the track outline marks both ends.
  const steps = Array.from({ length: max - 1 }, (_, i) => i + 1);
  const [symptomHead, severityHead] = block.head;
  return html`<div class="symptom-chart" data-chart="symptoms">
    <!-- A picture of the table below: hidden from assistive technology so its words are not read twice. -->
    <div class="symptom-chart__figure" aria-hidden="true">
      <p class="symptom-chart__title">${block.caption}</p>
      <div class="symptom-chart__row symptom-chart__scale">
        <span class="symptom-chart__scale-levels">${block.levels.slice(1).map((level) => html`<span>${level}</span>`)}</span>
      </div>
      ${block.rows.map(
        (row) => html`<div class="symptom-chart__row" data-symptom=${row.id} data-level=${row.level}>
          <span class="symptom-chart__label">${row.label}</span>
          <svg class="symptom-chart__bar" viewBox="0 0 ${max} 1" preserveAspectRatio="none" focusable="false">
            ${steps.map((x) => svg`<line class="symptom-chart__grid" x1=${x} x2=${x} y1="0" y2="1"></line>`)}
            <rect class="symptom-chart__fill" width=${row.level} height="1"></rect>
            <rect class="symptom-chart__track" width=${max} height="1"></rect>
          </svg>
          <span class="symptom-chart__value">${row.levelText}</span>
        </div>`,
      )}
    </div>
    <!-- The wrapper is hidden, not the table: a table is never narrower than its content, so a hidden one still widened the page. -->
    <div class="visually-hidden"><table>
      <caption>${block.caption}</caption>
      <thead><tr><th scope="col">${symptomHead}</th><th scope="col">${severityHead}</th></tr></thead>
      <tbody>
        ${block.rows.map((row) => html`<tr><th scope="row">${row.label}</th><td>${row.levelText}</td></tr>`)}
      </tbody>
    </table></div>
  </div>`;
}
