// A run says what happened: offline it fails (exit 1, the reason in the summary and in runs.error), and a
// signal leaves it interrupted (exit 130/143) and resumable. Real `cchc` processes, a real SQLite file.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureSite, type FixtureSite } from '../fixtures/site/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let site: FixtureSite;
let dir: string;

beforeAll(async () => {
  site = await startFixtureSite({ latencyMs: 150, crawlDelay: 0.05, listingArticles: 24, bigBytes: 6_000_000 });
  dir = mkdtempSync(join(tmpdir(), 'cchc-honest-'));
});

afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

function cchc(args: string[], opts: { signalAfterLine?: NodeJS.Signals } = {}) {
  const child = spawn(process.execPath, [join(ROOT, 'bin/cchc.js'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => {
    stderr += d;
    // Once a page is done the run is well under way: stop it there.
    if (opts.signalAfterLine && /"outcome":"stored"/.test(stderr) && child.exitCode === null && !child.killed) child.kill(opts.signalAfterLine);
  });
  return once(child, 'exit').then(([code]) => ({ code: code as number | null, stdout, stderr }));
}

function runs(db: string) {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare('SELECT counts, error, finished_at FROM runs ORDER BY id').all() as Array<{ counts: string; error: string | null; finished_at: string | null }>;
  } finally {
    d.close();
  }
}

describe('an offline run', () => {
  it('fails: exit 1, the reason in the summary and in runs.error, robots.txt counted as failed, not skipped', async () => {
    const origin = `http://127.0.0.1:${await closedPort()}`;
    const sources = join(dir, 'offline-sources.json');
    writeFileSync(sources, JSON.stringify({
      version: 1,
      sources: ['a', 'b'].map((id) => ({
        id: `offline-${id}`, name: `Offline ${id}`, province: 'Tiền Giang', provinceSince2025: 'Đồng Tháp', kind: 'provincial-portal',
        homepage: `${origin}/${id}/`, allow: [`^${origin}/`], startUrls: [`${origin}/${id}/`], feeds: [`${origin}/${id}/rss.xml`], evidence: 'test',
      })),
    }));
    const db = join(dir, 'offline.db');
    const r = await cchc(['run', '--db', db, '--sources', sources, '--allow-private']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/crawl run \d+ failed \(every page failed/);
    expect(r.stdout).toContain('robots.txt unavailable');
    expect(r.stdout).toMatch(/skipped 0; failed 4/);
    const [run] = runs(db);
    expect(run!.error).toMatch(/^every page failed.*robots\.txt unavailable/);
    expect(JSON.parse(run!.counts)).toMatchObject({ failed: 4, skipped: 0});

    const seed = await cchc(['crawl', '--seed', `${origin}/`, '--db', join(dir, 'offline-seed.db'), '--allow-private']);
    expect(seed.code, seed.stderr).toBe(1);
    expect(seed.stdout).toContain('failed (every page failed');
  }, 60_000);
});

describe('a run stopped by a signal', () => {
  it('is recorded as interrupted, exits 143 (SIGTERM) or 130 (SIGINT), and the next run resumes it', async () => {
    const db = join(dir, 'signals.db');
    const args = ['crawl', '--seed', `${site.origin}/`, '--db', db, '--allow-private'];
    const term = await cchc(args, { signalAfterLine: 'SIGTERM' });
    expect(term.code, term.stderr).toBe(143);
    expect(term.stdout).toMatch(/crawl run 1 interrupted \(interrupted by SIGTERM\)/);
    const int = await cchc(args, { signalAfterLine: 'SIGINT' });
    expect(int.code, int.stderr).toBe(130);
    expect(int.stdout).toMatch(/crawl run 2 interrupted \(interrupted by SIGINT\)/);
    expect(runs(db).map((r) => [r.error, r.finished_at !== null])).toEqual([['interrupted by SIGTERM', true], ['interrupted by SIGINT', true]]);

    const last = await cchc(args);
    expect(last.code, last.stderr).toBe(0);
    expect(last.stdout).toMatch(/crawl run 3 finished in/);
    // It finished the interrupted run's queue instead of starting a new pass.
    expect(last.stdout).not.toContain('new pass');
    const d = new Database(db, { readonly: true });
    const twice = d.prepare('SELECT count(*) AS n FROM (SELECT page_url FROM articles GROUP BY page_url HAVING count(*) > 1)').get() as { n: number };
    const open = d.prepare(`SELECT count(*) AS n FROM frontier WHERE state IN ('queued', 'in_progress')`).get() as { n: number };
    const articles = d.prepare('SELECT count(*) AS n FROM articles').get() as { n: number };
    d.close();
    expect(twice.n).toBe(0);
    expect(open.n).toBe(0);
    expect(articles.n).toBe(site.storedArticlePaths.length + 1); // + the slow page, read within the CLI's timeouts
  }, 120_000);
});
