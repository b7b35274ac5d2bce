// `cchc query`: a researcher's SELECT on the dataset; anything that would write is refused, and a query that runs
// past --timeout is stopped. The SQL runs in a child process (./query-child.ts) so that it can be stopped.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { DEFAULT_DB } from '../../pipeline/defaults.ts';
import { helperEntry } from '../entry-points.ts';
import { UsageError } from '../errors.ts';
import { collectParam, formatOption, positiveSeconds, type RowFormat } from '../options.ts';

const DEFAULT_TIMEOUT_S = 60;

interface QueryOptions {
  db: string;
  format: RowFormat;
  param?: Record<string, string>;
  timeout: number;
}

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('run a read-only SQL SELECT on the dataset (tables and views: README.md, "The dataset")')
    .argument('[sql]', "one SELECT (or WITH … SELECT) statement; '-' or none with piped input reads it from standard input")
    .option('--db <file>', 'dataset file', DEFAULT_DB)
    .addOption(formatOption())
    .option('--param <name=value>', 'a named parameter for :name in the SQL (repeatable; values are text)', collectParam)
    .option('--timeout <seconds>', 'stop the query after this long', positiveSeconds, DEFAULT_TIMEOUT_S)
    .addHelpText('after', `\nExamples (on the database \`cchc demo\` writes; without --db, ./cchc.db):\n  cchc query --db cchc-demo.db "SELECT metric, count(*) FROM facts GROUP BY metric"\n  cchc query --db cchc-demo.db --param "p=Tiền Giang" --format csv "SELECT metric, value, locality_name FROM v_facts WHERE locality_province = :p"\n  echo "SELECT count(*) FROM articles" | cchc query --db cchc-demo.db\n`)
    .action(async (sqlArg: string | undefined, opts: QueryOptions) => {
      let sql = sqlArg;
      if (sql === '-' || (sql === undefined && !process.stdin.isTTY)) sql = await readAll(process.stdin);
      if (sql === undefined || !sql.trim()) throw new UsageError("query: give the SQL as an argument, or '-' to read it from standard input");
      if (!existsSync(opts.db)) throw new Error(`${opts.db}: no such database file`);
      await runChild({ db: opts.db, sql, params: opts.param ?? {}, format: opts.format }, opts.timeout);
    });
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks).toString('utf8');
}

/** Runs the job in the child, relays its output, and turns its failure or a timeout into an error. */
function runChild(job: { db: string; sql: string; params: Record<string, string>; format: RowFormat }, timeoutS: number): Promise<void> {
  const entry = helperEntry('query-child');
  const child = spawn(process.execPath, [...entry.execArgv, entry.path], { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin.end(JSON.stringify(job));
  let err = '';
  // through process.stdout.write, not inherited: the parent's stdout may be a pipe, a file or a test's capture
  child.stdout.on('data', (d: Buffer) => process.stdout.write(d));
  child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, timeoutS * 1000);
  return new Promise((resolve, reject) => {
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) {
        // the killed child could not close its connection: one clean open and close lets SQLite remove -wal/-shm
        void import('../../store/sqlite.ts').then(({ openStore }) => openStore(job.db, { readonly: true }).close()).catch(() => {}).finally(() =>
          reject(new Error(`query: stopped after ${timeoutS} s (--timeout ${timeoutS}); the database is unchanged`)));
        return;
      }
      if (code !== 0) return reject(new Error(err.trim() || `query: failed (exit ${code})`));
      if (err) process.stderr.write(err);
      resolve();
    });
  });
}
