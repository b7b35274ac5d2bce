// `cchc crawl`: crawl the registry's sources (or one --seed URL) into the SQLite dataset.
import { Option, type Command } from 'commander';
import { z } from 'zod';
import { crawl } from '../../crawl/index.ts';
import { formatSummary } from '../../crawl/progress.ts';
import type { CrawlSource } from '../../crawl/types.ts';
import { loadSources, sourceFromSeed, toCrawlSource } from '../../sources/registry.ts';
import { UsageError } from '../errors.ts';
import { withCrawlSession } from '../crawl-session.ts';
import { storingArticles } from '../../pipeline/article-record.ts';

const CrawlArgs = z.object({
  sources: z.string().optional(),
  seed: z.string().optional(),
  allow: z.string().optional(),
  db: z.string().min(1),
  maxPages: z.coerce.number().int().positive({ error: '--max-pages must be a positive integer' }).optional(),
  concurrency: z.coerce.number().int().min(1).max(64, { error: '--concurrency must be between 1 and 64' }).optional(),
  allowPrivate: z.boolean().optional(),
  politeness: z.boolean().optional(),
});

export function registerCrawl(program: Command): void {
  program
    .command('crawl')
    .description('crawl news sites and portals into the dataset (resumable; one run per database)')
    .option('--sources <file>', 'source registry (JSON)', 'data/sources.json')
    .option('--seed <url>', 'crawl one site from this URL instead of the registry')
    .option('--allow <regex>', 'with --seed: only follow URLs matching this pattern')
    .requiredOption('--db <file>', 'SQLite dataset file (created if missing)')
    .option('--max-pages <n>', 'stop after fetching this many pages')
    .option('--concurrency <n>', 'pages in flight at once', '4')
    .option('--allow-private', 'allow private and loopback addresses (tests)')
    .addOption(new Option('--no-politeness', 'no delays between requests (benchmarks only)').hideHelp())
    .action(async (raw: Record<string, unknown>, cmd: Command) => {
      const parsed = CrawlArgs.safeParse(raw);
      if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => i.message).join('; '));
      const args = parsed.data;
      const seedGiven = cmd.getOptionValueSource('seed') === 'cli';
      if (seedGiven && cmd.getOptionValueSource('sources') === 'cli') throw new UsageError('give --sources or --seed, not both');
      if (args.allow && !seedGiven) throw new UsageError('--allow only goes with --seed');

      let sources: CrawlSource[];
      try {
        sources = seedGiven ? [toCrawlSource(sourceFromSeed(args.seed!, args.allow))] : loadSources(args.sources!).map(toCrawlSource);
      } catch (err) {
        throw new UsageError((err as Error).message);
      }
      const summary = await withCrawlSession(args.db, ({ store, onEvent, signal }) => crawl({
        sources,
        maxPages: args.maxPages,
        concurrency: args.concurrency,
        allowPrivate: args.allowPrivate ?? false,
        politeness: args.politeness ?? true,
        onEvent,
        signal,
        onArticle: storingArticles(store),
      }, store));
      process.stdout.write(formatSummary(summary));
      if (summary.status === 'failed') process.exitCode = 1;
    });
}
