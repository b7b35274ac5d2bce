// Figures across articles: the stories articles belong to, the history of replaced facts, and the `figures`
// table (one agreed value per metric, locality, scope, agency, aggregate and period), kept up to date per key.
import type Database from 'better-sqlite3';
import type { FigureSummary } from './interface.ts';
import { bandHashes, fromBlob, minhash, similarity, STORY_THRESHOLD, toBlob } from './stories.ts';

/** Two exact values disagree beyond rounding: percent by more than 0.05 points, anything else at all. */
export function agrees(unit: string, a: number, b: number): boolean {
  return Math.abs(a - b) <= (unit === 'percent' ? 0.05 + 1e-9 : 1e-9);
}

const BUCKET_CANDIDATES = 20;

interface FactRow {
  id: number;
  article_id: number;
  metric: string;
  value: number;
  unit: string;
  of_value: number | null;
  approx: string | null;
  among: string | null;
  locality_name: string | null;
  locality_type: string | null;
  locality_province: string | null;
  locality_code: string | null;
  locality_era: string | null;
  scope: string | null;
  agency: string | null;
  aggregate: string | null;
  period_start: string | null;
  period_end: string | null;
  period_label: string | null;
  evidence_text: string;
  evidence_start: number;
  extractor_version: string;
  figure_key: string | null;
}

const KEY_SQL = `json_array(metric, COALESCE(locality_code, lower(locality_name)), locality_era, scope, agency, aggregate, period_start, period_end)`;

