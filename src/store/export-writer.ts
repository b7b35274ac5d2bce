// Writes a stream of rows as RFC 4180 CSV (csv-stringify) or JSON Lines, with backpressure, so memory stays flat
// however many rows come. `excel` adds the UTF-8 BOM and neutralises cells a spreadsheet would run as formulas.
import { createWriteStream } from 'node:fs';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { RowStream } from './interface.ts';

export type ExportFormat = 'csv' | 'jsonl' | 'json';

export interface WriteOptions {
  format: ExportFormat;
  excel?: boolean;
}

// A spreadsheet runs a cell as a formula when it starts with = + - @ (full-width ＝＋－＠ too, which Excel folds),
// also after leading spaces or invisible characters it skips, or with a tab or carriage return (OWASP CSV injection).
const FORMULA_START = /^(?:[\s\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r])/u;

/** Cells starting like a formula get a leading apostrophe; numbers are left alone. */
export function neutraliseCell(value: unknown): unknown {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

function* counted<T>(rows: Iterable<T>, counter: { n: number }): Generator<T> {
  for (const r of rows) {
    counter.n++;
    yield r;
  }
}

function* jsonLines(stream: RowStream, rows: Iterable<unknown[]>): Generator<string> {
  for (const r of rows) yield JSON.stringify(Object.fromEntries(stream.columns.map((c, i) => [c, r[i]]))) + '\n';
}

function* jsonArray(stream: RowStream, rows: Iterable<unknown[]>): Generator<string> {
  let first = true;
  yield '[';
  for (const line of jsonLines(stream, rows)) {
    yield (first ? '\n' : ',\n') + line.slice(0, -1);
    first = false;
  }
  yield first ? ']\n' : '\n]\n';
}

/** Writes all rows to `out` (a file path, or '-' for stdout); returns how many rows were written. */
export async function writeRows(stream: RowStream, out: string | Writable, opts: WriteOptions): Promise<number> {
  const counter = { n: 0 };
  const excel = opts.excel ?? false;
  if (excel && opts.format !== 'csv') throw new Error('--excel applies to CSV only');
  let rows: Iterable<unknown[]> = counted(stream.rows, counter);
  if (excel) rows = (function* (src) {
    for (const r of src) yield r.map(neutraliseCell);
  })(rows);
  const target: Writable = typeof out === 'string' ? (out === '-' ? process.stdout : createWriteStream(out)) : out;
  const end = target !== process.stdout;
  try {
    await pipe(stream, rows, target, end, opts.format, excel);
  } catch (err) {
    // a closed pipe (`cchc export --out - | head`) ends the output; it is not a failure
    if ((err as NodeJS.ErrnoException).code !== 'EPIPE') throw err;
  }
  return counter.n;
}

async function pipe(stream: RowStream, rows: Iterable<unknown[]>, target: Writable, end: boolean, format: ExportFormat, excel: boolean): Promise<void> {
  if (format === 'csv') {
    await pipeline(
      Readable.from(rows, { objectMode: true }),
      // csv-stringify quotes only cells holding the record delimiter itself (CRLF): a bare LF or CR needs quoted_match
      stringify({ header: true, columns: stream.columns, bom: excel, record_delimiter: 'windows', quoted_match: /[\r\n]/ }),
      target,
      { end },
    );
  } else {
    const lines = format === 'json' ? jsonArray(stream, rows) : jsonLines(stream, rows);
    await pipeline(Readable.from(lines, { objectMode: false }), target, { end });
  }
}
