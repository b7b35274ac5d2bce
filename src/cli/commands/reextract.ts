// `cchc reextract`: the current extractors over the stored articles, replacing facts of older versions.
import { Command } from 'commander';
import { hostname } from 'node:os';
import { EXTRACTOR_VERSION } from '../../../extractors/index.ts';
import { DEFAULT_DB } from '../../pipeline/defaults.ts';
import { reextract } from '../../pipeline/reextract.ts';
import { openStore } from '../../store/sqlite.ts';

export function registerReextract(program: Command): void {
  program
    .command('reextract')
    .description(`re-run the extractors (now version ${EXTRACTOR_VERSION}) over stored articles, without fetching`)
    .option('--db <file>', 'dataset file', DEFAULT_DB)
    .option('--all', 'also articles whose facts are already of the current version')
    .action((opts: { db: string; all?: boolean }) => {
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
