// The crawl loop: takes items from the persistent frontier, fetches them politely, discovers more URLs,
// reads articles and hands each to the caller's article handler (which scores, extracts and stores it); pages
// and the frontier are kept through CrawlStore.
import { hostname } from 'node:os';
import type { CrawlStore, FrontierItem, PageRecord } from '../store/interface.ts';
import { canonicalizeUrl, contentHash } from './canonical.ts';
import {
  decodeForLinks, extractHtmlLinks, looksLikeArticle, paginationNumber, parseXmlDiscovery,
} from './discovery.ts';
import { FetchError, Fetcher, type FetchResponse } from './fetcher.ts';
import { HostQueues } from './host-queue.ts';
import { readPage } from './read-page.ts';
import { DEFAULT_RELEVANCE_THRESHOLD } from './relevance.ts';
import { RobotsCache, type RobotsRules } from './robots.ts';
import { SourceScope } from './source-scope.ts';
import { SITEMAP_MAX_BYTES, USER_AGENT, type CrawlEvent, type CrawlOptions, type CrawlSource, type CrawlSummary, type PageOutcome } from './types.ts';

export class LockHeldError extends Error {}
export class CrawlSetupError extends Error {}

/** Shortest reader text (characters) that counts as an article rather than a stub page. */
const MIN_ARTICLE_CHARS = 200;

interface Outcome {
  outcome: PageOutcome;
  status: number | null;
  reason?: string | null;
  /** False when the item was settled without a request (robots, scope): it does not use the page budget. */
  fetched: boolean;
}

export async function crawl(options: CrawlOptions, store: CrawlStore): Promise<CrawlSummary> {
  if (!options.sources.length) throw new CrawlSetupError('no sources to crawl');
  const owner = `${hostname()}:${process.pid}:${Date.now()}`;
  if (!store.acquireLock(owner)) throw new LockHeldError('another crawl holds the lock on this database');
  try {
    return await new Crawler(options, store).run();
  } finally {
    store.releaseLock(owner);
  }
}

class Crawler {
  private readonly scopes = new Map<string, SourceScope>();
  private readonly queues: HostQueues;
  private readonly fetcher: Fetcher;
  private readonly robots: RobotsCache;
  private readonly hostsReady = new Set<string>();
  private readonly concurrency: number;
  private readonly maxPages: number;
  private readonly maxDepth: number;
  private readonly maxListingPages: number;
  private readonly threshold: number;
  private readonly politeness: boolean;
  private readonly started = performance.now();
  private runId = 0;
  /** Runs an item may fail transiently before it is no longer retried. */
  private readonly maxAttempts: number;
  private retried = 0;
  /** Items read (stored, duplicate, unchanged, discovered): a run with none and some failures failed. */
  private succeeded = 0;
  /** Failures that say a site could not be read at all: a feed, sitemap or listing, or robots.txt unreachable. */
  private siteFailures = 0;
  /** Items settled in this run, whatever their outcome (the progress display's "done"). */
  private settled = 0;
  private summary!: CrawlSummary;

  constructor(private readonly options: CrawlOptions, private readonly store: CrawlStore) {
    this.concurrency = Math.max(1, options.concurrency ?? 4);
    this.maxPages = options.maxPages ?? Number.POSITIVE_INFINITY;
    this.maxDepth = options.maxDepth ?? 3;
    this.maxListingPages = options.maxListingPages ?? 50;
    this.threshold = options.relevanceThreshold ?? DEFAULT_RELEVANCE_THRESHOLD;
    this.politeness = options.politeness ?? true;
    this.maxAttempts = Math.max(1, options.maxAttempts ?? 3);
    this.queues = new HostQueues({ concurrency: 1, delayMs: this.politeness ? (options.defaultDelayMs ?? 1000) : 0 });
    this.fetcher = new Fetcher(this.queues, options.fetch, {
      allowPrivate: options.allowPrivate ?? false,
      userAgent: options.userAgent ?? USER_AGENT,
      signal: options.signal,
      connections: this.concurrency,
    });
    this.robots = new RobotsCache(this.fetcher, options.userAgent ?? USER_AGENT, options.maxCrawlDelayMs ?? 30_000);
    for (const source of options.sources) this.scopes.set(source.id, new SourceScope(source));
  }

