// The fetcher against a real local server: compression, retries, Retry-After, size cap, redirects, timeouts,
// conditional GET and the private-address guard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fetcher, FetchError } from '../../src/crawl/fetcher.ts';
import { HostQueues } from '../../src/crawl/host-queue.ts';
import { FIXTURE_PATHS as P, startFixtureSite, type FixtureSite } from '../fixtures/site/index.ts';

let site: FixtureSite;
const fast = { headersTimeoutMs: 300, bodyTimeoutMs: 300, maxRetries: 2, backoffBaseMs: 20, maxBodyBytes: 200_000 };
const fetcher = (allowPrivate = true) => new Fetcher(new HostQueues({ concurrency: 4, delayMs: 0 }), fast, { allowPrivate });

beforeAll(async () => {
  site = await startFixtureSite({ slowMs: 1200, bigBytes: 600_000 });
});
afterAll(() => site.close());

async function failure(p: Promise<unknown>): Promise<FetchError> {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(FetchError);
  return err as FetchError;
}

describe('Fetcher', () => {
  it('decodes gzip, br and deflate bodies and sends our user agent', async () => {
    const f = fetcher();
    for (const i of [1, 2, 3]) {
      const res = await f.fetch({ url: `${site.origin}/tin-tuc/bai-viet-cai-cach-so-${i}-${1000 + i}.html` });
      expect(res.body.toString('utf8')).toContain('Trung tâm Phục vụ hành chính công');
    }
    const hit = site.hits.find((h) => h.path.includes('so-1-1001'))!;
    expect(hit.headers['accept-encoding']).toMatch(/gzip.*deflate.*br/);
    expect(hit.headers['user-agent']).toBe('cchc/0.1 (+https://github.com/cchc; research crawler)');
    await f.close();
  });

  it('waits out a 429 with Retry-After and then succeeds', async () => {
    const f = fetcher();
    const res = await f.fetch({ url: site.origin + P.rateLimited });
    expect(res.status).toBe(200);
    const hits = site.hits.filter((h) => h.path === P.rateLimited);
    expect(hits.map((h) => h.status)).toEqual([429, 200]);
    expect(hits[1]!.at - hits[0]!.at).toBeGreaterThanOrEqual(900); // Retry-After: 1
    await f.close();
  });

  it('retries a 500 that recovers, and gives up on one that never does after a bounded number of attempts', async () => {
    const f = fetcher();
    expect((await f.fetch({ url: site.origin + P.flaky })).status).toBe(200);
    const err = await failure(f.fetch({ url: site.origin + P.broken }));
    expect(err.reason).toBe('http 500 after 3 attempts');
    expect(site.count(P.broken)).toBe(3);
    await f.close();
  });

  it('aborts a body over the size limit as "too large"', async () => {
    const err = await failure(fetcher().fetch({ url: site.origin + P.big }));
    expect(err.reason).toBe('too large');
  });

  it('detects a redirect loop', async () => {
    const err = await failure(fetcher().fetch({ url: site.origin + P.loopA }));
    expect(err.reason).toBe('redirect loop');
    expect(site.count(P.loopA)).toBe(1);
  });

  it('refuses a redirect the caller rejects (off-site hop)', async () => {
    const err = await failure(fetcher().fetch({ url: site.origin + P.loopA, checkRedirect: async () => 'off-site' }));
    expect(err.reason).toBe('redirect refused: off-site');
  });

  it('times out a slow page and retries it a bounded number of times', async () => {
    const before = site.count(P.slow);
    const err = await failure(fetcher().fetch({ url: site.origin + P.slow }));
    expect(err.reason).toMatch(/^timeout \(headers_timeout\) after 3 attempts$/);
    expect(site.count(P.slow) - before).toBeLessThanOrEqual(3);
  });

  it('sends If-None-Match / If-Modified-Since and reports a 304 as not modified', async () => {
    const f = fetcher();
    const first = await f.fetch({ url: site.origin + P.etag });
    expect(first.etag).toBe('"v1"');
    expect(first.lastModified).toBe('Mon, 24 Jun 2024 02:51:00 GMT');
    const again = await f.fetch({ url: site.origin + P.etag, etag: first.etag, lastModified: first.lastModified });
    expect(again.notModified).toBe(true);
    expect(again.body.length).toBe(0);
    const last = site.hits.filter((h) => h.path === P.etag).at(-1)!;
    expect(last.headers['if-none-match']).toBe('"v1"');
    expect(last.headers['if-modified-since']).toBe('Mon, 24 Jun 2024 02:51:00 GMT');
    expect(last.status).toBe(304);
    await f.close();
  });

  it('never connects to a loopback address without allowPrivate', async () => {
    const before = site.hits.length;
    const err = await failure(fetcher(false).fetch({ url: `${site.origin}/` }));
    expect(err.reason).toBe('private address');
    const byName = await failure(fetcher(false).fetch({ url: site.origin.replace('127.0.0.1', 'localhost') + '/' }));
    expect(byName.reason).toBe('private address');
    expect(site.hits.length).toBe(before);
  });
});
