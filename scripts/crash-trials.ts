// Crash safety measured: kills `cchc crawl` and `cchc ingest` with SIGKILL at random moments, lets the next run
// finish (taking over the dead run's lock), and compares articles, facts and pages with an uninterrupted run:
// nothing lost, nothing twice, no half-written article. Real processes, real SQLite files, the fixture site on
// 127.0.0.1 (a fresh one per trial).
//   npx tsx scripts/crash-trials.ts [crawl kills, default 10] [ingest kills, default 10]
// test/crawl/crash-trials.test.ts runs a few of each in `npm test`.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { startFixtureSite } from '../test/fixtures/site/index.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** What must come out of a run the same whether or not it was killed on the way. */
export interface Snapshot {
  /** doc id (origin stripped) → content hash and a digest of its facts. */
  articles: Record<string, { hash: string; facts: number; digest: string }>;
  /** Articles sharing a content hash with another (must be none). */
  twins: number;
  /** Page URL (origin stripped) → content hash (null for discovery pages and failures). */
  pages: Record<string, string | null>;
  /** Frontier items left queued or in progress (must be none after a finished run). */
  open: number;
}

export interface TrialResult {
  command: 'crawl' | 'ingest';
  killAtMs: number;
  /** Whether the process was still running when killed (a kill after it ended tests nothing). */
  killed: boolean;
  /** Articles in the database when it was killed (0: killed before the first was stored). */
  storedAtKill: number;
  resumeExit: number | null;
  same: boolean;
  differences: string[];
}

interface Proc { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; ms: number }

function cchc(args: string[], killAtMs?: number): Promise<Proc> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'bin/cchc.js'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const timer = killAtMs === undefined ? null : setTimeout(() => child.kill('SIGKILL'), killAtMs);
  return once(child, 'exit').then(([code, signal]) => {
    if (timer) clearTimeout(timer);
    return { code: code as number | null, signal: signal as NodeJS.Signals | null, stdout, stderr, ms: performance.now() - t0 };
  });
}

export function snapshot(db: string, origin = ''): Snapshot {
  const d = new Database(db, { readonly: true });
  const strip = (u: string | null) => (u && origin ? u.replace(origin, '') : u);
  try {
    const factColumns = (d.prepare(`SELECT name FROM pragma_table_info('facts')`).all() as Array<{ name: string }>)
      .map((c) => c.name).filter((n) => !['id', 'article_id', 'run_id'].includes(n));
    const facts = d.prepare(`SELECT ${factColumns.join(', ')} FROM facts WHERE article_id = ? ORDER BY ordinal`);
    const articles: Snapshot['articles'] = {};
    for (const a of d.prepare(`SELECT id, doc_id, content_hash FROM articles`).all() as Array<{ id: number; doc_id: string; content_hash: string }>) {
      const rows = facts.all(a.id);
      articles[strip(a.doc_id)!] = { hash: a.content_hash, facts: rows.length, digest: createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 16) };
    }
    const twins = (d.prepare(`SELECT count(*) AS n FROM articles WHERE content_hash IN (SELECT content_hash FROM articles GROUP BY content_hash HAVING count(*) > 1)`).get() as { n: number }).n;
    const pages: Snapshot['pages'] = {};
    for (const p of d.prepare(`SELECT url, content_hash FROM pages`).all() as Array<{ url: string; content_hash: string | null }>) pages[strip(p.url)!] = p.content_hash;
    const open = (d.prepare(`SELECT count(*) AS n FROM frontier WHERE state IN ('queued', 'in_progress')`).get() as { n: number }).n;
    return { articles, twins, pages, open };
  } finally {
    d.close();
  }
}

