/**
 * One example patient's guide document (src/content/guide/blocks.ts) as HTML
 * for the review pack: every block type, with its source ids, in the order
 * the widget shows them. Choices and SURE answers print as answers.
 */
import { cites, el, esc, list, table } from './html.mjs';

const cited = (sources) => (sources?.length ? ` <span class="muted">(Sources: ${cites(sources)})</span>` : '');

function block(b) {
  switch (b.type) {
    case 'paragraph':
      return `<p>${esc(b.text)}${cited(b.sources)}</p>`;
    case 'list':
      return list(b.items.map(esc), b.ordered ? 'ol' : 'ul') + (b.sources?.length ? `<p class="muted">Sources: ${cites(b.sources)}</p>` : '');
    case 'flag':
      return `<div class="flag">${el('h4', b.title)}${b.raise ? el('p', b.raise) : ''}<p>${esc(b.why)}${cited(b.sources)}</p></div>`;
    case 'options':
      return table(
        b.caption,
        [b.corner, ...b.options.map((o) => o.name)],
        b.fields.map((f) => [`<strong>${esc(f.label)}</strong>`, ...f.cells.map((c) => `${esc(c.text)}${cited(c.sources)}`)]),
      );
    case 'choice':
      return `<p><strong>${esc(b.legend)}</strong> ${esc(b.answerText)}</p>`;
    case 'table':
      return (
        table(
          b.caption,
          b.head,
          b.rows.map((row) => row.map(esc)),
        ) + (b.sources?.length ? `<p class="muted">Sources: ${cites(b.sources)}</p>` : '')
      );
    case 'symptom-chart':
      return table(
        b.caption,
        b.head,
        b.rows.map((r) => [esc(r.label), esc(r.levelText)]),
      );
    case 'summary':
      return table(
        '',
        ['', ''],
        b.rows.map((r) => [`<strong>${esc(r.label)}</strong>`, esc(r.value)]),
      );
    case 'sure':
      return `<div class="sure">${el('h4', b.title)}${list(b.items.map((i) => `${esc(i.question)} <strong>${esc(i.answer ?? '—')}</strong>`))}<p>${esc(b.statusText)}${cited(b.sources)}</p></div>`;
    case 'sources':
      return list(b.items.map((s) => `<strong>${esc(s.id)}</strong> ${esc(s.citation)}${s.note ? ` ${esc(s.note)}` : ''}`));
    default:
      throw new Error(`The review pack cannot show a guide block of type "${b.type}": add it to scripts/review-pack/guide-html.mjs.`);
  }
}

/** A whole guide: its title, then each section's heading and blocks. */
export const guideHtml = (doc, level = 3) =>
  `<div class="guide">${el(`h${level}`, doc.title)}${doc.sections.map((s) => el(`h${level + 1}`, s.heading) + s.blocks.map(block).join('')).join('')}</div>`;
