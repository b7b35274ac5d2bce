// The one implementation of the store, and the one module that holds SQL (besides the schema files in ./migrations).
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import { existsSync } from 'node:fs';
import type { Fact } from '../model/fact.ts';
import { EXTRACTOR_VERSION } from '../../extractors/version.ts';
import { asciiFold } from '../../extractors/text/fold.ts';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations/index.ts';
import { checkConsistency } from './consistency.ts';
import { FigureIndex } from './figures.ts';
import { foldPhrase, makeSnippet, parsePhrases, toMatchExpression } from './snippet.ts';
import type {
  ArticleRecord,
  CountRow,
  DatasetStats,
  DatasetStore,
  ExportWhat,
  FigureSummary,
  FrontierItem,
  FrontierKind,
  GazetteerUnit,
  PageRecord,
  RestartOptions,
  RowStream,
  RunCounts,
  SearchHit,
  SchemaObject,
  SearchOptions,
  SourceRecord,
  StoredArticle,
} from './interface.ts';

/** The database file was written by a newer cchc, or is not a cchc database we can use. */
export class SchemaVersionError extends Error {}
/** A statement that would change the database, given to a read-only command. */
export class ReadOnlyError extends Error {}

export interface OpenOptions {
  /** Opens for reading only (query, search, export, stats): nothing is created or migrated. */
  readonly?: boolean;
}

/** A lock whose heartbeat is older than this is taken over even from another host. */
const LOCK_STALE_MS = 10 * 60_000;
const HEARTBEAT_MS = 30_000;
const LOCK_NAME = 'db';

const nowIso = () => new Date().toISOString();
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Opens (creating and migrating when writable) the dataset database at `path`. */
export function openStore(path: string, options: OpenOptions = {}): SqliteStore {
  if (options.readonly && !existsSync(path)) {
    throw new SchemaVersionError(`${path}: no such database file`);
  }
  let db: Database.Database;
  try {
    // Read-only commands open read-write with query_only, not SQLITE_OPEN_READONLY: a read-only connection to a
    // WAL database leaves -wal/-shm files behind, this one removes them on close. SQLite refuses every change.
    db = new Database(path, { fileMustExist: options.readonly ?? false });
    if (options.readonly) db.pragma('query_only = ON');
  } catch (err) {
    throw new SchemaVersionError(`${path}: cannot open the database (${(err as Error).message})`);
  }
  let version: number;
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    version = readUserVersion(db, path);
    if (version > SCHEMA_VERSION) {
      throw new SchemaVersionError(
        `${path}: database schema version ${version} is newer than this cchc supports (version ${SCHEMA_VERSION}); upgrade cchc to use it`,
      );
    }
    if (options.readonly) {
      if (version < SCHEMA_VERSION) {
        throw new SchemaVersionError(
          `${path}: database schema version ${version} is older than this cchc's (version ${SCHEMA_VERSION}); open it once with a writing command (cchc ingest, run or reextract) to upgrade it`,
        );
      }
    } else {
      db.pragma('journal_mode = WAL');
      // NORMAL in WAL mode survives a killed process; only a power cut can lose the last transactions.
      db.pragma('synchronous = NORMAL');
      migrate(db, version);
    }
  } catch (err) {
    db.close();
    throw err;
  }
  const store = new SqliteStore(db, path, options.readonly ?? false);
  // v2 added the folded search index and v3 moved it to its own table; only cchc can fill it (the fold is not an SQL function).
  if (!options.readonly && version >= 1 && version < 3) store.refillFoldedIndex();
  return store;
}

/** The meta row `cchc demo` writes into the databases it creates: the only files it may replace. */
const DEMO_MARKER = { key: 'created_by', value: 'cchc demo' };

/** Whether `path` holds a database `cchc demo` created (false for a missing file, any other file or database). */
export function isDemoDatabase(path: string): boolean {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch {
    return false;
  }
  try {
    const row = db.prepare(`SELECT value FROM meta WHERE key = ?`).get(DEMO_MARKER.key) as { value: string } | undefined;
    return row?.value === DEMO_MARKER.value;
  } catch {
    return false; // not an SQLite file, or no meta table
  } finally {
    db.close();
  }
}

