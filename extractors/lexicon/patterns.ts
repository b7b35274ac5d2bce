// The one helper that turns word lists (vocabulary as data) into patterns: longest phrase first, any run of
// spaces between words, hyphens written with or without spaces, and no match inside a longer word.
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An alternation of the phrases, as a source string for building bigger patterns. */
export function alternation(phrases: readonly string[]): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.trim().split(/\s+/).map(escape).join('\\s+').replace(/\\s\+-\\s\+|-/g, '\\s?[-–]\\s?'))
    .join('|');
}

/** A pattern matching any of the phrases as whole words. */
export function wordsPattern(phrases: readonly string[], flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\d])(?:${alternation(phrases)})(?![\\p{L}\\d])`, flags);
}

const LETTER = /[\p{L}\d]/u;

/** A matcher for "does `s` end with one of the words (then only spaces)": the word lists that end at a figure
 *  ("Nghị định số 130", "tháng 5") asked of every number. Plain string tests, no backtracking pattern. */
export function endsWithWord(words: readonly string[]): (s: string) => boolean {
  // phrases grouped by their last word: one map lookup, then a few endsWith
  const byLast = new Map<string, string[]>();
  for (const w of new Set(words.map((x) => x.toLowerCase()))) {
    const last = w.slice(w.lastIndexOf(' ') + 1);
    byLast.set(last, [...(byLast.get(last) ?? []), w].sort((a, b) => b.length - a.length));
  }
  return (s: string) => {
    const t = s.trimEnd().toLowerCase();
    const space = t.lastIndexOf(' ');
    const candidates = byLast.get(t.slice(space + 1).replace(/^[^\p{L}\d]+/u, ''));
    if (!candidates) return false;
    for (const w of candidates) {
      if (t.endsWith(w) && (t.length === w.length || !LETTER.test(t[t.length - w.length - 1]!))) return true;
    }
    return false;
  };
}

/** Where the first of the words stands in lower-case `s` as a whole word (-1 when none): plain index searches. */
export function firstWordAt(words: readonly string[]): (s: string) => number {
  const list = [...new Set(words.map((w) => w.toLowerCase()))];
  return (s: string) => {
    let best = -1;
    for (const w of list) {
      for (let at = s.indexOf(w); at >= 0 && (best < 0 || at < best); at = s.indexOf(w, at + 1)) {
        const before = at > 0 ? s[at - 1]! : ' ';
        const after = s[at + w.length] ?? ' ';
        if (!LETTER.test(before) && !LETTER.test(after)) { best = at; break; }
      }
    }
    return best;
  };
}
