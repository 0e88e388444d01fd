/**
 * The statements of a guide block, each with the sources it cites: what the
 * review pack lists per section. A table of options cites per cell.
 */
import type { Block } from '../content/guide/blocks.js';
import type { SourceId } from '../content/sources.js';

export interface BlockText {
  text: string;
  sources: readonly SourceId[];
}

const each = (texts: readonly string[], sources: readonly SourceId[] = []): BlockText[] => texts.map((text) => ({ text, sources }));

export function blockStatements(block: Block): BlockText[] {
  switch (block.type) {
    case 'paragraph':
      return each([block.text], block.sources);
    case 'list':
      return each(block.items, block.sources);
    case 'flag':
      return each([block.title, ...(block.raise ? [block.raise] : []), block.why], block.sources);
    case 'options':
      return [
        ...each([block.caption, ...block.options.map((o) => o.name)]),
        ...block.fields.flatMap((f) => [{ text: f.label, sources: [] }, ...f.cells.map((c) => ({ text: c.text, sources: c.sources }))]),
      ];
    case 'choice':
      return each([block.legend, ...(block.hint ? [block.hint] : []), ...block.choices.map((c) => c.label), block.answerText]);
    case 'table':
      return each([block.caption, ...block.head, ...block.rows.flat()], block.sources);
    case 'symptom-chart':
      return each([block.caption, ...block.rows.map((r) => r.text)]);
    case 'summary':
      return block.rows.flatMap((r) => each([r.label, r.value]));
    case 'sure':
      return each([block.title, ...block.items.map((item) => item.question), block.statusText], block.sources);
    case 'sources':
      return [];
  }
}
