// A few of scripts/crash-trials.ts's SIGKILL trials (the script runs 10 + 10): `cchc crawl` and `cchc ingest`
// killed mid-run, then run again, end with the same articles, facts and pages as an uninterrupted run, the dead
// run's lock taken over. Real processes, real SQLite files, the fixture site on 127.0.0.1.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compare, crawlTrials, ingestTrials, type Snapshot } from '../../scripts/crash-trials.ts';

const dir = mkdtempSync(join(tmpdir(), 'cchc-crash-trials-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Kill moments at fixed fractions of the uninterrupted run (a failure reproduces). */
const at = (...fractions: number[]) => () => fractions.shift() ?? 0.5;

describe('SIGKILL at a random moment, then the next run', () => {
  it('crawl: loses nothing, stores nothing twice, leaves no half-written article', async () => {
    const results = await crawlTrials(2, dir, at(0.45, 0.75));
    for (const r of results) {
      expect(r.killed, `killed at ${r.killAtMs} ms`).toBe(true);
      expect(r.resumeExit).toBe(0); // the dead run's lock taken over
      expect(r.differences).toEqual([]);
    }
    expect(results.some((r) => r.storedAtKill > 0)).toBe(true);
  }, 240_000);

  it('ingest: the same', async () => {
    const results = await ingestTrials(2, dir, at(0.6, 0.85), 15);
    for (const r of results) {
      expect(r.killed, `killed at ${r.killAtMs} ms`).toBe(true);
      expect(r.resumeExit).toBe(0);
      expect(r.differences).toEqual([]);
    }
    expect(results.some((r) => r.storedAtKill > 0)).toBe(true);
  }, 240_000);

  it('the comparison sees a lost article, a twin, a changed fact and an open item', () => {
    const base: Snapshot = { articles: { a: { hash: 'h1', facts: 2, digest: 'd1' }, b: { hash: 'h2', facts: 0, digest: 'd0' } }, twins: 0, pages: { '/a': 'h1' }, open: 0 };
    const broken: Snapshot = { articles: { a: { hash: 'h1', facts: 1, digest: 'd9' }, c: { hash: 'h1', facts: 2, digest: 'd1' } }, twins: 2, pages: { '/a': null }, open: 1 };
    expect(compare(base, base)).toEqual([]);
    expect(compare(base, broken)).toEqual([
      'article a differs (facts 2 → 1)', 'lost article b', 'extra article c', '2 articles share a text (uninterrupted: 0)',
      'page /a hash null (uninterrupted: h1)', '1 frontier items left open',
    ]);
  });
});
