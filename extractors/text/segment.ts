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

// A sentence ends at . ! ? … when what follows starts a new sentence.
const END = /[.!?…]+["”’)]*(?=\s+["“'‘(\-–—•]?[\p{Lu}\d])/gu;

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
    END.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = END.exec(body))) {
      const before = body.slice(Math.max(0, m.index - 6), m.index);
      const word = (/([\p{L}.\/]+)$/u.exec(before)?.[1] ?? '').toLowerCase();
      if (m[0].startsWith('.') && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
      push(sentences, text, base + from, base + m.index + m[0].length, paragraph, lineIndex);
      from = m.index + m[0].length;
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
  while ((m = lineRe.exec(text))) {
    const span = { start: m.index, end: m.index + m[0].length };
    const prev = out[out.length - 1];
    if (prev && !/\n[ \t]*\n/.test(text.slice(prev.end, span.start)) && !/[.!?…:;"”)\]]\s*$/u.test(text.slice(prev.start, prev.end))
      && /^\s*\p{Ll}/u.test(m[0])) {
      prev.end = span.end;
      continue;
    }
    out.push(span);
  }
  return out;
}

function push(out: Sentence[], text: string, start: number, end: number, paragraph: number, line: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
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
