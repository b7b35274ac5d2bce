// Figures across articles on real SQLite files: stories of near-duplicates, agreed values, conflicts, revisions.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type SqliteStore } from '../../src/store/sqlite.ts';
import { agrees } from '../../src/store/figures.ts';
import { minhash, similarity, STORY_THRESHOLD } from '../../src/store/stories.ts';
import { labelledPairs, scoreThresholds } from '../../src/store/story-pairs.ts';
import { readdirSync } from 'node:fs';
import { article, fact, tempDir } from './helpers.ts';

const tmp = tempDir('cchc-figures-');
afterAll(() => tmp.cleanup());

const RELEASE = (JSON.parse(readFileSync(new URL('../fixtures/real/docs/' + 'a006.json', import.meta.url), 'utf8')) as { text: string }).text;
const SYNDICATED = `Báo Quảng Ninh điện tử - Chia sẻ bài viết\n\n${RELEASE}\n\nNguồn: Cổng thông tin huyện Đầm Hà. Xem thêm các tin khác cùng chuyên mục.`;
const REWRITTEN = `Đầm Hà: Không có hồ sơ trễ hạn trong quý đầu năm

Theo báo cáo của UBND huyện, từ đầu năm đến nay trung tâm đã nhận hơn 6.100 bộ hồ sơ của người dân và doanh nghiệp;
số hồ sơ được trả kết quả sớm hơn hẹn là 3.870 bộ. Lãnh đạo huyện yêu cầu các phòng ban tiếp tục nâng cao chất lượng phục vụ.`;

const received = (approx: 'gt' | null = null, value = 6192) => fact('dossiers_received', value, { approx, period: { start: '2020-01-01', end: '2020-03-31', label: 'quý I/2020' } });
const early = (value: number) => fact('dossiers_early', value, { period: { start: '2020-01-01', end: '2020-03-31', label: 'quý I/2020' } });

function figures(store: SqliteStore): Array<Record<string, unknown>> {
  const { columns, rows } = store.query(`SELECT metric, value, approx, n_articles, n_stories, conflict, conflict_values, revisions FROM figures ORDER BY metric`);
  return [...rows].map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i]])));
}

function ingestThree(store: SqliteStore): void {
  store.saveArticle(article('outlet-a', RELEASE, { published: '2020-04-02' }), [received(), early(3807)], null);
  store.saveArticle(article('outlet-b', SYNDICATED, { published: '2020-04-03' }), [received(), early(3807)], null);
  store.saveArticle(article('outlet-c', REWRITTEN, { published: '2020-04-05' }), [received('gt', 6100), early(3870)], null);
}

describe('stories', () => {
  it('puts a syndicated copy with other boilerplate in the same story, and a rewrite of the same release in another', () => {
    expect(RELEASE.length).toBeGreaterThan(500);
    expect(similarity(minhash(RELEASE), minhash(SYNDICATED))).toBeGreaterThan(0.7);
    expect(similarity(minhash(RELEASE), minhash(REWRITTEN))).toBeLessThan(0.2);
  });

  it('the threshold separates copies and edits from different articles of the real fixtures', () => {
    const dir = new URL('../fixtures/real/docs/', import.meta.url);
    const texts = readdirSync(dir).map((f) => (JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { text: string }).text);
    const [score] = scoreThresholds(labelledPairs(texts), [STORY_THRESHOLD]);
    expect(score!.precision).toBeGreaterThanOrEqual(0.99);
    expect(score!.recall).toBeGreaterThanOrEqual(0.98);
  });

  it('rounds percent to 0.05 and counts exactly', () => {
    expect(agrees('percent', 98.5, 98.54)).toBe(true);
    expect(agrees('percent', 98.5, 98.6)).toBe(false);
    expect(agrees('dossiers', 3807, 3808)).toBe(false);
  });
});

describe('figures', () => {
  it('one release in three outlets: one figure per number with three sources, two stories, a conflict on the differing one', () => {
    const store = openStore(tmp.file('three.db'));
    try {
      ingestThree(store);
      expect(figures(store)).toEqual([
        { metric: 'dossiers_early', value: 3807, approx: null, n_articles: 3, n_stories: 2, conflict: 1, conflict_values: '3807;3870', revisions: 0 },
        // 'hơn 6.100' agrees with the exact 6.192: no conflict, the exact value is the figure
        { metric: 'dossiers_received', value: 6192, approx: null, n_articles: 3, n_stories: 2, conflict: 0, conflict_values: null, revisions: 0 },
      ]);
      const [stories] = [...store.query(`SELECT count(DISTINCT story_id) FROM article_stories`).rows][0] as [number];
      expect(stories).toBe(2);
    } finally {
      store.close();
    }
  });

  it('ingesting again changes nothing, and a full rebuild gives the same figures', () => {
    const store = openStore(tmp.file('again.db'));
    try {
      ingestThree(store);
      const first = figures(store);
      ingestThree(store);
      expect(figures(store)).toEqual(first);
      expect(store.rebuildFigures()).toBe(2);
      expect(figures(store)).toEqual(first);
      const [history] = [...store.query(`SELECT count(*) FROM fact_history`).rows][0] as [number];
      expect(history).toBe(0);
    } finally {
      store.close();
    }
  });

  it('a re-fetched edited article keeps the replaced number with its time, and the figure records the revision', () => {
    const store = openStore(tmp.file('revision.db'));
    try {
      ingestThree(store);
      const edited = REWRITTEN.replace('3.870', '3.807');
      store.saveArticle(article('outlet-c', edited, { published: '2020-04-05' }), [received('gt', 6100), early(3807)], null);
      const { rows } = store.query(`SELECT metric, value, new_value, replaced_at FROM fact_history`);
      const history = [...rows];
      expect(history).toHaveLength(1);
      expect(history[0]!.slice(0, 3)).toEqual(['dossiers_early', 3870, 3807]);
      expect(history[0]![3]).toMatch(/^\d{4}-\d\d-\d\dT/);
      const fig = figures(store).find((f) => f.metric === 'dossiers_early');
      expect(fig).toMatchObject({ value: 3807, conflict: 0, revisions: 1, n_articles: 3 });
    } finally {
      store.close();
    }
  });

  it('exports figures with their best evidence', () => {
    const store = openStore(tmp.file('export.db'));
    try {
      ingestThree(store);
      const { columns, rows } = store.exportRows('figures');
      expect(columns).toContain('best_evidence');
      expect(columns).toContain('conflict');
      expect([...rows]).toHaveLength(2);
      const { rows: dossierRows } = store.query(`SELECT received, early, n_sources, conflict FROM v_dossier_figures`);
      expect([...dossierRows]).toEqual([[6192, 3807, 3, 1]]);
    } finally {
      store.close();
    }
  });
});
