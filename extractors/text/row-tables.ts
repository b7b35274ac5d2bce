// Tables pasted as text with one row a line: a header line naming the columns, then rows "1 Văn phòng UBND tỉnh 71.5
// 69.25 96.85% Tốt". Rebuilt into one sentence a row ("Văn phòng UBND tỉnh: Điểm tối đa 71.5, Điểm thẩm định 69.25,
// Tỷ lệ đạt 96.85%, Xếp loại Tốt."), the form the reader gives HTML tables, with a map back to the text given.
import { FIGURE_COLUMNS, LABEL_COLUMNS } from '../lexicon/table-headers.ts';
import type { Rebuilt } from './cell-tables.ts';

const COLUMN = new RegExp(`(?<![\\p{L}])(${[...FIGURE_COLUMNS, ...LABEL_COLUMNS].sort((a, b) => b.length - a.length).map((c) => c.replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}])`, 'giu');
const FIGURE_SET = new Set(FIGURE_COLUMNS);
// a row: its number (1, 12, I, II), its name, its figures, and perhaps a closing word (Tốt, Khá)
const ROW = /^[ \t]*(?:\d{1,3}|[IVX]{1,4})[.)]?[ \t]+(\S(?:.*?\S)?)((?:[ \t]+[~≈]?\d[\d.,]*[ \t]?%?)+)(?:[ \t]+(\p{L}[\p{L} ]{0,20}))?[ \t]*$/u;
const SECTION = /^[ \t]*(?:[IVX]{1,4}|[A-Z])[.)]?[ \t]+[^\d\n]{3,80}$/u;

interface Header { columns: string[]; figures: number; word: boolean; }

function headerOf(line: string): Header | null {
  if (line.length > 200) return null;
  const columns: string[] = [];
  COLUMN.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = COLUMN.exec(line)); ) columns.push(m[1]!.replace(/\s+/g, ' '));
  const figures = columns.filter((c) => FIGURE_SET.has(c.toLowerCase()));
  if (figures.length < 2 || columns.length < 3) return null;
  const last = columns[columns.length - 1]!.toLowerCase();
  return { columns: figures, figures: figures.length, word: last === 'xếp loại' || last === 'phân loại' };
}

/** Rebuilds every header-plus-rows table of `text`; null when there is none. */
export function rebuildRowTables(text: string): Rebuilt | null {
  if (!/\n[ \t]*(?:\d{1,3}|[IVX]{1,4})[.)]?[ \t]+\S[^\n]*\d(?:[ \t]?%)?(?:[ \t]+\p{L}+)?[ \t]*(?=\n|$)/u.test(text)) return null;
  const lines: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const line of text.split('\n')) {
    lines.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  const edits: Array<{ from: number; to: number; parts: Array<{ text: string; at: number }> }> = [];
  for (let i = 0; i < lines.length; i++) {
    const header = headerOf(text.slice(lines[i]!.start, lines[i]!.end));
    if (!header) continue;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const { start, end } = lines[j]!;
      const line = text.slice(start, end);
      if (!line.trim()) continue;
      const row = ROW.exec(line);
      const cells = row ? row[2]!.trim().split(/[ \t]+(?=[~≈]?\d)/u) : [];
      if (!row || cells.length !== header.figures) {
        if (SECTION.test(line)) continue;
        break;
      }
      const parts: Array<{ text: string; at: number }> = [];
      const nameAt = start + line.indexOf(row[1]!);
      parts.push({ text: row[1]!, at: nameAt }, { text: ': ', at: nameAt + row[1]!.length });
      let from = start + line.indexOf(row[2]!);
      cells.forEach((cell, k) => {
        const at = text.indexOf(cell, from);
        from = at + cell.length;
        if (k > 0) parts.push({ text: ', ', at });
        parts.push({ text: `${header.columns[k]} `, at }, { text: cell, at });
      });
      if (row[3] && header.word) parts.push({ text: `, Xếp loại ${row[3]}`, at: start + line.lastIndexOf(row[3]) });
      parts.push({ text: '.', at: end });
      edits.push({ from: start, to: end, parts });
    }
    i = j - 1;
  }
  if (!edits.length) return null;
  let out = '';
  const map: number[] = [];
  let at = 0;
  for (const e of edits) {
    for (let k = at; k < e.from; k++) { out += text[k]!; map.push(k); }
    for (const part of e.parts) {
      for (let k = 0; k < part.text.length; k++) {
        out += part.text[k]!;
        // a cell's own characters map to themselves; inserted words map to the cell they lead to
        map.push(part.at + (text[part.at + k] === part.text[k] ? k : 0));
      }
    }
    at = e.to;
  }
  for (let k = at; k < text.length; k++) { out += text[k]!; map.push(k); }
  map.push(text.length);
  return { text: out, map: Int32Array.from(map) };
}
