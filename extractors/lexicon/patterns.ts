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
