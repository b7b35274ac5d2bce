// The database file in the readers researchers have: Python's sqlite3 module (SQLite 3.40.1 here, as Debian 12
// and Python 3.11 ship), Datasette's and sqlite-utils' full-text detection; counts stored as integers; the
// pivoted views keep eras apart and a unit's figures on one row. Real files, a real python3 process.
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import type { GazetteerUnit } from '../../src/store/interface.ts';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/store/migrations/index.ts';
import { openStore } from '../../src/store/sqlite.ts';
import { article, fact, tempDir } from './helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const unit = (era: 'pre2025' | '2025', code: string, name: string, type: string, level: number): GazetteerUnit => ({
  code, name, type, level, parentCode: null, provinceCode: '82', era, aliases: [], successors: era === 'pre2025' ? ['82'] : [],
  validFrom: era === '2025' ? '2025-07-01' : null, validTo: era === 'pre2025' ? '2025-06-30' : null,
});
const UNITS = [
  unit('pre2025', '82', 'Tiền Giang', 'tỉnh', 1), unit('pre2025', '822', 'Chợ Gạo', 'huyện', 2),
  unit('pre2025', '816', 'Gò Công', 'thị xã', 2), unit('2025', '82', 'Đồng Tháp', 'tỉnh', 1),
];

const choGao = { name: 'Chợ Gạo', type: 'huyện', province: 'Tiền Giang', code: '822' };
const goCong = { name: 'Gò Công', type: 'thị xã', province: 'Tiền Giang', code: '816' };
const tienGiang = { name: 'Tiền Giang', type: 'tỉnh', province: 'Tiền Giang', code: '82' };
const dongThap = { name: 'Đồng Tháp', type: 'tỉnh', province: 'Đồng Tháp', code: '82' };
const y2024 = { start: '2024-01-01', end: '2024-12-31', label: 'năm 2024' };
const y2025 = { start: '2025-07-01', end: '2025-12-31', label: '6 tháng cuối năm 2025' };

/** A dataset written by the real store: the demo's scope split, a code of both eras, a flagged fact. */
function buildDataset(path: string): void {
  const store = openStore(path);
  store.syncGazetteer('compat-test', UNITS);
  store.saveArticle(article('cho-gao', 'Huyện Chợ Gạo: kết quả giải quyết hồ sơ trễ hạn quý I/2024\n\nĐơn vị\nTiếp nhận\nChợ Gạo\n4.512'), [
    fact('dossiers_received', 4512, { locality: choGao, scope: 'huyện' }),
    fact('dossiers_resolved', 4390, { locality: choGao, scope: 'huyện' }),
    fact('on_time_rate', 99.34, { locality: choGao, scope: 'huyện' }),
    fact('dossiers_online', 2874, { locality: choGao }),
    fact('online_rate', 63.7, { locality: choGao }),
    fact('dossiers_received', 120, { locality: choGao, scope: 'xã' }),
  ], null);
  store.saveArticle(article('go-cong', 'Thị xã Gò Công 9 tháng 2023'), [
    fact('dossiers_received', 6214, { locality: goCong, scope: 'huyện' }),
    fact('on_time_rate', 98.7, { locality: goCong }),
  ], null);
  store.saveArticle(article('par-82', 'Chỉ số CCHC của Tân Phú Đông, Tiền Giang và Đồng Tháp', { published: '2026-01-10' }), [
    fact('par_index_score', 88.5, { unit: 'points', locality: tienGiang, period: y2024 }),
    fact('par_index_rank', 12, { of: 63, locality: tienGiang, period: y2024 }),
    fact('par_index_rank', 15, { of: 12, locality: dongThap, period: y2025 }), // flagged: rank above its denominator
  ], null);
  store.close();
}

interface PythonReport {
  sqlite_version: string;
  counts: Record<string, number>;
  folded: number[];
  exact: number[];
  fts: Record<string, string | null>;
  value_types: Record<string, string[]>;
}

