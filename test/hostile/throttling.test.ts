// Throttling and outages: 429 with Retry-After (seconds and HTTP date) pauses the whole host, bursts of
// 500/502/503 are retried to success, a page that keeps failing is recorded with its status and attempts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleHtml, robots, startHostileServer, text, type Behaviour, type HostileServer } from './server.ts';
import { readDb, runCrawl, tempDb } from './run-crawl.ts';

let server: HostileServer;
beforeEach(async () => {
  server = await startHostileServer();
});
afterEach(() => server.close());

const listing = (paths: string[]) => `<!doctype html><html><body>${paths.map((p) => `<a href="${p}">${p}</a>`).join(' ')}</body></html>`;

/** Answers `statuses` in turn (with `headers`), then the article. */
function failingThen(statuses: number[], title: string, headers: () => Record<string, string> = () => ({})): Behaviour {
  let n = 0;
  return (req, res, s) => {
    const status = statuses[n++];
    if (status) res.writeHead(status, { 'content-type': 'text/plain', ...headers() }).end('busy');
    else text(articleHtml(title))(req, res, s);
  };
}

async function throttled(retryAfter: () => string) {
  const o = server.origin;
  server.routes.set('/robots.txt', robots('User-agent: *\nCrawl-delay: 0.05\n'));
  server.routes.set('/tin', text(listing(['/tin/bai-a-12345', '/tin/bai-b-12346', '/tin/bai-c-12347'])));
  server.routes.set('/tin/bai-a-12345', failingThen([429], 'Bài A cải cách hành chính', () => ({ 'retry-after': retryAfter() })));
  server.routes.set('/tin/bai-b-12346', text(articleHtml('Bài B cải cách hành chính')));
  server.routes.set('/tin/bai-c-12347', text(articleHtml('Bài C cải cách hành chính')));
  const db = tempDb();
  const run = await runCrawl(['--seed', `${o}/tin`, '--db', db, '--allow-private', '--concurrency', '4'], 60_000);
  expect(run.killed).toBe(false);
  expect(run.code, run.stderr).toBe(0);
  const { articles } = readDb(db);
  expect(articles).toEqual([`${o}/tin/bai-a-12345`, `${o}/tin/bai-b-12346`, `${o}/tin/bai-c-12347`]);
  const t429 = server.hits.find((h) => h.path === '/tin/bai-a-12345')!.at;
  return { run, after: server.hits.filter((h) => h.at > t429 && h.path !== '/robots.txt').map((h) => h.at - t429) };
}

describe('throttling and outages', () => {
  it('429 with Retry-After in seconds holds the whole host, then every page is stored', async () => {
    const { run, after } = await throttled(() => '2');
    expect(after.length).toBe(3); // the retry of A, then B and C
    for (const ms of after) expect(ms).toBeGreaterThanOrEqual(1900);
    expect(run.maxRssMb ?? 0).toBeLessThan(400);
  }, 90_000);

  it('429 with Retry-After as an HTTP date holds the host too', async () => {
    // HTTP dates have whole seconds: 3 s ahead is at least 2 s away.
    const { after } = await throttled(() => new Date(Date.now() + 3000).toUTCString());
    expect(after.length).toBe(3);
    for (const ms of after) expect(ms).toBeGreaterThanOrEqual(1900);
  }, 90_000);

  it('bursts of 500/502/503 are retried to success; a page that stays 503 is failed with status and attempts', async () => {
    const o = server.origin;
    server.routes.set('/robots.txt', robots('User-agent: *\nCrawl-delay: 0.05\n'));
    server.routes.set('/tin', text(listing(['/tin/bai-a-12345', '/tin/bai-b-12346'])));
    server.routes.set('/tin/bai-a-12345', failingThen([500, 502, 503], 'Bài A cải cách hành chính'));
    server.routes.set('/tin/bai-b-12346', failingThen([503, 503, 503, 503, 503, 503], 'Bài B'));
    const db = tempDb();
    const run = await runCrawl(['--seed', `${o}/tin`, '--db', db, '--allow-private'], 60_000);
    expect(run.killed).toBe(false);
    expect(run.code, run.stderr).toBe(0);
    const { page, articles, counts } = readDb(db);
    expect(articles).toEqual([`${o}/tin/bai-a-12345`]);
    expect(page(`${o}/tin/bai-b-12346`)).toMatchObject({ status: 503, error: 'http 503 after 4 attempts' });
    expect(counts.failed).toBe(1);
    expect(server.count('/tin/bai-b-12346')).toBe(4);
  }, 90_000);
});
