/**
 * A rough Flesch–Kincaid grade level, to keep patient text near grade 7
 * (clinical-facts.md: NIH grade 8 or below, AMA grade 6). Syllables are
 * estimated by vowel groups: good enough to catch drift, not a precise score.
 */
function syllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, w.match(/[aeiouy]{1,2}/g)?.length ?? 1);
}

export function gradeLevel(text: string): number {
  const sentences = text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 4 && /[a-z]/.test(s));
  let words = 0;
  let syllableCount = 0;
  for (const sentence of sentences) {
    const ws = sentence.split(/\s+/).filter((w) => /[a-z]/i.test(w));
    words += ws.length;
    syllableCount += ws.reduce((n, w) => n + syllables(w), 0);
  }
  if (!sentences.length || !words) return 0;
  return 0.39 * (words / sentences.length) + 11.8 * (syllableCount / words) - 15.59;
}