function readUserVersion(db: Database.Database, path: string): number {
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } catch (err) {
    throw new SchemaVersionError(`${path}: not an SQLite database (${(err as Error).message})`);
  }
}

function migrate(db: Database.Database, from: number): void {
  if (from === 0) {
    const tables = db.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'`).get() as { n: number };
    if (tables.n > 0) throw new SchemaVersionError(`${db.name}: this SQLite file holds tables but is not a cchc database`);
  }
  // A migration may rebuild a table (v3 rebuilds facts): with foreign keys on, dropping the old one would cascade
  // to the rows referring to it. The pragma is a no-op inside a transaction, so it is set around them.
  db.pragma('foreign_keys = OFF');
  try {
    for (const m of MIGRATIONS) {
      if (m.version <= from) continue;
      db.transaction(() => {
        db.exec(m.sql);
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length) throw new SchemaVersionError(`${db.name}: migration ${m.name} left ${broken.length} dangling reference(s)`);
        db.pragma(`user_version = ${m.version}`);
      }).immediate();
    }
  } finally {
    db.pragma('foreign_keys = ON');
  }
}

type Row = Record<string, unknown>;

/** Columns of the article row a stored-hash covers: a change to any of them, or to the facts, rewrites the article. */
function storedHash(a: ArticleRecord, facts: Fact[], extractorVersion: string): string {
  return sha256(
    JSON.stringify([a.id, a.url, a.pageUrl, a.sourceId, a.title, a.published, a.author, a.text, a.siteProvince ?? null, a.relevance, a.contentHash, extractorVersion, facts]),
  );
}

/** Units whose values are whole numbers: bound as SQLite integers (a JS number binds as a real, 4512 as 4512.0). */
const WHOLE_UNITS = new Set(['count', 'rank', 'places']);

function storedNumber(value: number, unit: string): number | bigint;
function storedNumber(value: number | null, unit: string): number | bigint | null;
function storedNumber(value: number | null, unit: string): number | bigint | null {
  return value !== null && WHOLE_UNITS.has(unit) && Number.isSafeInteger(value) ? BigInt(value) : value;
}

const EXPORTS: Record<ExportWhat, { from: string; order: string }> = {
  facts: { from: 'v_facts', order: 'fact_id' },
  articles: {
    from: `(SELECT a.id AS article_id, a.doc_id, a.url, a.page_url, a.source_id, a.title, a.published_at, a.author,
              a.site_province, a.relevance, a.content_hash, a.extractor_version, a.stored_at,
              (SELECT count(*) FROM facts f WHERE f.article_id = a.id) AS facts, a.text
            FROM articles a)`,
    order: 'article_id',
  },
  dossiers: { from: 'v_dossiers', order: 'article_id, locality_name, period_start, period_end' },
  indices: { from: 'v_indices', order: 'year, locality_name, article_id' },
  figures: { from: 'v_figures', order: 'metric, locality_name, period_start, figure_key' },
};

export class SqliteStore implements DatasetStore {
  readonly db: Database.Database;
  readonly path: string;
  readonly readonly: boolean;
  private heartbeat: NodeJS.Timeout | null = null;
  private readonly stmts = new Map<string, Database.Statement>();
  private readonly figures: FigureIndex;

  constructor(db: Database.Database, path: string, readonly: boolean) {
    this.db = db;
    this.figures = new FigureIndex(db);
    this.path = path;
    this.readonly = readonly;
  }