function articleCount(db: string): number {
  try {
    const d = new Database(db, { readonly: true });
    try {
      return (d.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      d.close();
    }
  } catch {
    return 0; // killed before the schema was written
  }
}

export function compare(expected: Snapshot, got: Snapshot): string[] {
  const out: string[] = [];
  for (const [id, a] of Object.entries(expected.articles)) {
    const b = got.articles[id];
    if (!b) out.push(`lost article ${id}`);
    else if (b.hash !== a.hash || b.digest !== a.digest) out.push(`article ${id} differs (facts ${a.facts} → ${b.facts})`);
  }
  for (const id of Object.keys(got.articles)) if (!expected.articles[id]) out.push(`extra article ${id}`);
  if (got.twins !== expected.twins) out.push(`${got.twins} articles share a text (uninterrupted: ${expected.twins})`);
  for (const [url, hash] of Object.entries(expected.pages)) {
    if (!(url in got.pages)) out.push(`lost page ${url}`);
    else if (got.pages[url] !== hash) out.push(`page ${url} hash ${got.pages[url]} (uninterrupted: ${hash})`);
  }
  for (const url of Object.keys(got.pages)) if (!(url in expected.pages)) out.push(`extra page ${url}`);
  if (got.open) out.push(`${got.open} frontier items left open`);
  return out;
}

const SITE = { latencyMs: 40, crawlDelay: 0.02, listingArticles: 24, slowMs: 300, bigBytes: 600_000 };

async function crawlRun(db: string, origin: string, killAtMs?: number): Promise<Proc> {
  return cchc(['crawl', '--seed', `${origin}/`, '--db', db, '--allow-private'], killAtMs);
}

/** Kills `cchc crawl` once per trial at a random moment of an uninterrupted run's length, then resumes it on the
 *  same site (its stateful pages carry on from the killed run, as a real site's would). */
export async function crawlTrials(n: number, dir: string, random: () => number = Math.random): Promise<TrialResult[]> {
  const baseSite = await startFixtureSite(SITE);
  const baseDb = join(dir, 'crawl-base.db');
  let base: Proc;
  let expected: Snapshot;
  try {
    base = await crawlRun(baseDb, baseSite.origin);
    if (base.code !== 0) throw new Error(`uninterrupted crawl failed: ${base.stderr}`);
    expected = snapshot(baseDb, baseSite.origin);
  } finally {
    await baseSite.close();
  }
  const results: TrialResult[] = [];
  for (let i = 0; i < n; i++) {
    const db = join(dir, `crawl-${i}.db`);
    const killAtMs = Math.round(300 + random() * (0.9 * base.ms - 300));
    const site = await startFixtureSite(SITE);
    try {
      const killed = await crawlRun(db, site.origin, killAtMs);
      const storedAtKill = articleCount(db);
      const resumed = await crawlRun(db, site.origin);
      const differences = compare(expected, snapshot(db, site.origin));
      if (resumed.code !== 0) differences.push(`resumed crawl exit ${resumed.code}: ${resumed.stderr.slice(-300)}`);
      results.push({ command: 'crawl', killAtMs, killed: killed.signal === 'SIGKILL', storedAtKill, resumeExit: resumed.code, same: differences.length === 0, differences });
    } finally {
      await site.close();
    }
  }
  return results;
}

/** Documents for the ingest trials: the texts of the crawled articles, each in several numbered variants. */
function writeDocuments(dir: string, texts: string[], copies: number): string[] {
  const docs = join(dir, 'docs');
  mkdirSync(docs, { recursive: true });
  const paths: string[] = [];
  for (let c = 0; c < copies; c++) {
    for (const text of texts) {
      const path = join(docs, `doc-${String(paths.length).padStart(4, '0')}.txt`);
      writeFileSync(path, `${text}\n\nBản số ${c + 1}.\n`);
      paths.push(path);
    }
  }
  return paths;
}

/** Kills `cchc ingest` once per trial at a random moment, then runs the same ingest again to the end. */
export async function ingestTrials(n: number, dir: string, random: () => number = Math.random, copies = 40): Promise<TrialResult[]> {
  const source = join(dir, 'crawl-base.db');
  const d = new Database(source, { readonly: true });
  const texts = (d.prepare(`SELECT text FROM articles ORDER BY id`).all() as Array<{ text: string }>).map((r) => r.text);
  d.close();
  const docs = writeDocuments(dir, texts, copies);
  const base = await cchc(['ingest', ...docs, '--db', join(dir, 'ingest-base.db')]);
  if (base.code !== 0) throw new Error(`uninterrupted ingest failed: ${base.stderr}`);
  const expected = snapshot(join(dir, 'ingest-base.db'));
  const results: TrialResult[] = [];
  for (let i = 0; i < n; i++) {
    const db = join(dir, `ingest-${i}.db`);
    const killAtMs = Math.round(300 + random() * (0.9 * base.ms - 300));
    const killed = await cchc(['ingest', ...docs, '--db', db], killAtMs);
    const storedAtKill = articleCount(db);
    const again = await cchc(['ingest', ...docs, '--db', db]);
    const differences = compare(expected, snapshot(db));
    if (again.code !== 0) differences.push(`resumed ingest exit ${again.code}: ${again.stderr.slice(0, 300)}`);
    results.push({ command: 'ingest', killAtMs, killed: killed.signal === 'SIGKILL', storedAtKill, resumeExit: again.code, same: differences.length === 0, differences });
  }
  return results;
}

async function main(): Promise<void> {
  const crawls = Number(process.argv[2] ?? 10);
  const ingests = Number(process.argv[3] ?? 10);
  const dir = mkdtempSync(join(tmpdir(), 'cchc-crash-trials-'));
  try {
    const results = [...await crawlTrials(crawls, dir), ...await ingestTrials(ingests, dir)];
    for (const r of results) {
      console.log(`${r.command.padEnd(6)} kill -9 at ${String(r.killAtMs).padStart(5)} ms ${r.killed ? 'mid-run ' : 'after end'} (${String(r.storedAtKill).padStart(4)} articles stored)  resumed exit ${r.resumeExit}  ${r.same ? 'same as uninterrupted' : `DIFFERENT: ${r.differences.slice(0, 5).join('; ')}`}`);
    }
    for (const command of ['crawl', 'ingest'] as const) {
      const of = results.filter((r) => r.command === command);
      console.log(`${command}: ${of.length} trials, ${of.filter((r) => r.killed).length} killed mid-run, ${of.filter((r) => r.same).length} same as the uninterrupted run`);
    }
    if (results.some((r) => !r.same)) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
