// A Datasette metadata file for a cchc database (https://docs.datasette.io/en/stable/metadata.html): title,
// source, licence note, a description of every table, view and column, and the README's example queries.
import { basename, extname } from 'node:path';
import { describeColumn, describeTable } from './dataset-description.ts';
import type { SchemaObject } from './interface.ts';

/** README.md, "Example queries" and "Search": the same SQL, offered as Datasette canned queries. */
export const EXAMPLE_QUERIES: Record<string, { title: string; sql: string }> = {
  on_time_rates_2023: {
    title: 'On-time rates of every district-level unit in 2023, with their sources',
    sql: `SELECT locality_name, locality_type, period_label, on_time_rate, resolved, on_time, overdue, article_url
FROM v_dossiers WHERE period_start >= '2023-01-01' AND period_end <= '2023-12-31' AND on_time_rate IS NOT NULL
ORDER BY on_time_rate;`,
  },
  par_index_by_year: {
    title: 'PAR Index of each province by year, comparing what different articles reported',
    sql: `SELECT year, locality_name, min(par_index_score) AS low, max(par_index_score) AS high,
       min(par_index_rank) AS best_rank, count(*) AS articles
FROM v_indices WHERE locality_type IN ('tỉnh', 'thành phố') AND par_index_score IS NOT NULL
GROUP BY year, locality_code, locality_name ORDER BY year, high DESC;`,
  },
  facts_of_dong_thap_today: {
    title: "Facts of today's province Đồng Tháp (Tiền Giang and Đồng Tháp before July 2025)",
    sql: `SELECT metric, value, locality_name, locality_province, period_label, article_url
FROM v_facts WHERE locality_code_today = '82';`,
  },
  flagged_figures: {
    title: 'Figures that fail a consistency check, with the numbers compared',
    sql: `SELECT f.metric, f.value, ff.flag, ff.detail, v.article_url
FROM fact_flags ff JOIN facts f ON f.id = ff.fact_id JOIN v_facts v ON v.fact_id = f.id;`,
  },
  last_runs: {
    title: 'What the last runs did',
    sql: `SELECT id, kind, started_at, finished_at, counts, error FROM runs ORDER BY id DESC LIMIT 5;`,
  },
  search_exact: {
    title: 'Full-text search with snippets (marks folded loosely, đ kept)',
    sql: `SELECT a.id, a.title, snippet(articles_fts, 1, '[', ']', '…', 12)
FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
WHERE articles_fts MATCH '"hồ sơ trễ hạn"' ORDER BY bm25(articles_fts) LIMIT 10;`,
  },
  search_folded: {
    title: 'Full-text search with folded words (no accents, đ as d)',
    sql: `SELECT a.id, a.title FROM articles_fold_fts JOIN articles a ON a.id = articles_fold_fts.rowid
WHERE articles_fold_fts MATCH '"tan phu dong" AND "tre han"';`,
  },
};

export interface DatasetteTable {
  description: string;
  columns: Record<string, string>;
  hidden?: boolean;
  fts_table?: string;
  fts_pk?: string;
}

export interface DatasetteMetadata {
  title: string;
  description: string;
  license: string;
  source: string;
  databases: Record<string, { description: string; tables: Record<string, DatasetteTable>; queries: Record<string, { title: string; sql: string }> }>;
}

/** Datasette names a database after its file: `cchc.db` is served as `cchc`. */
export const datasetteName = (dbPath: string) => basename(dbPath, extname(dbPath));

/** The metadata of the database at `dbPath` with these tables and views; throws naming any left undescribed. */
export function buildDatasetteMetadata(dbPath: string, objects: SchemaObject[], cchcVersion: string): DatasetteMetadata {
  const tables: Record<string, DatasetteTable> = {};
  const missing: string[] = [];
  for (const o of objects) {
    const t = describeTable(o.name);
    if (!t) {
      missing.push(o.name);
      continue;
    }
    const columns: Record<string, string> = {};
    for (const c of o.columns) {
      const d = describeColumn(o.name, c);
      if (d) columns[c] = d;
      else missing.push(`${o.name}.${c}`);
    }
    tables[o.name] = { description: t.description, columns, ...(t.hidden ? { hidden: true } : {}) };
  }
  if (missing.length) throw new Error(`metadata: ${dbPath}: no description for ${missing.join(', ')} (is it a cchc database of this version?)`);
  // Datasette finds articles_fts itself; naming it also offers search on the folded copy
  if (tables.articles) Object.assign(tables.articles, { fts_table: 'articles_fts', fts_pk: 'id' });
  if (tables.articles_fold) Object.assign(tables.articles_fold, { fts_table: 'articles_fold_fts', fts_pk: 'id' });
  return {
    title: 'CCHC: administrative-reform figures from Vietnamese provincial news and portals',
    description:
      'Dossier counts and rates, PAR Index and SIPAS scores and ranks, extracted with rules from articles of provincial ' +
      'newspapers and government portals, each fact with the sentence that states it and the article it came from. Start with v_facts, v_dossiers and v_indices.',
    license: 'Article texts remain the copyright of their publishers (cite article_url); the extracted figures are facts, offered with their evidence. cchc itself is MIT-licensed.',
    source: `Vietnamese provincial newspapers and government portals (table sources), read and extracted by cchc ${cchcVersion}`,
    databases: { [datasetteName(dbPath)]: { description: 'A cchc dataset (README.md, "The dataset")', tables, queries: EXAMPLE_QUERIES } },
  };
}
