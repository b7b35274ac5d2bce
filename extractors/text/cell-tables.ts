// Tables pasted as text put one cell per line: a block of column headers, then rows of a label and its figures.
// Rebuilt here into one sentence a row ("Cấp tỉnh: Tiếp nhận 45 210, Đã giải quyết 44 987, Quá hạn 23."), the form
// the reader gives HTML tables, with a map back to the text so evidence stays a slice of what was given.

export interface Rebuilt {
  text: string;
  /** Index in the input text of each character of `text` (length text.length + 1). */
  map: Int32Array;
}

// unambiguous (each space belongs to exactly one part), so a long run of digits and spaces cannot backtrack badly
const CELL_FIGURE = /^[~≈]? ?\d[\d.,]*(?: \d[\d.,]*)*(?: ?%)?$/u;
const BARE_FIGURE_LINE = /(?:^|\n)[ \t]*[~≈]? ?\d[\d.,]*(?: \d[\d.,]*)*(?: ?%)?[ \t]*(?=\n|$)/u;
const MAX_CELL = 60;

interface Line {
  start: number;
  end: number;
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const t = m[0].trim();
    if (t) out.push({ start: m.index + m[0].indexOf(t), end: m.index + m[0].indexOf(t) + t.length, text: t });
  }
  return out;
}

const isFigure = (l: Line) => CELL_FIGURE.test(l.text);
const isLabel = (l: Line) => l.text.length <= MAX_CELL && !isFigure(l) && !/[.!?]$/u.test(l.text);

/** Finds headers h[0..k-1] followed by rows of (label + k-1 figures); null when the text has no such table. */
export function rebuildCellTables(text: string): Rebuilt | null {
  if (!BARE_FIGURE_LINE.test(text)) return null; // no line that is a bare figure: nothing to do
  const ls = lines(text);
  const pieces: Array<{ from: number; to: number; rows: Array<Array<{ text: string; at: number }>> }> = [];
  for (let i = 0; i < ls.length; ) {
    let a = 0;
    while (i + a < ls.length && isLabel(ls[i + a]!)) a++;
    let b = 0;
    while (i + a + b < ls.length && isFigure(ls[i + a + b]!)) b++;
    // k = b + 1 columns: k headers, then the first row's label and its b figures
    if (b >= 1 && a >= b + 2 && b + 1 >= 3) {
      const h0 = i + a - (b + 2);
      const headers = ls.slice(h0, h0 + b + 1);
      const rows: Array<Array<{ text: string; at: number }>> = [];
      let r = h0 + b + 1;
      while (r + b < ls.length && isLabel(ls[r]!) && ls.slice(r + 1, r + 1 + b).every(isFigure)) {
        const label = ls[r]!;
        const cells = ls.slice(r + 1, r + 1 + b);
        const parts: Array<{ text: string; at: number }> = [{ text: label.text, at: label.start }, { text: ': ', at: label.end }];
        cells.forEach((c, j) => {
          if (j > 0) parts.push({ text: ', ', at: c.start });
          parts.push({ text: `${headers[j + 1]!.text} `, at: headers[j + 1]!.start }, { text: c.text, at: c.start });
        });
        parts.push({ text: '.', at: cells[cells.length - 1]!.end });
        rows.push(parts);
        r += b + 1;
      }
      if (rows.length) {
        pieces.push({ from: headers[0]!.start, to: ls[r - 1]!.end, rows });
        i = r;
        continue;
      }
    }
    i += Math.max(1, a + b);
  }
  if (!pieces.length) return null;
  let out = '';
  const map: number[] = [];
  let at = 0;
  const copy = (from: number, to: number) => {
    for (let k = from; k < to; k++) { out += text[k]!; map.push(k); }
  };
  for (const p of pieces) {
    copy(at, p.from);
    p.rows.forEach((parts, n) => {
      if (n > 0) for (const ch of '\n\n') { out += ch; map.push(parts[0]!.at); }
      for (const part of parts) {
        for (let k = 0; k < part.text.length; k++) {
          out += part.text[k]!;
          // characters of a cell map to themselves; inserted words map to their header or the cell they lead to
          map.push(part.at + (part.at + k < text.length && text[part.at + k] === part.text[k] ? k : 0));
        }
      }
    });
    at = p.to;
  }
  copy(at, text.length);
  map.push(text.length);
  return { text: out, map: Int32Array.from(map) };
}
