-- Schema v2: the gazetteer, consistency flags, accent-insensitive full-text search and the researcher views.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,                        -- e.g. 'gazetteer_version'
  value TEXT NOT NULL
);

-- The gazetteer: every administrative unit of both eras (before and since 1 July 2025).
CREATE TABLE localities (
  era           TEXT NOT NULL CHECK (era IN ('pre2025','2025')),
  code          TEXT NOT NULL,                   -- official code (mã đơn vị hành chính)
  name          TEXT NOT NULL,
  type          TEXT NOT NULL,                   -- tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn, đặc khu
  level         INTEGER NOT NULL,                -- 1 province, 2 district level, 3 commune level
  parent_code   TEXT,
  province_code TEXT,
  valid_from    TEXT,
  valid_to      TEXT,
  aliases       TEXT,                            -- JSON array of other names the code had: [{"name", "type"}]
  PRIMARY KEY (era, code)
);

-- Each unit to the unit(s) of today (era 2025) it became; a 2025 unit maps to itself.
CREATE TABLE locality_today (
  era        TEXT NOT NULL,
  code       TEXT NOT NULL,
  today_code TEXT NOT NULL,
  PRIMARY KEY (era, code, today_code)
);

-- Era of the unit a fact's locality_code names (NULL when the code is NULL or unknown).
ALTER TABLE facts ADD COLUMN locality_era TEXT;

-- Consistency checks: flags stored beside facts, never deletions.
CREATE TABLE fact_flags (
  fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
  flag    TEXT NOT NULL,                         -- parts_vs_resolved, rate_vs_counts, rank_above_denominator, rate_above_100
  detail  TEXT NOT NULL,
  PRIMARY KEY (fact_id, flag)
);

-- Full text, exact: title and text of articles (tone marks and vowel marks folded by the tokenizer; đ is not).
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');

-- Full text, folded: ASCII-folded title and text (NFD, marks stripped, đ -> d, lower case), rowid = articles.id.
-- Filled by cchc (the fold is not an SQL function); query it with folded words: 'ho so tre han', 'tan phu dong'.
CREATE VIRTUAL TABLE articles_fold_fts USING fts5(
  title_fold, text_fold, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
);

-- One row per fact, with its article and the locality as it was and as it is today.
CREATE VIEW v_facts AS
SELECT
  f.id                 AS fact_id,
  f.metric, f.value, f.unit, f.of_value, f.approx, f.among,
  f.locality_name, f.locality_type, f.locality_province, f.locality_code, f.locality_era,
  (SELECT group_concat(t.code, ';') FROM (
     SELECT lt.today_code AS code FROM locality_today lt
     WHERE lt.era = f.locality_era AND lt.code = f.locality_code ORDER BY lt.today_code) t
  )                    AS locality_code_today,
  (SELECT group_concat(t.name, ';') FROM (
     SELECT l.type || ' ' || l.name AS name FROM locality_today lt
     JOIN localities l ON l.era = '2025' AND l.code = lt.today_code
     WHERE lt.era = f.locality_era AND lt.code = f.locality_code ORDER BY lt.today_code) t
  )                    AS locality_name_today,
  f.scope, f.agency, f.aggregate,
  f.period_start, f.period_end, f.period_label, f.period_vague,
  f.evidence_text, f.evidence_start, f.evidence_end,
  f.rule, f.extractor_version, f.run_id,
  (SELECT group_concat(ff.flag, ';') FROM (SELECT flag FROM fact_flags WHERE fact_id = f.id ORDER BY flag) ff) AS flags,
  a.id                 AS article_id,
  a.doc_id             AS article_doc_id,
  COALESCE(a.page_url, a.url) AS article_url,
  a.title              AS article_title,
  a.published_at       AS article_published,
  a.source_id          AS source_id
FROM facts f JOIN articles a ON a.id = f.article_id;