  /** Prepared statements are cached by their text. */
  private st(sql: string): Database.Statement {
    let s = this.stmts.get(sql);
    if (!s) this.stmts.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  // ---- sources and runs ----

  upsertSource(s: SourceRecord): void {
    this.st(
      `INSERT INTO sources (id, name, province, province_since_2025, kind, homepage, updated_at)
       VALUES (@id, @name, @province, @provinceSince2025, @kind, @homepage, @now)
       ON CONFLICT(id) DO UPDATE SET name = excluded.name, province = excluded.province,
         province_since_2025 = excluded.province_since_2025, kind = excluded.kind, homepage = excluded.homepage,
         updated_at = excluded.updated_at`,
    ).run({ ...s, now: nowIso() });
  }

  startRun(kind: string): number {
    const r = this.st(`INSERT INTO runs (kind, started_at, pid, host) VALUES (?, ?, ?, ?)`).run(kind, nowIso(), process.pid, hostname());
    return Number(r.lastInsertRowid);
  }

  finishRun(runId: number, counts: RunCounts, error: string | null = null): void {
    this.st(`UPDATE runs SET finished_at = ?, counts = ?, error = ? WHERE id = ?`).run(nowIso(), JSON.stringify(counts), error, runId);
  }

  // ---- the lock: one run at a time per database ----

  acquireLock(owner: string): boolean {
    const host = hostname();
    const got = this.db
      .transaction(() => {
        const row = this.st(`SELECT owner, pid, host, heartbeat_at FROM locks WHERE name = ?`).get(LOCK_NAME) as
          | { owner: string; pid: number; host: string; heartbeat_at: string }
          | undefined;
        if (row) {
          const mine = row.owner === owner && row.pid === process.pid && row.host === host;
          const deadHere = row.host === host && !pidAlive(row.pid);
          const stale = Date.now() - Date.parse(row.heartbeat_at) > LOCK_STALE_MS;
          if (!mine && !deadHere && !stale) return false;
        }
        const now = nowIso();
        this.st(
          `INSERT INTO locks (name, owner, pid, host, acquired_at, heartbeat_at) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT(name) DO UPDATE SET owner = excluded.owner, pid = excluded.pid, host = excluded.host,
             acquired_at = excluded.acquired_at, heartbeat_at = excluded.heartbeat_at`,
        ).run(LOCK_NAME, owner, process.pid, host, now, now);
        return true;
      })
      .immediate();
    if (got && !this.heartbeat) {
      this.heartbeat = setInterval(() => this.beat(owner), HEARTBEAT_MS);
      this.heartbeat.unref();
    }
    return got;
  }

  private beat(owner: string): void {
    try {
      this.st(`UPDATE locks SET heartbeat_at = ? WHERE name = ? AND owner = ? AND pid = ?`).run(nowIso(), LOCK_NAME, owner, process.pid);
    } catch {
      // a busy database skips one beat; the next one comes in HEARTBEAT_MS, far below LOCK_STALE_MS
    }
  }

  releaseLock(owner: string): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    this.st(`DELETE FROM locks WHERE name = ? AND owner = ? AND pid = ?`).run(LOCK_NAME, owner, process.pid);
  }

  // ---- the frontier ----

  enqueue(items: FrontierItem[]): number {
    const insert = this.st(
      `INSERT INTO frontier (url, source_id, kind, depth, discovered_from, state, enqueued_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'queued', ?, ?) ON CONFLICT(url) DO NOTHING`,
    );
    return this.db.transaction(() => {
      const now = nowIso();
      let added = 0;
      for (const it of items) added += insert.run(it.url, it.sourceId, it.kind, it.depth, it.discoveredFrom ?? null, now, now).changes;
      return added;
    })();
  }

  claim(n: number): FrontierItem[] {
    const rows = this.st(
      `UPDATE frontier SET state = 'in_progress', updated_at = ?
       WHERE id IN (SELECT id FROM frontier WHERE state = 'queued' ORDER BY id LIMIT ?)
       RETURNING id, url, source_id, kind, depth, discovered_from`,
    ).all(nowIso(), n) as Array<{ id: number; url: string; source_id: string; kind: FrontierKind; depth: number; discovered_from: string | null }>;
    return rows
      .sort((a, b) => a.id - b.id)
      .map((r) => ({ url: r.url, sourceId: r.source_id, kind: r.kind, depth: r.depth, discoveredFrom: r.discovered_from }));
  }