/** Opens the file with python3's own sqlite3 module and reports what a researcher would see. */
function readWithPython(path: string): PythonReport {
  const script = String.raw`
import json, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name")]
counts = {n: conn.execute('SELECT count(*) FROM "%s"' % n).fetchone()[0] for n in names}
folded = [r[0] for r in conn.execute("""SELECT a.id, a.title FROM articles_fold_fts JOIN articles a ON a.id = articles_fold_fts.rowid
WHERE articles_fold_fts MATCH '"tan phu dong" AND "chi so"'""")]
exact = [r[0] for r in conn.execute("""SELECT a.id, a.title, snippet(articles_fts, 1, '[', ']', '…', 12)
FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
WHERE articles_fts MATCH '"hồ sơ trễ hạn"' ORDER BY bm25(articles_fts) LIMIT 10""")]
def detect(table):  # Datasette's detect_fts and sqlite-utils' Table.detect_fts
    rows = conn.execute("""SELECT name FROM sqlite_master WHERE rootpage = 0 AND (
        sql LIKE '%VIRTUAL TABLE%USING FTS%content="{t}"%' OR sql LIKE '%VIRTUAL TABLE%USING FTS%content=[{t}]%'
        OR (tbl_name = '{t}' AND sql LIKE '%VIRTUAL TABLE%USING FTS%'))""".format(t=table)).fetchall()
    return rows[0][0] if rows else None
types = {}
for unit, t in conn.execute("SELECT DISTINCT unit, typeof(value) FROM facts ORDER BY 1, 2"):
    types.setdefault(unit, []).append(t)
print(json.dumps({"sqlite_version": sqlite3.sqlite_version, "counts": counts, "folded": folded, "exact": exact,
                  "fts": {"articles": detect("articles"), "articles_fold": detect("articles_fold")}, "value_types": types}))
`;
  return JSON.parse(execFileSync('python3', ['-c', script, path], { encoding: 'utf8' })) as PythonReport;
}