-- Dossier figures pivoted: one row per article, locality, scope, agency and period.
-- Where an article gives one metric twice for the same group, the exact figure wins over a rounded one.
CREATE VIEW v_dossiers AS
WITH picked AS (
  SELECT * FROM (
    SELECT v.*, ROW_NUMBER() OVER (
      PARTITION BY v.article_id, v.locality_name, v.locality_type, v.locality_code, v.scope, v.agency,
                   v.period_start, v.period_end, v.metric
      ORDER BY v.approx IS NOT NULL, v.fact_id) AS pick
    FROM v_facts v
    WHERE v.metric IN ('dossiers_received','dossiers_resolved','dossiers_on_time','dossiers_early',
                       'dossiers_overdue','dossiers_pending','dossiers_online','dossiers_carried_over',
                       'dossiers_total','resolved_rate','on_time_rate','overdue_rate','online_rate')
  ) WHERE pick = 1
)
SELECT
  locality_name, locality_type, locality_province, locality_code, locality_code_today, locality_name_today,
  scope, agency, period_start, period_end, MAX(period_label) AS period_label,
  MAX(CASE WHEN metric = 'dossiers_received'     THEN value END) AS received,
  MAX(CASE WHEN metric = 'dossiers_resolved'     THEN value END) AS resolved,
  MAX(CASE WHEN metric = 'dossiers_on_time'      THEN value END) AS on_time,
  MAX(CASE WHEN metric = 'dossiers_early'        THEN value END) AS early,
  MAX(CASE WHEN metric = 'dossiers_overdue'      THEN value END) AS overdue,
  MAX(CASE WHEN metric = 'dossiers_pending'      THEN value END) AS pending,
  MAX(CASE WHEN metric = 'dossiers_online'       THEN value END) AS online,
  MAX(CASE WHEN metric = 'dossiers_carried_over' THEN value END) AS carried_over,
  MAX(CASE WHEN metric = 'dossiers_total'        THEN value END) AS total,
  MAX(CASE WHEN metric = 'resolved_rate'         THEN value END) AS resolved_rate,
  MAX(CASE WHEN metric = 'on_time_rate'          THEN value END) AS on_time_rate,
  MAX(CASE WHEN metric = 'overdue_rate'          THEN value END) AS overdue_rate,
  MAX(CASE WHEN metric = 'online_rate'           THEN value END) AS online_rate,
  MAX(approx IS NOT NULL)                                        AS any_approx,
  group_concat(DISTINCT flags)                                   AS flags,
  article_id, article_url, article_title, article_published, source_id
FROM picked
GROUP BY article_id, locality_name, locality_type, locality_code, scope, agency, period_start, period_end;

-- PAR Index and SIPAS results pivoted: one row per article, unit (locality and agency) and year assessed.
-- Where an article gives several ranks (national and regional), the one with the largest denominator wins.
CREATE VIEW v_indices AS
WITH picked AS (
  SELECT * FROM (
    SELECT v.*, CAST(substr(COALESCE(v.period_end, v.period_start, v.article_published), 1, 4) AS INTEGER) AS year,
      ROW_NUMBER() OVER (
        PARTITION BY v.article_id, v.locality_name, v.locality_type, v.locality_code, v.agency, v.aggregate,
                     substr(COALESCE(v.period_end, v.period_start, v.article_published), 1, 4), v.metric
        ORDER BY v.approx IS NOT NULL, v.of_value IS NULL, v.of_value DESC, v.fact_id) AS pick
    FROM v_facts v
    WHERE v.metric IN ('par_index_score','par_index_rank','sipas_score','sipas_rank')
  ) WHERE pick = 1
)
SELECT
  year, locality_name, locality_type, locality_province, locality_code, locality_code_today, locality_name_today,
  agency, aggregate,
  MAX(CASE WHEN metric = 'par_index_score' THEN value END)    AS par_index_score,
  MAX(CASE WHEN metric = 'par_index_score' THEN unit END)     AS par_index_unit,
  MAX(CASE WHEN metric = 'par_index_rank'  THEN value END)    AS par_index_rank,
  MAX(CASE WHEN metric = 'par_index_rank'  THEN of_value END) AS par_index_rank_of,
  MAX(CASE WHEN metric = 'par_index_rank'  THEN among END)    AS par_index_rank_among,
  MAX(CASE WHEN metric = 'sipas_score'     THEN value END)    AS sipas_score,
  MAX(CASE WHEN metric = 'sipas_rank'      THEN value END)    AS sipas_rank,
  MAX(CASE WHEN metric = 'sipas_rank'      THEN of_value END) AS sipas_rank_of,
  MAX(CASE WHEN metric = 'sipas_rank'      THEN among END)    AS sipas_rank_among,
  article_id, article_url, article_title, article_published, source_id
FROM picked
GROUP BY article_id, locality_name, locality_type, locality_code, agency, aggregate, year;
