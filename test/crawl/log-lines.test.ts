// The log of a real `cchc crawl` on a non-terminal: every stderr line is one JSON object with time, level, run id
// and (for pages) source, and its event says what happened: a page logged as skipped was never requested, one
// logged as stored is in the articles table, one logged as unchanged got a 304.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.ts';
import { progressLine } from '../../src/crawl/progress.ts';
import { startFixtureSite, type FixtureSite } from '../fixtures/site/index.ts';

let site: FixtureSite;
let dir: string;

beforeAll(async () => {
  site = await startFixtureSite({ crawlDelay: 0.01, bigBytes: 6_000_000 });
  dir = mkdtempSync(join(tmpdir(), 'cchc-log-'));
});

afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

async function crawl(db: string): Promise<{ code: number | null; stdout: string; lines: Array<Record<string, unknown>> }> {
  const { code, stdout, stderr } = await runCli(['crawl', '--seed', `${site.origin}/`, '--db', db, '--allow-private']);
  const raw = stderr.split('\n').filter((l) => l !== '');
  // Every line parses: JSON.parse throws (and the test fails) on the first one that is not JSON.
  const lines = raw.map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code, stdout, lines };
}

const EVENTS = ['run started', 'run ended', 'article stored', 'duplicate article', 'page unchanged', 'page read', 'page skipped', 'page failed'];

describe('the JSON log of a crawl', () => {
  it('is one event per line with time, level, run id and source, named for what happened', async () => {
    const db = join(dir, 'log.db');
    const first = await crawl(db);
    expect(first.code).toBe(0);
    const hitsBefore = site.hits.length;
    const second = await crawl(db); // the next night: unchanged pages answer 304
    expect(second.code).toBe(0);

    for (const [run, { lines }] of [[1, first], [2, second]] as const) {
      expect(lines.length).toBeGreaterThan(10);
      expect(lines[0]).toMatchObject({ event: 'run started', runId: run });
      expect(lines.at(-1)).toMatchObject({ event: 'run ended', runId: run, status: 'finished', level: 'info' });
      for (const l of lines) {
        expect(Date.parse(l.time as string), JSON.stringify(l)).toBeGreaterThan(Date.now() - 600_000);
        expect(['info', 'warn', 'error']).toContain(l.level);
        expect(EVENTS).toContain(l.event);
        expect(l.runId).toBe(run);
        if (l.event !== 'run started' && l.event !== 'run ended') expect(l.source, JSON.stringify(l)).toBe(`seed:${new URL(site.origin).host}`);
      }
    }
    const all = [...first.lines, ...second.lines];
    const paths = (event: string) => all.filter((l) => l.event === event).map((l) => new URL(l.url as string).pathname);
    // Skipped pages were never requested.
    const requested = new Set(site.hits.map((h) => h.path.split('?')[0]));
    expect(paths('page skipped').length).toBeGreaterThan(0);
    for (const p of paths('page skipped')) expect(requested.has(p), p).toBe(false);
    expect(all.filter((l) => l.event === 'page skipped').every((l) => l.status === null)).toBe(true);
    // Failures are warnings with a reason.
    expect(all.filter((l) => l.event === 'page failed').every((l) => l.level === 'warn' && typeof l.reason === 'string')).toBe(true);
    // Stored articles are in the table; unchanged pages got a 304.
    const d = new Database(db, { readonly: true });
    const stored = new Set((d.prepare('SELECT page_url FROM articles').pluck().all() as string[]).map((u) => new URL(u).pathname));
    d.close();
    expect(paths('article stored').length).toBe(stored.size);
    for (const p of paths('article stored')) expect(stored.has(p), p).toBe(true);
    expect(second.lines.filter((l) => l.event === 'page unchanged').length).toBeGreaterThan(0);
    expect(second.lines.filter((l) => l.event === 'page unchanged').every((l) => l.status === 304)).toBe(true);
    expect(site.hits.length).toBeGreaterThan(hitsBefore);
    // The human summary is on stdout, not in the log.
    expect(first.stdout).toMatch(/^crawl run 1 finished/);
  }, 90_000);
});

describe('the terminal progress line', () => {
  it('shows done of total, the rate and the time left', () => {
    expect(progressLine({ type: 'progress', runId: 1, done: 30, fetched: 28, queued: 90, errors: 2, elapsedMs: 10_000 }))
      .toBe('done 30/120 · fetched 28 · errors 2 · 3.0 pages/s · ETA 30 s');
    expect(progressLine({ type: 'progress', runId: 1, done: 0, fetched: 0, queued: 5, errors: 0, elapsedMs: 0 })).toContain('ETA ?');
    expect(progressLine({ type: 'progress', runId: 1, done: 10, fetched: 10, queued: 6000, errors: 0, elapsedMs: 10_000 })).toContain('ETA 1 h 40 min');
  });
});
