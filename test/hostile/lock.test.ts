// The run lock under a dripping server: while a run is stuck on a 1 byte/s page a second run is refused (the lock
// is live and its heartbeat fresh), and once the per-request deadline ends the first run, the next run starts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleHtml, drip, robots, startHostileServer, text, type HostileServer } from './server.ts';
import { readDb, runCrawl, tempDb } from './run-crawl.ts';

let server: HostileServer;
beforeEach(async () => {
  server = await startHostileServer();
});
afterEach(() => server.close());

describe('run lock with a dripping server', () => {
  it('refuses a concurrent run, then lets the next run in once the dripped request times out', async () => {
    const o = server.origin;
    server.routes.set('/robots.txt', robots('User-agent: *\nCrawl-delay: 0.05\n'));
    server.routes.set('/tin', text('<html><body><a href="/tin/bai-giot-10001">a</a> <a href="/tin/bai-tot-10002">b</a></body></html>'));
    server.routes.set('/tin/bai-giot-10001', drip());
    server.routes.set('/tin/bai-tot-10002', text(articleHtml('Bài tốt về cải cách hành chính')));
    const db = tempDb();
    const args = ['--seed', `${o}/tin`, '--db', db, '--allow-private', '--request-timeout', '6'];
    const first = runCrawl(args, 40_000);
    // Wait until the first run is on the dripping page, then try a second run on the same database.
    const deadline = Date.now() + 20_000;
    while (server.count('/tin/bai-giot-10001') === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const concurrent = await runCrawl(args, 20_000);
    expect(concurrent.code).not.toBe(0);
    expect(concurrent.stderr).toMatch(/lock/i);
    const ended = await first;
    expect(ended.killed).toBe(false);
    expect(ended.code, ended.stderr).toBe(0);
    expect(readDb(db).page(`${o}/tin/bai-giot-10001`)?.error).toBe('timeout (total 6 s)');
    const next = await runCrawl(args, 40_000);
    expect(next.killed).toBe(false);
    expect(next.code, next.stderr).toBe(0);
  }, 90_000);
});
