// Paragraph text hygiene shared by the reader and the quality score.

// Zero-width space/joiners, word joiner, BOM and soft hyphen: invisible, but they break substring matching.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Every kind of whitespace, including NBSP and the typographic spaces CMS editors paste in.
const ANY_SPACE = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;

/** One paragraph's text: invisible characters removed, whitespace collapsed, NFC (Vietnamese tone marks precomposed). */
export function cleanText(raw: string): string {
  return raw.replace(INVISIBLE, '').replace(ANY_SPACE, ' ').trim().normalize('NFC');
}

/** Letters only, lower-cased: to compare a heading with the <title> or a label with a known phrase. */
export function letterKey(s: string): string {
  return cleanText(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
