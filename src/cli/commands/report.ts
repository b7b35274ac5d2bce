// `cchc report`: a static, offline report of the dataset (coverage, dossier results, indices, disagreements).
import type { Command } from 'commander';
import { DEFAULT_DB } from '../../pipeline/defaults.ts';
import { withStore } from '../with-store.ts';

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('write a static report (index.html, opens offline) of the dataset')
    .option('--db <file>', 'dataset file', DEFAULT_DB)
    .option('--out <dir>', 'output directory', 'cchc-report')
    .option('--where <sql>', "SQL condition on v_facts columns, e.g. \"locality_province = 'Đồng Tháp'\"")
    .addHelpText('after', '\nExamples (on the database `cchc demo` writes):\n  cchc report --db cchc-demo.db --out cchc-report\n  cchc report --db cchc-demo.db --where "locality_province = \'Tiền Giang\'" --out report-tien-giang\n')
    .action(async (opts: { db: string; out: string; where?: string }) => {
      const { writeReport } = await import('../../report/build.ts');
      const r = await withStore(opts.db, { readonly: true }, (store) => writeReport(store, { db: opts.db, out: opts.out, where: opts.where ?? null }));
      process.stdout.write(`report written: ${r.index} (${Math.round(r.bytes / 1024)} KB in ${(r.ms / 1000).toFixed(1)} s)\n`);
    });
}
