// `cchc stats`: what the dataset holds, counted per source, province, metric and year.
import { Command } from 'commander';
import { DEFAULT_DB } from '../../pipeline/defaults.ts';
import { statsReport } from '../../pipeline/report.ts';
import { openStore } from '../../store/sqlite.ts';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('count articles and facts per source, province, metric and year')
    .option('--db <file>', 'dataset file', DEFAULT_DB)
    .option('--json', 'print the counts as JSON')
    .action((opts: { db: string; json?: boolean }) => {
      const store = openStore(opts.db, { readonly: true });
      try {
        const stats = store.stats();
        process.stdout.write((opts.json ? JSON.stringify(stats, null, 2) : statsReport(stats)) + '\n');
      } finally {
        store.close();
      }
    });
}
