// `cchc stats`: what the dataset holds, counted per source, province, metric and year.
import type { Command } from 'commander';
import { DEFAULT_DB } from '../../pipeline/defaults.ts';
import { withStore } from '../with-store.ts';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('count articles and facts per source, province, metric and year')
    .option('--db <file>', 'dataset file', DEFAULT_DB)
    .option('--json', 'print the counts as JSON')
    .addHelpText('after', '\nExample (on the database `cchc demo` writes):\n  cchc stats --db cchc-demo.db\n')
    .action(async (opts: { db: string; json?: boolean }) => {
      const { statsReport } = await import('../../pipeline/report.ts');
      const stats = await withStore(opts.db, { readonly: true }, (store) => store.stats());
      process.stdout.write((opts.json ? JSON.stringify(stats, null, 2) : statsReport(stats)) + '\n');
    });
}
