// Extraction time per MB on hostile texts (test/extractors/hostile-texts.ts): each family at 256 K and 1 M characters.
// Linear time shows as the same ms per MB at both sizes; the growth column is ms/MB at 1 M over ms/MB at 256 K.
import { extractFacts } from '../extractors/index.ts';
import { HOSTILE_TEXTS } from '../test/extractors/hostile-texts.ts';

const SIZES = [256 * 1024, 1024 * 1024];

function msPerMB(text: string): number {
  const start = performance.now();
  extractFacts({ text, published: '2024-06-01', url: null });
  return (performance.now() - start) / (Buffer.byteLength(text) / 2 ** 20);
}

export async function run(): Promise<void> {
  extractFacts({ text: 'Tiếp nhận 12 hồ sơ.', published: '2024-06-01', url: null }); // loads the gazetteer
  let worst = { name: '', ms: 0 };
  let worstGrowth = { name: '', ratio: 0 };
  console.log(`${'family'.padEnd(14)} ${SIZES.map((n) => `ms/MB @${n / 1024}K`.padStart(14)).join(' ')}  growth`);
  for (const [name, build] of Object.entries(HOSTILE_TEXTS)) {
    const figures = SIZES.map((n) => msPerMB(build(n)));
    const ratio = figures[1]! / Math.max(figures[0]!, 1);
    if (figures[1]! > worst.ms) worst = { name, ms: figures[1]! };
    if (ratio > worstGrowth.ratio) worstGrowth = { name, ratio };
    console.log(`${name.padEnd(14)} ${figures.map((f) => f.toFixed(0).padStart(14)).join(' ')}  ${ratio.toFixed(2)}`);
  }
  console.log(`hostile text: worst ${worst.ms.toFixed(0)} ms per MB (${worst.name}); worst growth from 256 K to 1 M ×${worstGrowth.ratio.toFixed(2)} (${worstGrowth.name}; linear is ×1)`);
  const digits = '1'.repeat(10 * 2 ** 20);
  console.log(`10 MB of digits: ${(msPerMB(digits) * 10).toFixed(0)} ms`);
}
