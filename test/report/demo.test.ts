import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { tempDir } from '../store/helpers.ts';

const tmp = tempDir('cchc-report-demo-');
afterAll(() => tmp.cleanup());

it('cchc demo ends by writing the report of the demo database and printing its path', async () => {
  const printed: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((s: string) => (printed.push(String(s)), true)) as typeof process.stdout.write;
  try {
    expect(await main(['node', 'cchc', 'demo', '--db', tmp.file('demo.db')])).toBe(0);
  } finally {
    process.stdout.write = write;
  }
  const index = join(tmp.dir, 'cchc-report', 'index.html');
  expect(printed.join('').trimEnd().split('\n').pop()).toBe(`Report of the demo database (opens offline): ${index}`);
  expect(existsSync(index)).toBe(true);
  expect(readFileSync(index, 'utf8')).toContain('<figure class="chart" data-chart="dossiers">');
});