function namesOf(path: string): string[] {
  const db = new Database(path, { readonly: true });
  const names = (db.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name`).all() as Array<{ name: string }>).map((r) => r.name);
  db.close();
  return names;
}

describe('a database old SQLite opens', () => {
  const path = tmp.file('compat.db');
  buildDataset(path);

  it('opens in python3 sqlite3: every table and view counts, and both README search queries run', () => {
    const py = readWithPython(path);
    expect(py.sqlite_version).toMatch(/^3\./);
    expect(Object.keys(py.counts)).toEqual(namesOf(path));
    expect(py.counts.articles).toBe(3);
    expect(py.counts.facts).toBe(11);
    expect(py.counts.v_facts).toBe(11);
    expect(py.counts.fact_flags).toBeGreaterThan(0);
    expect(py.folded).toEqual([3]);
    expect(py.exact).toEqual([1]);
  });

  it('keeps FTS tables in the form Datasette and sqlite-utils detect', () => {
    expect(readWithPython(path).fts).toEqual({ articles: 'articles_fts', articles_fold: 'articles_fold_fts' });
  });

  it('uses no SQLite option newer than 3.40 in its schema', () => {
    const db = new Database(path, { readonly: true });
    const sql = (db.prepare(`SELECT group_concat(sql, ';') AS s FROM sqlite_master`).get() as { s: string }).s;
    db.close();
    expect(sql).not.toMatch(/contentless_delete|contentless_unindexed|locale\s*=|\bSTRICT\b|\bUNIXEPOCH\b|->>/i);
  });

  it('stores counts, ranks and places as integers, rates and scores as reals', () => {
    expect(readWithPython(path).value_types).toEqual({ count: ['integer'], percent: ['real'], points: ['real'], rank: ['integer'] });
  });
});

describe('the pivoted views', () => {
  const path = tmp.file('views.db');
  buildDataset(path);
  const store = openStore(path, { readonly: true });
  afterAll(() => store.close());
  const rows = (sql: string) => store.db.prepare(sql).all();

  it('v_dossiers: one row per unit when a fact has no scope and another the unit\'s own tier', () => {
    expect(rows(`SELECT locality_name, locality_era, scope, received, resolved, online, on_time_rate, online_rate, article_doc_id
                 FROM v_dossiers ORDER BY article_id, scope`)).toEqual([
      { locality_name: 'Chợ Gạo', locality_era: 'pre2025', scope: null, received: 4512, resolved: 4390, online: 2874, on_time_rate: 99.34, online_rate: 63.7, article_doc_id: 'cho-gao' },
      { locality_name: 'Chợ Gạo', locality_era: 'pre2025', scope: 'xã', received: 120, resolved: null, online: null, on_time_rate: null, online_rate: null, article_doc_id: 'cho-gao' },
      { locality_name: 'Gò Công', locality_era: 'pre2025', scope: null, received: 6214, resolved: null, online: null, on_time_rate: 98.7, online_rate: null, article_doc_id: 'go-cong' },
    ]);
  });

  it('v_indices: code 82 of each era on its own row, with the article\'s doc id', () => {
    expect(rows(`SELECT year, locality_name, locality_code, locality_era, par_index_score, par_index_rank, par_index_rank_of, article_doc_id
                 FROM v_indices ORDER BY year`)).toEqual([
      { year: 2024, locality_name: 'Tiền Giang', locality_code: '82', locality_era: 'pre2025', par_index_score: 88.5, par_index_rank: 12, par_index_rank_of: 63, article_doc_id: 'par-82' },
      { year: 2025, locality_name: 'Đồng Tháp', locality_code: '82', locality_era: '2025', par_index_score: null, par_index_rank: 15, par_index_rank_of: 12, article_doc_id: 'par-82' },
    ]);
  });
});

describe('upgrading a schema v2 file in place', () => {
  it('keeps its facts and flags, turns counts into integers, and opens in python3 afterwards', () => {
    const path = tmp.file('v2.db');
    const db = new Database(path);
    for (const m of MIGRATIONS.filter((x) => x.version <= 2)) db.exec(m.sql);
    db.pragma('user_version = 2');
    db.prepare(
      `INSERT INTO articles (id, doc_id, url, title, published_at, text, relevance, content_hash, stored_hash, extractor_version, stored_at)
       VALUES (1, 'old-1', 'https://x.vn/1', 'Hồ sơ trễ hạn ở Tân Phú Đông', '2024-04-24', 'Hồ sơ trễ hạn ở Tân Phú Đông, chỉ số cao', 1, 'h', 's', '0.0.1', '2024-05-01')`,
    ).run();
    const insertFact = db.prepare(
      `INSERT INTO facts (id, article_id, ordinal, metric, value, unit, of_value, evidence_text, evidence_start, evidence_end, rule, extractor_version)
       VALUES (?, 1, ?, ?, ?, ?, ?, 'x', 0, 1, 'r', '0.0.1')`,
    );
    insertFact.run(1, 0, 'dossiers_overdue', 4512, 'count', null);
    insertFact.run(2, 1, 'sipas_rank', 15, 'rank', 12);
    insertFact.run(3, 2, 'on_time_rate', 100, 'percent', null);
    db.prepare(`INSERT INTO fact_flags (fact_id, flag, detail) VALUES (2, 'rank_above_denominator', '15/12')`).run();
    db.close();

    const store = openStore(path);
    expect(store.schemaVersion()).toBe(SCHEMA_VERSION);
    expect(store.search('tan phu dong').map((h) => h.articleId)).toEqual([1]);
    expect(store.db.prepare(`SELECT id, typeof(value) AS t, typeof(of_value) AS o FROM facts ORDER BY id`).all()).toEqual([
      { id: 1, t: 'integer', o: 'null' }, { id: 2, t: 'integer', o: 'integer' }, { id: 3, t: 'real', o: 'null' },
    ]);
    expect(store.db.prepare(`SELECT fact_id, flag FROM fact_flags`).all()).toEqual([{ fact_id: 2, flag: 'rank_above_denominator' }]);
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    store.close();

    const py = readWithPython(path);
    expect(Object.keys(py.counts)).toEqual(namesOf(path));
    expect(py.counts.facts).toBe(3);
    expect(py.folded).toEqual([1]);
    expect(py.fts.articles).toBe('articles_fts');
  });
});
