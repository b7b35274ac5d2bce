import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/sqlite.ts';
import { tempDir } from './helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('frontier', () => {
  it('ignores known URLs, claims in order and recovers in-progress items after a crash', () => {
    const store = openStore(tmp.file('frontier.db'));
    const items = ['a', 'b', 'c', 'd'].map((x, i) => ({ url: `https://s.vn/${x}`, sourceId: 's', kind: 'article' as const, depth: i }));
    expect(store.enqueue(items)).toBe(4);
    expect(store.enqueue([items[0]!, { url: 'https://s.vn/e', sourceId: 's', kind: 'listing', depth: 0, discoveredFrom: 'https://s.vn/a' }])).toBe(1);

    const first = store.claim(2);
    expect(first.map((i) => i.url)).toEqual(['https://s.vn/a', 'https://s.vn/b']);
    expect(store.frontierCounts()).toEqual({ queued: 3, inProgress: 2, done: 0, failed: 0, skipped: 0 });
    store.settle('https://s.vn/a', 'done');
    store.settle('https://s.vn/b', 'failed', 'HTTP 500 after 3 retries');
    // a settled URL is still known: enqueueing it again adds nothing
    expect(store.enqueue([items[0]!])).toBe(0);

    const second = store.claim(10);
    expect(second.map((i) => i.url)).toEqual(['https://s.vn/c', 'https://s.vn/d', 'https://s.vn/e']);
    expect(second[2]).toMatchObject({ kind: 'listing', discoveredFrom: 'https://s.vn/a', sourceId: 's' });
    store.close();

    // a new process finds the items left in progress and puts them back in the queue
    const again = openStore(tmp.file('frontier.db'));
    expect(again.requeueInProgress()).toBe(3);
    expect(again.frontierCounts()).toEqual({ queued: 3, inProgress: 0, done: 1, failed: 1, skipped: 0 });
    expect(again.claim(1)[0]!.url).toBe('https://s.vn/c');
    again.close();
  });
});

describe('pages, sources and runs', () => {
  it('keeps the last fetch of a page and finds it by canonical URL', () => {
    const store = openStore(tmp.file('pages.db'));
    store.upsertSource({ id: 'bao-x', name: 'Báo X', province: 'Tiền Giang', provinceSince2025: 'Đồng Tháp', kind: 'news', homepage: 'https://x.vn' });
    const page = { url: 'https://x.vn/a?utm=1', canonicalUrl: 'https://x.vn/a', sourceId: 'bao-x', status: 200, etag: '"e1"', lastModified: null, contentHash: 'h1', fetchedAt: '2025-01-01T00:00:00Z', error: null };
    store.savePage(page);
    store.savePage({ ...page, etag: '"e2"', status: 304 });
    expect(store.getPage('https://x.vn/a?utm=1')).toMatchObject({ etag: '"e2"', status: 304, canonicalUrl: 'https://x.vn/a' });
    expect(store.getPage('https://x.vn/a')?.etag).toBe('"e2"');
    expect(store.getPage('https://x.vn/nothing')).toBeUndefined();

    const run = store.startRun('crawl');
    store.finishRun(run, { fetched: 3 }, null);
    const row = store.db.prepare('SELECT kind, counts, finished_at FROM runs WHERE id = ?').get(run) as { kind: string; counts: string; finished_at: string };
    expect(row.kind).toBe('crawl');
    expect(JSON.parse(row.counts)).toEqual({ fetched: 3 });
    expect(row.finished_at).toBeTruthy();
    store.close();
  });
});

/** Runs a child process that takes the lock and then waits; resolves once it holds it. */
function lockHolder(dbPath: string) {
  const code = `
    const { openStore } = await import(${JSON.stringify(new URL('../../src/store/sqlite.ts', import.meta.url).pathname)});
    const s = openStore(${JSON.stringify(dbPath)});
    console.log(s.acquireLock('child') ? 'locked' : 'refused');
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => resolve(d.toString().trim()));
    child.on('exit', (c) => reject(new Error(`lock holder exited with ${c}`)));
  });
  return { child, ready };
}

describe('lock', () => {
  it('refuses a lock held by a live process and takes over one held by a dead process', async () => {
    const path = tmp.file('lock.db');
    openStore(path).close();
    const { child, ready } = lockHolder(path);
    expect(await ready).toBe('locked');

    const store = openStore(path);
    expect(store.acquireLock('parent')).toBe(false);

    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    expect(store.acquireLock('parent')).toBe(true);
    // re-entrant for the same owner and process; released for the next one
    expect(store.acquireLock('parent')).toBe(true);
    store.releaseLock('parent');
    const other = openStore(path);
    expect(other.acquireLock('other')).toBe(true);
    other.releaseLock('other');
    other.close();
    store.close();
  });
});