  async run(): Promise<CrawlSummary> {
    this.runId = this.store.startRun('crawl');
    const resumed = this.store.requeueInProgress();
    // Items still queued were left by a killed (or --max-pages capped) run: finish that pass first, so no page is
    // lost and none is fetched twice. Only a run that starts with an empty queue begins a new pass.
    const restarted = this.store.frontierCounts().queued === 0 ? this.restartPass() : 0;
    this.summary = {
      runId: this.runId, resumed, restarted, retried: this.retried, fetched: 0, articles: 0, relevant: 0, facts: 0, duplicates: 0, unchanged: 0,
      skipped: 0, failed: 0, badCharset: 0, requests: 0, queuedLeft: 0, elapsedMs: 0, reasons: {},
      status: 'finished', error: null,
    };
    try {
      for (const source of this.options.sources) this.seed(source);
      this.emit({ type: 'run started', runId: this.runId, resumed, restarted, retried: this.retried, queued: this.store.frontierCounts().queued });
      await this.loop();
      this.summary.requests = this.fetcher.requests;
      this.summary.queuedLeft = this.store.frontierCounts().queued;
      this.summary.elapsedMs = Math.round(performance.now() - this.started);
      this.judge();
      const { reasons, status, error, ...counts } = this.summary;
      void reasons;
      void status; // a failed or interrupted run says so in runs.error
      this.store.finishRun(this.runId, counts, error);
      const s = this.summary;
      this.emit({ type: 'run ended', runId: s.runId, status, error, fetched: s.fetched, articles: s.articles, failed: s.failed, elapsedMs: s.elapsedMs });
      return this.summary;
    } catch (err) {
      this.store.finishRun(this.runId, { fetched: this.summary.fetched }, err instanceof Error ? err.message : String(err));
      throw err;
    } finally {
      await this.fetcher.close();
    }
  }

