/**
 * Joins labels as a list in the current locale, never by string concatenation:
 * "a, b and c" in prose, "a, b, c" (`unit`) in compact summaries.
 */
export function listOf(labels: string[], locale: string, type: 'conjunction' | 'unit' = 'conjunction'): string {
  // One formatter per locale and type: making one is slow, and the guide joins dozens of lists per render.
  const key = `${locale} ${type}`;
  let format = listFormats.get(key);
  if (!format) listFormats.set(key, (format = new Intl.ListFormat(locale, { style: 'long', type })));
  return format.format(labels);
}

const listFormats = new Map<string, Intl.ListFormat>();
