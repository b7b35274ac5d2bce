// `cchc query`: a researcher's SELECT on the dataset, opened read-only; anything that would write is refused.
import { Command, Option } from 'commander';
import { DEFAULT_DB } from '../../pipeline/defaults.ts';
import { textTable } from '../../pipeline/report.ts';
import { writeRows } from '../../store/export-writer.ts';
import { openStore } from '../../store/sqlite.ts';

/** A terminal table holds this many rows; more are left out with a note (csv/json stream any number). */
const TABLE_ROWS = 1000;

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('run a read-only SQL SELECT on the dataset (tables and views: README.md, "The dataset")')
    .argument('<sql>', 'one SELECT (or WITH … SELECT) statement')
    .option('--db <file>', 'dataset file', DEFAULT_DB)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'csv', 'json']).default('table'))
    .action(async (sql: string, opts: { db: string; format: 'table' | 'csv' | 'json' }) => {
      const store = openStore(opts.db, { readonly: true });
      try {
        const result = store.query(sql);
        if (opts.format !== 'table') {
          await writeRows(result, process.stdout, { format: opts.format === 'csv' ? 'csv' : 'json' });
          return;
        }
        const rows: unknown[][] = [];
        let more = 0;
        for (const r of result.rows) {
          if (rows.length < TABLE_ROWS) rows.push(r);
          else more++;
        }
        process.stdout.write(textTable(result.columns, rows) + '\n');
        process.stderr.write(`(${rows.length + more} row${rows.length + more === 1 ? '' : 's'}${more ? `; ${more} not shown, use --format csv` : ''})\n`);
      } finally {
        store.close();
      }
    });
}
