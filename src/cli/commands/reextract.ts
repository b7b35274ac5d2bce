// `cchc reextract`: the current extractors over the stored articles, replacing facts of older versions.
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { EXTRACTOR_VERSION } from '../../../extractors/version.ts';
import { DEFAULT_DB } from '../../pipeline/defaults.ts';

export function registerReextract(program: Command): void {
  program
    .command('reextract')
    .description(`re-run the extractors (now version ${EXTRACTOR_VERSION}) over stored articles, without fetching`)
    .option('--db <file>', 'dataset file (must exist)', DEFAULT_DB)
    .option('--all', 'also articles whose facts are already of the current version')
    .addHelpText('after', '\nExample (on the database `cchc demo` writes):\n  cchc reextract --db cchc-demo.db\n')
    .action(async (opts: { db: string; all?: boolean }) => {
      // opening a missing file for writing would create an empty dataset and report success
      if (!existsSync(opts.db)) throw new Error(`reextract: ${opts.db}: no such database file`);
      const [{ reextract }, { openStore }] = await Promise.all([import('../../pipeline/reextract.ts'), import('../../store/sqlite.ts')]);
      const store = openStore(opts.db);
      const owner = `reextract:${hostname()}:${process.pid}`;
      try {
        if (!store.acquireLock(owner)) throw new Error(`${opts.db}: another cchc process (a run or ingest) is writing to it; try again when it ends`);
        try {
          const counts = reextract(store, {
            all: opts.all,
            onError: (a, err) => process.stderr.write(`cchc: reextract: article ${a.rowId} (${a.url ?? a.id}): ${err.message}\n`),
          });
          process.stdout.write(`re-extracted ${counts.articles} article(s) with extractor ${EXTRACTOR_VERSION}: ${counts.facts} facts, ${counts.failed} failed (run ${counts.runId})\n`);
          if (counts.failed) process.exitCode = 1;
        } finally {
          store.releaseLock(owner);
        }
      } finally {
        store.close();
      }
    });
}
