// `cchc export --format xlsx` on a real database, read back with exceljs' reader: one sheet per kind plus a
// codebook, typed cells (codes as text with their zeros, counts as integers, rates as numbers, dates as dates),
// and strings that stay strings however much they look like formulas.
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { XLSX_CELL_LIMIT } from '../../src/store/xlsx-writer.ts';
import { openStore } from '../../src/store/sqlite.ts';
import { article, fact, tempDir } from './helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
afterEach(() => vi.restoreAllMocks());

const loc = (name: string, type: string, code: string) => ({ name, type, province: 'Hà Nội', code });

describe('cchc export --format xlsx', () => {
  const db = tmp.file('xlsx.db');
  const out = tmp.file('dataset.xlsx');
  const workbook = new ExcelJS.Workbook();
  let err = '';

  beforeAll(async () => {
    const store = openStore(db);
    store.saveArticle(article('=HYPERLINK("http://evil")', `Hà Nội và Ba Đình\n\n${'Hồ sơ. '.repeat(6000)}`, { title: '＝1+1', author: '@tác giả', published: '2024-04-15T08:30:00+07:00' }), [
      fact('dossiers_received', 27366, { locality: loc('Hà Nội', 'thành phố', '01') }),
      fact('on_time_rate', 98.25, { locality: loc('Hà Nội', 'thành phố', '01') }),
      fact('dossiers_received', 4512, { locality: loc('Ba Đình', 'quận', '001') }),
      fact('par_index_rank', 3, { of: 63, locality: loc('Hà Giang', 'tỉnh', '02') }),
      fact('dossiers_overdue', 12, { locality: loc('Phúc Xá', 'phường', '026'), evidence: { text: '=cmd|"/c calc"!A1', start: 0, end: 5 } }),
    ], null);
    store.close();
    vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
    expect(await main(['node', 'cchc', 'export', '--db', db, '--format', 'xlsx', '--out', out])).toBe(0);
    vi.restoreAllMocks();
    await workbook.xlsx.readFile(out);
  });

  /** Rows of a sheet as objects keyed by the header, with the cells (value and type). */
  function sheet(name: string): Array<Record<string, ExcelJS.Cell>> {
    const ws = workbook.getWorksheet(name)!;
    const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    const rows: Array<Record<string, ExcelJS.Cell>> = [];
    for (let r = 2; r <= ws.rowCount; r++) rows.push(Object.fromEntries(header.map((h, i) => [h, ws.getRow(r).getCell(i + 1)])));
    return rows;
  }

  it('has one sheet per kind and a codebook, with the database\'s row counts', () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['facts', 'dossiers', 'indices', 'articles', 'codebook']);
    expect(sheet('facts')).toHaveLength(5);
    expect(sheet('articles')).toHaveLength(1);
    expect(sheet('indices')).toHaveLength(1);
    expect(err).toContain('exported 5 facts');
  });

  it("keeps codes as text with their leading zeros: '01', '001', '026' stay apart", () => {
    const codes = sheet('facts').map((r) => r.locality_code!);
    expect(codes.map((c) => c.value)).toEqual(['01', '01', '001', '02', '026']);
    for (const c of codes) expect(c.type).toBe(ExcelJS.ValueType.String);
    expect(sheet('facts')[0]!.article_doc_id!.type).toBe(ExcelJS.ValueType.String);
  });

  it('writes counts as integers, rates as numbers and dates as dates', () => {
    const [received, rate, , rank] = sheet('facts');
    expect(received!.value!.value).toBe(27366);
    expect(received!.value!.type).toBe(ExcelJS.ValueType.Number);
    expect(rate!.value!.value).toBe(98.25);
    expect(rank!.of_value!.value).toBe(63);
    expect(received!.period_start!.type).toBe(ExcelJS.ValueType.Date);
    expect((received!.period_start!.value as Date).toISOString()).toBe('2023-01-01T00:00:00.000Z');
    const published = sheet('articles')[0]!.published_at!;
    expect(published.type).toBe(ExcelJS.ValueType.Date);
    expect((published.value as Date).toISOString()).toBe('2024-04-15T08:30:00.000Z'); // Vietnam wall-clock time
    expect(sheet('dossiers').find((r) => r.locality_code!.value === '001')!.received!.value).toBe(4512);
  });

  it('writes formula-looking strings as strings, never formulas', () => {
    const a = sheet('articles')[0]!;
    for (const [cellOf, text] of [[a.doc_id!, '=HYPERLINK("http://evil")'], [a.title!, '＝1+1'], [a.author!, '@tác giả'], [sheet('facts')[4]!.evidence_text!, '=cmd|"/c calc"!A1']] as const) {
      expect(cellOf.type).toBe(ExcelJS.ValueType.String);
      expect(cellOf.value).toBe(text);
      expect(cellOf.formula).toBeUndefined();
    }
  });

  it("cuts a cell longer than Excel's limit, and the codebook describes every column and says so", () => {
    expect(String(sheet('articles')[0]!.text!.value)).toHaveLength(XLSX_CELL_LIMIT);
    const book = sheet('codebook');
    const described = book.filter((r) => r.sheet!.value && r.sheet!.value !== 'note'); // a blank row, then notes
    for (const what of ['facts', 'dossiers', 'indices', 'articles']) {
      const header = (workbook.getWorksheet(what)!.getRow(1).values as unknown[]).slice(1);
      expect(described.filter((r) => r.sheet!.value === what).map((r) => r.column!.value)).toEqual(header);
    }
    for (const r of described) expect(r.meaning!.value, `${r.sheet!.value}.${r.column!.value}`).toBeTruthy();
    expect(described.find((r) => r.sheet!.value === 'facts' && r.column!.value === 'locality_code')!['cell type']!.value).toBe('text');
    expect(described.find((r) => r.sheet!.value === 'facts' && r.column!.value === 'value')!['cell type']!.value).toBe('integer, number');
    expect(book.some((r) => String(r.column!.value).includes('1 in this file'))).toBe(true);
  });

  it('refuses --what and --where with xlsx (exit 2)', async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await main(['node', 'cchc', 'export', '--db', db, '--format', 'xlsx', '--what', 'facts', '--out', tmp.file('x.xlsx')])).toBe(2);
  });
});
