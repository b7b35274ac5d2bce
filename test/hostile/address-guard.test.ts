// The address guard through a real `cchc crawl`: every spelling of a loopback address is refused without
// --allow-private (nothing reaches the server, the refusal is on the page row), and accepted with it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { canonicalizeUrl } from '../../src/crawl/canonical.ts';
import { articleHtml, robots, startHostileServer, text, type HostileServer } from './server.ts';
import { readDb, runCrawl, tempDb } from './run-crawl.ts';

let server: HostileServer;
beforeAll(async () => {
  server = await startHostileServer();
  server.routes.set('/robots.txt', robots('User-agent: *\nAllow: /\n'));
  server.routes.set('/', text(articleHtml('Trang chủ')));
});
afterAll(() => server.close());

const port = () => new URL(server.origin).port;
/** Loopback only (the suite never leaves the machine); the parser turns most into 127.0.0.1 or ::ffff:7f00:1. */
const spellings = () => [
  `http://127.1:${port()}/`, `http://2130706433:${port()}/`, `http://0x7f000001:${port()}/`, `http://0177.0.0.1:${port()}/`,
  `http://[::ffff:127.0.0.1]:${port()}/`, `http://[::ffff:7f00:1]:${port()}/`, `http://[0:0:0:0:0:ffff:127.0.0.1]:${port()}/`,
  `http://[::1]:${port()}/`, `http://0.0.0.0:${port()}/`, `http://localhost:${port()}/`,
];

function registry(dbPath: string): string {
  const file = join(dirname(dbPath), 'sources.json');
  writeFileSync(file, JSON.stringify({
    version: 1,
    sources: spellings().map((url, i) => ({
      id: `guard-${i}`, name: `guard ${i}`, province: 'Tiền Giang', provinceSince2025: 'Đồng Tháp', kind: 'provincial-portal',
      homepage: url, startUrls: [url], feeds: [], sitemaps: [], allow: ['.'], deny: [], evidence: 'hostile test',
    })),
  }));
  return file;
}

describe('address guard', () => {
  it('refuses every spelling of a loopback address without --allow-private', async () => {
    const db = tempDb();
    const run = await runCrawl(['--sources', registry(db), '--db', db], 60_000);
    expect(run.killed).toBe(false);
    expect(run.code, run.stderr).toBe(0);
    expect(server.hits).toEqual([]);
    const { pages } = readDb(db);
    // 127.1, 2130706433, 0x7f000001 and 0177.0.0.1 are all http://127.0.0.1:PORT/ once canonical: one row.
    expect(pages.map((p) => p.url)).toEqual([...new Set(spellings().map((u) => canonicalizeUrl(u)!))].sort());
    for (const p of pages) expect(p.error, p.url).toMatch(/private address/);
  }, 90_000);

  it('fetches the same spellings with --allow-private (the refusal above is the guard, not a broken URL)', async () => {
    const db = tempDb();
    server.hits.length = 0;
    const url = `http://[::ffff:127.0.0.1]:${port()}/`;
    const run = await runCrawl(['--seed', url, '--db', db, '--allow-private', '--max-pages', '1'], 60_000);
    expect(run.code, run.stderr).toBe(0);
    expect(server.count('/')).toBe(1);
  }, 90_000);
});