  settle(url: string, state: 'done' | 'failed' | 'skipped', reason: string | null = null, transient = false): void {
    this.st(
      `UPDATE frontier SET state = @state, reason = @reason, updated_at = @now,
         attempts = attempts + (@state = 'failed'), retry = (@state = 'failed' AND @transient)
       WHERE url = @url`,
    ).run({ state, reason, now: nowIso(), url, transient: transient ? 1 : 0 });
  }

  retryFailed(options: RestartOptions & { maxAttempts: number }): number {
    if (options.sourceIds?.length === 0) return 0;
    const sources = options.sourceIds ? JSON.stringify(options.sourceIds) : null;
    return this.st(
      `UPDATE frontier SET state = 'queued', updated_at = ?
       WHERE state = 'failed' AND retry = 1 AND attempts < ?
         AND (? IS NULL OR source_id IN (SELECT value FROM json_each(?)))`,
    ).run(nowIso(), options.maxAttempts, sources, sources).changes;
  }

  requeueInProgress(): number {
    return this.st(`UPDATE frontier SET state = 'queued', updated_at = ? WHERE state = 'in_progress'`).run(nowIso()).changes;
  }

  restartFrontier(kinds: FrontierKind[], options: RestartOptions = {}): number {
    if (!kinds.length || options.sourceIds?.length === 0) return 0;
    // Failed and skipped items restart too: a feed down last night or a page robots.txt refused may be fine now,
    // and a skip (robots, scope) costs no request. A page row with a content hash was read as an article.
    const sql = `UPDATE frontier SET state = 'queued', reason = NULL, updated_at = ?
       WHERE state IN ('done', 'failed', 'skipped')
         AND kind IN (SELECT value FROM json_each(?))
         AND (? IS NULL OR source_id IN (SELECT value FROM json_each(?)))
         AND (? IS NULL OR depth <= ?)
         AND NOT EXISTS (SELECT 1 FROM pages p WHERE p.url = frontier.url AND p.content_hash IS NOT NULL)`;
    const sources = options.sourceIds ? JSON.stringify(options.sourceIds) : null;
    const depth = options.maxDepth ?? null;
    return this.st(sql).run(nowIso(), JSON.stringify(kinds), sources, sources, depth, depth).changes;
  }

  frontierCounts(): { queued: number; inProgress: number; done: number; failed: number; skipped: number } {
    const counts = { queued: 0, inProgress: 0, done: 0, failed: 0, skipped: 0 };
    for (const r of this.st(`SELECT state, count(*) AS n FROM frontier GROUP BY state`).all() as Array<{ state: string; n: number }>) {
      if (r.state === 'in_progress') counts.inProgress = r.n;
      else counts[r.state as 'queued' | 'done' | 'failed' | 'skipped'] = r.n;
    }
    return counts;
  }

  // ---- pages ----

  getPage(url: string): PageRecord | undefined {
    const r = (this.st(`SELECT * FROM pages WHERE url = ?`).get(url) ??
      this.st(`SELECT * FROM pages WHERE canonical_url = ? ORDER BY fetched_at DESC LIMIT 1`).get(url)) as Row | undefined;
    if (!r) return undefined;
    return {
      url: r.url as string,
      canonicalUrl: r.canonical_url as string,
      sourceId: r.source_id as string | null,
      status: r.status as number | null,
      etag: r.etag as string | null,
      lastModified: r.last_modified as string | null,
      contentHash: r.content_hash as string | null,
      fetchedAt: r.fetched_at as string,
      error: r.error as string | null,
    };
  }

  savePage(p: PageRecord): void {
    this.st(
      `INSERT INTO pages (url, canonical_url, source_id, status, etag, last_modified, content_hash, fetched_at, error)
       VALUES (@url, @canonicalUrl, @sourceId, @status, @etag, @lastModified, @contentHash, @fetchedAt, @error)
       ON CONFLICT(url) DO UPDATE SET canonical_url = excluded.canonical_url, source_id = excluded.source_id,
         status = excluded.status, etag = excluded.etag, last_modified = excluded.last_modified,
         content_hash = excluded.content_hash, fetched_at = excluded.fetched_at, error = excluded.error`,
    ).run(p);
  }

