/**
 * The review sheet of one locale, as one printable HTML page: what a language
 * reviewer and a clinical reviewer read and sign. For every message: its id,
 * the English, the translation, the notes for translators, its state (machine
 * draft, reviews recorded, what i18n:check finds) and the screens where it
 * appears; then the glossary, the screens' pictures, and a sign-off table. Pure:
 * review.mjs gathers the data and writes the file.
 */
import { segments } from './xliff.mjs';

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** A <source> or <target> as HTML: text escaped, each placeholder as a marked {name}. */
export function messageHtml(element) {
  if (!element) return '';
  return segments(element)
    .map((part) => {
      if (typeof part === 'string') return escape(part);
      const expression = part.placeholder?.match(/equiv-text="\$\{([^"]*)\}"/)?.[1] ?? '…';
      return `<code class="ph">{${escape(expression)}}</code>`;
    })
    .join('');
}

const screenNumber = (index) => String(index + 1).padStart(2, '0');

const reviewHtml = (review) => (review ? `${escape(review.name)} (${escape(review.role)}), ${escape(review.date.slice(0, 10))}` : '—');

function stateHtml(row) {
  const lines = [];
  if (!row.target) lines.push('<strong>missing</strong>: shows in English');
  else lines.push(escape(row.state || 'no state'));
  if (row.machineDrafted) lines.push('machine draft');
  if (row.stale) lines.push('<strong>English changed</strong> since it was translated');
  lines.push(`language review: ${reviewHtml(row.reviews.language)}`, `clinical review: ${reviewHtml(row.reviews.clinical)}`);
  for (const problem of row.problems) lines.push(`<strong class="problem">check: ${escape(problem)}</strong>`);
  return lines.join('<br>');
}

function row(r, language, dir, views) {
  const notes = r.notes.map((note) => `<p class="note note--${escape(note.from ?? 'other')}">${escape(note.text)}</p>`).join('');
  const screens = r.offScreen
    ? escape(r.offScreen)
    : r.screens.length
      ? r.screens.map((i) => (views[i].files.length ? `<a href="#screen-${screenNumber(i)}">${i + 1}</a>` : `${i + 1}`)).join(' ')
      : '<strong class="problem">not pictured</strong>';
  return `<tr id="msg-${escape(r.id)}">
<td class="id"><code>${escape(r.id)}</code></td>
<td lang="en" dir="ltr">${messageHtml(r.source)}</td>
<td lang="${escape(language)}" dir="${dir}">${r.target ? messageHtml(r.target) : ''}</td>
<td class="notes">${notes}</td>
<td class="state">${stateHtml(r)}</td>
<td class="${r.offScreen ? 'where' : 'screens'}">${screens}</td>
</tr>`;
}

const STYLE = `
body { font: 11pt/1.4 system-ui, sans-serif; color: #111; margin: 2rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-block-start: 2rem; }
table { border-collapse: collapse; inline-size: 100%; }
th, td { border: 1px solid #888; padding: 0.3rem 0.4rem; vertical-align: top; text-align: start; }
thead { display: table-header-group; } tr { break-inside: avoid; }
th { background: #eee; }
.messages td { font-size: 10pt; } .id { inline-size: 9rem; word-break: break-all; } .screens { inline-size: 4rem; } .where { inline-size: 14rem; font-size: 9pt; }
.state, .notes { font-size: 9pt; } .note { margin: 0 0 0.3rem; } .note--ldn-instrument { font-weight: 600; }
.problem { color: #a00; }
code.ph { background: #e8eefc; border-radius: 3px; padding: 0 2px; font-size: 0.9em; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; } dl.facts dt { font-weight: 600; }
figure { margin: 1.5rem 0; break-before: page; } figcaption { font-weight: 600; margin-block-end: 0.5rem; }
figure img { display: block; max-inline-size: 100%; border: 1px solid #ccc; }
.sign td { block-size: 2.5rem; }
@page { size: A4; margin: 12mm; }
@media print { body { margin: 0; } a { color: inherit; text-decoration: none; } }
`;

/**
 * @param {object} sheet
 * @param {string} sheet.locale
 * @param {string} sheet.dir 'ltr' or 'rtl', as the widget showed the locale
 * @param {{ name: string, files: string[] }[]} sheet.views every view, in order, with its pictures
 * @param {{ pictured: object[], notPictured: object[], offScreen: object[] }} sheet.groups the messages (review-coverage.mjs), each: id, source,
 *   target, state, machineDrafted, stale, reviews, notes, problems, screens (view indexes), and for those never drawn `offScreen`, where they are used
 * @param {Record<string, string|number>} sheet.facts what the sheet is of: version, counts
 * @param {{ terms: object[], banned: object[] }} sheet.glossary the language's glossary
 */
