// `cchc crawl`: crawl the registry's sources (or one --seed URL) into the SQLite dataset.
import { Option, type Command } from 'commander';
import { DEFAULT_DB } from '../../pipeline/defaults.ts';
import type { CrawlSource } from '../../crawl/types.ts';
import { UsageError } from '../errors.ts';
import { intBetween, positiveInt, positiveSeconds, sourcesOption } from '../options.ts';

interface CrawlArgs {
  sources: string;
  seed?: string;
  allow?: string;
  db: string;
  maxPages?: number;
  concurrency: number;
  allowPrivate?: boolean;
  politeness?: boolean;
  requestTimeout?: number;
}

export function registerCrawl(program: Command): void {
  program
    .command('crawl')
    .description('crawl news sites and portals into the dataset (resumable; one run per database)')
    .addOption(sourcesOption())
    .option('--seed <url>', 'crawl one site from this URL instead of the registry')
    .option('--allow <regex>', 'with --seed: only follow URLs matching this pattern')
    .option('--db <file>', 'SQLite dataset file (created if missing)', DEFAULT_DB)
    .option('--max-pages <n>', 'stop after fetching this many pages', positiveInt)
    .option('--concurrency <n>', 'pages in flight at once (1-64)', intBetween(1, 64), 4)
    .option('--allow-private', 'allow private and loopback addresses (tests)')
    .option('--request-timeout <s>', 'longest one request may take, body included (seconds; default 60)', positiveSeconds)
    .addOption(new Option('--no-politeness', 'no delays between requests (benchmarks only)').hideHelp())
    .action(async (args: CrawlArgs, cmd: Command) => {
      const seedGiven = cmd.getOptionValueSource('seed') === 'cli';
      if (seedGiven && cmd.getOptionValueSource('sources') === 'cli') throw new UsageError('give --sources or --seed, not both');
      if (args.allow && !seedGiven) throw new UsageError('--allow only goes with --seed');
      const [{ crawl }, { formatSummary }, { loadSources, sourceFromSeed, toCrawlSource }, { withCrawlSession }, { storingArticles }] = await Promise.all([
        import('../../crawl/index.ts'), import('../../crawl/progress.ts'), import('../../sources/registry.ts'), import('../crawl-session.ts'),
        import('../../pipeline/article-record.ts'),
      ]);

      let sources: CrawlSource[];
      try {
        sources = seedGiven ? [toCrawlSource(sourceFromSeed(args.seed!, args.allow))] : loadSources(args.sources).map(toCrawlSource);
      } catch (err) {
        throw new UsageError((err as Error).message);
      }
      const summary = await withCrawlSession(args.db, ({ store, onEvent, signal }) => crawl({
        sources,
        maxPages: args.maxPages,
        concurrency: args.concurrency,
        allowPrivate: args.allowPrivate ?? false,
        politeness: args.politeness ?? true,
        fetch: args.requestTimeout ? { totalTimeoutMs: args.requestTimeout * 1000 } : undefined,
        onEvent,
        signal,
        onArticle: storingArticles(store),
      }, store));
      process.stdout.write(formatSummary(summary));
      if (summary.status === 'failed') process.exitCode = 1;
    });
}
