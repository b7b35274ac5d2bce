import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/sqlite.ts';
import { tempDir } from './helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('a killed ingest', () => {
  it('leaves no half-stored article, and the next ingest goes on', async () => {
    const path = tmp.file('crash.db');
    openStore(path).close();
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./fixtures/ingest-child.ts', import.meta.url)), path], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_c, signal) => resolve(signal)));
    // kill it halfway: after some articles are stored, while it keeps writing
    await new Promise<void>((resolve) => {
      let stored = 0;
      child.stdout.on('data', (d: Buffer) => {
        stored += d.toString().split('\n').filter((l) => l === 'stored').length;
        if (stored >= 40) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    expect(await exited).toBe('SIGKILL');

    const db = new Database(path, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const perArticle = db.prepare('SELECT a.doc_id, count(f.id) AS n FROM articles a LEFT JOIN facts f ON f.article_id = a.id GROUP BY a.id').all() as Array<{ n: number }>;
    expect(perArticle.length).toBeGreaterThanOrEqual(40);
    expect(perArticle.filter((a) => a.n !== 200)).toEqual([]);
    const folded = db.prepare('SELECT count(*) AS n FROM articles_fold_fts').get() as { n: number };
    expect(folded.n).toBe(perArticle.length);
    const run = db.prepare("SELECT finished_at FROM runs WHERE kind = 'ingest'").get() as { finished_at: string | null };
    expect(run.finished_at).toBeNull(); // the killed run stays visibly unfinished
    db.close();

    const store = openStore(path);
    expect(store.search('cai cach hanh chinh').length).toBeGreaterThan(0);
    store.close();
  }, 60_000);
});
