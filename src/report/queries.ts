// What the report shows, read from the dataset through the store's read-only query() (the store keeps the
// connection; these are researcher-style SELECTs). Every figure is aggregated or capped in SQL, so memory
// and page size depend on provinces × months, not on the number of articles or facts.
import { z } from 'zod';
import type { DatasetStore } from '../store/interface.ts';

/** Cap on evidence text carried into the page: enough to recognise the sentence, bounded page size. */
const EVIDENCE_CHARS = 240;
/** Small multiples: the provinces with most points, so a 63-province dataset stays a readable, bounded page. */
export const MAX_DOSSIER_PROVINCES = 24;
export const DOSSIER_METRICS = ['on_time_rate', 'overdue_rate', 'online_rate', 'satisfaction_rate'] as const;
export const INDEX_METRICS = ['par_index_score', 'par_index_rank', 'sipas_score', 'sipas_rank'] as const;
/** A rank out of this many is among all provinces (before / since 1 July 2025); anything else is a regional rank. */
const NATIONAL_DENOMINATORS = [63, 34];

const num = z.coerce.number();
const str = z.string();
const optStr = z.string().nullable();

export const CoverageRow = z.object({ month: str, province: str, provinceSince2025: str, articles: num, facts: num });
export const SourceRow = z.object({ id: str, name: str, province: optStr, lastSuccess: optStr, failures: num, pages: num });
export const PointRow = z.object({
  province: str, metric: str, month: str, value: num, points: num,
  locality: optStr, evidence: str, title: optStr, url: optStr,
});
export const IndexRow = z.object({
  province: str, metric: str, year: num, value: num, of: num.nullable(), among: optStr, national: num,
  evidence: str, title: optStr, url: optStr,
});
export const FlagRow = z.object({
  factId: num, flag: str, detail: str, metric: str, value: num, unit: str, locality: optStr, period: optStr,
  evidence: str, title: optStr, url: optStr,
});
export const TileRow = z.object({ code: str, name: str, articles: num, facts: num });

export type CoverageRow = z.infer<typeof CoverageRow>;
export type SourceRow = z.infer<typeof SourceRow>;
export type PointRow = z.infer<typeof PointRow>;
export type IndexRow = z.infer<typeof IndexRow>;
export type FlagRow = z.infer<typeof FlagRow>;
export type TileRow = z.infer<typeof TileRow>;

export interface ReportData {
  totals: { articles: number; facts: number; flagged: number };
  coverage: CoverageRow[];
  sources: SourceRow[];
  dossiers: PointRow[];
  indices: IndexRow[];
  disagreements: FlagRow[];
  disagreementsTotal: number;
  tiles: TileRow[];
}

