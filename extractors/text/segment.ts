// Paragraphs, sentences and clauses with their offsets. Our own splitter because generic ones (compromise,
// Intl.Segmenter) break after the abbreviations Vietnamese reports use everywhere (TP., TX., ThS., Q. 1).

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  paragraph: number;
  /** Index of the line it is on (a headline, a date line and a sapo are lines of their own). */
  line: number;
  /** Index of the sentence in the document. */
  index: number;
  /** Parts separated by semicolons: each can hold its own enumeration of figures. */
  clauses: Span[];
}

const ABBREVIATIONS = new Set([
  'tp', 'tx', 'tt', 'q', 'p', 'h', 'x', 'ths', 'ts', 'pgs', 'gs', 'bs', 'ks', 'cn', 'st', 'ubnd', 'v.v', 'tr', 'nxb', 'đ/c', 'đc', 'mr', 'ms', 'no', 'vs',
]);

// A sentence ends at . ! ? … when what follows starts a new sentence. The run of marks is matched once and what
// follows it tested apart: a lookahead inside the repeat retried it from every dot of a long run (quadratic).
const END_MARKS = /[.!?…]+["”’)]*/gu;
const GLUED_START = /\p{Lu}\p{Ll}/uy;
const STARTS_SENTENCE = /\s+(?:["“'‘(\-–—•+]\s?)?[\p{Lu}\d]/uy;

function* sentenceEnds(body: string): Generator<{ index: number; marks: string }> {
  END_MARKS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = END_MARKS.exec(body))) {
    STARTS_SENTENCE.lastIndex = m.index + m[0].length;
    GLUED_START.lastIndex = m.index + m[0].length;
    // ("… 8,82 điểm.Về Chỉ số hài lòng …": pages that lost the space after a full stop; a lower-case word of three
    // letters or more, then a capitalised word, is no abbreviation nor a domain name)
    if (STARTS_SENTENCE.test(body) || (m[0] === '.' && GLUED_START.test(body) && /(?<![\p{L}.])\p{Ll}{3,}$/u.test(body.slice(Math.max(0, m.index - 12), m.index)))) yield { index: m.index, marks: m[0] };
  }
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lastLineEnd = 0;
  let lineIndex = -1;
  for (const line of logicalLines(text)) {
    lineIndex++;
    if (/\n\s*\n/.test(text.slice(lastLineEnd, line.start)) || sentences.length === 0) paragraph++;
    lastLineEnd = line.end;
    const base = line.start;
    const body = text.slice(line.start, line.end);
    let from = 0;
    for (const m of sentenceEnds(body)) {
      const before = body.slice(Math.max(0, m.index - 6), m.index);
      const word = (/([\p{L}.\/]+)$/u.exec(before)?.[1] ?? '').toLowerCase();
      if (m.marks.startsWith('.') && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
      // ("…: 1. Thành phố Vĩnh Yên: 90,12 điểm; 2. Huyện Yên Lạc …": an item's number, not a sentence's end)
      if (m.marks === '.' && /(?:^|[;:]\s*)\d{1,2}$/u.test(body.slice(Math.max(0, m.index - 6), m.index))) continue;
      push(sentences, text, base + from, base + m.index + m.marks.length, paragraph, lineIndex);
      from = m.index + m.marks.length;
    }
    push(sentences, text, base + from, base + body.length, paragraph, lineIndex);
  }
  return sentences;
}

/** Lines, with a hard-wrapped sentence joined again: a line that ends without a sentence's punctuation, followed
 *  (after one line break) by one that starts in lower case ("có 85 hồ sơ trễ\nhẹn (chiếm 1,25 %)"). */
function logicalLines(text: string): Span[] {
  const out: Span[] = [];
  const lineRe = /[^\n]+/g;
  let m: RegExpExecArray | null;
  let lastLine = '';
  while ((m = lineRe.exec(text))) {
    const span = { start: m.index, end: m.index + m[0].length };
    const prev = out[out.length - 1];
    // only the last physical line of a joined one can end in punctuation: testing it alone keeps this linear
    if (prev && !/\n[ \t]*\n/.test(text.slice(prev.end, span.start)) && !/[.!?…:;"”)\]]\s*$/u.test(lastLine)
      && /^\s*\p{Ll}/u.test(m[0])) {
      prev.end = span.end;
    } else out.push(span);
    lastLine = m[0];
  }
  return out;
}

// Real sentences stay under 800 characters (the longest of the 300 real articles: 778). The rules read each
// figure's sentence up to it, so a longer "sentence" (a table pasted as one line, a page of junk) is cut into
// windows at a clause or word boundary: what would be quadratic in its length stays linear.
export const MAX_SENTENCE_CHARS = 2000;

function push(out: Sentence[], text: string, start: number, end: number, paragraph: number, line: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  while (end - start > MAX_SENTENCE_CHARS) {
    const cut = windowEnd(text, start);
    pushOne(out, text, start, cut, paragraph, line);
    start = cut;
    while (start < end && /\s/.test(text[start]!)) start++;
  }
  pushOne(out, text, start, end, paragraph, line);
}

/** Where a window opened at `start` ends: after the last clause break (else word break) in its second half. */
function windowEnd(text: string, start: number): number {
  const limit = start + MAX_SENTENCE_CHARS;
  const tail = text.slice(start + MAX_SENTENCE_CHARS / 2, limit);
  const clause = Math.max(tail.lastIndexOf('; '), tail.lastIndexOf(', '));
  if (clause >= 0) return start + MAX_SENTENCE_CHARS / 2 + clause + 1;
  const word = tail.search(/\s\S*$/u);
  return word >= 0 ? start + MAX_SENTENCE_CHARS / 2 + word : limit;
}

function pushOne(out: Sentence[], text: string, start: number, end: number, paragraph: number, line: number): void {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return;
  const clauses: Span[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    if (text[i] === ';') {
      if (i > from) clauses.push({ start: from, end: i });
      from = i + 1;
    }
  }
  if (end > from) clauses.push({ start: from, end });
  out.push({ start, end, paragraph, line, index: out.length, clauses });
}

const HEADLINE_LINES = 8;

/** How many sentences open the article before its body: the short lines (headline, date line, sapo) before the
 *  first long paragraph, at most eight. A headline's period and place hold for the body. */
export function headlineZone(sentences: Sentence[]): number {
  // the body starts at the first long sentence or the first line of several sentences
  const perLine = new Map<number, number>();
  for (const s of sentences) perLine.set(s.line, (perLine.get(s.line) ?? 0) + 1);
  const body = sentences.findIndex((s) => s.end - s.start > 250 || perLine.get(s.line)! > 1);
  return Math.min(body < 0 ? sentences.length : body, HEADLINE_LINES);
}
