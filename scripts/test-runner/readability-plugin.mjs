/**
 * Web Test Runner plugin: Flesch–Kincaid grades for the patient's English text,
 * computed in Node with the `text-readability` package.
 *
 * test/readability.test.ts collects the strings the rendered widget shows
 * (per question step, per guide section, and all together) and sends them
 * here with `executeServerCommand('readability', { group, kind, units })`.
 * The command answers with the counts, the grade and pass or fail against
 * the limit; `record: true` keeps the result for the table printed at the
 * end of the run (from serverStop, which runs after the other reporters have
 * flushed and before count-reporter's closing `tests: N passed, N failed`).
 *
 * How the grade is computed:
 * - A unit is one thing the patient reads on its own: a question, a hint, an
 *   answer label, a paragraph, a list item, a table cell. A unit without end
 *   punctuation (an answer label such as "Not sure") gets a full stop, so
 *   labels never merge into one long run-on "sentence".
 * - Each unit is counted with the package: words (`lexiconCount`), sentences
 *   (`sentenceCount`, at least 1 per unit) and syllables (`syllableCount`).
 *   Counting unit by unit keeps a fragment a sentence of its own: on joined
 *   text the package ignores sentences of two words or fewer for the sentence
 *   count but still counts their words.
 * - Grade = 0.39 × words/sentences + 11.8 × syllables/words − 15.59, the
 *   Flesch–Kincaid formula the package uses, on the summed counts. The
 *   package's own `fleschKincaidGrade` first rounds both averages to one
 *   decimal, which moves the grade by up to ±0.6; summed counts avoid that.
 */
import readability from 'text-readability';

export const GRADE_LIMIT = 8;
/** Units this long are prose (questions, hints, paragraphs), not answer labels. */
const PROSE_MIN_WORDS = 4;
export const COMMAND = 'readability';

/** Trims, collapses white space and makes the unit end like a sentence. */
export function asSentence(unit) {
  const text = String(unit).replace(/\s+/g, ' ').trim();
  if (!text) return '';
  if (/[.!?]["'”’)\]]*$/.test(text)) return text;
  return `${text.replace(/[:;,]$/, '')}.`;
}

/** Counts and grade for a list of units (see the comment at the top). */
export function measure(units, limit = GRADE_LIMIT) {
  const counted = units
    .map(asSentence)
    .map((text) => ({
      text,
      words: readability.lexiconCount(text),
      sentences: readability.sentenceCount(text),
      syllables: readability.syllableCount(text),
    }))
    .filter((u) => u.words > 0);
  const sum = (key) => counted.reduce((n, u) => n + u[key], 0);
  const [words, sentences, syllables] = [sum('words'), sum('sentences'), sum('syllables')];
  const grade = fkGrade(words, sentences, syllables);
  // Short answer labels ("Yes.") count as sentences and pull the grade down, so
  // the prose alone (units of 4 words or more) must also stay within the limit:
  // a hard sentence cannot hide among labels.
  const prose = counted.filter((u) => u.words >= PROSE_MIN_WORDS);
  const proseSum = (key) => prose.reduce((n, u) => n + u[key], 0);
  const proseGrade = fkGrade(proseSum('words'), proseSum('sentences'), proseSum('syllables'));
  const graded = counted.map((u) => ({ text: u.text, words: u.words, grade: fkGrade(u.words, u.sentences, u.syllables) }));
  if (process.env.READABILITY_DEBUG) for (const u of graded) console.log(`${u.grade.toFixed(1).padStart(7)}  ${u.text}`);
  // The units that weigh most on the grade (a lone long word is not a sentence to rewrite), for failure messages.
  const hardest = graded
    .filter((u) => u.words >= 4)
    .sort((a, b) => b.grade - a.grade)
    .slice(0, 3)
    .map(({ text, grade: g }) => ({ text, grade: g }));
  return { units: counted.length, words, sentences, syllables, grade, proseGrade, limit, pass: words > 0 && grade <= limit && proseGrade <= limit, hardest };
}

/** Flesch–Kincaid grade, to one decimal. */
function fkGrade(words, sentences, syllables) {
  if (!words) return 0;
  return Math.round((0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59) * 10) / 10;
}

const pad = (value, width, right = false) => (right ? String(value).padStart(width) : String(value).padEnd(width));

function table(rows, checks) {
  const head = ['group', 'kind', 'words', 'sentences', 'FK grade', 'prose only', 'result'];
  const lines = rows.map((r) => [r.group, r.kind, r.words, r.sentences, r.grade.toFixed(1), r.proseGrade.toFixed(1), r.pass ? 'pass' : `FAIL (> ${r.limit})`]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => String(l[i]).length)));
  const numeric = [false, false, true, true, true, true, false];
  const format = (cells) =>
    cells
      .map((c, i) => pad(c, widths[i], numeric[i]))
      .join('  ')
      .trimEnd();
  const out = [
    '',
    `Readability: Flesch–Kincaid grade of the English patient text (text-readability; limit: grade ${GRADE_LIMIT})`,
    format(head),
    format(widths.map((w) => '-'.repeat(w))),
    ...lines.map(format),
  ];
  for (const c of checks) {
    out.push(`self-check "${c.group}": grade ${c.grade.toFixed(1)}, ${c.pass ? 'pass' : 'fail'} (expected ${c.expected})`);
  }
  return `${out.join('\n')}\n`;
}

export function readabilityPlugin() {
  /** Recorded results by group name, in the order first recorded. */
  const rows = new Map();
  const checks = new Map();
  return {
    name: 'readability',
    executeCommand({ command, payload }) {
      if (command !== COMMAND) return undefined;
      const { group, kind, units, record = false, expected } = payload ?? {};
      if (typeof group !== 'string' || !Array.isArray(units)) throw new Error('readability: payload needs { group, kind, units: string[] }');
      if (process.env.READABILITY_DEBUG) console.log(`\n${group}:`);
      const result = { group, kind: kind ?? '', ...measure(units) };
      if (record === true) rows.set(group, result);
      if (record === 'self-check') checks.set(group, { ...result, expected });
      return result;
    },
    serverStop() {
      if (rows.size || checks.size) process.stdout.write(table([...rows.values()], [...checks.values()]));
    },
  };
}
