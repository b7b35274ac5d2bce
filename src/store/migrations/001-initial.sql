-- Schema v1: the crawl state (sources, pages, frontier, locks), runs, articles and their facts.
-- Dates are ISO 8601 text; booleans are 0/1 integers.

CREATE TABLE sources (
  id                  TEXT PRIMARY KEY,          -- registry slug, e.g. 'bao-dong-thap'; 'seed:<host>' for --seed
  name                TEXT NOT NULL,
  province            TEXT,                      -- province before 1 July 2025 (63)
  province_since_2025 TEXT,                      -- province it belongs to since (34)
  kind                TEXT NOT NULL,
  homepage            TEXT,
  updated_at          TEXT NOT NULL
);

CREATE TABLE runs (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL,                     -- run, ingest, reextract, demo, crawl
  started_at  TEXT NOT NULL,
  finished_at TEXT,
  counts      TEXT,                              -- JSON object of named counts
  error       TEXT,
  pid         INTEGER,
  host        TEXT
);

CREATE TABLE locks (
  name         TEXT PRIMARY KEY,                 -- 'db': one run at a time per database
  owner        TEXT NOT NULL,
  pid          INTEGER NOT NULL,
  host         TEXT NOT NULL,
  acquired_at  TEXT NOT NULL,
  heartbeat_at TEXT NOT NULL
);

CREATE TABLE frontier (
  id              INTEGER PRIMARY KEY,           -- queue order
  url             TEXT NOT NULL UNIQUE,          -- canonical URL
  source_id       TEXT,
  kind            TEXT NOT NULL,                 -- feed, sitemap, listing, article, page
  depth           INTEGER NOT NULL DEFAULT 0,
  discovered_from TEXT,
  state           TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued','in_progress','done','failed','skipped')),
  reason          TEXT,
  enqueued_at     TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);
CREATE INDEX frontier_state ON frontier(state, id);

CREATE TABLE pages (
  url           TEXT PRIMARY KEY,                -- URL as fetched
  canonical_url TEXT NOT NULL,
  source_id     TEXT,
  status        INTEGER,                         -- HTTP status
  etag          TEXT,
  last_modified TEXT,
  content_hash  TEXT,
  fetched_at    TEXT NOT NULL,
  error         TEXT
);
CREATE INDEX pages_canonical ON pages(canonical_url);

CREATE TABLE articles (
  id                INTEGER PRIMARY KEY,
  doc_id            TEXT NOT NULL UNIQUE,        -- document id, else canonical URL, else file path
  url               TEXT,
  page_url          TEXT,                        -- canonical URL of the page it was read from; NULL when ingested
  source_id         TEXT,
  title             TEXT,
  published_at      TEXT,
  author            TEXT,
  text              TEXT NOT NULL,
  site_province     TEXT,
  relevance         REAL NOT NULL DEFAULT 0,
  content_hash      TEXT NOT NULL,
  stored_hash       TEXT NOT NULL,               -- hash of the stored fields and facts: an unchanged re-store is a no-op
  extractor_version TEXT,                        -- version that produced the stored facts
  run_id            INTEGER REFERENCES runs(id) ON DELETE SET NULL,
  stored_at         TEXT NOT NULL
);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_page_url ON articles(page_url);

CREATE TABLE facts (
  id                INTEGER PRIMARY KEY,
  article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ordinal           INTEGER NOT NULL,            -- position among the article's facts
  metric            TEXT NOT NULL,
  value             REAL NOT NULL,
  unit              TEXT NOT NULL,
  of_value          REAL,
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
  UNIQUE (article_id, ordinal)
);
CREATE INDEX facts_metric ON facts(metric);
CREATE INDEX facts_locality ON facts(locality_code);
