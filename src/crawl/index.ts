// Programmatic crawler API: `crawl(options, store)` is what `cchc crawl`, `cchc run` and `cchc demo` call.
export { crawl, CrawlSetupError, LockHeldError } from './crawler.ts';
export { canonicalizeUrl, contentHash } from './canonical.ts';
export { relevanceScore, DEFAULT_RELEVANCE_THRESHOLD } from './relevance.ts';
export { USER_AGENT } from './types.ts';
export type { CrawlEvent, CrawlOptions, CrawlSource, CrawlSummary, FetchConfig } from './types.ts';
