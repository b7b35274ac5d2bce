// `cchc metadata`: a Datasette metadata file that describes every table, view and column of a real database,
// with the README's example queries as canned queries, each of which runs in python3's SQLite (3.40).
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { DatasetteMetadata } from '../../src/store/datasette-metadata.ts';
import { openStore } from '../../src/store/sqlite.ts';
import { article, fact, tempDir } from './helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
afterEach(() => vi.restoreAllMocks());

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const normalise = (sql: string) => sql.replace(/\s+/g, ' ').trim();

/** The SQL statements of the README's "Example queries" section. */
function readmeExampleQueries(): string[] {
  const section = README.slice(README.indexOf('### Example queries'));
  const block = /```sql\n([\s\S]*?)```/.exec(section)![1]!;
  return block.split(/;\s*\n/).map((s) => s.replace(/^--.*$/gm, '')).map(normalise).filter(Boolean).map((s) => `${s};`);
}

describe('cchc metadata', () => {
  const db = tmp.file('cchc.db');
  const store = openStore(db);
  store.saveArticle(article('doc-1', 'Tân Phú Đông: hồ sơ trễ hạn giảm'), [fact('dossiers_overdue', 12), fact('on_time_rate', 98.5)], null);
  store.close();
  const out = tmp.file('metadata.json');

  it('describes every table, view and column of the database', async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await main(['node', 'cchc', 'metadata', '--db', db, '--out', out])).toBe(0);
    const meta = JSON.parse(readFileSync(out, 'utf8')) as DatasetteMetadata;
    expect(meta.title).toBeTruthy();
    expect(meta.source).toBeTruthy();
    expect(meta.license).toMatch(/copyright/i);
    const tables = meta.databases.cchc!.tables;

    const raw = new Database(db, { readonly: true });
    const objects = raw.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'`).all() as Array<{ name: string }>;
    expect(objects.length).toBeGreaterThan(20);
    for (const { name } of objects) {
      expect(tables[name]?.description, name).toBeTruthy();
      for (const { name: column } of raw.prepare('SELECT name FROM pragma_table_info(?)').all(name) as Array<{ name: string }>) {
        expect(tables[name]!.columns[column], `${name}.${column}`).toBeTruthy();
      }
    }
    raw.close();
    expect(tables.articles_fts_data!.hidden).toBe(true);
    expect(tables.articles!.fts_table).toBe('articles_fts');
  });

  it("offers the README's example queries as canned queries, and each runs in python3's sqlite3", () => {
    const meta = JSON.parse(readFileSync(out, 'utf8')) as DatasetteMetadata;
    const queries = Object.values(meta.databases.cchc!.queries);
    const canned = queries.map((q) => normalise(q.sql));
    const examples = readmeExampleQueries();
    expect(examples.length).toBe(5);
    for (const sql of examples) expect(canned, sql).toContain(sql);
    const script = 'import json, sqlite3, sys\nconn = sqlite3.connect(sys.argv[1])\nprint(json.dumps([len(conn.execute(q).fetchall()) for q in json.loads(sys.argv[2])]))';
    const counts = JSON.parse(execFileSync('python3', ['-c', script, db, JSON.stringify(queries.map((q) => q.sql))], { encoding: 'utf8' })) as number[];
    expect(counts.length).toBe(queries.length);
  });

  it('refuses a file that is not a cchc database, naming it', async () => {
    const other = tmp.file('other.db');
    const d = new Database(other);
    d.exec('CREATE TABLE t (x)');
    d.close();
    let err = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
    expect(await main(['node', 'cchc', 'metadata', '--db', other])).toBe(1);
    expect(err).toContain('other.db');
  });
});
