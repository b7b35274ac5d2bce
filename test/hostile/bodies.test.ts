// Bodies that would exhaust memory or time: a 50 MB page, gzip/deflate/brotli bombs inflating past 1 GB (made
// on the fly by the server), and a server that accepts and never answers. Each is failed with its reason, the
// good article beside them is stored, and the crawl's peak RSS stays far below the bombs' inflated size.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleHtml, bomb, hang, huge, robots, startHostileServer, text, type HostileServer } from './server.ts';
import { readDb, runCrawl, tempDb } from './run-crawl.ts';

let site: HostileServer;
beforeEach(async () => {
  site = await startHostileServer();
});
afterEach(() => site.close());

const GB = 1024 ** 3;
const listing = (paths: string[]) => `<!doctype html><html><body>${paths.map((p) => `<a href="${p}">${p}</a>`).join(' ')}</body></html>`;

describe('hostile bodies', () => {
  it('a 50 MB page, three compression bombs and a silent server fail with their reason; the rest is stored', async () => {
    const o = site.origin;
    site.routes.set('/robots.txt', robots('User-agent: *\nCrawl-delay: 0.05\n'));
    site.routes.set('/tin', text(listing(['/tin/bai-lon-1', '/tin/bai-gzip-2', '/tin/bai-deflate-3', '/tin/bai-br-4', '/tin/bai-treo-5', '/tin/bai-tot-6'])));
    site.routes.set('/tin/bai-lon-1', huge(50 * 1024 * 1024));
    site.routes.set('/tin/bai-gzip-2', bomb('gzip', 1.1 * GB));
    site.routes.set('/tin/bai-deflate-3', bomb('deflate', 1.1 * GB));
    site.routes.set('/tin/bai-br-4', bomb('br', 1.1 * GB));
    site.routes.set('/tin/bai-treo-5', hang);
    site.routes.set('/tin/bai-tot-6', text(articleHtml('Bài tốt về cải cách hành chính')));
    const db = tempDb();
    const run = await runCrawl(['--seed', `${o}/tin`, '--db', db, '--allow-private', '--request-timeout', '4'], 90_000);
    expect(run.killed).toBe(false);
    expect(run.code, run.stderr).toBe(0);
    const { page, articles, counts } = readDb(db);
    expect(page(`${o}/tin/bai-lon-1`)?.error).toBe('too large');
    expect(page(`${o}/tin/bai-gzip-2`)?.error).toBe('too large: gzip body inflates past 5 MB');
    expect(page(`${o}/tin/bai-deflate-3`)?.error).toBe('too large: deflate body inflates past 5 MB');
    expect(page(`${o}/tin/bai-br-4`)?.error).toBe('too large: br body inflates past 5 MB');
    expect(page(`${o}/tin/bai-treo-5`)?.error).toBe('timeout (total 4 s)');
    expect(articles).toEqual([`${o}/tin/bai-tot-6`]);
    expect(counts.failed).toBe(5);
    expect(run.ms).toBeLessThan(60_000);
    expect(run.maxRssMb ?? 0).toBeLessThan(400);
    console.log(`hostile bodies: ${run.ms} ms, peak RSS ${run.maxRssMb} MB`);
  }, 120_000);
});
