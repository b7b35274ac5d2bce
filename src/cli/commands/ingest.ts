// `cchc ingest`: store documents people already hold (.json, .txt, .html, '-' for stdin), without crawling.
import type { Command } from 'commander';
import { hostname } from 'node:os';
import { DEFAULT_DB } from '../../pipeline/defaults.ts';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('store documents (.json, .txt, .html, as `extract` takes them) without crawling')
    .argument('<files...>', "document files ('-' reads standard input)")
    .option('--db <file>', 'dataset file (created if missing)', DEFAULT_DB)
    .addHelpText('after', '\nExample:\n  cchc ingest --db my.db test/fixtures/dev/docs/seed-001.json test/fixtures/dev/docs/seed-002.json\n')
    .action(async (files: string[], opts: { db: string }) => {
      const [{ loadDocuments }, { ingestDocuments }, { openStore }] = await Promise.all([
        import('../../io/documents.ts'), import('../../pipeline/ingest.ts'), import('../../store/sqlite.ts'),
      ]);
      const store = openStore(opts.db);
      const owner = `ingest:${hostname()}:${process.pid}`;
      try {
        if (!store.acquireLock(owner)) throw new Error(`${opts.db}: another cchc process (a run or reextract) is writing to it; try again when it ends`);
        try {
          const counts = await ingestDocuments(store, loadDocuments(files), {
            onDocument: (doc, outcome) => {
              if (outcome.error) process.stderr.write(`cchc: ingest: ${doc.path}: ${outcome.error}\n`);
            },
          });
          process.stdout.write(
            `ingested ${counts.documents} document(s) into ${opts.db}: ${counts.stored} new, ${counts.known} already stored (updated in place), ` +
              `${counts.facts} facts, ${counts.failed} failed (run ${counts.runId})\n`,
          );
          if (counts.failed) process.exitCode = 1;
        } finally {
          store.releaseLock(owner);
        }
      } finally {
        store.close();
      }
    });
}
