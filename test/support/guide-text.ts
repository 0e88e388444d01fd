/**
 * The texts of the guide's document, as a reader finds them: for the check of
 * the text export against the document, and the sweep of every guide text in
 * every shipped locale.
 */
import type { Block, GuideDocument } from '../../src/content/guide/blocks.js';

/**
 * The texts of a block that a reader of the plain-text export must find, in
 * the order the view shows them (an oracle for the text export, written from
 * the Block type, not from export/text.ts).
 */
export function blockTexts(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
      return [block.text];
    case 'list':
      return block.items;
    case 'flag':
      return [block.title, ...(block.raise ? [block.raise] : []), block.why];
    case 'options':
      return block.options.flatMap((option, i) => [option.name, ...block.fields.flatMap((f) => [f.label, f.cells[i]!.text])]);
    case 'choice':
      return [block.legend, block.answerText];
    case 'table':
      return [block.caption, ...block.rows.flat()];
    case 'symptom-chart':
      return [block.caption, ...block.rows.map((r) => r.text)];
    case 'summary':
      return block.rows.flatMap((r) => [r.label, r.value]);
    case 'sure':
      return [block.title, ...block.items.map((item) => item.question), block.statusText];
    case 'sources':
      return block.items.map((s) => s.citation);
  }
}

/** Every text of a document with where it is, in order: the title, then each section's heading and blocks. */
export function documentTexts(doc: GuideDocument): { where: string; text: string }[] {
  return [
    { where: 'title', text: doc.title },
    ...doc.sections.flatMap((section) => [
      { where: `${section.id} heading`, text: section.heading },
      ...section.blocks.flatMap((block, b) => blockTexts(block).map((text) => ({ where: `${section.id}, block ${b + 1} (${block.type})`, text }))),
    ]),
  ];
}
