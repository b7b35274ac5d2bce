// One article, one hash, whichever way it came in: crawled by `cchc crawl`, ingested by `cchc ingest` (as the
// saved page and as its plain text), re-extracted by `cchc reextract`. Real processes, a real SQLite file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.ts';
import { contentHash as crawlHash } from '../../src/crawl/canonical.ts';
import { contentHash as ingestHash } from '../../src/pipeline/article-record.ts';
import { reextract } from '../../src/pipeline/reextract.ts';
import { openStore } from '../../src/store/sqlite.ts';
import { FIXTURE_PATHS, startFixtureSite, type FixtureSite } from '../fixtures/site/index.ts';

let site: FixtureSite;
let dir: string;

beforeAll(async () => {
  site = await startFixtureSite({ crawlDelay: 0.01 });
  dir = mkdtempSync(join(tmpdir(), 'cchc-one-article-'));
});

afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

const cchc = (args: string[]) => runCli(args);

function articles(db: string): Array<{ doc_id: string; page_url: string | null; content_hash: string; text: string; facts: number }> {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare(`SELECT doc_id, page_url, content_hash, text, (SELECT count(*) FROM facts f WHERE f.article_id = a.id) AS facts
      FROM articles a ORDER BY id`).all() as ReturnType<typeof articles>;
  } finally {
    d.close();
  }
}

describe('one content hash', () => {
  it('is the same function for crawl and ingest, blind to case and white space', () => {
    expect(ingestHash).toBe(crawlHash);
    expect(crawlHash('Cải cách  hành chính\n\nTỷ lệ 97%')).toBe(crawlHash('cải cách hành chính tỷ lệ 97%'));
  });

  it('makes a crawled article and the same article ingested one article, kept through reextract', async () => {
    const db = join(dir, 'one.db');
    const url = `${site.origin}${FIXTURE_PATHS.etag}`;
    const crawled = await cchc(['crawl', '--seed', url, '--db', db, '--allow-private']);
    expect(crawled.code, crawled.stderr).toBe(0);
    const before = articles(db);
    const article = before.find((a) => a.page_url === url);
    expect(article!.facts).toBeGreaterThan(0);

    // The page as a researcher saved it, and its text pasted into a file with other line breaks and case.
    const html = join(dir, 'saved-page.html');
    writeFileSync(html, Buffer.from(await (await fetch(url)).arrayBuffer()));
    const txt = join(dir, 'pasted.txt');
    writeFileSync(txt, article!.text.replace(/\n\n/g, '\n').toUpperCase());
    const ingested = await cchc(['ingest', html, txt, '--db', db]);
    expect(ingested.code, ingested.stderr).toBe(0);
    expect(ingested.stdout).toMatch(/ingested 2 document\(s\).*: 0 new, 2 already stored/);
    expect(articles(db)).toEqual(before);

    const again = await cchc(['reextract', '--all', '--db', db]);
    expect(again.code, again.stderr).toBe(0);
    expect(articles(db)).toEqual(before);
  }, 60_000);

  it('is given by reextract --all to an article stored with the old ingest hash (case kept), so it is found again', () => {
    const store = openStore(join(dir, 'old-hash.db'));
    try {
      const text = 'Cải cách hành chính năm 2024: giải quyết đúng hạn 98,5% hồ sơ.';
      const oldHash = 'f'.repeat(64); // what the ingest of an earlier version stored: not the crawler's hash
      store.saveArticle({ id: 'old.txt', url: null, title: null, published: null, author: null, text, pageUrl: null, sourceId: null, relevance: 0.5, contentHash: oldHash }, [], null);
      expect(store.findArticleByHash(crawlHash(text))).toBeUndefined();
      reextract(store, { all: true });
      expect(store.findArticleByHash(crawlHash(text))).toMatchObject({ docId: 'old.txt' });
    } finally {
      store.close();
    }
  });
});
