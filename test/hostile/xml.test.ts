// Hostile XML for discovery: a sitemap of 100,000 URLs (6 MB, over the page cap, under the protocol's 50 MB),
// a sitemap index that lists itself, a gzip sitemap inflating past 50 MB, billion laughs and external entities
// in RSS and sitemaps. The run ends, each failure has its reason, nothing is fetched through an entity.
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleHtml, robots, startHostileServer, text, type HostileServer } from './server.ts';
import { readDb, registryFor, runCrawl, tempDb } from './run-crawl.ts';

let server: HostileServer;
beforeEach(async () => {
  server = await startHostileServer();
});
afterEach(() => server.close());

const XML = 'application/xml';
const urlset = (locs: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs.map((l) => `<url><loc>${l}</loc></url>`).join('')}</urlset>`;
const sitemapIndex = (locs: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs.map((l) => `<sitemap><loc>${l}</loc></sitemap>`).join('')}</sitemapindex>`;
const laughs = (root: string) => {
  const ents = ['<!ENTITY lol "lol">'];
  for (let i = 1; i <= 9; i++) ents.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
  return `<?xml version="1.0"?><!DOCTYPE ${root} [${ents.join('')}]>`;
};

describe('hostile XML', () => {
  it('100,000-URL sitemap, self-listing index, 50 MB gzip bomb, billion laughs and XXE', async () => {
    const o = server.origin;
    server.routes.set('/robots.txt', robots('User-agent: *\nCrawl-delay: 0.05\n'));
    const many = Array.from({ length: 100_000 }, (_, i) => `${o}/tin/bai-so-${i}-12345`);
    const big = urlset(many);
    expect(big.length).toBeGreaterThan(5 * 1024 * 1024); // over the page cap: only the sitemap limit lets it in
    server.routes.set('/sitemap-big.xml', text(big, XML));
    server.routes.set('/sitemap-index.xml', text(sitemapIndex([`${o}/sitemap-index.xml`, `${o}/sitemap-small.xml`]), XML));
    server.routes.set('/sitemap-small.xml', text(urlset([`${o}/tin/bai-nho-99999`]), XML));
    // 51 MB of one repeated URL, gzipped to ~60 KB and served as a .xml.gz file (no Content-Encoding).
    const bombXml = urlset(Array.from({ length: 51 * 1024 * 1024 / 60 }, () => `${o}/tin/bai-bom-11111`));
    server.routes.set('/sitemap-bomb.xml.gz', text(gzipSync(bombXml, { level: 9 }), 'application/gzip'));
    server.routes.set('/sitemap-laughs.xml', text(`${laughs('urlset')}<urlset><url><loc>${o}/tin/&lol9;</loc></url></urlset>`, XML));
    server.routes.set('/rss-laughs.xml', text(`${laughs('rss')}<rss><channel><item><link>${o}/tin/&lol9;</link></item></channel></rss>`, 'application/rss+xml'));
    const xxe = (root: string, body: string) =>
      `<?xml version="1.0"?><!DOCTYPE ${root} [<!ENTITY xxe SYSTEM "${o}/xxe-hit"><!ENTITY pw SYSTEM "file:///etc/passwd">]>${body}`;
    server.routes.set('/rss-xxe.xml', text(xxe('rss', `<rss><channel><item><link>${o}/tin/&xxe;&pw;-77777</link></item></channel></rss>`), 'application/rss+xml'));
    server.routes.set('/sitemap-xxe.xml', text(xxe('urlset', `<urlset><url><loc>${o}/tin/&xxe;&pw;-88888</loc></url></urlset>`), XML));
    server.routes.set('/tin/bai-nho-99999', text(articleHtml('Bài nhỏ về cải cách hành chính')));
    for (let i = 0; i < 3; i++) server.routes.set(`/tin/bai-so-${i}-12345`, text(articleHtml(`Bài số ${i} về cải cách hành chính`)));

    const db = tempDb();
    const sitemaps = ['/sitemap-index.xml', '/sitemap-big.xml', '/sitemap-bomb.xml.gz', '/sitemap-laughs.xml', '/sitemap-xxe.xml'].map((p) => o + p);
    const feeds = ['/rss-laughs.xml', '/rss-xxe.xml'].map((p) => o + p);
    // --max-pages bounds the run: the 100,000 URLs are queued, a few are fetched.
    const run = await runCrawl(['--sources', registryFor(db, o, { sitemaps, feeds }), '--db', db, '--allow-private', '--max-pages', '12',
      '--concurrency', '1', '--request-timeout', '10'], 120_000);
    expect(run.killed).toBe(false);
    expect(run.code, run.stderr).toBe(0);
    const { page, pages, counts } = readDb(db);
    expect(page(`${o}/sitemap-big.xml`)?.error).toBeNull();
    expect(counts.queuedLeft).toBeGreaterThan(99_000);
    expect(page(`${o}/sitemap-bomb.xml.gz`)?.error).toMatch(/too large: gzip body inflates past 50 MB/);
    expect(server.count('/sitemap-index.xml')).toBe(1);
    expect(page(`${o}/sitemap-small.xml`)?.error).toBeNull();
    // Entities: no request through them, no file content in any URL, no expansion past a page row.
    expect(server.count('/xxe-hit')).toBe(0);
    expect(page(`${o}/rss-xxe.xml`)?.error).toMatch(/External entities are not supported/);
    expect(page(`${o}/sitemap-xxe.xml`)?.error).toMatch(/External entities are not supported/);
    expect(pages.some((p) => /root:|lollollol/.test(p.url))).toBe(false);
    expect(run.maxRssMb ?? 0).toBeLessThan(600);
    expect(run.ms).toBeLessThan(60_000);
  }, 150_000);
});