  /** A run stopped by a signal is interrupted (resumable: its items in flight go back to the queue next time);
   *  one where nothing was read and the sites themselves failed (offline, every site down) failed, whatever it
   *  skipped. A resumed run left with only articles that fail (a page that keeps answering 500) is not: its sites
   *  were read, and those failures are counted and retried on later runs. */
  private judge(): void {
    const s = this.summary;
    if (this.options.signal?.aborted) {
      s.status = 'interrupted';
      s.error = `interrupted by ${String(this.options.signal.reason ?? 'a signal')}`;
    } else if (this.siteFailures > 0 && this.succeeded === 0) {
      const top = Object.entries(s.reasons).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([r, n]) => `${n} × ${r}`);
      s.status = 'failed';
      s.error = `every page failed, none was read (${top.join('; ')})`;
    }
  }

  /**
   * A new pass (the nightly re-crawl) fetches the discovery pages again: every feed and sitemap, and the listing
   * and other non-article pages whose links are followed (depth below maxDepth; seeds always). They are fetched
   * conditionally (If-None-Match / If-Modified-Since from the last fetch), so an unchanged one costs a 304, and a
   * changed one enqueues the articles that are new. Articles themselves are fetched once: a URL already known is
   * not enqueued again, and one read as an article is never restarted; its ETag/Last-Modified stay in `pages`
   * for an explicit article re-crawl (which would restart kind 'article' items) should one be wanted.
   */
  private restartPass(): number {
    const sourceIds = this.options.sources.map((s) => s.id);
    const restarted = this.store.restartFrontier(['feed', 'sitemap'], { sourceIds })
      + this.store.restartFrontier(['listing', 'page'], { sourceIds, maxDepth: Math.max(0, this.maxDepth - 1) });
    this.retried = this.store.retryFailed({ sourceIds, maxAttempts: this.maxAttempts });
    return restarted;
  }

  private seed(source: CrawlSource): void {
    this.store.upsertSource({
      id: source.id, name: source.name, province: source.province, provinceSince2025: source.provinceSince2025,
      kind: source.kind, homepage: source.homepage,
    });
    const item = (url: string, kind: FrontierItem['kind']): FrontierItem => ({ url, sourceId: source.id, kind, depth: 0, discoveredFrom: null });
    this.store.enqueue([
      ...source.feeds.map((u) => item(u, 'feed')),
      ...source.sitemaps.map((u) => item(u, 'sitemap')),
      // A start URL that is itself an article (a --seed pointing at one) is read as an article.
      ...source.startUrls.map((u) => item(u, looksLikeArticle(u) ? 'article' : 'listing')),
    ].map((i) => ({ ...i, url: canonicalOr(i.url) })));
  }

  private async loop(): Promise<void> {
    const inFlight = new Set<Promise<void>>();
    let budgetUsed = 0; // items fetched or being fetched
    while (!this.options.signal?.aborted) {
      const free = this.concurrency - inFlight.size;
      const budget = this.maxPages - budgetUsed - inFlight.size;
      if (free > 0 && budget > 0) {
        const items = this.store.claim(Math.min(free, budget));
        for (const item of items) {
          const task = this.process(item).then((fetched) => {
            if (fetched) budgetUsed++;
          }).finally(() => inFlight.delete(task));
          inFlight.add(task);
        }
        if (items.length) continue;
      }
      if (!inFlight.size) break;
      await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  }

  /** Processes one frontier item and settles it; never throws. Returns whether a request was made. */
  private async process(item: FrontierItem): Promise<boolean> {
    const t0 = performance.now();
    let result: Outcome;
    try {
      result = await this.handle(item);
    } catch (err) {
      // Interrupted (SIGINT/SIGTERM): leave the item in progress; the next run puts it back in the queue.
      if (this.options.signal?.aborted) return false;
      const reason = err instanceof FetchError ? err.reason : `error: ${err instanceof Error ? err.message : String(err)}`;
      const status = err instanceof FetchError ? err.status : null;
      this.savePage(item, { status, error: reason });
      result = { outcome: 'failed', status, reason, fetched: true };
    }
    const state = result.outcome === 'failed' ? 'failed' : result.outcome === 'skipped' ? 'skipped' : 'done';
    this.store.settle(item.url, state, result.reason ?? null, state === 'failed' && isTransient(result));
    this.count(result);
    if (result.outcome === 'failed' && (item.kind !== 'article' || !result.fetched)) this.siteFailures++;
    this.emit({ type: 'page', runId: this.runId, sourceId: item.sourceId, url: item.url, kind: item.kind, status: result.status, ms: Math.round(performance.now() - t0), outcome: result.outcome, reason: result.reason ?? null });
    return result.fetched;
  }

  private count(r: Outcome): void {
    const s = this.summary;
    this.settled++;
    if (r.outcome !== 'failed' && r.outcome !== 'skipped') this.succeeded++;
    if (r.fetched) s.fetched++;
    if (r.outcome === 'failed') s.failed++;
    if (r.outcome === 'skipped') s.skipped++;
    if (r.outcome === 'unchanged') s.unchanged++;
    if (r.outcome === 'duplicate') s.duplicates++;
    if (r.reason && (r.outcome === 'failed' || r.outcome === 'skipped')) {
      const key = r.reason.replace(/ after \d+ attempts$/, '');
      s.reasons[key] = (s.reasons[key] ?? 0) + 1;
    }
    if (this.settled % 5 === 0 || r.outcome === 'failed') this.progress();
  }

  private progress(): void {
    const queued = this.store.frontierCounts().queued;
    this.emit({ type: 'progress', runId: this.runId, fetched: this.summary.fetched, done: this.settled, queued, errors: this.summary.failed, elapsedMs: Math.round(performance.now() - this.started) });
  }

  private emit(event: CrawlEvent): void {
    this.options.onEvent?.(event);
  }

  /** Loads robots.txt for the URL's origin and fixes the host's politeness before its first request. */
  private async hostRules(url: string, scope: SourceScope): Promise<RobotsRules> {
    const rules = await this.robots.forUrl(url);
    const host = new URL(url).host;
    if (!this.hostsReady.has(host)) {
      this.hostsReady.add(host);
      const rate = scope.source.rate ?? {};
      // The site's own Crawl-delay replaces our default; a slower registry rate still wins over it.
      const delayMs = rules.crawlDelayMs !== null
        ? Math.max(rules.crawlDelayMs, rate.delayMs ?? 0)
        : (rate.delayMs ?? this.options.defaultDelayMs ?? 1000);
      this.queues.setPolicy(host, this.politeness
        ? { concurrency: Math.min(rate.concurrency ?? 2, this.concurrency), delayMs }
        : { concurrency: this.concurrency, delayMs: 0 });
      // robots.txt Sitemap: lines are discovery seeds too.
      const sitemaps = rules.sitemaps.map(canonicalOr).filter((u) => scope.onHost(u));
      this.store.enqueue(sitemaps.map((u) => ({ url: u, sourceId: scope.source.id, kind: 'sitemap' as const, depth: 0, discoveredFrom: `${new URL(url).origin}/robots.txt` })));
    }
    return rules;
  }

  private async handle(item: FrontierItem): Promise<Outcome> {
    const scope = this.scopes.get(item.sourceId);
    if (!scope) return { outcome: 'skipped', status: null, reason: 'unknown source', fetched: false };
    const refusal = scope.refusal(item.url, { seed: item.depth === 0 });
    if (refusal) return this.skip(item, refusal);
    const rules = await this.hostRules(item.url, scope);
    // robots.txt unreachable (or 5xx) disallows the host for this run: a failure to retry, not a skip. An address
    // the guard refuses (loopback, private) is our own policy, like robots' Disallow: a skip.
    if (!rules.isAllowed(item.url)) {
      if (rules.note && !rules.note.includes('private address')) return this.fail(item, rules.note);
      return this.skip(item, rules.note ?? 'disallowed by robots.txt');
    }

    const prev = this.store.getPage(item.url);
    // A page whose hash has no stored article (a database from before the article was stored first, or one
    // edited by hand) is fetched in full: a 304 would settle it and lose the article for good.
    const articleMissing = prev?.contentHash != null && !this.store.findArticleByHash(prev.contentHash);
    const conditional = prev && !prev.error && !articleMissing ? { etag: prev.etag, lastModified: prev.lastModified } : {};
    const res = await this.fetcher.fetch({
      url: item.url,
      ...conditional,
      accept: item.kind === 'feed' || item.kind === 'sitemap' ? 'application/xml,text/xml,application/rss+xml,*/*;q=0.5' : undefined,
      maxBytes: item.kind === 'sitemap' ? SITEMAP_MAX_BYTES : undefined,
      checkRedirect: async (next) => {
        // A hop is checked as its item is: allow patterns apply unless the item is a seed (its redirect is its address).
        const why = scope.refusal(next, { seed: item.depth === 0 });
        if (why) return why;
        return (await this.hostRules(next, scope)).isAllowed(next) ? null : 'disallowed by robots.txt';
      },
    });
    if (res.notModified && prev) {
      this.store.savePage({ ...prev, fetchedAt: new Date().toISOString() });
      return { outcome: 'unchanged', status: 304, reason: 'not modified', fetched: true };
    }
    if (item.kind === 'feed' || item.kind === 'sitemap' || isXml(res)) return this.handleXml(item, res, scope);
    return this.handleHtml(item, res, scope);
  }

  private fail(item: FrontierItem, reason: string): Outcome {
    this.savePage(item, { status: null, error: reason });
    return { outcome: 'failed', status: null, reason, fetched: false };
  }

  private skip(item: FrontierItem, reason: string): Outcome {
    this.savePage(item, { status: null, error: reason });
    return { outcome: 'skipped', status: null, reason, fetched: false };
  }

  private handleXml(item: FrontierItem, res: FetchResponse, scope: SourceScope): Outcome {
    const found = parseXmlDiscovery(res.body, res.url, item.kind === 'sitemap' ? SITEMAP_MAX_BYTES : this.fetcher.config.maxBodyBytes);
    if (found.format === 'unknown') throw new FetchError('not a feed or sitemap', res.status, res.url);
    this.enqueueLinks(scope, item, [
      ...found.sitemaps.map((url) => ({ url, kind: 'sitemap' as const, depth: item.depth })),
      ...found.pages.map((url) => ({ url, kind: 'article' as const, depth: item.depth + 1 })),
    ]);
    this.savePage(item, { status: res.status, etag: res.etag, lastModified: res.lastModified, canonicalUrl: res.url });
    return { outcome: 'discovered', status: res.status, fetched: true };
  }

  private handleHtml(item: FrontierItem, res: FetchResponse, scope: SourceScope): Outcome {
    const html = decodeForLinks(res.body, res.contentType);
    const links = extractHtmlLinks(html, res.url);
    const next = links.pagination.filter((u) => (paginationNumber(u) ?? 0) <= this.maxListingPages);
    const found: Array<{ url: string; kind: FrontierItem['kind']; depth: number }> = next.map((url) => ({ url, kind: 'listing', depth: item.depth }));
    if (item.depth < this.maxDepth) {
      for (const url of links.links) found.push({ url, kind: linkKind(url), depth: item.depth + 1 });
    }
    this.enqueueLinks(scope, item, found);

    // rel=canonical only counts on the same site: a canonical pointing elsewhere is a syndication hint, not ours.
    const canonicalUrl = links.canonical && scope.onHost(links.canonical) ? links.canonical : res.url;
    const page = { status: res.status, etag: res.etag, lastModified: res.lastModified, canonicalUrl };
    if (item.kind === 'listing') {
      this.savePage(item, page);
      return { outcome: 'discovered', status: res.status, fetched: true };
    }
    const { read, decodeError } = readPage(res.body, res.contentType, res.url);
    if (decodeError) {
      this.summary.badCharset++;
      this.savePage(item, { ...page, error: decodeError });
      return { outcome: 'failed', status: res.status, reason: decodeError, fetched: true };
    }
    const isArticle = read.text.length >= MIN_ARTICLE_CHARS && (item.kind === 'article' || read.published !== null);
    if (!isArticle) {
      this.savePage(item, page);
      return { outcome: 'discovered', status: res.status, reason: 'not an article', fetched: true };
    }
    const hash = contentHash(read.text);
    const existing = this.store.findArticleByHash(hash);
    // The article stored under this very URL is this page read again (a run killed after storing it), not a duplicate.
    if (existing && !(existing.pageUrl === canonicalUrl && item.url === canonicalUrl)) {
      this.savePage(item, { ...page, contentHash: hash });
      return { outcome: 'duplicate', status: res.status, reason: `same text as ${existing.pageUrl ?? existing.id}`, fetched: true };
    }

    const article = {
      id: canonicalUrl, url: canonicalUrl, title: read.title, published: read.published, author: read.author,
      text: read.text, siteProvince: scope.source.province,
    };
    const stored = this.options.onArticle({ article, pageUrl: canonicalUrl, sourceId: scope.source.id, runId: this.runId, relevanceThreshold: this.threshold });
    // The page's hash (and its validators) only after the article: a kill between the two leaves a page that is
    // fetched again in full, never one that answers 304 with its article missing.
    this.savePage(item, { ...page, contentHash: hash });
    this.summary.articles++;
    if (stored.relevant) this.summary.relevant++;
    this.summary.facts += stored.facts;
    return { outcome: 'stored', status: res.status, fetched: true };
  }

  private enqueueLinks(scope: SourceScope, from: FrontierItem, found: Array<{ url: string; kind: FrontierItem['kind']; depth: number }>): void {
    const items = found
      .filter((f) => scope.refusal(f.url) === null)
      .map((f) => ({ url: f.url, sourceId: scope.source.id, kind: f.kind, depth: f.depth, discoveredFrom: from.url }));
    if (items.length) this.store.enqueue(items);
  }

  private savePage(item: FrontierItem, fields: Partial<PageRecord>): void {
    this.store.savePage({
      url: item.url, canonicalUrl: item.url, sourceId: item.sourceId, status: null, etag: null, lastModified: null,
      contentHash: null, fetchedAt: new Date().toISOString(), error: null, ...fields,
    });
  }
}

/** A failure that may pass by the next run: no answer (network, timeout, robots.txt unreachable), 5xx or 429.
 *  A 4xx, a refused redirect, a bad charset or an error of ours ('error: ...') would fail the same way again. */
function isTransient(r: Outcome): boolean {
  if (r.status === null) return !(r.reason ?? '').startsWith('error:');
  return r.status >= 500 || r.status === 429;
}

function canonicalOr(url: string): string {
  return canonicalizeUrl(url) ?? url;
}

/** Frontier kind of a link found in a page. */
function linkKind(url: string): FrontierItem['kind'] {
  if (/(\.rss|\.atom|\/feed|\/rss)$/i.test(new URL(url).pathname) || /\/rss\.xml$/i.test(url)) return 'feed';
  return looksLikeArticle(url) ? 'article' : 'page';
}

function isXml(res: FetchResponse): boolean {
  if (/(xml|rss|atom)/i.test(res.contentType ?? '') && !/html/i.test(res.contentType ?? '')) return true;
  const head = res.body.subarray(0, 64).toString('latin1').trimStart();
  return head.startsWith('<?xml') && !/<html/i.test(res.body.subarray(0, 512).toString('latin1')) || (res.body[0] === 0x1f && res.body[1] === 0x8b);
}