/** The report's data. `where` is an SQL condition on v_facts columns; it limits the facts (and the articles that have them). */
export function loadReportData(store: DatasetStore, where: string | null, options: { maxFlags?: number } = {}): ReportData {
  const rows = <T>(schema: z.ZodType<T>, sql: string): T[] => {
    const stream = store.query(sql);
    const out: T[] = [];
    for (const raw of stream.rows) {
      const obj = Object.fromEntries(stream.columns.map((c, i) => [c, raw[i]]));
      out.push(schema.parse(obj));
    }
    return out;
  };
  // The filter goes through v_facts once, as a set of fact ids, so the aggregates below read the plain tables.
  const factFilter = where ? `f.id IN (SELECT fact_id FROM v_facts WHERE (${where}))` : '1';
  const articleFilter = where ? `a.id IN (SELECT article_id FROM v_facts WHERE (${where}))` : '1';
  const evidence = `substr(f.evidence_text, 1, ${EVIDENCE_CHARS})`;
  const article = `COALESCE(a.page_url, a.url)`;
  const month = `substr(COALESCE(f.period_end, f.period_start, a.published_at), 1, 7)`;
  const province = `COALESCE(f.locality_province, CASE WHEN f.locality_type IN ('tỉnh', 'thành phố') THEN f.locality_name END, a.site_province, s.province)`;

  try {
    // drain it: an unfinished iterator keeps the connection busy
    for (const _ of store.query(`SELECT 1 FROM v_facts WHERE (${where ?? '1'}) LIMIT 0`).rows);
  } catch (err) {
    throw new Error(`report: bad --where ${JSON.stringify(where)}: ${(err as Error).message.replace(/^query: /, '')}`);
  }

  const totals = rows(z.object({ articles: num, facts: num, flagged: num }), `SELECT
      (SELECT count(*) FROM articles a WHERE ${articleFilter}) AS articles,
      (SELECT count(*) FROM facts f WHERE ${factFilter}) AS facts,
      (SELECT count(DISTINCT fact_id) FROM fact_flags ff JOIN facts f ON f.id = ff.fact_id WHERE ${factFilter}) AS flagged`)[0]!;

  const coverage = rows(CoverageRow, `
    SELECT COALESCE(substr(a.published_at, 1, 7), 'undated') AS month,
           COALESCE(s.province, a.site_province, 'unknown') AS province,
           COALESCE(s.province_since_2025, s.province, a.site_province, 'unknown') AS provinceSince2025,
           count(*) AS articles, COALESCE(sum(fc.n), 0) AS facts
    FROM articles a
    LEFT JOIN sources s ON s.id = a.source_id
    LEFT JOIN (SELECT article_id, count(*) AS n FROM facts f WHERE ${factFilter} GROUP BY article_id) fc ON fc.article_id = a.id
    WHERE ${articleFilter}
    GROUP BY 1, 2, 3 ORDER BY 1, 2`);

  // A source's failures are its failed frontier items; its last success the last page fetched without error.
  const sources = rows(SourceRow, `
    SELECT s.id, s.name, s.province,
      (SELECT max(p.fetched_at) FROM pages p WHERE p.source_id = s.id AND p.error IS NULL AND p.status < 400) AS lastSuccess,
      (SELECT count(*) FROM frontier fr WHERE fr.source_id = s.id AND fr.state = 'failed') AS failures,
      (SELECT count(*) FROM pages p WHERE p.source_id = s.id) AS pages
    FROM sources s ORDER BY s.province, s.id`);

  // One point per province, metric and month: the mean value, with the first fact's sentence as its evidence.
  const dossiers = rows(PointRow, `
    WITH g AS (
      SELECT ${province} AS province, f.metric, ${month} AS month, min(f.id) AS first_id, avg(f.value) AS value, count(*) AS points
      FROM facts f JOIN articles a ON a.id = f.article_id LEFT JOIN sources s ON s.id = a.source_id
      WHERE f.metric IN (${DOSSIER_METRICS.map((m) => `'${m}'`).join(',')}) AND f.unit = 'percent' AND f.value BETWEEN 0 AND 100
        AND ${month} IS NOT NULL AND ${factFilter}
      GROUP BY 1, 2, 3
    ), top AS (
      SELECT province FROM g WHERE province IS NOT NULL GROUP BY province ORDER BY sum(points) DESC, province LIMIT ${MAX_DOSSIER_PROVINCES}
    )
    SELECT g.province, g.metric, g.month, g.value, g.points,
           trim(COALESCE(f.locality_type || ' ', '') || COALESCE(f.locality_name, '')) AS locality,
           ${evidence} AS evidence, a.title, ${article} AS url
    FROM g JOIN top USING (province) JOIN facts f ON f.id = g.first_id JOIN articles a ON a.id = f.article_id
    ORDER BY g.province, g.metric, g.month`);

  const indices = rows(IndexRow, `
    WITH g AS (
      SELECT COALESCE(f.locality_name, a.site_province) AS province, f.metric,
             CAST(substr(COALESCE(f.period_end, f.period_start, a.published_at), 1, 4) AS INTEGER) AS year,
             CASE WHEN f.metric LIKE '%rank' AND f.of_value IS NOT NULL AND f.of_value NOT IN (${NATIONAL_DENOMINATORS.join(',')}) THEN 0 ELSE 1 END AS national,
             min(f.id) AS first_id
      FROM facts f JOIN articles a ON a.id = f.article_id
      WHERE f.metric IN (${INDEX_METRICS.map((m) => `'${m}'`).join(',')}) AND (f.locality_type IS NULL OR f.locality_type IN ('tỉnh', 'thành phố'))
        AND COALESCE(f.period_end, f.period_start, a.published_at) IS NOT NULL AND ${factFilter}
      GROUP BY 1, 2, 3, 4
    )
    SELECT g.province, g.metric, g.year, f.value, f.of_value AS "of", f.among, g.national,
           ${evidence} AS evidence, a.title, ${article} AS url
    FROM g JOIN facts f ON f.id = g.first_id JOIN articles a ON a.id = f.article_id
    WHERE g.province IS NOT NULL
    ORDER BY g.metric, g.province, g.year`);

  // Until the consensus \`figures\` table lands, disagreements are the facts the consistency checks flagged.
  const maxFlags = options.maxFlags ?? 500;
  const disagreementsTotal = rows(z.object({ n: num }), `SELECT count(*) AS n FROM fact_flags ff JOIN facts f ON f.id = ff.fact_id WHERE ${factFilter}`)[0]!.n;
  const disagreements = rows(FlagRow, `
    SELECT f.id AS factId, ff.flag, ff.detail, f.metric, f.value, f.unit,
           trim(COALESCE(f.locality_type || ' ', '') || COALESCE(f.locality_name, '')) AS locality,
           COALESCE(f.period_label, f.period_start) AS period, ${evidence} AS evidence, a.title, ${article} AS url
    FROM fact_flags ff JOIN facts f ON f.id = ff.fact_id JOIN articles a ON a.id = f.article_id
    WHERE ${factFilter}
    ORDER BY f.id DESC, ff.flag LIMIT ${maxFlags}`);

  // Tiles: the 34 provinces since 1 July 2025, in official code order (roughly north to south).
  const tiles = rows(TileRow, `
    SELECT l.code, l.name,
      COALESCE((SELECT sum(c.n) FROM (SELECT count(*) AS n FROM articles a JOIN sources s ON s.id = a.source_id
                 WHERE s.province_since_2025 = l.name AND ${articleFilter}) c), 0) AS articles,
      COALESCE((SELECT count(*) FROM facts f JOIN articles a ON a.id = f.article_id JOIN sources s ON s.id = a.source_id
                 WHERE s.province_since_2025 = l.name AND ${factFilter}), 0) AS facts
    FROM localities l WHERE l.era = '2025' AND l.level = 1 ORDER BY l.code`);

  return { totals, coverage, sources, dossiers, indices, disagreements, disagreementsTotal, tiles };
}
