/**
 * The guide as plain text, for "Copy as text" and "Download". It renders the
 * same document as the view, so nothing differs between screen and file.
 */
import { msg, str } from '@lit/localize';
import type { Block, GuideDocument } from '../content/guide/blocks.js';
import { yesNoWords } from '../content/labels/words.js';
import { citeIds } from '../content/sources.js';
import { FLAG_LABELS } from '../content/guide/headings.js';

const sourcesNote = (sources: readonly string[] | undefined) => {
  if (!sources?.length) return '';
  const list = citeIds(sources);
  return ` ${msg(str`[Sources: ${list}]`, { id: 'text.sources', desc: 'Source ids after a statement in the text export.' })}`;
};

function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return block.text + sourcesNote(block.sources);
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${item}`).join('\n') + sourcesNote(block.sources);
    case 'flag':
      // Labelled as on screen when the flag has both parts.
      return block.raise
        ? [`! ${block.title}`, `  ${FLAG_LABELS.raise()} ${block.raise}`, `  ${FLAG_LABELS.why()} ${block.why}${sourcesNote(block.sources)}`].join('\n')
        : [`! ${block.title}`, `  ${block.why}${sourcesNote(block.sources)}`].join('\n');
    case 'options':
      // One option after another reads better in plain text than a table's rows.
      return block.options
        .map((option, i) => [`* ${option.name}`, ...block.fields.map((f) => `  ${f.label}: ${f.cells[i]!.text}${sourcesNote(f.cells[i]!.sources)}`)].join('\n'))
        .join('\n\n');
    case 'choice':
      return `${block.legend} ${block.answerText}`;
    case 'table':
      return (
        [block.caption, ...block.rows.map((row) => `- ${row.map((cell, i) => (i === 0 ? cell : `${block.head[i]}: ${cell}`)).join('; ')}`)].join('\n') +
        sourcesNote(block.sources)
      );
    case 'symptom-chart':
      // The picture's content as lines, e.g. "- Fatigue: Severe".
      return [block.caption, ...block.rows.map((row) => `- ${row.text}`)].join('\n');
    case 'summary':
      return block.rows.map((r) => `${r.label}: ${r.value}`).join('\n');
    case 'sure':
      return [
        block.title,
        ...block.items.map((item) => `- ${item.question} ${item.answer ? yesNoWords[item.answer].label() : '—'}`),
        block.statusText + sourcesNote(block.sources),
      ].join('\n');
    case 'sources':
      return block.items.map((s) => `${s.id}. ${s.citation}${s.note ? ` ${s.note}` : ''}`).join('\n');
  }
}

export function guideToText(doc: GuideDocument): string {
  const underline = (text: string, char: string) => `${text}\n${char.repeat(Math.min(text.length, 72))}`;
  return (
    [underline(doc.title, '='), ...doc.sections.map((section) => [underline(section.heading, '-'), ...section.blocks.map(blockText)].join('\n\n'))].join(
      '\n\n',
    ) + '\n'
  );
}
