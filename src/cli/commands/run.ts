// `cchc run`: the nightly job (crawl, read, extract, store, summary). With no flags: ./cchc.db and the bundled registry.
import { Command } from 'commander';
import { z } from 'zod';
import { formatSummary } from '../../crawl/progress.ts';
import { SourceRegistryError } from '../../sources/registry.ts';
import { DEFAULT_DB, DEFAULT_SOURCES } from '../../pipeline/defaults.ts';
import { runNightly } from '../../pipeline/nightly.ts';
import { statsReport } from '../../pipeline/report.ts';
import { UsageError } from '../errors.ts';
import { withCrawlSession } from '../crawl-session.ts';

const RunArgs = z.object({
  db: z.string().min(1),
  sources: z.string().min(1),
  maxPages: z.coerce.number().int().positive({ error: '--max-pages must be a positive whole number' }).optional(),
  concurrency: z.coerce.number().int().min(1).max(64, { error: '--concurrency must be between 1 and 64' }),
  allowPrivate: z.boolean().optional(),
});

export function registerRun(program: Command): void {
  program
    .command('run')
    .description('the nightly job: crawl the sources, read and extract the articles, store them, print a summary')
    .option('--db <file>', 'dataset file (created if missing)', DEFAULT_DB)
    .option('--sources <file>', 'source registry (JSON)', DEFAULT_SOURCES)
    .option('--max-pages <n>', 'stop after fetching this many pages (the rest waits for the next run)')
    .option('--concurrency <n>', 'pages in flight at once', '4')
    // The crawler refuses loopback and private addresses (a registry typo must not reach the intranet); tests that
    // run against a local fixture site, and a portal mirrored on a private network, need this switch.
    .option('--allow-private', 'allow private and loopback addresses (tests, local mirrors)')
    .action(async (raw: Record<string, unknown>) => {
      const parsed = RunArgs.safeParse(raw);
      if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => i.message).join('; '));
      const args = parsed.data;
      try {
        const result = await withCrawlSession(args.db, ({ store, onEvent, signal }) => runNightly(store, {
          sourcesFile: args.sources,
          maxPages: args.maxPages,
          concurrency: args.concurrency,
          allowPrivate: args.allowPrivate ?? false,
          onEvent,
          signal,
        }));
        process.stdout.write(formatSummary(result.crawl));
        process.stdout.write(`\ndataset ${args.db}: ${statsReport(result.dataset, { top: 5 })}\n`);
        if (result.crawl.status === 'failed') process.exitCode = 1;
      } catch (err) {
        if (err instanceof SourceRegistryError) throw new UsageError(err.message);
        throw err;
      }
    });
}
