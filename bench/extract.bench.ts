// Extraction speed: articles per second on one core, text to facts, over a generated corpus (median of 5 runs),
// and heap after each run to show memory stays flat in the corpus size (articles are generated lazily).
import { extractFacts } from '../extractors/index.ts';
import { syntheticArticles } from './synthetic-articles.ts';

const CORPUS = Number(process.env.CCHC_BENCH_ARTICLES ?? 10_000);
const RUNS = 5;

function once(n: number): { seconds: number; facts: number; chars: number } {
  let facts = 0;
  let chars = 0;
  const t0 = process.hrtime.bigint();
  for (const a of syntheticArticles(n)) {
    chars += a.text.length;
    facts += extractFacts({ text: a.text, published: a.published, url: null }).length;
  }
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, facts, chars };
}

export async function run(): Promise<void> {
  once(200); // warm-up: loads the gazetteer and JIT-compiles the rules
  const rates: number[] = [];
  let last = { seconds: 0, facts: 0, chars: 0 };
  for (let i = 0; i < RUNS; i++) {
    last = once(CORPUS);
    rates.push(CORPUS / last.seconds);
  }
  rates.sort((a, b) => a - b);
  const median = rates[Math.floor(RUNS / 2)]!;
  global.gc?.();
  const heapSmall = process.memoryUsage().heapUsed;
  once(CORPUS * 2);
  global.gc?.();
  const heapLarge = process.memoryUsage().heapUsed;
  console.log(`corpus: ${CORPUS} generated articles (${(last.chars / CORPUS).toFixed(0)} chars each on average), ${last.facts} facts per run`);
  console.log(`extraction: median ${median.toFixed(0)} articles/s over ${RUNS} runs (min ${rates[0]!.toFixed(0)}, max ${rates[RUNS - 1]!.toFixed(0)}), one core; ${((median * last.chars) / CORPUS / 1024).toFixed(0)} KB of text/s`);
  console.log(`memory: heap ${(heapSmall / 2 ** 20).toFixed(1)} MB after ${CORPUS} articles, ${(heapLarge / 2 ** 20).toFixed(1)} MB after ${CORPUS * 2} (flat: articles are streamed, nothing is kept)`);
}
