import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacts } from './extractors/index.ts';
import { loadDocuments } from './src/io/documents.ts';
const arts: any[] = [];
for (const set of ['real', 'real-added', 'real-heldout']) {
  const dir = join('test/fixtures', set, 'docs');
  for await (const d of loadDocuments(readdirSync(dir).map((f) => join(dir, f)))) if (d.article) arts.push(d.article);
}
for (let i = 0; i < 300; i++) extractFacts(arts[i % arts.length]);
const t0 = Date.now(); const c0 = process.cpuUsage();
for (let i = 0; i < 12000; i++) extractFacts(arts[i % arts.length]);
const c = process.cpuUsage(c0); console.log((12000 / ((Date.now() - t0) / 1000)).toFixed(0), 'articles/s wall,', (12000 / ((c.user + c.system) / 1e6)).toFixed(0), 'per cpu-s');
