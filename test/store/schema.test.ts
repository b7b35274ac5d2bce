import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/store/migrations/index.ts';
import { openStore, SchemaVersionError } from '../../src/store/sqlite.ts';
import { tempDir } from './helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** A database as schema v1 left it, with one article and one fact. */
function makeV1Database(path: string): void {
  const db = new Database(path);
  db.exec(readFileSync(new URL('./fixtures/schema-v1.sql', import.meta.url), 'utf8'));
  db.pragma('user_version = 1');
  db.prepare(
    `INSERT INTO articles (id, doc_id, url, title, published_at, text, relevance, content_hash, stored_hash, extractor_version, stored_at)
     VALUES (1, 'old-1', 'https://x.vn/1', 'Hồ sơ trễ hạn ở Tân Phú Đông', '2020-04-24', 'Hồ sơ trễ hạn ở Tân Phú Đông\n\nCó 27.366 hồ sơ trễ hạn.', 1, 'h', 's', '0.0.1', '2020-05-01')`,
  ).run();
  db.prepare(
    `INSERT INTO facts (article_id, ordinal, metric, value, unit, evidence_text, evidence_start, evidence_end, rule, extractor_version, locality_code)
     VALUES (1, 0, 'dossiers_overdue', 27366, 'count', 'Có 27.366 hồ sơ trễ hạn.', 30, 54, 'r', '0.0.1', NULL)`,
  ).run();
  db.close();
}

describe('schema versions', () => {
  it('creates a fresh database at the current version with WAL and foreign keys', () => {
    const store = openStore(tmp.file('fresh.db'));
    expect(store.schemaVersion()).toBe(SCHEMA_VERSION);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    store.close();
  });

  it('upgrades a schema v1 database in place, keeping its rows and making them searchable', () => {
    const path = tmp.file('v1.db');
    makeV1Database(path);
    const store = openStore(path);
    expect(store.schemaVersion()).toBe(SCHEMA_VERSION);
    const facts = store.db.prepare('SELECT metric, value, article_url, flags FROM v_facts').all();
    expect(facts).toEqual([{ metric: 'dossiers_overdue', value: 27366, article_url: 'https://x.vn/1', flags: null }]);
    expect(store.search('tan phu dong').map((h) => h.articleId)).toEqual([1]);
    expect(store.search('hồ sơ trễ hạn', { exact: true }).map((h) => h.articleId)).toEqual([1]);
    store.close();
    // opening again is a no-op
    const again = openStore(path);
    expect(again.schemaVersion()).toBe(SCHEMA_VERSION);
    again.close();
  });

  it('refuses a database from a newer cchc, naming the file and both versions', () => {
    const path = tmp.file('future.db');
    openStore(path).close();
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    db.close();
    expect(() => openStore(path)).toThrow(SchemaVersionError);
    expect(() => openStore(path)).toThrow(new RegExp(`future\\.db.*version ${SCHEMA_VERSION + 5}.*version ${SCHEMA_VERSION}`));
    expect(() => openStore(path, { readonly: true })).toThrow(/newer/);
  });

  it('refuses to read an older database read-only, and a file that is not a cchc database', () => {
    const path = tmp.file('v1-readonly.db');
    makeV1Database(path);
    expect(() => openStore(path, { readonly: true })).toThrow(/version 1 is older.*cchc ingest, run or reextract/);

    const foreign = tmp.file('foreign.db');
    const db = new Database(foreign);
    db.exec('CREATE TABLE t (x)');
    db.close();
    expect(() => openStore(foreign)).toThrow(/not a cchc database/);
    expect(() => openStore(tmp.file('missing.db'), { readonly: true })).toThrow(/missing\.db: no such database file/);
  });
});
