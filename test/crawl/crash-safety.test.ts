// What a kill -9 can leave behind, and that the next run repairs it: a real `cchc crawl` process, a real
// SQLite file, the fixture site on 127.0.0.1.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.ts';
import { FIXTURE_PATHS, startFixtureSite, type FixtureSite } from '../fixtures/site/index.ts';

let site: FixtureSite;
let dir: string;

beforeAll(async () => {
  site = await startFixtureSite({ crawlDelay: 0.01 });
  dir = mkdtempSync(join(tmpdir(), 'cchc-crash-'));
});

afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

const cchc = (args: string[]) => runCli(args);

describe('a page whose article was never stored', () => {
  it('is fetched again in full and its article stored, though the server would answer 304', async () => {
    const db = join(dir, 'window.db');
    const args = ['crawl', '--seed', `${site.origin}${FIXTURE_PATHS.etag}`, '--db', db, '--allow-private'];
    const first = await cchc(args);
    expect(first.code, first.stderr).toBe(0);
    const d = new Database(db);
    const factsOf = (x: Database.Database) => x.prepare(`SELECT count(*) AS n FROM facts f JOIN articles a ON a.id = f.article_id WHERE a.page_url LIKE ?`)
      .get(`%${FIXTURE_PATHS.etag}`) as { n: number };
    const stored = factsOf(d);
    const others = (d.prepare(`SELECT count(*) AS n FROM articles`).get() as { n: number }).n - 1;
    expect(stored.n).toBeGreaterThan(0);
    // The state a kill -9 left when the page (with its hash and ETag) was committed before the article:
    // the page row complete, the article and its facts absent, the frontier item still in progress.
    d.prepare(`DELETE FROM articles WHERE page_url LIKE ?`).run(`%${FIXTURE_PATHS.etag}`);
    d.prepare(`UPDATE frontier SET state = 'in_progress' WHERE url LIKE ?`).run(`%${FIXTURE_PATHS.etag}`);
    expect((d.prepare(`SELECT content_hash FROM pages WHERE url LIKE ?`).get(`%${FIXTURE_PATHS.etag}`) as { content_hash: string | null }).content_hash).not.toBeNull();
    d.close();

    const resumed = await cchc(args);
    expect(resumed.code, resumed.stderr).toBe(0);
    const after = new Database(db, { readonly: true });
    const articles = after.prepare(`SELECT page_url FROM articles WHERE page_url LIKE ?`).all(`%${FIXTURE_PATHS.etag}`) as Array<{ page_url: string }>;
    const total = (after.prepare(`SELECT count(*) AS n FROM articles`).get() as { n: number }).n;
    const facts = factsOf(after);
    after.close();
    expect(articles.map((a) => a.page_url)).toEqual([`${site.origin}${FIXTURE_PATHS.etag}`]);
    expect(total).toBe(others + 1);
    expect(facts.n).toBe(stored.n);
  }, 60_000);
});
