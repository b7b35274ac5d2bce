// One contract for every command, through the real CLI: usage errors exit 2, name the option and print the
// usage; --db and --sources have package defaults; rows print in every --format; query takes parameters and stdin.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from './run-cli.ts';

const tmp = tempDir();
const db = tmp.file('c.db');
beforeAll(async () => {
  const r = await runCli(['ingest', '--db', db, join(ROOT, 'test/fixtures/dev/docs/seed-003.json'), join(ROOT, 'test/fixtures/dev/docs/seed-004.json')]);
  expect(r.code, r.stderr).toBe(0);
});
afterAll(() => tmp.cleanup());

describe('usage errors', () => {
  const cases: Array<[string[], string]> = [
    [['search', '--db', 'x.db', '--limit', 'abc', 'ho so'], '--limit'],
    [['search', '--format', 'xml', 'ho so'], '--format'],
    [['crawl', '--concurrency', '0'], '--concurrency'],
    [['crawl', '--max-pages', '-3'], '--max-pages'],
    [['run', '--concurrency', 'many'], '--concurrency'],
    [['extract', '--published', '2024-13-45', 'x.txt'], '--published'],
    [['extract', '--published', '2024-02-30', 'x.txt'], '--published'],
    [['extract', '--url', 'not a url', 'x.txt'], '--url'],
    [['query', '--param', 'no-equals-sign', 'SELECT 1'], '--param'],
    [['query', '--timeout', '0', 'SELECT 1'], '--timeout'],
    [['query', '--format', 'xml', 'SELECT 1'], '--format'],
    [['crawl', '--allow', 'x'], '--allow'],
    [['export', '--format', 'jsonl', '--excel', '--out', '-'], '--excel'],
    [['query'], 'SQL'],
    [['frobnicate'], 'frobnicate'],
  ];
  it.each(cases)('cchc %j exits 2, names %s and prints the usage', async (args, named) => {
    const r = await runCli(args, { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(named);
    if (args[0] !== 'frobnicate') expect(r.stderr).toMatch(new RegExp(`Usage: cchc ${args[0]} `));
  });
});

describe('defaults', () => {
  it('--db is ./cchc.db and --sources the registry shipped with cchc, from any working directory', async () => {
    for (const command of ['crawl', 'run']) {
      const r = await runCli([command, '--help'], { cwd: tmp.dir });
      expect(r.code).toBe(0);
      const help = r.stdout.replace(/\s+/g, ' ');
      expect(help).toMatch(/--db <file> [^-]*\(default: "cchc.db"\)/);
      // the help names the shipped registry in words (no path of this machine); the value, in the compiled CLI, is
      // the package's file
      expect(help).toMatch(/--sources <file> [^-]*\(default: the registry shipped with cchc\)/);
      const { buildProgram } = (await import(pathToFileURL(join(ROOT, 'dist/cli.js')).href)) as typeof import('../../src/cli/main.ts');
      const sources = buildProgram().commands.find((c) => c.name() === command)?.options.find((o) => o.long === '--sources')?.defaultValue as string;
      expect(sources).toBe(join(ROOT, 'data/sources.json'));
      expect(existsSync(sources)).toBe(true);
    }
  });

  it('reextract --db missing.db names the file, exits 1 and does not create it', async () => {
    const r = await runCli(['reextract', '--db', 'missing.db'], { cwd: tmp.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('missing.db: no such database file');
    expect(existsSync(tmp.file('missing.db'))).toBe(false);
  });

  it('--version answers', async () => {
    const r = await runCli(['--version'], { cwd: tmp.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+ \(extractors /);
  });
});

describe('--format and query inputs', () => {
  const sql = 'SELECT metric, value FROM facts ORDER BY id';
  it('query prints the same rows as table, csv, json and jsonl', async () => {
    const json = JSON.parse((await runCli(['query', '--db', db, '--format', 'json', sql])).stdout) as Array<Record<string, unknown>>;
    expect(json.length).toBeGreaterThan(2);
    const jsonl = (await runCli(['query', '--db', db, '--format', 'jsonl', sql])).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(jsonl).toEqual(json);
    const csv = parse((await runCli(['query', '--db', db, '--format', 'csv', sql])).stdout, { columns: true }) as Array<Record<string, string>>;
    expect(csv.map((r) => r.metric)).toEqual(json.map((r) => r.metric));
    const table = (await runCli(['query', '--db', db, sql])).stdout.split('\n');
    expect(table[0]).toMatch(/^metric\s+value$/);
    expect(table.length).toBe(json.length + 3);
  });

  it('query takes --param values and SQL from standard input', async () => {
    const bound = await runCli(['query', '--db', db, '--format', 'json', '--param', 'm=par_index_score', 'SELECT value FROM facts WHERE metric = :m']);
    expect(JSON.parse(bound.stdout)).toEqual([{ value: 88 }]);
    const piped = await runCli(['query', '--db', db, '--format', 'json', '--param', 'm=par_index_score'], { input: 'SELECT value FROM facts WHERE metric = @m' });
    expect(JSON.parse(piped.stdout)).toEqual([{ value: 88 }]);
    const dash = await runCli(['query', '--db', db, '--format', 'json', '-'], { input: 'SELECT 1 AS one' });
    expect(JSON.parse(dash.stdout)).toEqual([{ one: 1 }]);
    const missing = await runCli(['query', '--db', db, 'SELECT :nope']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/--param name=value/);
  });

  it('search prints rows in csv and jsonl', async () => {
    const csv = await runCli(['search', '--db', db, '--format', 'csv', 'chi so']);
    expect(csv.code, csv.stderr).toBe(0);
    const rows = parse(csv.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(rows[0]!)).toEqual(['rank', 'article_id', 'published', 'title', 'url', 'snippet']);
    const jsonl = await runCli(['search', '--db', db, '--format', 'jsonl', 'chi so']);
    expect(jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l).article_id)).toEqual(rows.map((r) => Number(r.article_id)));
  });
});

