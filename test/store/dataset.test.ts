import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import type { GazetteerUnit } from '../../src/store/interface.ts';
import { writeRows } from '../../src/store/export-writer.ts';
import { openStore, ReadOnlyError, type SqliteStore } from '../../src/store/sqlite.ts';
import { article, fact, tempDir } from './helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const dump = (s: SqliteStore) => ({
  articles: s.db.prepare('SELECT * FROM articles ORDER BY id').all(),
  facts: s.db.prepare('SELECT * FROM facts ORDER BY id').all(),
  flags: s.db.prepare('SELECT * FROM fact_flags ORDER BY fact_id, flag').all(),
});

describe('storing articles', () => {
  it('gives the same rows when the same input is stored twice, and replaces facts when they change', () => {
    const store = openStore(tmp.file('idem.db'));
    const a = article('doc-1', 'Kết quả CCHC\n\nCó 100 hồ sơ.');
    const facts = [fact('dossiers_received', 100), fact('dossiers_resolved', 90)];
    const id = store.saveArticle(a, facts, null);
    const before = dump(store);
    expect(store.saveArticle(a, facts, store.startRun('ingest'))).toBe(id);
    expect(dump(store)).toEqual(before);

    const newer = [fact('dossiers_received', 100, { extractor_version: '0.2.0' })];
    expect(store.saveArticle(a, newer, null)).toBe(id);
    const after = dump(store);
    expect(after.articles).toHaveLength(1);
    expect(after.facts).toHaveLength(1);
    expect(after.facts[0]).toMatchObject({ metric: 'dossiers_received', extractor_version: '0.2.0' });
    expect(store.findArticleByHash(a.contentHash)).toEqual({ id, docId: a.id, pageUrl: null });
    store.close();
  });

  it('flags inconsistent facts and keeps them', () => {
    const store = openStore(tmp.file('flags.db'));
    store.saveArticle(article('doc-flags', 'x'), [
      fact('dossiers_resolved', 100),
      fact('dossiers_on_time', 90),
      fact('dossiers_overdue', 5), // 90 + 5 != 100
      fact('on_time_rate', 98), // 90/100 = 90%
      fact('overdue_rate', 5), // 5/100 = 5%: consistent
      fact('par_index_rank', 14, { of: 12 }),
      fact('online_rate', 104.5, { period: { start: '2024-01-01', end: '2024-12-31' } }),
      fact('dossiers_received', 80, { approx: 'gt' }), // approximate: not compared
    ], null);
    const flags = store.db.prepare(`SELECT f.metric, ff.flag, ff.detail FROM fact_flags ff JOIN facts f ON f.id = ff.fact_id ORDER BY f.ordinal, ff.flag`).all() as Array<{ metric: string; flag: string; detail: string }>;
    expect(flags.map((f) => `${f.metric}:${f.flag}`)).toEqual([
      'dossiers_resolved:parts_vs_resolved',
      'dossiers_on_time:parts_vs_resolved',
      'dossiers_overdue:parts_vs_resolved',
      'on_time_rate:rate_vs_counts',
      'par_index_rank:rank_above_denominator',
      'online_rate:rate_above_100',
    ]);
    expect(flags.find((f) => f.flag === 'rate_vs_counts')!.detail).toContain('dossiers_on_time/dossiers_resolved = 90%');
    expect((store.db.prepare('SELECT count(*) AS n FROM facts').get() as { n: number }).n).toBe(8);

    // consistent figures, early counted apart: no flags
    store.saveArticle(article('doc-ok', 'y'), [
      fact('dossiers_resolved', 100), fact('dossiers_on_time', 80), fact('dossiers_early', 15), fact('dossiers_overdue', 5),
      fact('on_time_rate', 95), fact('dossiers_received', 120), fact('resolved_rate', 83.3), fact('sipas_rank', 3, { of: 63 }),
    ], null);
    expect(store.db.prepare(`SELECT count(*) AS n FROM fact_flags ff JOIN facts f ON f.id = ff.fact_id JOIN articles a ON a.id = f.article_id WHERE a.doc_id = 'doc-ok'`).get()).toEqual({ n: 0 });
    store.close();
  });
});

const UNITS: GazetteerUnit[] = [
  { code: '82', name: 'Tiền Giang', type: 'tỉnh', level: 1, parentCode: null, provinceCode: '82', era: 'pre2025', validFrom: null, validTo: '2025-06-30', aliases: [], successors: ['82'] },
  { code: '823', name: 'Chợ Gạo', type: 'huyện', level: 2, parentCode: '82', provinceCode: '82', era: 'pre2025', validFrom: null, validTo: '2025-06-30', aliases: [], successors: ['82'] },
  { code: '28435', name: 'Bình Phục Nhứt', type: 'xã', level: 3, parentCode: '823', provinceCode: '82', era: 'pre2025', validFrom: null, validTo: '2025-06-30', aliases: [], successors: ['28436'] },
  { code: '82', name: 'Đồng Tháp', type: 'tỉnh', level: 1, parentCode: null, provinceCode: '82', era: '2025', validFrom: '2025-07-01', validTo: null, aliases: [], successors: [] },
  { code: '28436', name: 'Bình Ninh', type: 'xã', level: 3, parentCode: '82', provinceCode: '82', era: '2025', validFrom: '2025-07-01', validTo: null, aliases: [], successors: [] },
];

