// The storage boundary (after Crawlee's storage interface): the crawler, the pipeline and the CLI talk to
// this interface only; src/store/sqlite.ts is the one implementation and the one module that holds SQL.
import type { Article } from '../model/document.ts';
import type { Fact } from '../model/fact.ts';

export interface SourceRecord {
  /** Stable slug from the registry, e.g. `bao-dong-thap`; `seed:<host>` for a one-off --seed source. */
  id: string;
  name: string;
  /** Province before 1 July 2025 (63), and the one it belongs to since (34). */
  province: string | null;
  provinceSince2025: string | null;
  kind: string;
  homepage: string | null;
}

export type FrontierKind = 'feed' | 'sitemap' | 'listing' | 'article' | 'page';

export interface FrontierItem {
  url: string;
  sourceId: string;
  kind: FrontierKind;
  depth: number;
  /** Listing pagination counts separately from link depth. */
  discoveredFrom?: string | null;
}

export interface RestartOptions {
  /** Only items of these sources (default: all). */
  sourceIds?: string[];
  /** Only items at most this deep (link depth from the seeds; default: any depth). */
  maxDepth?: number;
}

export interface PageRecord {
  url: string;
  canonicalUrl: string;
  sourceId: string | null;
  status: number | null;
  etag: string | null;
  lastModified: string | null;
  contentHash: string | null;
  fetchedAt: string;
  /** Why the fetch failed or the page was skipped (robots, too large, bad charset, 5xx after retries...). */
  error: string | null;
}

export interface ArticleRecord extends Article {
  /** Canonical URL of the page it was read from; null for ingested files. */
  pageUrl: string | null;
  sourceId: string | null;
  relevance: number;
  contentHash: string;
}

export interface RunCounts {
  [name: string]: number;
}

export interface CrawlStore {
  upsertSource(source: SourceRecord): void;

  startRun(kind: string): number;
  finishRun(runId: number, counts: RunCounts, error?: string | null): void;

  /** Exclusive lock on the database for one run; false when another live process holds it. */
  acquireLock(owner: string): boolean;
  releaseLock(owner: string): void;

  /** Adds URLs to the persistent frontier; URLs already known (queued, done or failed) are ignored. Returns how many were new. */
  enqueue(items: FrontierItem[]): number;
  /** Takes up to n queued items and marks them in progress. */
  claim(n: number): FrontierItem[];
  /** Ends an item: done, failed (with reason) or skipped (robots, off-host, not relevant...). */
  /** `transient`: a failure that may pass (5xx, 429, timeout, network), retried by retryFailed on a later run. */
  settle(url: string, state: 'done' | 'failed' | 'skipped', reason?: string | null, transient?: boolean): void;
  /** After a crash: items left in progress go back to the queue. Returns how many. */
  requeueInProgress(): number;
  /** Starts a new pass over the discovery pages: settled (done, failed or skipped) items of these kinds go back
   *  in the queue, so feeds, sitemaps and listings are fetched again (conditionally) and show new articles.
   *  A URL whose fetch was read as an article stays settled (articles are fetched once), whatever its kind.
   *  Returns how many items were put back. */
  restartFrontier(kinds: FrontierKind[], options?: RestartOptions): number;
  /** Puts back in the queue the failed items whose last failure was transient and that failed fewer than
   *  maxAttempts runs (articles included: a 5xx tonight is tried again tomorrow, a 404 is not). */
  retryFailed(options: RestartOptions & { maxAttempts: number }): number;
  frontierCounts(): { queued: number; inProgress: number; done: number; failed: number; skipped: number };

  getPage(url: string): PageRecord | undefined;
  savePage(page: PageRecord): void;
  /** The article already stored under this content hash, if any (a page reached by several URLs is one article). */
  findArticleByHash(contentHash: string): { id: number; docId: string; pageUrl: string | null } | undefined;