  // ---- articles and facts ----

  findArticleByHash(contentHash: string): { id: number; docId: string; pageUrl: string | null } | undefined {
    const r = this.st(`SELECT id, doc_id, page_url FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1`).get(contentHash) as
      | { id: number; doc_id: string; page_url: string | null }
      | undefined;
    return r && { id: r.id, docId: r.doc_id, pageUrl: r.page_url };
  }

  saveArticle(article: ArticleRecord, facts: Fact[], runId: number | null, extractorVersion: string = facts[0]?.extractor_version ?? EXTRACTOR_VERSION): number {
    return this.saveTx(article, facts, runId, extractorVersion);
  }

  private readonly saveTx = (article: ArticleRecord, facts: Fact[], runId: number | null, extractorVersion: string): number =>
    this.db
      .transaction(() => {
        const hash = storedHash(article, facts, extractorVersion);
        const existing = this.st(`SELECT id, stored_hash, extractor_version FROM articles WHERE doc_id = ?`).get(article.id) as
          | { id: number; stored_hash: string; extractor_version: string | null }
          | undefined;
        if (existing?.stored_hash === hash && existing.extractor_version === extractorVersion) return existing.id; // same input: same rows

        const row = {
          docId: article.id,
          url: article.url,
          pageUrl: article.pageUrl,
          sourceId: article.sourceId,
          title: article.title,
          published: article.published,
          author: article.author,
          text: article.text,
          siteProvince: article.siteProvince ?? null,
          relevance: article.relevance,
          contentHash: article.contentHash,
          hash,
          extractorVersion,
          runId,
          now: nowIso(),
        };
        let id: number;
        const before = existing ? this.figures.factsOf(existing.id) : [];
        if (existing) {
          id = existing.id;
          this.st(
            `UPDATE articles SET url = @url, page_url = @pageUrl, source_id = @sourceId, title = @title, published_at = @published,
               author = @author, text = @text, site_province = @siteProvince, relevance = @relevance, content_hash = @contentHash,
               stored_hash = @hash, extractor_version = @extractorVersion, run_id = @runId, stored_at = @now
             WHERE id = @id`,
          ).run({ ...row, id });
          this.st(`DELETE FROM articles_fold WHERE id = ?`).run(id);
          this.st(`DELETE FROM facts WHERE article_id = ?`).run(id);
        } else {
          id = Number(
            this.st(
              `INSERT INTO articles (doc_id, url, page_url, source_id, title, published_at, author, text, site_province, relevance,
                 content_hash, stored_hash, extractor_version, run_id, stored_at)
               VALUES (@docId, @url, @pageUrl, @sourceId, @title, @published, @author, @text, @siteProvince, @relevance,
                 @contentHash, @hash, @extractorVersion, @runId, @now)`,
            ).run(row).lastInsertRowid,
          );
        }
        this.st(`INSERT INTO articles_fold (id, title_fold, text_fold) VALUES (?, ?, ?)`).run(id, asciiFold(article.title ?? ''), asciiFold(article.text));
        this.insertFacts(id, facts, runId);
        this.figures.afterSave(id, article.title, article.text, before, row.now);
        return id;
      })
      .immediate();

