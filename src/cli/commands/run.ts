// `cchc run`: the nightly job (crawl, read, extract, store, summary). With no flags: ./cchc.db and the bundled registry.
import type { Command } from 'commander';
import { DEFAULT_DB } from '../../pipeline/defaults.ts';
import { UsageError } from '../errors.ts';
import { intBetween, positiveInt, sourcesOption } from '../options.ts';

interface RunArgs {
  db: string;
  sources: string;
  maxPages?: number;
  concurrency: number;
  allowPrivate?: boolean;
}

export function registerRun(program: Command): void {
  program
    .command('run')
    .description('the nightly job: crawl the sources, read and extract the articles, store them, print a summary')
    .option('--db <file>', 'dataset file (created if missing)', DEFAULT_DB)
    .addOption(sourcesOption())
    .option('--max-pages <n>', 'stop after fetching this many pages (the rest waits for the next run)', positiveInt)
    .option('--concurrency <n>', 'pages in flight at once (1-64)', intBetween(1, 64), 4)
    // The crawler refuses loopback and private addresses (a registry typo must not reach the intranet); tests that
    // run against a local fixture site, and a portal mirrored on a private network, need this switch.
    .option('--allow-private', 'allow private and loopback addresses (tests, local mirrors)')
    .action(async (args: RunArgs) => {
      const [{ formatSummary }, { SourceRegistryError }, { runNightly }, { statsReport }, { withCrawlSession }] = await Promise.all([
        import('../../crawl/progress.ts'), import('../../sources/registry.ts'), import('../../pipeline/nightly.ts'),
        import('../../pipeline/report.ts'), import('../crawl-session.ts'),
      ]);
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
