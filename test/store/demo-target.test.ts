// `cchc demo` never overwrites a file it did not create: real processes on real files.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { isDemoDatabase, openStore } from '../../src/store/sqlite.ts';
import { article, fact, tempDir } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const tmp = tempDir();
afterAll(() => tmp.cleanup());

function demo(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['bin/cchc.js', 'demo', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cchc demo --db FILE', () => {
  it('refuses a text file and a dataset it did not create, --force or not, and leaves them as they were', () => {
    const text = tmp.file('notes.txt');
    writeFileSync(text, 'my notes\n');
    const dataset = tmp.file('research.db');
    const store = openStore(dataset);
    store.saveArticle(article('mine', 'Chợ Gạo tiếp nhận 4.512 hồ sơ'), [fact('dossiers_received', 4512)], null);
    store.close();
    const before = readFileSync(dataset);

    for (const [file, force] of [[text, false], [dataset, true]] as const) {
      const r = demo('--db', file, ...(force ? ['--force'] : []));
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`${file} exists and was not created by cchc demo`);
      expect(r.stdout).toBe('');
    }
    expect(readFileSync(text, 'utf8')).toBe('my notes\n');
    expect(readFileSync(dataset).equals(before)).toBe(true);
  });

  it('creates a new file, refuses to replace it without --force, and replaces it with --force', () => {
    const db = tmp.file('demo.db');
    expect(demo('--db', db).code).toBe(0);
    expect(isDemoDatabase(db)).toBe(true);
    const again = demo('--db', db);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('add --force to replace it');
    const forced = demo('--db', db, '--force');
    expect(forced.code).toBe(0);
    const s = openStore(db, { readonly: true });
    expect(s.db.prepare('SELECT count(*) AS n FROM runs').get()).toEqual({ n: 1 });
    s.close();
  });
});
