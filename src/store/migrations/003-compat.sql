-- Schema v3: a file every common reader opens (nothing newer than SQLite 3.40: Debian 12, Python 3.11),
-- full-text tables in the form Datasette and sqlite-utils detect, counts stored as integers, and views
-- that keep eras apart and a unit's figures on one row.
-- The migration runs with foreign keys off (src/store/sqlite.ts): rebuilding facts must not cascade to fact_flags.

DROP VIEW v_indices;
DROP VIEW v_dossiers;
DROP VIEW v_facts;

-- facts.value and facts.of_value without a declared type: REAL affinity turned every count into 4512.0.
-- cchc binds counts, ranks and places as integers and rates and scores as reals; the rebuild converts old rows.
CREATE TABLE facts_v3 (
  id                INTEGER PRIMARY KEY,
  article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ordinal           INTEGER NOT NULL,            -- position among the article's facts
  metric            TEXT NOT NULL,
  value             NOT NULL,                    -- INTEGER for unit count, rank, places; REAL otherwise
  unit              TEXT NOT NULL,
  of_value,                                      -- the denominator ("of 63"), INTEGER when whole
  approx            TEXT,
  among             TEXT,
  locality_name     TEXT,
  locality_type     TEXT,
  locality_province TEXT,
  locality_code     TEXT,
  scope             TEXT,
  agency            TEXT,
  aggregate         TEXT,
  period_start      TEXT,
  period_end        TEXT,
  period_label      TEXT,
  period_vague      INTEGER,
  evidence_text     TEXT NOT NULL,
  evidence_start    INTEGER NOT NULL,
  evidence_end      INTEGER NOT NULL,
  rule              TEXT NOT NULL,
  extractor_version TEXT NOT NULL,
  run_id            INTEGER REFERENCES runs(id) ON DELETE SET NULL,
  locality_era      TEXT,                        -- era of the unit locality_code names
  UNIQUE (article_id, ordinal)
);
INSERT INTO facts_v3
SELECT id, article_id, ordinal, metric,
  CASE WHEN unit IN ('count', 'rank', 'places') AND value = CAST(value AS INTEGER) THEN CAST(value AS INTEGER) ELSE value END,
  unit,
  CASE WHEN of_value = CAST(of_value AS INTEGER) THEN CAST(of_value AS INTEGER) ELSE of_value END,
  approx, among, locality_name, locality_type, locality_province, locality_code, scope, agency, aggregate,
  period_start, period_end, period_label, period_vague, evidence_text, evidence_start, evidence_end,
  rule, extractor_version, run_id, locality_era
FROM facts;
DROP TABLE facts;
ALTER TABLE facts_v3 RENAME TO facts;
CREATE INDEX facts_metric ON facts(metric);
CREATE INDEX facts_locality ON facts(locality_code);

-- Exact full text: the same index, declared content="articles" (the spelling Datasette and sqlite-utils look for).
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, content="articles", content_rowid="id", tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');

