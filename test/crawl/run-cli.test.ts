// `cchc run` end to end: the real CLI as a child process, a registry file pointing at the fixture site, a real
// SQLite file. Two nights: the first stores the articles and their facts, the second (after the site published
// one more article) fetches the feed and listings conditionally and adds only the new article.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.ts';
import { startFixtureSite, type FixtureSite } from '../fixtures/site/index.ts';

let site: FixtureSite;
let dir: string;
let dbPath: string;
let sourcesPath: string;

/** Articles of the fixture site this source allows: the numbered CCHC articles (sitemaps, RSS, listings). */
const inScope = (paths: string[]) => paths.filter((p) => p.startsWith('/tin-tuc/bai-viet-cai-cach-so-'));

beforeAll(async () => {
  site = await startFixtureSite({ crawlDelay: 0.02 });
  dir = mkdtempSync(join(tmpdir(), 'cchc-run-'));
  dbPath = join(dir, 'run.db');
  sourcesPath = join(dir, 'sources.json');
  const origin = site.origin.replace(/[.]/g, '\\.');
  writeFileSync(sourcesPath, JSON.stringify({
    version: 1,
    sources: [{
      id: 'fixture-portal',
      name: 'Cổng thông tin thử nghiệm',
      province: 'Tiền Giang',
      provinceSince2025: 'Đồng Tháp',
      kind: 'provincial-portal',
      homepage: `${site.origin}/chuyen-muc/cchc`,
      startUrls: [`${site.origin}/chuyen-muc/cchc`],
      feeds: [`${site.origin}/rss.xml`],
      // Feed, sitemaps, listing and the numbered articles: the failure cases of the fixture site stay out of this run.
      allow: [`^${origin}/(?:chuyen-muc/cchc|rss\\.xml|sitemap|tin-tuc/bai-viet-cai-cach-so-)`],
      evidence: 'test fixture site',
    }],
  }));
});

afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

const cchcRun = (...extra: string[]) => runCli(['run', '--db', dbPath, '--sources', sourcesPath, ...extra]);

function snapshot() {
  const d = new Database(dbPath, { readonly: true });
  try {
    return {
      articles: d.prepare('SELECT page_url AS url, count(*) AS n FROM articles GROUP BY page_url ORDER BY page_url').all() as Array<{ url: string; n: number }>,
      facts: d.prepare(`SELECT a.page_url, f.ordinal, f.metric, f.value, f.evidence_text FROM facts f JOIN articles a ON a.id = f.article_id
                        ORDER BY a.page_url, f.ordinal`).all() as Array<{ page_url: string; metric: string; value: number; evidence_text: string }>,
      runs: d.prepare('SELECT kind, finished_at, counts, error FROM runs ORDER BY id').all() as Array<{ kind: string; finished_at: string | null; counts: string; error: string | null }>,
    };
  } finally {
    d.close();
  }
}

describe('cchc run against the fixture site', () => {
  let first: ReturnType<typeof snapshot>;

  it('refuses the loopback site without --allow-private (the seeds are skipped, nothing is requested)', async () => {
    const r = await cchcRun();
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/2 × robots\.txt unavailable \(private address\)/);
    expect(snapshot().articles).toEqual([]);
    expect(site.hits).toEqual([]);
  }, 30_000);

  it('crawls, reads, extracts and stores on the first night, and prints the summary', async () => {
    const r = await cchcRun('--allow-private');
    expect(r.code, r.stderr).toBe(0);
    // The seeds the refused run skipped start a new pass: skipped discovery pages are retried.
    expect(r.stdout).toMatch(/crawl run 2 finished in [\d.]+ s; new pass over 2 feeds, sitemaps and listings/);
    expect(r.stdout).toMatch(/dataset .*run\.db: articles \d+, facts \d+/);
    expect(r.stdout).toContain('fixture-portal');

    first = snapshot();
    const expected = inScope(site.storedArticlePaths).map((p) => site.origin + p).sort();
    expect(first.articles.map((a) => a.url)).toEqual(expected);
    expect(first.articles.every((a) => a.n === 1)).toBe(true);
    // The fixture text says "đã tiếp nhận 27.366 hồ sơ": the extractors turn it into a dossier fact.
    const received = first.facts.filter((f) => f.metric === 'dossiers_received');
    expect(received.length).toBeGreaterThanOrEqual(expected.length - 1); // one article is about sport
    expect(received[0]).toMatchObject({ value: 27366 });
    expect(received[0]!.evidence_text).toContain('27.366 hồ sơ');

    expect(first.runs).toHaveLength(2);
    const run = first.runs[1]!;
    expect(run.finished_at).toBeTruthy();
    expect(run.error).toBeNull();
    expect(JSON.parse(run.counts)).toMatchObject({ articles: expected.length, facts: first.facts.length, failed: 0, queuedLeft: 0 });
  }, 60_000);

  it('on the second night fetches feed and listings conditionally and stores nothing twice', async () => {
    const before = site.hits.length;
    const fresh = site.addArticle();
    const r = await cchcRun('--allow-private');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/new pass over \d+ feeds, sitemaps and listings/);

    const hits = site.hits.slice(before);
    // Listing pages 2 and 3 did not change: 304. Old articles are not fetched again; the new one once.
    expect(hits.filter((h) => h.path === '/chuyen-muc/cchc?page=2').map((h) => h.status)).toEqual([304]);
    expect(hits.filter((h) => h.path === fresh).map((h) => h.status)).toEqual([200]);
    const old = new Set(inScope(site.storedArticlePaths).filter((p) => p !== fresh));
    expect(hits.filter((h) => old.has(h.path))).toEqual([]);

    const second = snapshot();
    expect(second.articles.map((a) => a.url)).toEqual([...first.articles.map((a) => a.url), site.origin + fresh].sort());
    expect(second.articles.every((a) => a.n === 1)).toBe(true);
    // The first night's facts are all still there, once; the only new ones are the new article's.
    expect(second.facts.filter((f) => f.page_url !== site.origin + fresh)).toEqual(first.facts);
    const added = second.facts.filter((f) => f.page_url === site.origin + fresh);
    expect(added.length).toBeGreaterThan(0);
    expect(second.runs).toHaveLength(3);
    expect(JSON.parse(second.runs[2]!.counts)).toMatchObject({ articles: 1, facts: added.length, resumed: 0 });
  }, 60_000);
});
