// `cchc export`: facts, articles, dossiers or indices to CSV (RFC 4180, UTF-8) or JSON Lines, streamed;
// or all four as sheets of one XLSX workbook with a codebook.
import { Option, type Command } from 'commander';
import { DEFAULT_DB } from '../../pipeline/defaults.ts';
import type { ExportWhat } from '../../store/interface.ts';
import { UsageError } from '../errors.ts';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the dataset to CSV, JSON Lines or an XLSX workbook (columns: README.md, "Export columns")')
    .option('--db <file>', 'dataset file', DEFAULT_DB)
    .addOption(new Option('--what <what>', 'what to export').choices(['facts', 'articles', 'dossiers', 'indices', 'figures']).default('facts'))
    .option('--where <sql>', "SQL condition on the exported columns, e.g. \"metric = 'on_time_rate' AND locality_province = 'Đồng Tháp'\"")
    .addOption(new Option('--format <format>', 'file format').choices(['csv', 'jsonl', 'xlsx']).default('csv'))
    .option('--excel', 'for Excel: UTF-8 BOM, and cells starting with = + - @ prefixed with an apostrophe')
    .requiredOption('--out <file>', "output file ('-' for standard output)")
    .addHelpText('after', '\nExamples (on the database `cchc demo` writes):\n  cchc export --db cchc-demo.db --what dossiers --out dossiers.csv\n  cchc export --db cchc-demo.db --where "metric = \'on_time_rate\'" --format jsonl --out -\n  cchc export --db cchc-demo.db --format xlsx --out cchc.xlsx\n')
    .action(async (opts: { db: string; what: ExportWhat; where?: string; format: 'csv' | 'jsonl' | 'xlsx'; excel?: boolean; out: string }, command: Command) => {
      if (opts.excel && opts.format !== 'csv') throw new UsageError('export: --excel applies to --format csv only');
      if (opts.format === 'xlsx') {
        // one workbook holds every kind, each on its sheet: picking or filtering rows is for CSV and JSON Lines
        if (command.getOptionValueSource('what') === 'cli' || opts.where) throw new UsageError('export: --format xlsx writes facts, dossiers, indices and articles, one sheet each; --what and --where apply to csv and jsonl');
        if (opts.out === '-' && process.stdout.isTTY) throw new UsageError('export: --format xlsx is a binary file; give --out FILE');
      }
      const [{ writeRows }, { writeXlsx }, { openStore }] = await Promise.all([
        import('../../store/export-writer.ts'), import('../../store/xlsx-writer.ts'), import('../../store/sqlite.ts'),
      ]);
      const store = openStore(opts.db, { readonly: true });
      try {
        if (opts.format === 'xlsx') {
          const r = await writeXlsx((what) => store.exportRows(what), opts.out === '-' ? process.stdout : opts.out);
          const cut = r.truncatedCells ? `; ${r.truncatedCells} cell(s) cut to Excel's 32,767 characters` : '';
          process.stderr.write(`exported ${r.rows.facts} facts, ${r.rows.dossiers} dossier rows, ${r.rows.indices} index rows, ${r.rows.articles} articles and a codebook to ${opts.out}${cut}\n`);
          return;
        }
        const n = await writeRows(store.exportRows(opts.what, opts.where ?? null), opts.out, { format: opts.format, excel: opts.excel });
        process.stderr.write(`exported ${n} ${opts.what} row${n === 1 ? '' : 's'} to ${opts.out}\n`);
      } finally {
        store.close();
      }
    });
}
