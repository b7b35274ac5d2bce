// `cchc run`: the nightly job. The crawler fetches, reads, extracts and stores page by page (each article in
// its own transaction, a failing page settled as failed); this stage prepares the database and sums up.
// Run every night on the same database: each run either finishes a killed run's queue or starts a new pass, which
// re-fetches feeds, sitemaps and listings conditionally and fetches only the articles not seen before.
import { crawl } from '../crawl/index.ts';
import type { CrawlOptions, CrawlSummary } from '../crawl/types.ts';
import { loadSources, toCrawlSource } from '../sources/registry.ts';
import type { DatasetStats, DatasetStore } from '../store/interface.ts';
import { storingArticles } from './article-record.ts';
import { syncGazetteer } from './gazetteer.ts';

export interface NightlyOptions extends Omit<CrawlOptions, 'sources' | 'onArticle'> {
  /** Source registry file. */
  sourcesFile: string;
}

export interface NightlyResult {
  crawl: CrawlSummary;
  gazetteerLoaded: boolean;
  dataset: DatasetStats;
}

export async function runNightly(store: DatasetStore, opts: NightlyOptions): Promise<NightlyResult> {
  const { sourcesFile, ...crawlOptions } = opts;
  const sources = loadSources(sourcesFile).map(toCrawlSource);
  const gazetteerLoaded = syncGazetteer(store);
  const summary = await crawl({ ...crawlOptions, sources, onArticle: storingArticles(store) }, store);
  return { crawl: summary, gazetteerLoaded, dataset: store.stats() };
}
