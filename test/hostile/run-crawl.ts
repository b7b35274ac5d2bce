// Runs a real `cchc crawl` child process under /usr/bin/time -v (peak RSS) with a hard wall-clock limit, and
// reads back what it stored: the page rows with their errors, the articles and the last run's counts.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { appendFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const TIME = '/usr/bin/time';

export interface CrawlRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident set size of the crawl process in MB (null when /usr/bin/time is missing). */
  maxRssMb: number | null;
  /** True when the hard limit killed the process. */
  killed: boolean;
}

export function tempDb(): string {
  return join(mkdtempSync(join(tmpdir(), 'cchc-hostile-')), 'crawl.db');
}

export async function runCrawl(args: string[], limitMs = 60_000): Promise<CrawlRun> {
  const node = [process.execPath, join(ROOT, 'bin/cchc.js'), 'crawl', ...args];
  const useTime = existsSync(TIME);
  const [cmd, ...argv] = useTime ? [TIME, '-v', ...node] : node;
  const started = Date.now();
  const child = spawn(cmd!, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: 'true' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  let killed = false;
  const timer = setTimeout(() => {
    killed = true;
    child.kill('SIGKILL');
  }, limitMs);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearTimeout(timer);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const run = { code, stdout, stderr, ms: Date.now() - started, maxRssMb: rss ? Math.round(Number(rss[1]) / 1024) : null, killed };
  // HOSTILE_FIGURES=file collects each run's time and peak RSS for the README's Reliability table.
  if (process.env.HOSTILE_FIGURES) {
    appendFileSync(process.env.HOSTILE_FIGURES, `${expect.getState().currentTestName}\t${run.code}\t${run.ms} ms\t${run.maxRssMb} MB\n`);
  }
  return run;
}

export interface PageRow {
  url: string;
  status: number | null;
  error: string | null;
}

export function readDb(dbPath: string) {
  const db = new Database(dbPath, { readonly: true });
  try {
    const pages = db.prepare('SELECT url, status, error FROM pages ORDER BY url').all() as PageRow[];
    const articles = db.prepare('SELECT page_url AS url FROM articles ORDER BY page_url').all() as Array<{ url: string }>;
    const run = db.prepare('SELECT counts, error FROM runs ORDER BY id DESC LIMIT 1').get() as { counts: string; error: string | null } | undefined;
    return {
      pages,
      page: (url: string) => pages.find((p) => p.url === url),
      articles: articles.map((a) => a.url),
      counts: run ? (JSON.parse(run.counts) as Record<string, number>) : {},
    };
  } finally {
    db.close();
  }
}

/** Writes a one-source registry for the hostile server beside the database and returns its path. */
export function registryFor(dbPath: string, origin: string, parts: { startUrls?: string[]; feeds?: string[]; sitemaps?: string[]; allow?: string[] }): string {
  const file = join(dirname(dbPath), 'sources.json');
  writeFileSync(file, JSON.stringify({
    version: 1,
    sources: [{
      id: 'hostile', name: 'hostile site', province: 'Tiền Giang', provinceSince2025: 'Đồng Tháp', kind: 'provincial-portal',
      homepage: `${origin}/`, startUrls: parts.startUrls ?? [], feeds: parts.feeds ?? [], sitemaps: parts.sitemaps ?? [],
      allow: parts.allow ?? [`^${origin.replace(/[.]/g, '\\.')}/`], deny: [], evidence: 'hostile test',
    }],
  }));
  return file;
}
