// The process `cchc query` runs the SQL in. SQLite cannot be interrupted from JavaScript (better-sqlite3 has no
// progress handler, and a worker thread busy in SQLite cannot be terminated), so a runaway query is stopped by
// killing this process. It reads its job as JSON on stdin, prints the rows, and reports an error on stderr, exit 1.
import { z } from 'zod';
import { openStore } from '../store/sqlite.ts';
import { ROW_FORMATS } from './options.ts';
import { printRows } from './rows-output.ts';

export const QueryJob = z.object({
  db: z.string(),
  sql: z.string(),
  params: z.record(z.string(), z.string()),
  format: z.enum(ROW_FORMATS as ['table', 'csv', 'json', 'jsonl']),
});
export type QueryJob = z.infer<typeof QueryJob>;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

try {
  const job = QueryJob.parse(JSON.parse(await readStdin()));
  const store = openStore(job.db, { readonly: true });
  try {
    const n = await printRows(store.query(job.sql, job.params), job.format);
    if (job.format === 'table') process.stderr.write(`(${n} row${n === 1 ? '' : 's'})\n`);
  } finally {
    store.close();
  }
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
