/**
 * Small HTML helpers for the review pack, and its print styles: one
 * self-contained page (no script, no request), printable on A4, each part
 * starting on a new page, table headers repeated and rows never split.
 */
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text made safe for HTML content and attribute values. */
export const esc = (text) => String(text ?? '').replace(/[&<>"]/g, (c) => ESCAPES[c]);

/** A tag with escaped text, or with `raw` HTML already made by these helpers. */
export const el = (tag, text, attrs = '') => `<${tag}${attrs ? ` ${attrs}` : ''}>${esc(text)}</${tag}>`;

export const list = (items, tag = 'ul') => (items.length ? `<${tag}>${items.map((i) => `<li>${i}</li>`).join('')}</${tag}>` : '');

/** A table: `head` as text, `rows` as cells of HTML. */
export const table = (caption, head, rows, cls = '') =>
  `<table${cls ? ` class="${cls}"` : ''}>${caption ? el('caption', caption) : ''}<thead><tr>${head.map((h) => el('th', h, 'scope="col"')).join('')}</tr></thead>` +
  `<tbody>${rows.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;

/** Message ids, as code. */
export const ids = (messageIds) => messageIds.map((id) => `<code>${esc(id)}</code>`).join(' ');

/** Source ids, linked to the sources list. */
export const cites = (sources) =>
  sources.length ? sources.map((s) => `<a href="#source-${esc(s)}">${esc(s)}</a>`).join(', ') : '<span class="none">none</span>';

export const STYLES = `
:root { color: #0b0c0c; font: 11pt/1.4 system-ui, sans-serif; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem; }
h1 { font-size: 1.8em; margin-block: 0 0.5em; }
h2 { font-size: 1.4em; margin-block: 1.5em 0.5em; border-block-end: 2px solid #0b0c0c; }
h3 { font-size: 1.15em; margin-block: 1.2em 0.4em; }
h4 { font-size: 1em; margin-block: 1em 0.3em; }
h2, h3, h4, h5, h6, caption { break-after: avoid; }
h2 + p, h3 + p, h4 + p.muted, h5 + p { break-after: avoid; }
table { border-collapse: collapse; inline-size: 100%; margin-block: 0.5em 1em; }
caption { text-align: start; font-weight: bold; padding-block: 0.3em; }
th, td { border: 1px solid #b1b4b6; padding: 0.25em 0.4em; text-align: start; vertical-align: top; }
th { background: #f3f2f1; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
code { font-size: 0.85em; overflow-wrap: anywhere; color: #383f43; }
.none, .muted { color: #505a5f; }
.version { font-size: 1.1em; padding: 0.5em 0.8em; border: 2px solid #0b0c0c; display: inline-block; }
.part { break-before: page; }
.example { break-before: page; }
.part > .example:first-of-type { break-before: auto; }
.messages, .sure { break-inside: avoid; }
.flag { border-inline-start: 6px solid #b35c00; background: #fff4e5; padding: 0.3em 0.8em; margin-block: 0.5em; }
.guide { border: 1px solid #b1b4b6; padding: 0 1em; }
.statements td:nth-child(1) { inline-size: 45%; }
.statements td:nth-child(2) { inline-size: 22%; }
.statements td:nth-child(3) { inline-size: 8%; }
.question { break-inside: avoid; border-block-start: 1px solid #b1b4b6; }
.question .question { border: 0; margin-inline-start: 1.5em; }
.question p { margin-block: 0.3em; }
.rule { break-inside: avoid; border-block-start: 1px solid #b1b4b6; padding-block: 0.2em 0.4em; }
.rule h4 { font-family: monospace; }
.rule dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1em 1em; margin: 0; }
.rule dt { font-weight: bold; }
.rule dd { margin: 0; }
.sign-off { break-inside: avoid; border: 2px solid #0b0c0c; padding: 0.5em 1em 1em; margin-block: 1em; }
.sign-off dl { display: grid; grid-template-columns: max-content 1fr; gap: 1.4em 1em; }
.sign-off dd { margin: 0; border-block-end: 1px solid #0b0c0c; min-block-size: 1.4em; }
.sign-off .choice { margin-block: 0.3em; }
@page { size: A4; margin: 15mm; }
@media print { :root { font-size: 10pt; } body { max-width: none; padding: 0; } a { color: inherit; text-decoration: none; } }
`;
