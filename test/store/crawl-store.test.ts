import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import type { FrontierKind } from '../../src/store/interface.ts';
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

describe('restartFrontier (a new pass over the discovery pages)', () => {
  it('puts settled feeds, sitemaps and listings back in the queue, but no article and nothing in flight', () => {
    const store = openStore(tmp.file('restart.db'));
    const item = (path: string, kind: FrontierKind, depth = 0, sourceId = 's') => ({ url: `https://s.vn/${path}`, sourceId, kind, depth });
    store.enqueue([
      item('rss', 'feed', 1), item('sitemap.xml', 'sitemap'), item('cat', 'listing'), item('cat?page=2', 'listing'),
      item('hub', 'page', 1), item('deep', 'page', 3), item('read-as-article', 'page', 1), item('a-1001.html', 'article', 1),
      item('busy', 'listing'), item('other-rss', 'feed', 0, 'other'),
    ]);
    const claimed = store.claim(100).map((i) => i.url);
    expect(claimed).toHaveLength(10);
    const settle = (path: string, state: 'done' | 'failed' | 'skipped', reason: string | null = null) => store.settle(`https://s.vn/${path}`, state, reason);
    settle('rss', 'done');
    settle('sitemap.xml', 'failed', 'http 500 after 3 attempts');
    settle('cat', 'skipped', 'disallowed by robots.txt');
    settle('cat?page=2', 'done');
    settle('hub', 'done');
    settle('deep', 'done');
    settle('read-as-article', 'done');
    settle('a-1001.html', 'done');
    settle('other-rss', 'done');
    // 'busy' stays in progress (another run of this process is on it)
    const page = (path: string, contentHash: string | null) => store.savePage({
      url: `https://s.vn/${path}`, canonicalUrl: `https://s.vn/${path}`, sourceId: 's', status: 200, etag: '"e"', lastModified: null, contentHash, fetchedAt: '2025-01-01T00:00:00Z', error: null,
    });
    page('hub', null);
    page('read-as-article', 'h1');
    page('a-1001.html', 'h2');

    expect(store.restartFrontier(['feed', 'sitemap'], { sourceIds: ['s'] })).toBe(2);
    expect(store.restartFrontier(['listing', 'page'], { sourceIds: ['s'], maxDepth: 2 })).toBe(3);
    const queued = store.claim(100).map((i) => i.url.slice('https://s.vn/'.length)).sort();
    expect(queued).toEqual(['cat', 'cat?page=2', 'hub', 'rss', 'sitemap.xml']);
    const states = store.db.prepare(`SELECT substr(url, 14) AS path, state, reason FROM frontier ORDER BY url`).all();
    expect(states).toEqual([
      { path: 'a-1001.html', state: 'done', reason: null }, // an article: fetched once
      { path: 'busy', state: 'in_progress', reason: null }, // in flight: not touched
      { path: 'cat', state: 'in_progress', reason: null }, // restarted (claimed again above); the old skip reason is cleared
      { path: 'cat?page=2', state: 'in_progress', reason: null },
      { path: 'deep', state: 'done', reason: null }, // deeper than maxDepth
      { path: 'hub', state: 'in_progress', reason: null },
      { path: 'other-rss', state: 'done', reason: null }, // another source
      { path: 'read-as-article', state: 'done', reason: null }, // its fetch was read as an article
      { path: 'rss', state: 'in_progress', reason: null },
      { path: 'sitemap.xml', state: 'in_progress', reason: null },
    ]);
    // no kinds or no sources: nothing to do; all sources when none are named
    expect(store.restartFrontier([])).toBe(0);
    expect(store.restartFrontier(['feed'], { sourceIds: [] })).toBe(0);
    expect(store.restartFrontier(['feed'])).toBe(1);
    store.close();
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
