import { readdirSync } from 'node:fs'; import { join } from 'node:path';
import { extractFacts } from '/work/main/extractors/index.ts'; import { loadDocuments } from '/work/main/src/io/documents.ts';
for (const set of readdirSync('/work/main/test/fixtures')) { const dir = join('/work/main/test/fixtures', set, 'docs'); let fs: string[] = []; try { fs = readdirSync(dir); } catch { continue; }
  for await (const d of loadDocuments(fs.map((f) => join(dir, f)))) if (d.article) for (const f of extractFacts(d.article)) if (f.rule === process.argv[2]) console.log(set, f.value, f.evidence.text.slice(0, 220)); }