describe('views', () => {
  const path = tmp.file('views.db');
  const store = openStore(path);
  const choGao = { name: 'Chợ Gạo', type: 'huyện', province: 'Tiền Giang', code: '823' };
  store.saveArticle(article('doc-d', 'Chợ Gạo năm 2023'), [
    fact('dossiers_received', 27366, { locality: choGao }),
    fact('dossiers_resolved', 27000, { locality: choGao }),
    fact('dossiers_on_time', 26900, { locality: choGao }),
    fact('dossiers_overdue', 7600, { locality: choGao, approx: 'gt' }),
    fact('dossiers_overdue', 100, { locality: choGao }),
    fact('on_time_rate', 99.6, { locality: choGao }),
    fact('dossiers_received', 500, { locality: { name: 'Bình Phục Nhứt', type: 'xã', province: 'Tiền Giang', code: '28435' } }),
  ], null);
  store.saveArticle(article('doc-i', 'Tiền Giang chỉ số CCHC'), [
    fact('par_index_score', 88.5, { unit: 'points', locality: { name: 'Tiền Giang', type: 'tỉnh', province: 'Tiền Giang', code: '82' }, period: { start: '2022-01-01', end: '2022-12-31' } }),
    fact('par_index_rank', 3, { of: 13, among: 'khu vực Đồng bằng sông Cửu Long', locality: { name: 'Tiền Giang', type: 'tỉnh', province: 'Tiền Giang', code: '82' }, period: { start: '2022-01-01', end: '2022-12-31' } }),
    fact('par_index_rank', 12, { of: 63, among: '63 tỉnh, thành phố', locality: { name: 'Tiền Giang', type: 'tỉnh', province: 'Tiền Giang', code: '82' }, period: { start: '2022-01-01', end: '2022-12-31' } }),
    fact('sipas_score', 85.1, { locality: { name: 'Tiền Giang', type: 'tỉnh', province: 'Tiền Giang', code: '82' }, period: { start: '2022-01-01', end: '2022-12-31' } }),
  ], null);
  expect(store.syncGazetteer('test-1', UNITS)).toBe(true);
  expect(store.syncGazetteer('test-1', UNITS)).toBe(false);

  it('v_facts gives the locality as it was and as it is today', () => {
    const rows = store.db.prepare(`SELECT metric, locality_code, locality_era, locality_code_today, locality_name_today, article_url FROM v_facts WHERE locality_code IN ('28435', '82') ORDER BY fact_id`).all();
    expect(rows[0]).toEqual({ metric: 'dossiers_received', locality_code: '28435', locality_era: 'pre2025', locality_code_today: '28436', locality_name_today: 'xã Bình Ninh', article_url: 'https://example.gov.vn/doc-d' });
    // the code 82 exists in both eras: a 2022 figure is Tiền Giang of then, Đồng Tháp today
    expect(rows[1]).toMatchObject({ locality_code: '82', locality_era: 'pre2025', locality_code_today: '82', locality_name_today: 'tỉnh Đồng Tháp' });
  });

  it('v_dossiers pivots one row per locality and period, the exact figure over the rounded one', () => {
    const rows = store.db.prepare(`SELECT locality_name, received, resolved, on_time, overdue, on_time_rate, any_approx, flags FROM v_dossiers ORDER BY locality_name`).all();
    expect(rows).toEqual([
      { locality_name: 'Bình Phục Nhứt', received: 500, resolved: null, on_time: null, overdue: null, on_time_rate: null, any_approx: 0, flags: null },
      { locality_name: 'Chợ Gạo', received: 27366, resolved: 27000, on_time: 26900, overdue: 100, on_time_rate: 99.6, any_approx: 0, flags: null },
    ]);
  });

  it('v_indices gives score and rank per unit and year, the national rank over the regional one', () => {
    const rows = store.db.prepare(`SELECT year, locality_name, par_index_score, par_index_rank, par_index_rank_of, par_index_rank_among, sipas_score FROM v_indices`).all();
    expect(rows).toEqual([{ year: 2022, locality_name: 'Tiền Giang', par_index_score: 88.5, par_index_rank: 12, par_index_rank_of: 63, par_index_rank_among: '63 tỉnh, thành phố', sipas_score: 85.1 }]);
  });

  it('stats count per source, province, metric and year', () => {
    const s = store.stats();
    expect(s).toMatchObject({ articles: 2, facts: 11 });
    expect(s.byMetric.find((m) => m.key === 'dossiers_received')).toEqual({ key: 'dossiers_received', articles: 1, facts: 2 });
    expect(s.byMetric.find((m) => m.key === 'par_index_rank')).toEqual({ key: 'par_index_rank', articles: 1, facts: 2 });
    expect(s.byYear.map((y) => y.key)).toEqual(['2022', '2023']);
    expect(s.byProvince).toEqual([{ key: 'Tiền Giang', articles: 2, facts: 11 }]);
  });

  it('exports CSV that parses back to the same rows, and JSON Lines', async () => {
    const ro = openStore(path, { readonly: true });
    const out = tmp.file('facts.csv');
    const expected = ro.query('SELECT * FROM v_facts ORDER BY fact_id');
    const expectedRows = [...expected.rows];
    expect(await writeRows(ro.exportRows('facts'), out, { format: 'csv' })).toBe(11);
    const parsed = parse(readFileSync(out, 'utf8'), { columns: false }) as string[][];
    expect(parsed[0]).toEqual(expected.columns);
    expect(parsed.slice(1)).toEqual(expectedRows.map((r) => r.map((v) => (v === null ? '' : String(v)))));

    const jsonl = tmp.file('idx.jsonl');
    expect(await writeRows(ro.exportRows('indices', "locality_name = 'Tiền Giang'"), jsonl, { format: 'jsonl' })).toBe(1);
    expect(JSON.parse(readFileSync(jsonl, 'utf8').trim())).toMatchObject({ year: 2022, par_index_rank: 12 });
    expect(() => ro.exportRows('facts', 'no_such_column = 1')).toThrow(/bad --where/);
    ro.close();
  });

  it('a read-only query refuses writes with a clear message', () => {
    const ro = openStore(path, { readonly: true });
    expect(() => ro.query("DELETE FROM facts")).toThrow(ReadOnlyError);
    expect(() => ro.query("UPDATE articles SET title = 'x'")).toThrow(/read-only/);
    expect(() => ro.query('SELECT nope FROM facts')).toThrow(/query: no such column/);
    expect([...ro.query('SELECT count(*) FROM facts').rows]).toEqual([[11]]);
    ro.close();
    store.close();
  });
});