export class FigureIndex {
  private readonly stmts = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  /** Prepared statements cached by their text (a save prepares none). */
  private st(sql: string): Database.Statement {
    let s = this.stmts.get(sql);
    if (!s) this.stmts.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  /** The article's facts as stored (before a re-store replaces them). */
  factsOf(articleId: number): FactRow[] {
    return this.st(`SELECT * FROM facts WHERE article_id = ?`).all(articleId) as FactRow[];
  }

  /**
   * After an article and its facts are saved (inside the same transaction): keys its facts, joins it to a story,
   * keeps each replaced number in fact_history and recomputes the figures of every key touched.
   */
  afterSave(articleId: number, title: string | null, text: string, before: FactRow[], now: string): void {
    this.st(`UPDATE facts SET figure_key = ${KEY_SQL} WHERE article_id = ?`).run(articleId);
    const after = this.factsOf(articleId);
    this.recordReplaced(articleId, before, after, now);
    this.assignStory(articleId, `${title ?? ''}\n${text}`);
    const keys = new Set<string>();
    for (const f of [...before, ...after]) if (f.figure_key) keys.add(f.figure_key);
    for (const k of keys) this.refresh(k);
  }

  private recordReplaced(articleId: number, before: FactRow[], after: FactRow[], now: string): void {
    if (!before.length) return;
    const insert = this.st(
      `INSERT INTO fact_history (article_id, figure_key, metric, value, new_value, approx, evidence_text, extractor_version, replaced_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const old of before) {
      if (!old.figure_key) continue;
      const same = after.filter((f) => f.figure_key === old.figure_key);
      if (same.some((f) => f.value === old.value)) continue; // unchanged number: no revision
      insert.run(articleId, old.figure_key, old.metric, old.value, same[0]?.value ?? null, old.approx, old.evidence_text, old.extractor_version, now);
    }
  }

  /** Joins the article to the story of the most similar stored article found through the LSH bands, else opens one. */
  assignStory(articleId: number, text: string): number {
    const sig = minhash(text);
    const bands = bandHashes(sig);
    this.st(`DELETE FROM story_bands WHERE article_id = ?`).run(articleId);
    // The latest few per bucket: copies arrive close in time, and a bucket of boilerplate shared by thousands
    // of articles must not make each save read them all.
    const find = this.st(`SELECT article_id FROM story_bands WHERE band = ? AND hash = ? ORDER BY article_id DESC LIMIT ${BUCKET_CANDIDATES}`);
    const candidates = new Set<number>();
    bands.forEach((h, b) => {
      for (const r of find.all(b, h) as Array<{ article_id: number }>) if (r.article_id !== articleId) candidates.add(r.article_id);
    });
    let story = articleId;
    let best = STORY_THRESHOLD;
    const load = this.st(`SELECT story_id, signature FROM article_stories WHERE article_id = ?`);
    for (const c of candidates) {
      const row = load.get(c) as { story_id: number; signature: Buffer } | undefined;
      if (!row) continue;
      const s = similarity(sig, fromBlob(row.signature));
      if (s >= best) {
        if (s > best || row.story_id < story) story = row.story_id;
        best = s;
      }
    }
    this
      .st(`INSERT INTO article_stories (article_id, story_id, signature) VALUES (?, ?, ?)
                ON CONFLICT(article_id) DO UPDATE SET story_id = excluded.story_id, signature = excluded.signature`)
      .run(articleId, story, toBlob(sig));
    const band = this.st(`INSERT OR IGNORE INTO story_bands (band, hash, article_id) VALUES (?, ?, ?)`);
    bands.forEach((h, b) => band.run(b, h, articleId));
    return story;
  }

  /** Recomputes one figure from every fact carrying its key. */
  refresh(key: string): void {
    const rows = this
      .st(
        `SELECT f.*, a.published_at, a.title, COALESCE(s.story_id, a.id) AS story_id
         FROM facts f JOIN articles a ON a.id = f.article_id LEFT JOIN article_stories s ON s.article_id = a.id
         WHERE f.figure_key = ?`,
      )
      .all(key) as Array<FactRow & { published_at: string | null; title: string | null; story_id: number }>;
    if (!rows.length) {
      this.st(`DELETE FROM figures WHERE figure_key = ?`).run(key);
      return;
    }
    const unit = rows[0]!.unit;
    const exact = rows.filter((r) => r.approx === null);
    const pool = exact.length ? exact : rows;
    // The agreed value: the one stated by most independent stories (then most articles, then earliest).
    const groups: Array<{ value: number; stories: Set<number>; n: number }> = [];
    for (const r of pool) {
      let g = groups.find((x) => agrees(unit, x.value, r.value));
      if (!g) groups.push((g = { value: r.value, stories: new Set(), n: 0 }));
      g.stories.add(r.story_id);
      g.n++;
    }
    groups.sort((a, b) => b.stories.size - a.stories.size || b.n - a.n);
    const agreed = groups[0]!;
    // A conflict is between articles: one states exactly a value and another states exactly none that agrees.
    // (One article giving the key two values is a key too coarse for it, not a disagreement between sources.)
    const agreeing = new Set(exact.filter((r) => agrees(unit, agreed.value, r.value)).map((r) => r.article_id));
    const dissenting = exact.filter((r) => !agreeing.has(r.article_id));
    const conflict = dissenting.length > 0;
    const conflictValues = [agreed.value, ...new Set(dissenting.map((r) => r.value))].sort((a, b) => a - b);
    // Best evidence: exact over approximate, body over headline, then the earliest article.
    const inHeadline = (r: (typeof rows)[number]) => r.title !== null && r.evidence_start < r.title.length && r.evidence_text.length <= r.title.length;
    const best = pool
      .filter((r) => agrees(unit, agreed.value, r.value))
      .sort((a, b) => Number(inHeadline(a)) - Number(inHeadline(b)) || (a.published_at ?? '9999').localeCompare(b.published_at ?? '9999') || a.id - b.id)[0]!;
    const dates = rows.map((r) => r.published_at).filter((d): d is string => !!d).sort();
    const revisions = (this.st(`SELECT count(*) AS n FROM fact_history WHERE figure_key = ?`).get(key) as { n: number }).n;
    this
      .st(
        `INSERT OR REPLACE INTO figures (figure_key, metric, unit, locality_name, locality_type, locality_province, locality_code, locality_era,
           scope, agency, aggregate, period_start, period_end, period_label, value, of_value, among, approx,
           n_articles, n_stories, first_published, last_published, best_fact_id, conflict, conflict_values, revisions)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        key, best.metric, unit, best.locality_name, best.locality_type, best.locality_province, best.locality_code, best.locality_era,
        best.scope, best.agency, best.aggregate, best.period_start, best.period_end, best.period_label,
        best.value, best.of_value, best.among, exact.length ? null : best.approx,
        new Set(rows.map((r) => r.article_id)).size, new Set(rows.map((r) => r.story_id)).size,
        dates[0] ?? null, dates.at(-1) ?? null, best.id, Number(conflict),
        conflict ? conflictValues.join(';') : null, revisions,
      );
  }

  figuresOf(articleId: number): FigureSummary[] {
    return this.st(
      `SELECT g.figure_key AS figureKey, g.metric, g.locality_name AS localityName, g.period_label AS periodLabel, g.value, g.unit,
         g.n_articles AS nArticles, g.n_stories AS nStories, g.conflict_values AS conflictValues, g.revisions
       FROM figures g WHERE g.figure_key IN (SELECT figure_key FROM facts WHERE article_id = ?) ORDER BY g.metric, g.figure_key`,
    ).all(articleId) as FigureSummary[];
  }

  /** Everything from scratch: keys, stories (in article order) and figures. Returns the number of figures. */
  rebuild(): number {
    this.st(`UPDATE facts SET figure_key = ${KEY_SQL}`).run();
    this.st(`DELETE FROM story_bands`).run();
    this.st(`DELETE FROM article_stories`).run();
    const articles = this.st(`SELECT id, title, text FROM articles ORDER BY id`).all() as Array<{ id: number; title: string | null; text: string }>;
    for (const a of articles) this.assignStory(a.id, `${a.title ?? ''}\n${a.text}`);
    this.st(`DELETE FROM figures`).run();
    const keys = this.st(`SELECT DISTINCT figure_key AS k FROM facts WHERE figure_key IS NOT NULL`).all() as Array<{ k: string }>;
    for (const { k } of keys) this.refresh(k);
    return keys.length;
  }
}