-- Folded full text: the folded words now live in a table of their own (contentless_delete=1 needs SQLite 3.43),
-- indexed as external content. Filled by cchc (the fold is not an SQL function); rowid = articles.id.
DROP TABLE articles_fold_fts;
CREATE TABLE articles_fold (
  id         INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  title_fold TEXT NOT NULL,                      -- title ASCII-folded: NFD, marks stripped, đ -> d, lower case
  text_fold  TEXT NOT NULL
);
CREATE VIRTUAL TABLE articles_fold_fts USING fts5(
  title_fold, text_fold, content="articles_fold", content_rowid="id", tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fold_insert AFTER INSERT ON articles_fold BEGIN
  INSERT INTO articles_fold_fts(rowid, title_fold, text_fold) VALUES (new.id, new.title_fold, new.text_fold);
END;
CREATE TRIGGER articles_fold_delete AFTER DELETE ON articles_fold BEGIN
  INSERT INTO articles_fold_fts(articles_fold_fts, rowid, title_fold, text_fold) VALUES ('delete', old.id, old.title_fold, old.text_fold);
END;
CREATE TRIGGER articles_fold_update AFTER UPDATE ON articles_fold BEGIN
  INSERT INTO articles_fold_fts(articles_fold_fts, rowid, title_fold, text_fold) VALUES ('delete', old.id, old.title_fold, old.text_fold);
  INSERT INTO articles_fold_fts(rowid, title_fold, text_fold) VALUES (new.id, new.title_fold, new.text_fold);
END;

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

-- Dossier figures pivoted: one row per article, locality (of its era), scope, agency and period.
-- A scope equal to the unit's own tier (Chợ Gạo's 'huyện') is the unit itself, as no scope: those figures share a row,
-- and the row's scope is NULL. Where an article gives one metric twice for the same group, the exact figure wins.
CREATE VIEW v_dossiers AS
WITH scoped AS (
  SELECT v.*,
    CASE WHEN v.scope = COALESCE(
        (SELECT CASE l.level WHEN 1 THEN 'tỉnh' WHEN 2 THEN 'huyện' WHEN 3 THEN 'xã' END
         FROM localities l WHERE l.era = v.locality_era AND l.code = v.locality_code),
        CASE v.locality_type WHEN 'tỉnh' THEN 'tỉnh' WHEN 'huyện' THEN 'huyện' WHEN 'quận' THEN 'huyện' WHEN 'thị xã' THEN 'huyện'
          WHEN 'xã' THEN 'xã' WHEN 'phường' THEN 'xã' WHEN 'thị trấn' THEN 'xã' WHEN 'đặc khu' THEN 'xã' END)
      THEN NULL ELSE v.scope END AS unit_scope
  FROM v_facts v
  WHERE v.metric IN ('dossiers_received','dossiers_resolved','dossiers_on_time','dossiers_early',
                     'dossiers_overdue','dossiers_pending','dossiers_online','dossiers_carried_over',
                     'dossiers_total','resolved_rate','on_time_rate','overdue_rate','online_rate')
),
picked AS (
  SELECT * FROM (
    SELECT s.*, ROW_NUMBER() OVER (
      PARTITION BY s.article_id, s.locality_name, s.locality_type, s.locality_code, s.locality_era, s.unit_scope, s.agency,
                   s.period_start, s.period_end, s.metric
      ORDER BY s.approx IS NOT NULL, s.fact_id) AS pick
    FROM scoped s
  ) WHERE pick = 1
)
SELECT
  locality_name, locality_type, locality_province, locality_code, locality_era, locality_code_today, locality_name_today,
  unit_scope AS scope, agency, period_start, period_end, MAX(period_label) AS period_label,
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
  article_id, article_doc_id, article_url, article_title, article_published, source_id
FROM picked
GROUP BY article_id, locality_name, locality_type, locality_code, locality_era, unit_scope, agency, period_start, period_end;

-- PAR Index and SIPAS results pivoted: one row per article, unit (locality of its era, and agency) and year assessed.
-- Where an article gives several ranks (national and regional), the one with the largest denominator wins.
CREATE VIEW v_indices AS
WITH picked AS (
  SELECT * FROM (
    SELECT v.*, CAST(substr(COALESCE(v.period_end, v.period_start, v.article_published), 1, 4) AS INTEGER) AS year,
      ROW_NUMBER() OVER (
        PARTITION BY v.article_id, v.locality_name, v.locality_type, v.locality_code, v.locality_era, v.agency, v.aggregate,
                     substr(COALESCE(v.period_end, v.period_start, v.article_published), 1, 4), v.metric
        ORDER BY v.approx IS NOT NULL, v.of_value IS NULL, v.of_value DESC, v.fact_id) AS pick
    FROM v_facts v
    WHERE v.metric IN ('par_index_score','par_index_rank','sipas_score','sipas_rank')
  ) WHERE pick = 1
)
SELECT
  year, locality_name, locality_type, locality_province, locality_code, locality_era, locality_code_today, locality_name_today,
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
  article_id, article_doc_id, article_url, article_title, article_published, source_id
FROM picked
GROUP BY article_id, locality_name, locality_type, locality_code, locality_era, agency, aggregate, year;
