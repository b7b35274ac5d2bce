// Prints precision and recall of the story threshold on labelled pairs made from the real article fixtures.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { labelledPairs, scoreThresholds } from '../src/store/story-pairs.ts';

const root = new URL('../test/fixtures/', import.meta.url).pathname;
const texts = readdirSync(root)
  .filter((d) => d.startsWith('real'))
  .flatMap((d) => readdirSync(join(root, d, 'docs')).map((f) => (JSON.parse(readFileSync(join(root, d, 'docs', f), 'utf8')) as { text: string }).text));
const pairs = labelledPairs(texts);
console.log(`${texts.length} articles, ${pairs.length} pairs (${pairs.filter((p) => p.same).length} same story)`);
for (const s of scoreThresholds(pairs, [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8])) {
  console.log(`threshold ${s.threshold.toFixed(2)}  precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  fp ${s.falsePositives}  fn ${s.falseNegatives}`);
}