  /** Stores an article and its facts in one transaction; storing the same article again replaces its facts. Returns the article row id.
   *  `extractorVersion` (default: the facts' own, else the current one) marks what `reextract` considers stale. */
  saveArticle(article: ArticleRecord, facts: Fact[], runId: number | null, extractorVersion?: string): number;

  close(): void;
}

// ---- The dataset side: what the pipeline and the researcher commands need beyond the crawl. ----

/** One administrative unit of the gazetteer (data/gazetteer.json), as the store keeps it. */
export interface GazetteerUnit {
  code: string;
  name: string;
  type: string;
  /** 1 province, 2 district level, 3 commune level. */
  level: number;
  parentCode: string | null;
  provinceCode: string | null;
  era: 'pre2025' | '2025';
  validFrom: string | null;
  validTo: string | null;
  /** Other names the same code had, stored as JSON. */
  aliases: unknown[];
  /** Codes of the units it became; for a pre-2025 unit, followed until units of era 2025. */
  successors: string[];
}

/** A stored article with its row id, as `reextract` reads it back. */
export interface StoredArticle extends ArticleRecord {
  rowId: number;
  extractorVersion: string | null;
}

export interface SearchHit {
  articleId: number;
  url: string | null;
  title: string | null;
  published: string | null;
  /** A window of text around the first match, the matched words wrapped in the caller's marks. */
  snippet: string;
}

/** A figure an article's facts count towards (see src/store/figures.ts), as `cchc search` lists it under a hit. */
export interface FigureSummary {
  figureKey: string;
  metric: string;
  localityName: string | null;
  periodLabel: string | null;
  value: number;
  unit: string;
  nArticles: number;
  nStories: number;
  conflictValues: string | null;
  revisions: number;
}

export interface SearchOptions {
  limit?: number;
  /** Match tone and vowel marks only loosely (unicode61 remove_diacritics 2) but keep đ apart, instead of folding everything. */
  exact?: boolean;
  marks?: { open: string; close: string };
}

export type ExportWhat = 'facts' | 'articles' | 'dossiers' | 'indices' | 'figures';

/** Rows of a read-only statement, streamed: raw arrays in column order. */
export interface RowStream {
  columns: string[];
  rows: IterableIterator<unknown[]>;
}

export interface CountRow {
  key: string | null;
  articles?: number;
  facts: number;
}

export interface DatasetStats {
  articles: number;
  facts: number;
  flaggedFacts: number;
  runs: number;
  bySource: CountRow[];
  byProvince: CountRow[];
  byMetric: CountRow[];
  byYear: CountRow[];
}

export interface DatasetStore extends CrawlStore {
  /** Loads the gazetteer unless this version is already loaded; returns whether it loaded. */
  syncGazetteer(version: string, units: GazetteerUnit[]): boolean;
  /** Stored articles with id > afterId, in id order; only those not produced by `currentVersion` unless it is null. */
  articlesAfter(afterId: number, limit: number, currentVersion: string | null): StoredArticle[];
  /** Highest article row id (0 when none): the end of a reextract pass, so rows it rewrites are not met again. */
  maxArticleId(): number;
  search(query: string, options?: SearchOptions): SearchHit[];
  /** A researcher's SELECT on the (read-only) database; anything but a row-returning statement is refused. */
  query(sql: string, params?: Record<string, unknown>): RowStream;
  /** The rows `cchc export` writes, optionally filtered by an SQL condition on the exported columns. */
  exportRows(what: ExportWhat, where?: string | null): RowStream;
  stats(): DatasetStats;
  /** Recomputes stories and figures from every stored article (they are otherwise kept up to date on save). Returns the figure count. */
  rebuildFigures(): number;
  /** The figures the article's facts count towards. */
  figuresOf(articleId: number): FigureSummary[];
  /** Every table and view (SQLite's own excluded) with its columns, in name order. */
  schemaObjects(): SchemaObject[];
}

export interface SchemaObject {
  name: string;
  type: 'table' | 'view';
  columns: string[];
}
