// An article that failed with a 5xx (or a timeout) is tried again on the next run, a bounded number of runs;
// a 404 is not tried again. Real `cchc crawl` processes against a real HTTP server on 127.0.0.1, a real SQLite file.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.ts';

const PARAGRAPH = 'Năm 2024, Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận 12.345 hồ sơ thủ tục hành chính, trong đó giải quyết đúng hạn 98,5%. Công tác cải cách hành chính tiếp tục được đẩy mạnh.';
const FLAKY = '/tin-tuc/bai-loi-tam-thoi-1001.html'; // 503 for the whole first run, then fine
const DOWN = '/tin-tuc/bai-luon-loi-1002.html'; // always 503
const GONE = '/tin-tuc/bai-da-xoa-1003.html'; // 404
let server: Server;
let origin: string;
let dir: string;
const hits = new Map<string, number>();
let flakyFailsLeft = 4; // the first run's request and its 3 retries

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const html = (body: string) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    if (path === '/') return html(`<html><body><h1>Tin tức</h1>${[FLAKY, DOWN, GONE].map((p) => `<a href="${p}">${p}</a>`).join(' ')}</body></html>`);
    if (path === DOWN || (path === FLAKY && flakyFailsLeft-- > 0)) return res.writeHead(503).end('busy');
    if (path === FLAKY) {
      return html(`<html><head><title>Kết quả CCHC</title></head><body><article><h1>Kết quả cải cách hành chính</h1>
        <p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></article></body></html>`);
    }
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  dir = mkdtempSync(join(tmpdir(), 'cchc-retry-'));
});

afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

const crawl = (db: string) => runCli(['crawl', '--seed', `${origin}/`, '--db', db, '--allow-private', '--no-politeness']);

function frontier(db: string): Record<string, { state: string; attempts: number; retry: number }> {
  const d = new Database(db, { readonly: true });
  try {
    const rows = d.prepare(`SELECT url, state, attempts, retry FROM frontier WHERE kind = 'article'`).all() as Array<{ url: string; state: string; attempts: number; retry: number }>;
    return Object.fromEntries(rows.map(({ url, ...r }) => [new URL(url).pathname, r]));
  } finally {
    d.close();
  }
}

const articleCount = (db: string) => {
  const d = new Database(db, { readonly: true });
  try {
    return (d.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  } finally {
    d.close();
  }
};

describe('articles that failed on an earlier run', () => {
  it('are retried when the failure was a 5xx, at most 3 runs; a 404 is not retried', async () => {
    const db = join(dir, 'retry.db');
    const first = await crawl(db);
    expect(first.stdout, first.stderr).toMatch(/failed 3/);
    expect(frontier(db)).toEqual({
      [FLAKY]: { state: 'failed', attempts: 1, retry: 1 },
      [DOWN]: { state: 'failed', attempts: 1, retry: 1 },
      [GONE]: { state: 'failed', attempts: 1, retry: 0 },
    });
    expect(articleCount(db)).toBe(0);

    const second = await crawl(db);
    expect(second.stdout, second.stderr).toContain('retrying 2 pages that failed transiently before');
    expect(articleCount(db)).toBe(1);
    expect(frontier(db)).toMatchObject({ [FLAKY]: { state: 'done' }, [DOWN]: { state: 'failed', attempts: 2 }, [GONE]: { attempts: 1 } });

    await crawl(db); // the third run in which DOWN fails: its last try
    const downHits = hits.get(DOWN);
    const fourth = await crawl(db);
    expect(fourth.stdout).not.toContain('retrying');
    expect(hits.get(DOWN)).toBe(downHits);
    expect(hits.get(GONE)).toBe(1);
    expect(frontier(db)).toMatchObject({ [DOWN]: { state: 'failed', attempts: 3, retry: 1 }, [GONE]: { state: 'failed', attempts: 1 } });
  }, 120_000);
});
