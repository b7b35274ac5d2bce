// Crawler throughput: pages per second and peak RSS crawling a generated 5,000-page site on 127.0.0.1 with
// politeness off, into a temp SQLite file; crawlee's CheerioCrawler on the same site when it is installed.
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crawl } from '../src/crawl/index.ts';
import { storingArticles } from '../src/pipeline/article-record.ts';
import { sourceFromSeed, toCrawlSource } from '../src/sources/registry.ts';
import { openStore } from '../src/store/sqlite.ts';

const PAGES = 5000;
const LINKS_PER_PAGE = 10;
const CONCURRENCY = 16;

/** Page i of the generated site: a CCHC-ish article of ~6 KB linking to 10 other pages. */
function page(i: number): string {
  const links = Array.from({ length: LINKS_PER_PAGE }, (_, k) => (i * 7 + k * 131 + 1) % PAGES)
    .map((j) => `<li><a href="/tin-tuc/bai-viet-so-${j}-${100000 + j}.html">Bài ${j}</a></li>`).join('');
  const para = `Trong tháng ${1 + (i % 12)}, bộ phận một cửa đã tiếp nhận ${1000 + i} hồ sơ thủ tục hành chính, giải quyết đúng hạn ${90 + (i % 10)}%.`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>Bài viết số ${i}</title></head><body>
<nav><a href="/">Trang chủ</a></nav><div class="ChiTietTin"><h1>Cải cách hành chính: bài viết số ${i}</h1>
<div class="date">Thứ Hai, 24/06/2024, 09:51 (GMT+7)</div><div class="content">${Array.from({ length: 20 }, (_, k) => `<p>${para} Đoạn ${k + 1} của bài ${i}.</p>`).join('')}</div></div>
<ul class="related">${links}</ul></body></html>`;
}

async function startSite() {
  let hits = 0;
  const server = createServer((req, res) => {
    hits++;
    const m = /^\/tin-tuc\/bai-viet-so-(\d+)-\d+\.html$/.exec(req.url ?? '');
    if (req.url === '/robots.txt') return res.writeHead(404).end();
    const body = req.url === '/' ? page(0) : m ? page(Number(m[1])) : null;
    if (!body) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  server.keepAliveTimeout = 10_000;
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits: () => hits, close: () => { server.closeAllConnections(); server.close(); } };
}

/** Samples RSS every 50 ms while fn runs; returns fn's result and the peak in MB. */
async function withPeakRss<T>(fn: () => Promise<T>): Promise<[T, number]> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  try {
    const result = await fn();
    return [result, Math.round((Math.max(peak, process.memoryUsage.rss()) / 1024 / 1024) * 10) / 10];
  } finally {
    clearInterval(timer);
  }
}

async function ours(origin: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-crawl-bench-'));
  const store = openStore(join(dir, 'bench.db'));
  try {
    const t0 = performance.now();
    const [summary, peak] = await withPeakRss(() =>
      crawl({
        sources: [toCrawlSource(sourceFromSeed(`${origin}/`))],
        allowPrivate: true, politeness: false, concurrency: CONCURRENCY, maxDepth: 1000, maxPages: PAGES + 10,
        onArticle: storingArticles(store),
      }, store));
    const s = (performance.now() - t0) / 1000;
    console.log(`cchc crawler: ${summary.fetched} pages (${summary.articles} articles) in ${s.toFixed(1)} s = ${(summary.fetched / s).toFixed(0)} pages/s; peak RSS ${peak} MB (concurrency ${CONCURRENCY}, SQLite + reader + relevance + extraction)`);
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function crawlee(origin: string): Promise<void> {
  const name = '@crawlee/cheerio';
  let mod: { CheerioCrawler: new (opts: object, config?: object) => { run(urls: string[]): Promise<unknown> }; Configuration: new (o: object) => object };
  try {
    mod = (await import(name)) as typeof mod;
  } catch {
    console.log('crawlee: not installed (npm install --no-save @crawlee/cheerio@3 to compare)');
    return;
  }
  let pages = 0;
  const t0 = performance.now();
  const [, peak] = await withPeakRss(async () => {
    const crawler = new mod.CheerioCrawler({
      maxConcurrency: CONCURRENCY, maxRequestRetries: 0, useSessionPool: false, maxRequestsPerCrawl: PAGES + 10,
      async requestHandler({ enqueueLinks }: { enqueueLinks: (o: object) => Promise<unknown> }) {
        pages++;
        await enqueueLinks({ strategy: 'same-hostname' });
      },
    }, new mod.Configuration({ persistStorage: false }));
    await crawler.run([`${origin}/`]);
  });
  const s = (performance.now() - t0) / 1000;
  console.log(`crawlee CheerioCrawler: ${pages} pages in ${s.toFixed(1)} s = ${(pages / s).toFixed(0)} pages/s; peak RSS ${peak} MB (no storage)`);
}

export async function run(): Promise<void> {
  const site = await startSite();
  try {
    await ours(site.origin);
    await crawlee(site.origin);
  } finally {
    site.close();
  }
}
