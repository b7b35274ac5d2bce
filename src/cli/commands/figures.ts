// `cchc figures --rebuild`: recomputes stories and figures from every stored article (saves keep them up to date).
import type { Command } from 'commander';
import { DEFAULT_DB } from '../../pipeline/defaults.ts';
import { withStore } from '../with-store.ts';

export function registerFigures(program: Command): void {
  program
    .command('figures')
    .description('recompute the figures agreed across articles (and the stories of near-duplicate articles)')
    .option('--db <file>', 'dataset file', DEFAULT_DB)
    .option('--rebuild', 'recompute every story and figure from the stored articles')
    .addHelpText('after', '\nExample (on the database `cchc demo` writes):\n  cchc figures --db cchc-demo.db --rebuild\n')
    .action(async (opts: { db: string; rebuild?: boolean }) => {
      await withStore(opts.db, {}, (store) => {
        if (opts.rebuild) process.stderr.write(`rebuilt ${store.rebuildFigures()} figures\n`);
        const [total, multi, conflicts] = [...store.query(`SELECT count(*), sum(n_stories > 1), sum(conflict) FROM figures`).rows][0] as [
          number, number | null, number | null,
        ];
        process.stdout.write(`${total} figures, ${multi ?? 0} stated by more than one story, ${conflicts ?? 0} with conflicting values\n`);
      });
    });
}
