// Shapes shared by the crawler modules: what a source looks like to the crawler, run options and the summary.
import type { Article } from '../model/document.ts';
import type { FrontierKind, SourceRecord } from '../store/interface.ts';

/** Largest sitemap, uncompressed, that the sitemap protocol allows. */
export const SITEMAP_MAX_BYTES = 50 * 1024 * 1024;

export const USER_AGENT = 'cchc/0.1 (+https://github.com/cchc; research crawler)';

/** A source as the crawler needs it; the registry (src/sources/) and --seed both map onto this. */
export interface CrawlSource extends SourceRecord {
  startUrls: string[];
  feeds: string[];
  sitemaps: string[];
  /** Regular expressions (source text); a URL must match one of them (when any are given). */
  allow: string[];
  /** Regular expressions; a URL matching any of them is never fetched. */
  deny: string[];
  /** Optional politeness for this source: minimum delay between requests and concurrency per host. */
  rate?: { delayMs?: number; concurrency?: number } | null;
}

export interface FetchConfig {
  connectTimeoutMs: number;
  headersTimeoutMs: number;
  bodyTimeoutMs: number;
  /** Whole-request deadline (connect, headers and body): bodyTimeoutMs is idle time only, a drip never trips it. */
  totalTimeoutMs: number;
  maxBodyBytes: number;
  maxRedirects: number;
  /** Attempts after the first one, for network errors, 5xx and 429. */
  maxRetries: number;
  backoffBaseMs: number;
  backoffCapMs: number;
  /** Longest Retry-After we will wait; longer ones count as a failure. */
  retryAfterCapMs: number;
}

export const DEFAULT_FETCH_CONFIG: FetchConfig = {
  connectTimeoutMs: 10_000,
  headersTimeoutMs: 20_000,
  bodyTimeoutMs: 30_000,
  totalTimeoutMs: 60_000,
  maxBodyBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  maxRetries: 3,
  backoffBaseMs: 1_000,
  backoffCapMs: 30_000,
  retryAfterCapMs: 120_000,
};

export interface CrawlOptions {
  sources: CrawlSource[];
  /** Most pages fetched in this run (frontier items processed). */
  maxPages?: number;
  /** Frontier items in flight at once (all hosts together). */
  concurrency?: number;
  /** Link depth from the seeds; listing pagination does not count. */
  maxDepth?: number;
  /** Pagination pages followed per listing chain. */
  maxListingPages?: number;
  allowPrivate?: boolean;
  /** false turns delays and Crawl-delay off (benchmarks only). */
  politeness?: boolean;
  /** Delay between requests to one host when neither the source nor robots.txt say more. */
  defaultDelayMs?: number;
  /** Longest Crawl-delay honoured; a longer one is capped. */
  maxCrawlDelayMs?: number;
  /** Runs an item may fail transiently (5xx, 429, timeout) and still be retried by a later run; default 3. */
  maxAttempts?: number;
  /** Articles at or above this relevance get facts extracted. */
  relevanceThreshold?: number;
  fetch?: Partial<FetchConfig>;
  userAgent?: string;
  /** Stores each article read (its record and facts, in one transaction); the crawler itself extracts nothing. */
  onArticle: ArticleHandler;
  /** One event per fetched or failed page (JSON log lines, progress display). */
  onEvent?: (event: CrawlEvent) => void;
  signal?: AbortSignal;
}

/** What the crawler hands over for each article page (as Crawlee's request handler gets its page). */
export interface CrawledArticle {
  article: Article;
  pageUrl: string;
  sourceId: string;
  runId: number;
  relevanceThreshold: number;
}

/** Stores one article; returns how many facts it gave and whether it was relevant enough to extract. */
export type ArticleHandler = (page: CrawledArticle) => { facts: number; relevant: boolean };

export type CrawlEvent =
  | { type: 'run started'; runId: number; resumed: number; restarted: number; retried: number; queued: number }
  | { type: 'page'; runId: number; sourceId: string; url: string; kind: FrontierKind; status: number | null; ms: number; outcome: PageOutcome; reason?: string | null }
  | { type: 'progress'; runId: number; fetched: number; done: number; queued: number; errors: number; elapsedMs: number }
  | { type: 'run ended'; runId: number; status: CrawlSummary['status']; error: string | null; fetched: number; articles: number; failed: number; elapsedMs: number };

export type PageOutcome = 'stored' | 'duplicate' | 'unchanged' | 'discovered' | 'skipped' | 'failed';

export interface CrawlSummary {
  runId: number;
  /** Items a killed run left in progress, put back in the queue. */
  resumed: number;
  /** Discovery pages (feeds, sitemaps, listings) put back in the queue for a new pass; 0 when resuming. */
  restarted: number;
  /** Items (articles too) that failed transiently in an earlier run, put back in the queue with the new pass. */
  retried: number;
  fetched: number;
  articles: number;
  relevant: number;
  facts: number;
  duplicates: number;
  unchanged: number;
  skipped: number;
  failed: number;
  badCharset: number;
  requests: number;
  queuedLeft: number;
  elapsedMs: number;
  /** Reasons of skips and failures with their counts. */
  reasons: Record<string, number>;
  /** finished; failed (pages failed and none was read); interrupted (SIGINT/SIGTERM, resumable). */
  status: 'finished' | 'failed' | 'interrupted';
  /** Why the run failed or stopped, as stored in runs.error. */
  error: string | null;
}

export type { FrontierKind };
