// Search terms and highlighted snippets for accent-insensitive search. The folded FTS index finds the
// articles; this finds the matched words in the original text, so the snippet shows the real Vietnamese.
import { asciiFold } from '../../extractors/text/fold.ts';

/**
 * The user's words as FTS5 phrases: each "quoted" part is a phrase, and so is each run of unquoted words.
 * Returned unquoted; `toMatchExpression` quotes them (a bare `27.366` is an FTS5 syntax error).
 */
export function parsePhrases(query: string): string[] {
  const phrases: string[] = [];
  const re = /"([^"]*)"|([^"]+)/g;
  for (const m of query.matchAll(re)) {
    const p = (m[1] ?? m[2] ?? '').trim().replace(/\s+/g, ' ');
    if (p) phrases.push(p);
  }
  return phrases;
}

/** FTS5 MATCH expression: every phrase quoted (inner quotes doubled), all required. */
export function toMatchExpression(phrases: string[]): string {
  return phrases.map((p) => `"${p.replace(/"/g, '""')}"`).join(' AND ');
}

export const foldPhrase = (p: string) => asciiFold(p);

/** Folds text one code point at a time, keeping for each folded character the index of its original. */
function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = asciiFold(ch);
    for (let k = 0; k < f.length; k++) origin.push(i);
    folded += f;
    i += ch.length;
  }
  origin.push(i);
  return { folded, origin };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A window of `text` around the first match of any phrase (compared folded), every match inside it wrapped in marks.
 * Phrase words may be separated by any non-word characters, as the tokenizer sees them.
 */
export function makeSnippet(text: string, phrases: string[], marks: { open: string; close: string }, width = 160): string {
  const { folded, origin } = foldWithMap(text);
  const alternatives = phrases
    .map((p) => asciiFold(p).split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(escapeRe).join('[^\\p{L}\\p{N}]+'))
    .filter(Boolean);
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  if (!alternatives.length) return flat(text.slice(0, width));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const spans: Array<[number, number]> = [];
  for (const m of folded.matchAll(re)) spans.push([origin[m.index]!, origin[m.index + m[0].length]!]);
  if (!spans.length) return flat(text.slice(0, width)) + (text.length > width ? '…' : '');

  const [firstStart] = spans[0]!;
  let from = Math.max(0, firstStart - Math.floor(width / 3));
  let to = Math.min(text.length, from + width);
  // Widen to word boundaries so the snippet does not cut a syllable.
  while (from > 0 && /\S/.test(text[from - 1]!)) from--;
  while (to < text.length && /\S/.test(text[to]!)) to++;
  let out = from > 0 ? '…' : '';
  let pos = from;
  for (const [s, e] of spans) {
    if (s < pos || e > to) continue;
    out += text.slice(pos, s) + marks.open + text.slice(s, e) + marks.close;
    pos = e;
  }
  out += text.slice(pos, to) + (to < text.length ? '…' : '');
  return flat(out);
}
