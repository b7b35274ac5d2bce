// RFC 4180 on real files: cells with bare newlines (a table pasted one cell per line) are quoted, records end
// in CRLF, and a CSV parser reads back exactly the rows and columns the database holds.
import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { registerExport } from '../../src/cli/commands/export.ts';
import { neutraliseCell, writeRows } from '../../src/store/export-writer.ts';
import { openStore } from '../../src/store/sqlite.ts';
import { article, fact, tempDir } from './helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

// A results table pasted one cell per line, with LF, CR and CRLF line ends.
const TABLE = 'Đơn vị\nTiếp nhận\nĐúng hạn\nChợ Gạo\n27.366\n26.900\rGò Công\r\n12.001\n11.950';

async function exportCli(...args: string[]): Promise<void> {
  const program = new Command('cchc').exitOverride();
  registerExport(program);
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    await program.parseAsync(['node', 'cchc', 'export', ...args]);
  } finally {
    vi.restoreAllMocks();
  }
}

describe('CSV export of multi-line cells', () => {
  const db = tmp.file('multiline.db');
  const store = openStore(db);
  for (let i = 0; i < 5; i++) {
    store.saveArticle(
      article(`doc-${i}`, `Kết quả CCHC ${i}\n\n${TABLE}`, { title: `Bảng ${i}\nkết quả` }),
      [fact('dossiers_received', 27366, { evidence: { text: TABLE, start: 0, end: TABLE.length } }), fact('on_time_rate', 98.3)],
      null,
    );
  }
  store.close();

  for (const excel of [false, true]) {
    for (const what of ['facts', 'articles', 'dossiers'] as const) {
      it(`cchc export --what ${what}${excel ? ' --excel' : ''} reads back with the database's row and column counts`, async () => {
        const out = tmp.file(`${what}-${excel}.csv`);
        await exportCli('--db', db, '--what', what, '--out', out, ...(excel ? ['--excel'] : []));
        const raw = readFileSync(out, 'utf8');
        const ro = openStore(db, { readonly: true });
        const expected = ro.exportRows(what);
        const rows = [...expected.rows];
        ro.close();
        const parsed = parse(raw, { bom: true, relax_column_count: true }) as string[][];
        expect(parsed.length).toBe(rows.length + 1);
        expect(parsed.every((r) => r.length === expected.columns.length)).toBe(true);
        expect(parsed[0]).toEqual(expected.columns);
        // every record ends in CRLF; a bare LF or CR only ever appears inside a quoted cell
        expect(raw.endsWith('\r\n')).toBe(true);
        expect(parse(raw, { bom: true, record_delimiter: '\r\n' }).length).toBe(rows.length + 1);
        if (what !== 'dossiers') expect(raw).toContain('"Bảng 0\nkết quả"');
      });
    }
  }

  it('the writer behind `query --format csv` quotes them too', async () => {
    const ro = openStore(db, { readonly: true });
    const out = tmp.file('query.csv');
    const n = await writeRows(ro.query('SELECT doc_id, text FROM articles ORDER BY id'), out, { format: 'csv' });
    ro.close();
    const parsed = parse(readFileSync(out, 'utf8')) as string[][];
    expect(n).toBe(5);
    expect(parsed.length).toBe(6);
    expect(parsed[1]![1]).toBe(`Kết quả CCHC 0\n\n${TABLE}`);
  });
});

describe('formula cells for --excel', () => {
  it('neutralises full-width signs and signs after spaces or invisible characters', () => {
    for (const cell of ['＝1+1', '＋1', '－1', '＠SUM(A1)', ' =1+1', '\u00a0=1', '\u200b@x', '\ufeff+1', '\u2060-1', '\t=1', '\r=1', '=1', '+1', '-1', '@x']) {
      expect(neutraliseCell(cell), JSON.stringify(cell)).toBe(`'${cell}`);
    }
    for (const cell of ['Chợ Gạo', '01', 'a=b', '1-2', -7, 98.3, null]) expect(neutraliseCell(cell)).toBe(cell);
  });
});
