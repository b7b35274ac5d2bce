// A whole crawl of the fixture site into a real SQLite file: what is stored, skipped and failed and why,
// what the server saw (robots, retries, Crawl-delay), the next night's re-crawl with conditional GET, and the lock.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawl, LockHeldError, type CrawlOptions, type CrawlSummary } from '../../src/crawl/index.ts';
import { sourceFromSeed, toCrawlSource } from '../../src/sources/registry.ts';
import { storingArticles } from '../../src/pipeline/article-record.ts';
import { openStore, type SqliteStore } from '../../src/store/sqlite.ts';
import { FIXTURE_PATHS as P, startFixtureSite, type FixtureSite } from '../fixtures/site/index.ts';

let site: FixtureSite;
let dir: string;
let dbPath: string;
let first: CrawlSummary;
const events: Array<{ url: string; outcome: string }> = [];

const options = (store: SqliteStore): CrawlOptions => ({
  onArticle: storingArticles(store),
  sources: [toCrawlSource(sourceFromSeed(`${site.origin}/`))],
  allowPrivate: true,
  concurrency: 4,
  fetch: { headersTimeoutMs: 300, bodyTimeoutMs: 300, maxRetries: 2, backoffBaseMs: 20, maxBodyBytes: 300_000 },
  onEvent: (e) => {
    if (e.type === 'page') events.push({ url: e.url, outcome: e.outcome });
  },
});

const db = () => new Database(dbPath, { readonly: true });

beforeAll(async () => {
  site = await startFixtureSite({ crawlDelay: 0.2, slowMs: 1000, bigBytes: 600_000 });
  dir = mkdtempSync(join(tmpdir(), 'cchc-crawl-'));
  dbPath = join(dir, 'crawl.db');
  const store = openStore(dbPath);
  try {
    first = await crawl(options(store), store);
  } finally {
    store.close();
  }
}, 60_000);

afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a crawl of the fixture site', () => {
  it('stores each distinct article once, under its canonical URL', () => {
    const d = db();
    const rows = d.prepare('SELECT page_url AS url, count(*) AS n FROM articles GROUP BY page_url').all() as Array<{ url: string; n: number }>;
    d.close();
    expect(rows.map((r) => r.url.slice(site.origin.length)).sort()).toEqual([...site.storedArticlePaths].sort());
    expect(rows.every((r) => r.n === 1)).toBe(true);
    expect(first.articles).toBe(site.storedArticlePaths.length);
  });

  it('follows the sitemap index, the gzipped sitemap, RSS and all listing pages', () => {
    for (const p of ['/sitemap_index.xml', '/sitemap-news.xml', '/sitemap-old.xml.gz', '/rss.xml', '/chuyen-muc/cchc', '/chuyen-muc/cchc?page=2', '/chuyen-muc/cchc/trang-3.html']) {
      expect(site.count(p), p).toBe(1);
    }
  });

  it('fetches a URL reached with tracking parameters only once, and treats copies as duplicates of one article', () => {
    const article1 = '/tin-tuc/bai-viet-cai-cach-so-1-1001.html';
    expect(site.hits.filter((h) => h.path.startsWith(article1)).map((h) => h.path)).toEqual([article1]);
    expect(first.duplicates).toBe(2); // the print alias of article 1 and the rel=canonical copy of article 2
    const d = db();
    const alias = d.prepare('SELECT content_hash FROM pages WHERE url = ?').get(site.origin + P.alias) as { content_hash: string };
    const original = d.prepare('SELECT content_hash FROM articles WHERE page_url = ?').get(site.origin + article1) as { content_hash: string };
    const copy = d.prepare('SELECT canonical_url FROM pages WHERE url = ?').get(site.origin + P.canonicalized) as { canonical_url: string };
    d.close();
    expect(alias.content_hash).toBe(original.content_hash);
    expect(copy.canonical_url).toBe(`${site.origin}/tin-tuc/bai-viet-cai-cach-so-2-1002.html`);
  });

  it('respects robots.txt: the disallowed page is never requested and is recorded as skipped', () => {
    expect(site.count(P.secret)).toBe(0);
    expect(site.count('/robots.txt')).toBe(1);
    const d = db();
    const page = d.prepare('SELECT error FROM pages WHERE url = ?').get(site.origin + P.secret) as { error: string };
    const frontier = d.prepare('SELECT state, reason FROM frontier WHERE url = ?').get(site.origin + P.secret);
    d.close();
    expect(page.error).toBe('disallowed by robots.txt');
    expect(frontier).toEqual({ state: 'skipped', reason: 'disallowed by robots.txt' });
  });

  it('records each failure with its reason and keeps going', () => {
    const d = db();
    const error = (p: string) => (d.prepare('SELECT error FROM pages WHERE url = ?').get(site.origin + p) as { error: string | null }).error;
    expect(error(P.broken)).toBe('http 500 after 3 attempts');
    expect(error(P.loopA)).toBe('redirect loop');
    expect(error(P.big)).toBe('too large');
    expect(error(P.slow)).toMatch(/^timeout/);
    expect(error(P.mislabeled)).toMatch(/^bad charset/);
    expect(error(P.flaky)).toBeNull();
    expect(error(P.rateLimited)).toBeNull();
    const mojibake = d.prepare('SELECT count(*) AS n FROM articles WHERE page_url = ?').get(site.origin + P.mislabeled) as { n: number };
    d.close();
    expect(mojibake.n).toBe(0);
    expect(first.failed).toBe(5);
    expect(first.badCharset).toBe(1);
    expect(first.queuedLeft).toBe(0);
  });

  it('bounds retries: the broken page 3 times, the slow page at most 3, the 429 page twice', () => {
    expect(site.count(P.broken)).toBe(3);
    expect(site.count(P.slow)).toBeLessThanOrEqual(3);
    expect(site.hits.filter((h) => h.path === P.rateLimited).map((h) => h.status)).toEqual([429, 200]);
  });

  it('decodes the windows-1258 page to proper Unicode', () => {
    const d = db();
    const row = d.prepare('SELECT text FROM articles WHERE page_url = ?').get(site.origin + P.legacy) as { text: string };
    d.close();
    expect(row.text).toContain('Kết quả giải quyết hồ sơ năm 2019');
    expect(row.text).toContain('Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận 27.366 hồ sơ');
  });

  it('scores relevance: the sports article is stored below the threshold, the CCHC ones above', () => {
    const d = db();
    const rows = d.prepare('SELECT title, relevance FROM articles').all() as Array<{ title: string; relevance: number }>;
    d.close();
    const sport = rows.filter((r) => r.title.startsWith('Tin thể thao'));
    expect(sport).toHaveLength(1);
    expect(sport[0]!.relevance).toBeLessThan(0.3);
    expect(rows.filter((r) => r.relevance >= 0.3)).toHaveLength(rows.length - 1);
    expect(first.relevant).toBe(rows.length - 1);
  });

  it('observes Crawl-delay: request starts on the host are spaced by at least ~0.2 s', () => {
    const starts = site.hits.filter((h) => h.path !== '/robots.txt').map((h) => h.at).sort((a, b) => a - b);
    const gaps = starts.slice(1).map((t, i) => t - starts[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(150);
  });

  it('re-crawls the next night: discovery pages conditionally (304 when unchanged), new articles only', async () => {
    const before = site.hits.length;
    const storedBefore = [...site.storedArticlePaths];
    const fresh = site.addArticle();
    const store = openStore(dbPath);
    const again = await crawl(options(store), store);
    store.close();
    const hits = site.hits.slice(before);
    const statuses = (p: string) => hits.filter((h) => h.path === p).map((h) => h.status);
    const header = (p: string, name: string) => hits.find((h) => h.path === p)?.headers[name];

    // Unchanged sitemaps answer 304 to If-Modified-Since, unchanged listing pages to If-None-Match.
    for (const p of ['/sitemap_index.xml', '/sitemap-news.xml', '/sitemap-old.xml.gz']) {
      expect(statuses(p), p).toEqual([304]);
      expect(header(p, 'if-modified-since'), p).toBe('Mon, 24 Jun 2024 02:51:00 GMT');
    }
    for (const p of ['/chuyen-muc/cchc?page=2', '/chuyen-muc/cchc/trang-3.html']) {
      expect(statuses(p), p).toEqual([304]);
      expect(header(p, 'if-none-match'), p).toMatch(/^"[0-9a-f]{16}"$/);
    }
    // The feed and listing page 1 changed (the new article heads them): asked conditionally, answered in full.
    for (const p of ['/rss.xml', '/chuyen-muc/cchc']) {
      expect(statuses(p), p).toEqual([200]);
      expect(header(p, 'if-none-match'), p).toMatch(/^"[0-9a-f]{16}"$/);
    }
    // The new article is fetched once and stored with its facts; no article of the first night is fetched again
    // (nor are the pages that failed for good: a redirect loop, a body too large). The two that failed transiently,
    // a 5xx and a timeout, are tried again.
    expect(statuses(fresh)).toEqual([200]);
    const articlePaths = new Set([...storedBefore, P.loopA, P.big, P.mislabeled, P.alias, P.canonicalized]);
    expect(hits.filter((h) => articlePaths.has(h.path.split('?')[0]!)).map((h) => h.path)).toEqual([]);
    expect(statuses(P.broken).length).toBeGreaterThan(0);
    expect(hits.some((h) => h.path === P.slow)).toBe(true);
    expect(again.retried).toBe(2);
    expect(again.resumed).toBe(0);
    expect(again.restarted).toBeGreaterThanOrEqual(7);
    expect(again.unchanged).toBe(5);
    expect(again.articles).toBe(1);
    expect(again.facts).toBeGreaterThan(0);
    expect(again.queuedLeft).toBe(0);

    const d = db();
    const n = d.prepare('SELECT count(*) AS n, count(DISTINCT page_url) AS urls FROM articles').get() as { n: number; urls: number };
    const facts = d.prepare('SELECT count(*) AS n FROM facts f JOIN articles a ON a.id = f.article_id WHERE a.page_url = ?').get(site.origin + fresh) as { n: number };
    d.close();
    expect(n).toEqual({ n: storedBefore.length + 1, urls: storedBefore.length + 1 });
    expect(facts.n).toBe(again.facts);
  }, 60_000);

  it('refuses to run while another process holds the lock', async () => {
    const holder = openStore(dbPath);
    const store = openStore(dbPath);
    expect(holder.acquireLock('someone-else')).toBe(true);
    await expect(crawl(options(store), store)).rejects.toBeInstanceOf(LockHeldError);
    holder.releaseLock('someone-else');
    holder.close();
    store.close();
  });
});
