// `cchc query` against every way to write, and against a query that never ends: the real CLI on a real file,
// whose checksum must not change and beside which no -wal/-shm file may be left.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from './run-cli.ts';

const tmp = tempDir();
const db = tmp.file('q.db');
const sha = () => createHash('sha256').update(readFileSync(db)).digest('hex');
let before: string;

beforeAll(async () => {
  const r = await runCli(['ingest', '--db', db, join(ROOT, 'test/fixtures/dev/docs/seed-003.json'), join(ROOT, 'test/fixtures/dev/docs/seed-004.json')]);
  expect(r.code, r.stderr).toBe(0);
  before = sha();
});
afterAll(() => tmp.cleanup());

const beside = () => readdirSync(tmp.dir).filter((f) => f.startsWith('q.db') && f !== 'q.db');

describe('cchc query is read-only', () => {
  const attempts: Array<[string, string]> = [
    ['DELETE', 'DELETE FROM facts'],
    ['UPDATE', "UPDATE articles SET title = 'x'"],
    ['INSERT', "INSERT INTO runs (kind) VALUES ('x')"],
    ['DROP', 'DROP TABLE facts'],
    ['CREATE', 'CREATE TABLE evil (x)'],
    ['multiple statements', 'SELECT 1; DELETE FROM facts'],
    ['multiple statements, write first', 'DELETE FROM facts; SELECT 1'],
    ['ATTACH', `ATTACH DATABASE '${tmp.file('attached.db')}' AS evil`],
    ['VACUUM INTO', `VACUUM INTO '${tmp.file('copy.db')}'`],
    ['VACUUM', 'VACUUM'],
    ['PRAGMA writable_schema', 'PRAGMA writable_schema = 1'],
    ['PRAGMA user_version', 'PRAGMA user_version = 99'],
    ['PRAGMA journal_mode', 'PRAGMA journal_mode = DELETE'],
    ['PRAGMA query_only off', 'PRAGMA query_only = 0'],
    ['load_extension', `SELECT load_extension('${tmp.file('evil.so')}')`],
    ['RETURNING', 'DELETE FROM facts RETURNING id'],
    ['CTE with DELETE', 'WITH x AS (SELECT 1) DELETE FROM facts'],
    ['CTE with INSERT … RETURNING', "WITH x AS (SELECT 'x' AS k) INSERT INTO runs (kind) SELECT k FROM x RETURNING id"],
    ['transaction', 'BEGIN IMMEDIATE'],
    ['REINDEX', 'REINDEX'],
    ['ANALYZE', 'ANALYZE'],
  ];
  it.each(attempts)('refuses %s with a message and exit 1, and changes nothing', async (_what, sql) => {
    const r = await runCli(['query', '--db', db, sql]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^cchc: /);
    expect(sha()).toBe(before);
    expect(beside()).toEqual([]);
    expect(existsSync(tmp.file('attached.db'))).toBe(false);
    expect(existsSync(tmp.file('copy.db'))).toBe(false);
  });

  it('answers a SELECT and leaves the file as it was, with no -wal or -shm beside it', async () => {
    const r = await runCli(['query', '--db', db, '--format', 'json', 'SELECT count(*) AS n FROM facts']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)[0].n).toBeGreaterThan(0);
    expect(sha()).toBe(before);
    expect(beside()).toEqual([]);
  });

  it('stops a runaway query after --timeout with a clear message and exit 1', async () => {
    const r = await runCli(['query', '--db', db, '--timeout', '1', 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/stopped after 1 s \(--timeout 1\)/);
    expect(r.ms).toBeLessThan(15_000);
    expect(sha()).toBe(before);
    expect(beside()).toEqual([]);
  });
});
