// The dataset commands, run in-process through commander as `cchc` runs them, on real files.
import { Command } from 'commander';
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { registerDemo } from '../../src/cli/commands/demo.ts';
import { registerExport } from '../../src/cli/commands/export.ts';
import { registerFigures } from '../../src/cli/commands/figures.ts';
import { registerIngest } from '../../src/cli/commands/ingest.ts';
import { registerQuery } from '../../src/cli/commands/query.ts';
import { registerReextract } from '../../src/cli/commands/reextract.ts';
import { registerSearch } from '../../src/cli/commands/search.ts';
import { registerStats } from '../../src/cli/commands/stats.ts';
import { openStore } from '../../src/store/sqlite.ts';
import { tempDir } from './helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
afterEach(() => {
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

/** Runs one command line; returns its stdout, stderr, exit code (0, or 1 when the action failed) and error. */
async function cchc(...args: string[]): Promise<{ out: string; err: string; code: number; error?: Error }> {
  const program = new Command('cchc').exitOverride();
  for (const register of [registerIngest, registerReextract, registerQuery, registerSearch, registerExport, registerStats, registerDemo, registerFigures]) register(program);
  let out = '';
  let err = '';
  process.exitCode = undefined;
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  try {
    await program.parseAsync(['node', 'cchc', ...args]);
    return { out, err, code: typeof process.exitCode === 'number' ? process.exitCode : 0 };
  } catch (error) {
    return { out, err, code: 1, error: error as Error };
  } finally {
    vi.restoreAllMocks();
  }
}

const doc = (id: string, text: string, published = '2024-06-24') => JSON.stringify({ id, url: `https://example.gov.vn/${id}`, published, text });

describe('cchc ingest, reextract, query, search, export', () => {
  const db = tmp.file('cli.db');
  const good = tmp.file('a.json');
  const second = tmp.file('b.json');
  const bad = tmp.file('bad.json');
  writeFileSync(good, doc('a', 'Huyện Chợ Gạo: kết quả cải cách hành chính năm 2023\n\nNăm 2023, UBND huyện Chợ Gạo đã tiếp nhận 27.366 hồ sơ, đã giải quyết 27.000 hồ sơ, trong đó đúng hạn 26.900 hồ sơ, trễ hạn 100 hồ sơ.'));
  writeFileSync(second, doc('b', 'Tin thể thao\n\nGiải bóng đá thiếu niên khai mạc với 16 đội.'));
  writeFileSync(bad, '{"id": "broken", ');

  it('ingests files, reports a bad one by name with exit 1, and stores the same rows on a second ingest', async () => {
    const first = await cchc('ingest', '--db', db, good, second, bad);
    expect(first.code).toBe(1);
    expect(first.err).toContain('bad.json');
    expect(first.out).toMatch(/ingested 3 document\(s\).*2 new.*1 failed/);
    const snapshot = () => {
      const s = openStore(db, { readonly: true });
      const rows = { a: s.db.prepare('SELECT * FROM articles ORDER BY id').all(), f: s.db.prepare('SELECT * FROM facts ORDER BY id').all() };
      s.close();
      return rows;
    };
    const before = snapshot();
    expect(before.a).toHaveLength(2);
    const again = await cchc('ingest', '--db', db, good, second);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/2 already stored/);
    expect(snapshot()).toEqual(before);
  });

  it('reextract replaces facts of older extractor versions only', async () => {
    const s = openStore(db);
    s.db.prepare(`UPDATE articles SET extractor_version = 'old' WHERE doc_id = 'a'`).run();
    s.close();
    const r = await cchc('reextract', '--db', db);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/re-extracted 1 article/);
    const after = openStore(db, { readonly: true });
    expect(after.db.prepare(`SELECT count(*) AS n FROM articles WHERE extractor_version = 'old'`).get()).toEqual({ n: 0 });
    after.close();
  });

  it('query answers a SELECT and refuses a write with a clear message and exit 1', async () => {
    const ok = await cchc('query', '--db', db, 'SELECT doc_id FROM articles ORDER BY doc_id', '--format', 'json');
    expect(JSON.parse(ok.out)).toEqual([{ doc_id: 'a' }, { doc_id: 'b' }]);
    const write = await cchc('query', '--db', db, 'DELETE FROM articles');
    expect(write.code).toBe(1);
    expect(write.error?.message).toMatch(/read-only/);
    const check = openStore(db, { readonly: true });
    expect(check.db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 2 });
    check.close();
    const missing = await cchc('query', '--db', tmp.file('nope.db'), 'SELECT 1');
    expect(missing.error?.message).toMatch(/nope\.db: no such database file/);
  });

  it('search finds accent-free words and highlights them', async () => {
    const r = await cchc('search', '--db', db, 'tre', 'han');
    expect(r.out).toContain('«trễ hạn»');
    expect(r.out).toContain('https://example.gov.vn/a');
    expect(r.err).toMatch(/1 article found/);
  });

  it('figures --rebuild recomputes the figures, and search lists the figures a hit states', async () => {
    const r = await cchc('figures', '--db', db, '--rebuild');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/rebuilt [1-9]\d* figures/);
    expect(r.out).toMatch(/^[1-9]\d* figures, 0 stated by more than one story, 0 with conflicting values/);
    const hit = await cchc('search', '--db', db, 'tre', 'han');
    expect(hit.out).toMatch(/figure: dossiers_received \(Chợ Gạo, Năm 2023\) = 27366 \S+ — 1 article\(s\), 1 story/);
  });

  it('export writes CSV for Excel that parses back', async () => {
    const out = tmp.file('articles.csv');
    const r = await cchc('export', '--db', db, '--what', 'articles', '--where', "doc_id = 'a'", '--excel', '--out', out);
    expect(r.code).toBe(0);
    const rows = parse(readFileSync(out, 'utf8'), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.doc_id).toBe('a');
    expect(rows[0]!.text).toMatch(/^Huyện Chợ Gạo: kết quả cải cách hành chính năm 2023\n\nNăm 2023/);
    const bad = await cchc('export', '--db', db, '--format', 'xml', '--out', out);
    expect(bad.error?.message).toMatch(/xml/);
  });

  it('stats counts what was stored', async () => {
    const r = await cchc('stats', '--db', db, '--json');
    expect(JSON.parse(r.out)).toMatchObject({ articles: 2 });
  });
});

describe('cchc demo', () => {
  it('crawls the bundled sample site into a fresh database and shows facts', async () => {
    const db = tmp.file('demo.db');
    const r = await cchc('demo', '--db', db);
    expect(r.error).toBeUndefined();
    expect(r.out).toContain('cchc search --db');
    const s = openStore(db, { readonly: true });
    expect(s.db.prepare(`SELECT count(*) AS n FROM articles WHERE source_id = 'demo'`).get()).toEqual({ n: 6 });
    expect((s.db.prepare('SELECT count(*) AS n FROM facts').get() as { n: number }).n).toBeGreaterThan(0);
    expect(s.db.prepare(`SELECT count(*) AS n FROM pages WHERE error IS NOT NULL`).get()).toEqual({ n: 0 });
    s.close();
    // a second demo (--force) starts from a fresh database
    await cchc('demo', '--db', db, '--force');
    const again = openStore(db, { readonly: true });
    expect(again.db.prepare('SELECT count(*) AS n FROM runs').get()).toEqual({ n: 1 });
    again.close();
  });
});
