// CLI start-up: wall time of `cchc --version`, `cchc --help` and a one-row `cchc query` as a user runs them
// (node bin/cchc.js, the build from `npm ci`), median and worst of N spawns. Targets: --version < 0.3 s, query < 0.5 s.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from '../test/store/helpers.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/cchc.js');
const N = Number(process.env.CLI_BENCH_SPAWNS ?? 10);

function time(args: string[]): { median: number; worst: number } {
  const ms: number[] = [];
  for (let i = 0; i < N; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
    ms.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`cchc ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(ms.length / 2)]!, worst: ms[ms.length - 1]! };
}

export async function run(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist/cli.js'))) {
    spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit' });
  }
  const tmp = tempDir('cchc-bench-cli-');
  try {
    const db = tmp.file('cli.db');
    const ingest = spawnSync(process.execPath, [BIN, 'ingest', '--db', db, join(ROOT, 'test/fixtures/dev/docs/seed-003.json')], { encoding: 'utf8' });
    if (ingest.status !== 0) throw new Error(ingest.stderr);
    const rows: Array<[string, string[], number]> = [
      ['cchc --version', ['--version'], 300],
      ['cchc --help', ['--help'], 300],
      ['cchc query (one row)', ['query', '--db', db, 'SELECT count(*) FROM facts'], 500],
      ['cchc stats', ['stats', '--db', db], 500],
    ];
    console.log(`start-up, ${N} spawns each (node ${process.version}):`);
    for (const [what, args, target] of rows) {
      const t = time(args);
      console.log(`  ${what.padEnd(22)} median ${t.median.toFixed(0).padStart(4)} ms  worst ${t.worst.toFixed(0).padStart(4)} ms  target < ${target} ms  ${t.median < target ? 'ok' : 'OVER'}`);
    }
  } finally {
    tmp.cleanup();
  }
}
