-- One figure, many articles (issue 10): near-duplicate stories, figures agreed across articles, fact history.

-- Each article's MinHash signature over shingles of folded syllables, and the story it joined.
CREATE TABLE article_stories (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  story_id   INTEGER NOT NULL,                   -- the article id that opened the story
  signature  BLOB NOT NULL                       -- MinHash values, uint32 little-endian
);
CREATE INDEX article_stories_story ON article_stories(story_id);

-- LSH bands: articles sharing one band hash are compared; a new article never re-reads the archive.
CREATE TABLE story_bands (
  band       INTEGER NOT NULL,
  hash       TEXT NOT NULL,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (band, hash, article_id)
) WITHOUT ROWID;
CREATE INDEX story_bands_article ON story_bands(article_id);

-- A fact replaced when its article was stored again with another number: kept, with when.
CREATE TABLE fact_history (
  id             INTEGER PRIMARY KEY,
  article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  figure_key     TEXT NOT NULL,
  metric         TEXT NOT NULL,
  value          REAL NOT NULL,
  new_value      REAL,                            -- NULL when the new text states no value for the key
  approx         TEXT,
  evidence_text  TEXT NOT NULL,
  extractor_version TEXT NOT NULL,
  replaced_at    TEXT NOT NULL
);
CREATE INDEX fact_history_key ON fact_history(figure_key);

-- One row per metric, locality (code and era), scope, agency, aggregate and period, agreed across articles.
CREATE TABLE figures (
  figure_key        TEXT PRIMARY KEY,
  metric            TEXT NOT NULL,
  unit              TEXT NOT NULL,
  locality_name     TEXT,
  locality_type     TEXT,
  locality_province TEXT,
  locality_code     TEXT,
  locality_era      TEXT,
  scope             TEXT,
  agency            TEXT,
  aggregate         TEXT,
  period_start      TEXT,
  period_end        TEXT,
  period_label      TEXT,
  value             REAL NOT NULL,               -- the agreed value: the exact value stated by most stories
  of_value          REAL,
  among             TEXT,
  approx            TEXT,                        -- set only when no article states it exactly
  n_articles        INTEGER NOT NULL,
  n_stories         INTEGER NOT NULL,
  first_published   TEXT,
  last_published    TEXT,
  best_fact_id      INTEGER,
  conflict          INTEGER NOT NULL DEFAULT 0,
  conflict_values   TEXT,                        -- the differing exact values, ';'-joined
  revisions         INTEGER NOT NULL DEFAULT 0   -- facts of this key replaced by a re-stored article
);
CREATE INDEX figures_metric ON figures(metric);

CREATE VIEW v_figures AS
SELECT g.*, f.evidence_text AS best_evidence, a.id AS article_id, COALESCE(a.page_url, a.url) AS article_url,
       a.title AS article_title, a.published_at AS article_published, a.source_id AS source_id
FROM figures g LEFT JOIN facts f ON f.id = g.best_fact_id LEFT JOIN articles a ON a.id = f.article_id;

-- Companions of v_dossiers / v_indices: one row per key across articles, with n_sources and conflict.
CREATE VIEW v_dossier_figures AS
SELECT
  locality_name, locality_type, locality_province, locality_code, locality_era, scope, agency,
  period_start, period_end, MAX(period_label) AS period_label,
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
  MAX(approx IS NOT NULL) AS any_approx,
  MAX(n_articles) AS n_sources, MAX(n_stories) AS n_stories, MAX(conflict) AS conflict,
  MIN(first_published) AS first_published, MAX(last_published) AS last_published
FROM figures
WHERE metric IN ('dossiers_received','dossiers_resolved','dossiers_on_time','dossiers_early',
                 'dossiers_overdue','dossiers_pending','dossiers_online','dossiers_carried_over',
                 'dossiers_total','resolved_rate','on_time_rate','overdue_rate','online_rate')
GROUP BY locality_name, locality_type, locality_code, locality_era, scope, agency, period_start, period_end;

CREATE VIEW v_index_figures AS
SELECT
  CAST(substr(COALESCE(period_end, period_start), 1, 4) AS INTEGER) AS year,
  locality_name, locality_type, locality_province, locality_code, locality_era, agency, aggregate,
  MAX(CASE WHEN metric = 'par_index_score' THEN value END)    AS par_index_score,
  MAX(CASE WHEN metric = 'par_index_score' THEN unit END)     AS par_index_unit,
  MAX(CASE WHEN metric = 'par_index_rank'  THEN value END)    AS par_index_rank,
  MAX(CASE WHEN metric = 'par_index_rank'  THEN of_value END) AS par_index_rank_of,
  MAX(CASE WHEN metric = 'par_index_rank'  THEN among END)    AS par_index_rank_among,
  MAX(CASE WHEN metric = 'sipas_score'     THEN value END)    AS sipas_score,
  MAX(CASE WHEN metric = 'sipas_rank'      THEN value END)    AS sipas_rank,
  MAX(CASE WHEN metric = 'sipas_rank'      THEN of_value END) AS sipas_rank_of,
  MAX(CASE WHEN metric = 'sipas_rank'      THEN among END)    AS sipas_rank_among,
  MAX(n_articles) AS n_sources, MAX(n_stories) AS n_stories, MAX(conflict) AS conflict
FROM figures
WHERE metric IN ('par_index_score','par_index_rank','sipas_score','sipas_rank')
GROUP BY locality_name, locality_type, locality_code, locality_era, agency, aggregate, year;

-- The figure a fact counts towards (set by the store when the fact is saved; see src/store/figures.ts).
ALTER TABLE facts ADD COLUMN figure_key TEXT;
CREATE INDEX facts_figure_key ON facts(figure_key);