  private insertFacts(articleId: number, facts: Fact[], runId: number | null): void {
    const insert = this.st(
      `INSERT INTO facts (article_id, ordinal, metric, value, unit, of_value, approx, among,
         locality_name, locality_type, locality_province, locality_code, scope, agency, aggregate,
         period_start, period_end, period_label, period_vague, evidence_text, evidence_start, evidence_end,
         rule, extractor_version, run_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const ids = facts.map((f, i) =>
      Number(
        insert.run(
          articleId, i, f.metric, storedNumber(f.value, f.unit), f.unit, storedNumber(f.of, 'count'), f.approx, f.among ?? null,
          f.locality?.name ?? null, f.locality?.type ?? null, f.locality?.province ?? null, f.locality?.code ?? null,
          f.scope, f.agency, f.aggregate,
          f.period?.start ?? null, f.period?.end ?? null, f.period?.label ?? null,
          f.period?.vague === undefined ? null : Number(f.period.vague),
          f.evidence.text, f.evidence.start, f.evidence.end, f.rule, f.extractor_version, runId,
        ).lastInsertRowid,
      ),
    );
    const flag = this.st(`INSERT OR IGNORE INTO fact_flags (fact_id, flag, detail) VALUES (?, ?, ?)`);
    for (const fl of checkConsistency(facts)) flag.run(ids[fl.index], fl.flag, fl.detail);
    if (facts.some((f) => f.locality?.code)) this.st(this.eraSql('article_id = ?')).run(articleId);
  }

  /**
   * Sets facts.locality_era from the gazetteer: the era holding the code; when both eras hold it,
   * the one in force at the end of the fact's period (else the article's date).
   */
  private eraSql(where: string): string {
    return `UPDATE facts SET locality_era = (
        SELECT CASE
          WHEN count(*) = 1 THEN max(l.era)
          WHEN count(*) > 1 THEN CASE
            WHEN COALESCE(facts.period_end, facts.period_start, (SELECT published_at FROM articles a WHERE a.id = facts.article_id), '9999') < '2025-07-01'
            THEN 'pre2025' ELSE '2025' END
          END
        FROM localities l WHERE l.code = facts.locality_code)
      WHERE locality_code IS NOT NULL AND ${where}`;
  }

  articlesAfter(afterId: number, limit: number, currentVersion: string | null): StoredArticle[] {
    const rows = this.st(
      `SELECT * FROM articles WHERE id > ? AND (? IS NULL OR extractor_version IS NULL OR extractor_version <> ?) ORDER BY id LIMIT ?`,
    ).all(afterId, currentVersion, currentVersion, limit) as Row[];
    return rows.map((r) => ({
      rowId: r.id as number,
      id: r.doc_id as string,
      url: r.url as string | null,
      pageUrl: r.page_url as string | null,
      sourceId: r.source_id as string | null,
      title: r.title as string | null,
      published: r.published_at as string | null,
      author: r.author as string | null,
      text: r.text as string,
      siteProvince: r.site_province as string | null,
      relevance: r.relevance as number,
      contentHash: r.content_hash as string,
      extractorVersion: r.extractor_version as string | null,
    }));
  }

  /** Rebuilds the folded search index from the articles (after the migration that created it). */
  refillFoldedIndex(): void {
    const rows = this.db.prepare(`SELECT id, title, text FROM articles ORDER BY id`).all() as Array<{ id: number; title: string | null; text: string }>;
    const insert = this.st(`INSERT INTO articles_fold (id, title_fold, text_fold) VALUES (?, ?, ?)`);
    this.db.transaction(() => {
      this.st(`DELETE FROM articles_fold`).run();
      for (const r of rows) insert.run(r.id, asciiFold(r.title ?? ''), asciiFold(r.text));
    })();
  }

  /** Highest article row id (reextract pages up to it, so articles stored meanwhile are not visited twice). */
  maxArticleId(): number {
    return (this.st(`SELECT COALESCE(max(id), 0) AS m FROM articles`).get() as { m: number }).m;
  }

  /** Marks this database as made by `cchc demo`, so a later demo may replace it (see isDemoDatabase). */
  markAsDemo(): void {
    this.st(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(DEMO_MARKER.key, DEMO_MARKER.value);
  }

  // ---- the gazetteer ----

  syncGazetteer(version: string, units: GazetteerUnit[]): boolean {
    const current = this.st(`SELECT value FROM meta WHERE key = 'gazetteer_version'`).get() as { value: string } | undefined;
    if (current?.value === version) return false;
    const today = resolveToday(units);
    this.db.transaction(() => {
      this.st(`DELETE FROM localities`).run();
      this.st(`DELETE FROM locality_today`).run();
      const ins = this.st(
        `INSERT OR REPLACE INTO localities (era, code, name, type, level, parent_code, province_code, valid_from, valid_to, aliases)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const u of units) {
        ins.run(u.era, u.code, u.name, u.type, u.level, u.parentCode, u.provinceCode, u.validFrom, u.validTo, JSON.stringify(u.aliases ?? []));
      }
      const map = this.st(`INSERT OR IGNORE INTO locality_today (era, code, today_code) VALUES (?, ?, ?)`);
      for (const [key, codes] of today) {
        const [era, code] = key.split('\u0000') as [string, string];
        for (const t of codes) map.run(era, code, t);
      }
      this.st(this.eraSql('1')).run();
      this.st(`INSERT INTO meta (key, value) VALUES ('gazetteer_version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(version);
    })();
    return true;
  }

  // ---- reading: search, query, export, stats ----

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const marks = options.marks ?? { open: '[', close: ']' };
    const limit = options.limit ?? 20;
    const phrases = parsePhrases(query);
    if (!phrases.length) throw new Error(`search: no words to look for in ${JSON.stringify(query)}`);
    if (options.exact) {
      const rows = this.st(
        `SELECT a.id, COALESCE(a.page_url, a.url) AS url, a.title, a.published_at,
           snippet(articles_fts, 1, ?, ?, '…', 24) AS snippet
         FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
         WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts) LIMIT ?`,
      ).all(marks.open, marks.close, toMatchExpression(phrases), limit) as Row[];
      return rows.map((r) => ({ articleId: r.id as number, url: r.url as string | null, title: r.title as string | null, published: r.published_at as string | null, snippet: (r.snippet as string).replace(/\s+/g, ' ') }));
    }
    const folded = phrases.map(foldPhrase);
    const rows = this.st(
      `SELECT a.id, COALESCE(a.page_url, a.url) AS url, a.title, a.published_at, a.text
       FROM articles_fold_fts JOIN articles a ON a.id = articles_fold_fts.rowid
       WHERE articles_fold_fts MATCH ? ORDER BY bm25(articles_fold_fts, 2.0, 1.0) LIMIT ?`,
    ).all(toMatchExpression(folded), limit) as Row[];
    return rows.map((r) => ({
      articleId: r.id as number,
      url: r.url as string | null,
      title: r.title as string | null,
      published: r.published_at as string | null,
      snippet: makeSnippet(r.text as string, phrases, marks),
    }));
  }

  query(sql: string, params: Record<string, unknown> = {}): RowStream {
    let stmt: Database.Statement;
    try {
      stmt = this.db.prepare(sql);
    } catch (err) {
      throw new Error(`query: ${(err as Error).message}`);
    }
    // reader: returns rows; readonly: writes nothing (DELETE … RETURNING is a reader that writes)
    if (!stmt.reader || !stmt.readonly) {
      throw new ReadOnlyError('query: only statements that return rows (SELECT, WITH …) are allowed; the database is opened read-only and is never changed by cchc query');
    }
    if (!Object.keys(params).length && !/[:@$][A-Za-z_]/.test(sql)) return this.stream(stmt);
    const columns = stmt.columns().map((c) => c.name);
    try {
      return { columns, rows: stmt.raw(true).iterate(params) as IterableIterator<unknown[]> };
    } catch (err) {
      throw new Error(`query: ${(err as Error).message} (each :name in the SQL needs --param name=value)`);
    }
  }

  exportRows(what: ExportWhat, where: string | null = null): RowStream {
    const spec = EXPORTS[what];
    if (!spec) throw new Error(`export: unknown --what ${JSON.stringify(what)} (facts, articles, dossiers, indices or figures)`);
    const sql = `SELECT * FROM ${spec.from} ${where ? `WHERE (${where})` : ''} ORDER BY ${spec.order}`;
    let stmt: Database.Statement;
    try {
      stmt = this.db.prepare(sql);
    } catch (err) {
      throw new Error(`export: bad --where ${JSON.stringify(where)}: ${(err as Error).message}`);
    }
    return this.stream(stmt);
  }

  private stream(stmt: Database.Statement): RowStream {
    const columns = stmt.columns().map((c) => c.name);
    return { columns, rows: stmt.raw(true).iterate() as IterableIterator<unknown[]> };
  }

  figuresOf(articleId: number): FigureSummary[] {
    return this.figures.figuresOf(articleId);
  }

  rebuildFigures(): number {
    return this.db.transaction(() => this.figures.rebuild()).immediate();
  }

  stats(): DatasetStats {
    const n = (sql: string) => (this.st(sql).get() as { n: number }).n;
    const rows = (sql: string) => this.st(sql).all() as CountRow[];
    return {
      articles: n(`SELECT count(*) AS n FROM articles`),
      facts: n(`SELECT count(*) AS n FROM facts`),
      flaggedFacts: n(`SELECT count(DISTINCT fact_id) AS n FROM fact_flags`),
      runs: n(`SELECT count(*) AS n FROM runs`),
      bySource: rows(
        `SELECT a.source_id AS key, count(*) AS articles, COALESCE(sum(nf.n), 0) AS facts
         FROM articles a LEFT JOIN (SELECT article_id, count(*) AS n FROM facts GROUP BY article_id) nf ON nf.article_id = a.id
         GROUP BY a.source_id ORDER BY articles DESC, key`,
      ),
      byProvince: rows(
        `SELECT locality_province AS key, count(DISTINCT article_id) AS articles, count(*) AS facts FROM facts GROUP BY locality_province ORDER BY facts DESC, key`,
      ),
      byMetric: rows(`SELECT metric AS key, count(DISTINCT article_id) AS articles, count(*) AS facts FROM facts GROUP BY metric ORDER BY facts DESC, key`),
      byYear: rows(
        `SELECT substr(COALESCE(period_end, period_start), 1, 4) AS key, count(DISTINCT article_id) AS articles, count(*) AS facts
         FROM facts GROUP BY key ORDER BY key`,
      ),
    };
  }

  schemaObjects(): SchemaObject[] {
    const objects = this.st(`SELECT name, type FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as Array<{ name: string; type: 'table' | 'view' }>;
    const columns = this.st(`SELECT name FROM pragma_table_info(?) ORDER BY cid`);
    return objects.map((o) => ({ ...o, columns: (columns.all(o.name) as Array<{ name: string }>).map((c) => c.name) }));
  }