describe('export for Excel', () => {
  it('adds a BOM, quotes per RFC 4180 and neutralises formula cells', async () => {
    const store = openStore(tmp.file('excel.db'));
    store.saveArticle(article('doc-x', '=HYPERLINK("http://evil")\n\n"Trích dẫn", dòng\nmới', { title: '=HYPERLINK("http://evil")', author: '@tác giả' }), [fact('par_rank_change', -7)], null);
    const out = tmp.file('articles.csv');
    await writeRows(store.exportRows('articles'), out, { format: 'csv', excel: true });
    const raw = readFileSync(out, 'utf8');
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    const [header, row] = parse(raw, { bom: true }) as string[][];
    const col = (name: string) => row![header!.indexOf(name)];
    expect(col('title')).toBe(`'=HYPERLINK("http://evil")`);
    expect(col('author')).toBe(`'@tác giả`);
    expect(col('text')).toBe(`'=HYPERLINK("http://evil")\n\n"Trích dẫn", dòng\nmới`);

    const facts = tmp.file('facts.csv');
    await writeRows(store.exportRows('facts'), facts, { format: 'csv', excel: true });
    const [h2, r2] = parse(readFileSync(facts, 'utf8'), { bom: true }) as string[][];
    expect(r2![h2!.indexOf('value')]).toBe('-7'); // a negative number is a number, not a formula
    store.close();
  });
});

describe('search', () => {
  it('finds Vietnamese text with or without accents, đ included, and numbers as phrases', () => {
    const store = openStore(tmp.file('search.db'));
    store.saveArticle(article('a1', 'Tân Phú Đông giảm hồ sơ trễ hạn\n\nNăm 2023, huyện Tân Phú Đông có 27.366 hồ sơ, trong đó 12 hồ sơ trễ hạn.'), [], null);
    store.saveArticle(article('a2', 'Hồ Chí Minh\n\nThành phố Hồ Chí Minh đẩy mạnh dịch vụ công trực tuyến.'), [], null);
    // filler that shares words (hồ, sơ, đông...) but not the phrases
    for (let i = 0; i < 30; i++) store.saveArticle(article(`f${i}`, `Tin ${i}\n\nHồ Gươm mùa đông; sơ kết ${i} năm; phú quý; hạn hán.`), [], null);

    const hits = store.search('ho so tre han');
    expect(hits[0]!.articleId).toBe(1);
    expect(hits[0]!.snippet).toContain('[hồ sơ trễ hạn]');
    expect(store.search('tan phu dong').map((h) => h.articleId)).toEqual([1]);
    expect(store.search('Tân Phú Đông').map((h) => h.articleId)).toEqual([1]);
    expect(store.search('27.366')[0]!.snippet).toContain('[27.366]');
    expect(store.search('"dich vu cong" "ho chi minh"').map((h) => h.articleId)).toEqual([2]);
    expect(store.search('tan phu dong', { exact: true })).toEqual([]); // đ stays apart in the exact index
    expect(store.search('hồ sơ trễ hạn', { exact: true }).map((h) => h.articleId)).toContain(1);
    expect(store.search('no such words here')).toEqual([]);
    store.close();
  });
});
