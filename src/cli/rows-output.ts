// Prints rows in the --format a command was given: an aligned table for the terminal, or CSV, JSON, JSON Lines.
import type { RowFormat } from './options.ts';

/** A terminal table holds this many rows; more are left out with a note (csv/json/jsonl stream any number). */
export const TABLE_ROWS = 1000;

export interface Rows {
  columns: string[];
  rows: Iterable<unknown[]>;
}

/** Writes the rows to stdout; returns how many there were. */
export async function printRows(result: Rows, format: RowFormat): Promise<number> {
  if (format !== 'table') {
    const { writeRows } = await import('../store/export-writer.ts');
    return writeRows({ columns: result.columns, rows: result.rows[Symbol.iterator]() as IterableIterator<unknown[]> }, process.stdout, { format });
  }
  const { textTable } = await import('../pipeline/report.ts');
  const rows: unknown[][] = [];
  let more = 0;
  for (const r of result.rows) {
    if (rows.length < TABLE_ROWS) rows.push(r);
    else more++;
  }
  process.stdout.write(textTable(result.columns, rows) + '\n');
  if (more) process.stderr.write(`(${more} more row${more === 1 ? '' : 's'} not shown; use --format csv)\n`);
  return rows.length + more;
}