  close(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    if (this.db.open) this.db.close();
  }
}

/**
 * For every unit, the codes of the 2025 units it became: a 2025 unit is itself; a pre-2025 unit follows its
 * successors (a successor code names a pre-2025 unit when one exists that began after it ended, else a 2025 unit).
 */
export function resolveToday(units: GazetteerUnit[]): Map<string, string[]> {
  const key = (era: string, code: string) => `${era}\u0000${code}`;
  const byKey = new Map(units.map((u) => [key(u.era, u.code), u]));
  const out = new Map<string, string[]>();
  const visit = (u: GazetteerUnit, seen: Set<string>): string[] => {
    const k = key(u.era, u.code);
    const done = out.get(k);
    if (done) return done;
    if (u.era === '2025') return [u.code];
    if (seen.has(k)) return [];
    seen.add(k);
    const result = new Set<string>();
    for (const s of u.successors ?? []) {
      const older = byKey.get(key('pre2025', s));
      const next = older && older !== u && (older.validFrom ?? '') >= (u.validTo ?? '9999') ? older : byKey.get(key('2025', s)) ?? older;
      if (next && next !== u) for (const c of visit(next, seen)) result.add(c);
    }
    return [...result].sort();
  };
  for (const u of units) out.set(key(u.era, u.code), visit(u, new Set()));
  return out;
}
