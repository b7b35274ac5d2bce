// `cchc export`: facts, articles, dossiers or indices to CSV (RFC 4180, UTF-8) or JSON Lines, streamed.
import { Command, Option } from 'commander';
import { DEFAULT_DB } from '../../pipeline/defaults.ts';
import { writeRows } from '../../store/export-writer.ts';
import type { ExportWhat } from '../../store/interface.ts';
import { openStore } from '../../store/sqlite.ts';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the dataset to CSV or JSON Lines (columns: README.md, "Export columns")')
    .option('--db <file>', 'dataset file', DEFAULT_DB)
    .addOption(new Option('--what <what>', 'what to export').choices(['facts', 'articles', 'dossiers', 'indices', 'figures']).default('facts'))
    .option('--where <sql>', "SQL condition on the exported columns, e.g. \"metric = 'on_time_rate' AND locality_province = 'Đồng Tháp'\"")
    .addOption(new Option('--format <format>', 'file format').choices(['csv', 'jsonl']).default('csv'))
    .option('--excel', 'for Excel: UTF-8 BOM, and cells starting with = + - @ prefixed with an apostrophe')
    .requiredOption('--out <file>', "output file ('-' for standard output)")
    .action(async (opts: { db: string; what: ExportWhat; where?: string; format: 'csv' | 'jsonl'; excel?: boolean; out: string }) => {
      if (opts.excel && opts.format !== 'csv') throw new Error('export: --excel applies to --format csv only');
      const store = openStore(opts.db, { readonly: true });
      try {
        const n = await writeRows(store.exportRows(opts.what, opts.where ?? null), opts.out, { format: opts.format, excel: opts.excel });
        process.stderr.write(`exported ${n} ${opts.what} row${n === 1 ? '' : 's'} to ${opts.out}\n`);
      } finally {
        store.close();
      }
    });
}