export function reviewSheet({ locale, dir, views, groups, facts, glossary }) {
  const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(locale) ?? locale;
  const onScreens = [...groups.pictured, ...groups.notPictured];
  const head = (last) =>
    `<thead><tr><th>id</th><th>English</th><th>${escape(name)}</th><th>Note for translators</th><th>State</th><th>${last}</th></tr></thead>`;
  const terms = glossary.terms
    .map((t) => `<tr><td lang="en">${escape(t.en)}</td><td lang="${escape(locale)}" dir="${dir}">${escape(t.use)}</td><td>${escape(t.how ?? '')}</td></tr>`)
    .join('');
  const banned = glossary.banned.map((b) => `<li><code>${escape(b.match)}</code>: ${escape(b.why)}</li>`).join('');
  const index = views
    .map(
      (view, i) =>
        `<li value="${i + 1}">${view.files.length ? `<a href="#screen-${screenNumber(i)}">${escape(view.name)}</a>` : `${escape(view.name)} (not pictured: its messages are on the screens pictured)`}</li>`,
    )
    .join('');
  const figures = views
    .filter((view) => view.files.length)
    .map((view) => {
      const i = views.indexOf(view);
      const alt = (part) => `Screen ${i + 1}${view.files.length > 1 ? `, part ${part + 1} of ${view.files.length}` : ''}, in ${escape(name)}`;
      return `<figure id="screen-${screenNumber(i)}"><figcaption>Screen ${i + 1}: ${escape(view.name)}</figcaption>
${view.files.map((file, part) => `<img src="${escape(file)}" alt="${alt(part)}">`).join('\n')}</figure>`;
    })
    .join('\n');
  const signRow = (review) => `<tr class="sign"><th scope="row">${review}</th><td></td><td></td><td></td><td></td><td></td></tr>`;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Translation review sheet: ${escape(name)} (${escape(locale)})</title><style>${STYLE}</style></head>
<body>
<h1>Translation review sheet: ${escape(name)} (<code>${escape(locale)}</code>)</h1>
<dl class="facts">${Object.entries(facts)
    .map(([k, v]) => `<dt>${escape(k)}</dt><dd>${escape(v)}</dd>`)
    .join('')}</dl>
<p>Read every message in its English and in ${escape(name)}, and look at it on the screens listed beside it (pictures below, ${views.filter((v) => v.files.length).length} of ${views.length} screens, rendered ${dir === 'rtl' ? 'right to left' : 'left to right'} as patients see them). The language review checks that each translation says exactly what the English says, as strongly, in plain words; the clinical review checks it is clinically right and safe for patients. ${groups.offScreen.length ? `${groups.offScreen.length} messages are never drawn on a screen (screen readers say them, an export holds them, or no answers can show them): they are listed apart, after the others, with where they are used.` : ''} ${groups.notPictured.length ? `<strong>${groups.notPictured.length} messages a patient can see are not pictured</strong> (marked “not pictured”): review their text in the table.` : ''} Write any change on the sheet; sign the table at the end for the messages you approve.</p>
<h2>Glossary (${escape(name)})</h2>
<table><thead><tr><th>English</th><th>${escape(name)}</th><th>How to treat it</th></tr></thead><tbody>${terms}</tbody></table>
${banned ? `<p>Never used:</p><ul>${banned}</ul>` : ''}
<h2>Messages (${onScreens.length})</h2>
<table class="messages">${head('Screens')}
<tbody>
${onScreens.map((r) => row(r, locale, dir, views)).join('\n')}
</tbody></table>
${
  groups.offScreen.length
    ? `<h2 id="off-screen">Messages never drawn on a screen (${groups.offScreen.length})</h2>
<p>Review these in the table alone. Beside each, where it is used instead.</p>
<table class="messages">${head('Where it is used')}
<tbody>
${groups.offScreen.map((r) => row(r, locale, dir, views)).join('\n')}
</tbody></table>`
    : ''
}
<h2>Screens</h2>
<p>Every screen a patient can reach, from the flow of questions, and each example patient's guide. A screen is pictured when it shows a message that no screen before it showed.</p>
<ol class="views">${index}</ol>
${figures}
<h2 id="sign-off" style="break-before: page">Sign-off</h2>
<p>Each reviewer signs for the messages of this sheet (version above). List any message you do not approve by its id; it stays unreviewed. The project records each review in <code>locales/${escape(locale)}.xlf</code> with <code>npm run i18n:sign-off -- ${escape(locale)} --review language|clinical --name … --role … --date …</code>; the translation stops being shown as a machine draft once every message is clinically signed off.</p>
<table><thead><tr><th>Review</th><th>Name</th><th>Role and qualification</th><th>Date</th><th>Messages not approved (ids)</th><th>Signature</th></tr></thead>
<tbody>${signRow('Language review')}${signRow('Clinical review')}</tbody></table>
</body>
</html>
`;
}
