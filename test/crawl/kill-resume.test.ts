// Kill -9 a real `cchc crawl` process mid-run, twice, then let a third run finish: every article is stored
// exactly once and none is lost. Also checks the CLI's JSON log lines, summary and exit codes.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PATHS, startFixtureSite, type FixtureSite } from '../fixtures/site/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let site: FixtureSite;
let dir: string;
let dbPath: string;

beforeAll(async () => {
  // A slow site, so a run is still going when it is killed.
  site = await startFixtureSite({ latencyMs: 120, crawlDelay: 0.05, listingArticles: 24, slowMs: 300, bigBytes: 6_000_000 });
  dir = mkdtempSync(join(tmpdir(), 'cchc-kill-'));
  dbPath = join(dir, 'crawl.db');
});

afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

function start(args: string[]): { child: ChildProcess; lines: Array<Record<string, unknown>>; stdout: () => string; stderr: () => string } {
  const child = spawn(process.execPath, [join(ROOT, 'bin/cchc.js'), 'crawl', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: Array<Record<string, unknown>> = [];
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  createInterface({ input: child.stderr! }).on('line', (line) => {
    err += line + '\n';
    if (line.startsWith('{')) lines.push(JSON.parse(line) as Record<string, unknown>);
  });
  return { child, lines, stdout: () => out, stderr: () => err };
}

const crawlArgs = () => ['--seed', `${site.origin}/`, '--db', dbPath, '--allow-private', '--concurrency', '4'];

async function killAfterStored(n: number): Promise<number> {
  const run = start(crawlArgs());
  const exited = once(run.child, 'exit');
  await new Promise<void>((resolveWait, reject) => {
    const timer = setInterval(() => {
      if (run.lines.filter((l) => l.outcome === 'stored').length >= n) {
        clearInterval(timer);
        run.child.kill('SIGKILL');
        resolveWait();
      }
    }, 10);
    run.child.on('exit', () => {
      clearInterval(timer);
      reject(new Error(`crawl ended before it could be killed:\n${run.stderr()}`));
    });
  }).catch((e) => {
    throw e;
  });
  const [, signal] = await exited;
  expect(signal).toBe('SIGKILL');
  return run.lines.filter((l) => l.outcome === 'stored').length;
}

describe('cchc crawl, killed and resumed', () => {
  it('stores every article exactly once across two kill -9s and a final run', async () => {
    const storedBeforeFirstKill = await killAfterStored(4);
    const storedBeforeSecondKill = await killAfterStored(4);
    expect(storedBeforeFirstKill + storedBeforeSecondKill).toBeGreaterThanOrEqual(8);

    const last = start(crawlArgs());
    const [code] = await once(last.child, 'exit');
    expect(code, last.stderr()).toBe(0);
    expect(last.stdout()).toMatch(/crawl run \d+ finished/);
    // Each run after a kill finishes the killed run's queue; none of them starts a new pass over the feeds.
    expect(last.stdout()).not.toContain('new pass');
    expect(site.count('/rss.xml')).toBe(1);
    // JSON log lines on a non-terminal: one object per page with url, status and ms.
    const line = last.lines.find((l) => l.event === 'article stored')!;
    expect(line).toMatchObject({ url: expect.stringContaining(site.origin), status: expect.any(Number), ms: expect.any(Number) });

    const db = new Database(dbPath, { readonly: true });
    const rows = db.prepare('SELECT page_url AS url, count(*) AS n FROM articles GROUP BY page_url').all() as Array<{ url: string; n: number }>;
    const frontier = db.prepare(`SELECT count(*) AS n FROM frontier WHERE state IN ('queued', 'in_progress')`).get() as { n: number };
    const runs = db.prepare('SELECT count(*) AS n FROM runs').get() as { n: number };
    db.close();
    expect(rows.every((r) => r.n === 1)).toBe(true);
    // Here the slow page answers within the CLI's default timeouts, so it is an article too.
    expect(rows.map((r) => r.url.slice(site.origin.length)).sort()).toEqual([...site.storedArticlePaths, FIXTURE_PATHS.slow].sort());
    expect(frontier.n).toBe(0);
    expect(runs.n).toBe(3);
  }, 90_000);

  it('exits non-zero with a clear message when the run cannot proceed', async () => {
    const bad = join(dir, 'bad-sources.json');
    writeFileSync(bad, '{"sources": [{"id": 3}]}');
    const badSources = start(['--sources', bad, '--db', dbPath]);
    const [code] = await once(badSources.child, 'exit');
    expect(code).not.toBe(0);
    expect(badSources.stderr()).toContain('bad-sources.json');

    const both = start(['--sources', bad, '--seed', `${site.origin}/`, '--db', dbPath]);
    const [code2] = await once(both.child, 'exit');
    expect(code2).toBe(2);
    expect(both.stderr()).toContain('not both');
  }, 30_000);
});
