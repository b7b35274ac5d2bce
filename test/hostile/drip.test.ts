// A server that drips one byte per second never trips an idle timeout: the per-request deadline
// (--request-timeout) must end each dripped request, on pages, robots.txt, feeds and sitemaps, and the run.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleHtml, drip, hang, robots, startHostileServer, text, type HostileServer } from './server.ts';
import { readDb, registryFor, runCrawl, tempDb } from './run-crawl.ts';

let server: HostileServer;
beforeEach(async () => {
  server = await startHostileServer();
});
afterEach(() => server.close());

const TIMEOUT_S = 2;
const RSS_BOUND_MB = 400;

function listing(paths: string[]): string {
  return `<!doctype html><html><body>${paths.map((p) => `<a href="${p}">${p}</a>`).join(' ')}</body></html>`;
}

describe('dripping and hanging servers', () => {
  it('a dripped page and a hanging page fail with a timeout; the other article is stored; Crawl-delay holds', async () => {
    const o = server.origin;
    server.routes.set('/robots.txt', robots('User-agent: *\nCrawl-delay: 0.3\nAllow: /\n'));
    server.routes.set('/chuyen-muc', text(listing(['/tin/bai-nho-giot-12345', '/tin/bai-treo-12346', '/tin/bai-tot-12347'])));
    server.routes.set('/tin/bai-nho-giot-12345', drip());
    server.routes.set('/tin/bai-treo-12346', hang);
    server.routes.set('/tin/bai-tot-12347', text(articleHtml('Bài tốt về cải cách hành chính')));
    const db = tempDb();
    const run = await runCrawl(['--sources', registryFor(db, o, { startUrls: [`${o}/chuyen-muc`] }), '--db', db,
      '--allow-private', '--request-timeout', String(TIMEOUT_S)], 40_000);
    expect(run.killed, 'the run ended by itself').toBe(false);
    expect(run.code, run.stderr).toBe(0);
    const { page, articles, counts } = readDb(db);
    expect(page(`${o}/tin/bai-nho-giot-12345`)?.error).toMatch(/timeout \(total 2 s\)/);
    expect(page(`${o}/tin/bai-treo-12346`)?.error).toMatch(/timeout/);
    expect(articles).toEqual([`${o}/tin/bai-tot-12347`]);
    expect(counts.failed).toBe(2);
    expect(run.maxRssMb ?? 0).toBeLessThan(RSS_BOUND_MB);
    // Crawl-delay 0.3 s: no two page requests closer than that (robots.txt itself is fetched unqueued).
    const starts = server.hits.filter((h) => h.path !== '/robots.txt').map((h) => h.at);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(290);
  }, 60_000);

  it('a dripped robots.txt ends in a timeout: the host is treated as disallowed, the run ends', async () => {
    const o = server.origin;
    server.routes.set('/robots.txt', drip('text/plain'));
    server.routes.set('/chuyen-muc', text(listing([])));
    const db = tempDb();
    const run = await runCrawl(['--seed', `${o}/chuyen-muc`, '--db', db, '--allow-private', '--request-timeout', String(TIMEOUT_S)], 40_000);
    expect(run.killed).toBe(false);
    // nothing could be read: an honest run ends failed (exit 1), the reason in its summary
    expect(run.code, run.stderr).toBe(1);
    expect(readDb(db).page(`${o}/chuyen-muc`)?.error).toMatch(/robots\.txt unavailable \(timeout/);
    expect(server.count('/chuyen-muc')).toBe(0);
  }, 60_000);

  it('a dripped feed and a dripped sitemap fail with a timeout and the run ends', async () => {
    const o = server.origin;
    server.routes.set('/robots.txt', robots('User-agent: *\nCrawl-delay: 0.1\n'));
    server.routes.set('/rss.xml', drip('application/rss+xml'));
    server.routes.set('/sitemap.xml', drip('application/xml'));
    const db = tempDb();
    const run = await runCrawl(['--sources', registryFor(db, o, { feeds: [`${o}/rss.xml`], sitemaps: [`${o}/sitemap.xml`] }), '--db', db,
      '--allow-private', '--request-timeout', String(TIMEOUT_S)], 40_000);
    expect(run.killed).toBe(false);
    expect(run.code, run.stderr).toBe(1);
    const { page, counts } = readDb(db);
    expect(page(`${o}/rss.xml`)?.error).toMatch(/timeout \(total/);
    expect(page(`${o}/sitemap.xml`)?.error).toMatch(/timeout \(total/);
    expect(counts.failed).toBe(2);
  }, 60_000);
});
