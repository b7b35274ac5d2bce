// The dataset as one XLSX workbook (exceljs, streamed row by row): a sheet per kind — facts, dossiers, indices,
// articles — and a codebook. Cells are typed: text stays text (codes keep their zeros: '01', '001', '026'),
// numbers are numbers, dates are dates. A string is always written as a string cell, never as a formula,
// so formula injection cannot happen whatever the text holds.
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describeColumn } from './dataset-description.ts';
import type { ExportWhat, RowStream } from './interface.ts';

/** Sheets in workbook order, each the rows `cchc export --what <kind>` writes, and the table its columns are described under. */
export const XLSX_SHEETS: Array<{ what: ExportWhat; describedAs: string }> = [
  { what: 'facts', describedAs: 'v_facts' },
  { what: 'dossiers', describedAs: 'v_dossiers' },
  { what: 'indices', describedAs: 'v_indices' },
  { what: 'articles', describedAs: 'articles' },
];

/** Columns holding ISO dates or date-times; written as Excel dates. */
const DATE_COLUMNS = new Set(['period_start', 'period_end', 'article_published', 'published_at', 'stored_at']);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/;

/** Excel's limit for one cell; longer article texts are cut (the codebook says so, the CSV and SQLite keep them whole). */
export const XLSX_CELL_LIMIT = 32_767;
// Characters XML 1.0 cannot hold: exceljs would write a file Excel refuses to open.
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

type CellKind = 'text' | 'integer' | 'number' | 'date' | 'date-time';

/** A stored date or date-time as the wall-clock time it names (Excel has no time zones), else null. */
function asDate(value: string): { date: Date; kind: 'date' | 'date-time' } | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => (x === undefined ? undefined : Number(x)));
  const date = new Date(Date.UTC(y!, mo! - 1, d!, h ?? 0, mi ?? 0, s ?? 0));
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== d) return null;
  return { date, kind: h === undefined ? 'date' : 'date-time' };
}

function cell(column: string, value: unknown, seen: Set<CellKind>, cut: { n: number }): { value: ExcelJS.CellValue; numFmt?: string } {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === 'number' || typeof value === 'bigint') {
    const n = Number(value);
    seen.add(Number.isInteger(n) ? 'integer' : 'number');
    return { value: n };
  }
  const text = String(value);
  if (DATE_COLUMNS.has(column)) {
    const d = asDate(text);
    if (d) {
      seen.add(d.kind);
      return { value: d.date, numFmt: d.kind === 'date' ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss' };
    }
  }
  seen.add('text');
  let clean = text.replace(XML_ILLEGAL, '');
  if (clean.length > XLSX_CELL_LIMIT) {
    clean = clean.slice(0, XLSX_CELL_LIMIT);
    cut.n++;
  }
  return { value: clean };
}

export interface XlsxSummary {
  /** Rows written per sheet. */
  rows: Record<ExportWhat, number>;
  /** Cells longer than Excel's limit, cut to it. */
  truncatedCells: number;
}

/** Writes the workbook to `out` (a path, or a stream); `rowsOf` gives each kind's rows (the store's exportRows). */
export async function writeXlsx(rowsOf: (what: ExportWhat) => RowStream, out: string | Writable): Promise<XlsxSummary> {
  const stream = typeof out === 'string' ? createWriteStream(out) : out;
  // shared strings: the standard string cell (t="s") every reader takes as text
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true, useStyles: true });
  workbook.creator = 'cchc';
  const summary: XlsxSummary = { rows: { facts: 0, dossiers: 0, indices: 0, articles: 0, figures: 0 }, truncatedCells: 0 };
  const cut = { n: 0 };
  const codebook: Array<[string, string, string, string]> = [];
  for (const { what, describedAs } of XLSX_SHEETS) {
    const rows = rowsOf(what);
    const sheet = workbook.addWorksheet(what, { views: [{ state: 'frozen', ySplit: 1 }] });
    const header = sheet.addRow(rows.columns);
    header.font = { bold: true };
    header.commit();
    const seen = rows.columns.map(() => new Set<CellKind>());
    for (const r of rows.rows) {
      const row = sheet.addRow([]);
      r.forEach((v, i) => {
        const c = cell(rows.columns[i]!, v, seen[i]!, cut);
        const target = row.getCell(i + 1);
        target.value = c.value;
        if (c.numFmt) target.numFmt = c.numFmt;
      });
      row.commit();
      summary.rows[what]++;
    }
    sheet.commit();
    rows.columns.forEach((column, i) => {
      const kinds = [...seen[i]!].sort().join(', ') || 'empty';
      codebook.push([what, column, kinds, describeColumn(describedAs, column) ?? '']);
    });
  }
  const book = workbook.addWorksheet('codebook', { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = book.addRow(['sheet', 'column', 'cell type', 'meaning']);
  header.font = { bold: true };
  header.commit();
  for (const line of codebook) book.addRow(line).commit();
  book.addRow([]).commit();
  for (const note of [
    'Empty cells are unknown or not stated (SQL NULL).',
    'Codes and ids that are text in the database (locality_code, doc_id, source_id) are text cells and keep their leading zeros; row ids are numbers.',
    'Dates are Excel dates; date-times are the wall-clock time they were written in (Vietnam time for publication dates, UTC for stored_at).',
    `Cells longer than ${XLSX_CELL_LIMIT.toLocaleString('en-US')} characters (Excel's limit) are cut to it: ${cut.n} in this file. The CSV export and the SQLite file keep them whole.`,
  ]) book.addRow(['note', note]).commit();
  book.commit();
  await workbook.commit();
  summary.truncatedCells = cut.n;
  return summary;
}
