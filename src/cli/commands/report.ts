// `cchc report`: a static, offline report of the dataset (coverage, dossier results, indices, disagreements).
import { Command } from 'commander';
import { DEFAULT_DB } from '../../pipeline/defaults.ts';
import { DEFAULT_REPORT_DIR, writeReport } from '../../report/build.ts';
import { openStore } from '../../store/sqlite.ts';

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('write a static report (index.html, opens offline) of the dataset')
    .option('--db <file>', 'dataset file', DEFAULT_DB)
    .option('--out <dir>', 'output directory', DEFAULT_REPORT_DIR)
    .option('--where <sql>', "SQL condition on v_facts columns, e.g. \"locality_province = 'Đồng Tháp'\"")
    .action((opts: { db: string; out: string; where?: string }) => {
      const store = openStore(opts.db, { readonly: true });
      try {
        const r = writeReport(store, { db: opts.db, out: opts.out, where: opts.where ?? null });
        process.stdout.write(`report written: ${r.index} (${Math.round(r.bytes / 1024)} KB in ${(r.ms / 1000).toFixed(1)} s)\n`);
      } finally {
        store.close();
      }
    });
}
