// Extraction speed: articles per second on one core, text to facts (median of 5 runs, start-up excluded), on the
// real articles of the gold sets repeated to CORPUS documents (the measure), then on a generated corpus; heap after
// each run shows memory stays flat in the corpus size. Quality on the real gold sets is printed beside it.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacts } from '../extractors/index.ts';
import { loadDocuments } from '../src/io/documents.ts';
import { CORE_METRICS, score, type GoldFact, type PredictedFact } from '../src/eval/score.ts';
import type { Article } from '../src/model/document.ts';
import { readFileSync } from 'node:fs';
import { syntheticArticles } from './synthetic-articles.ts';

const REAL_SETS = ['real', 'real-added', 'real-heldout', 'real-round2', 'real-round2-heldout', 'real-round3', 'real-round3-heldout', 'real-round4', 'real-round4-heldout', 'real-round5', 'real-round5-heldout', 'real-round6', 'real-round6-heldout', 'real-round7', 'real-round7-heldout', 'real-round8', 'real-round8-heldout'];

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

async function realArticles(): Promise<Map<string, Article[]>> {
  const bySet = new Map<string, Article[]>();
  for (const set of REAL_SETS) {
    const dir = join('test/fixtures', set, 'docs');
    let files: string[];
    try { files = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f)); } catch { continue; }
    const list: Article[] = [];
    for await (const d of loadDocuments(files)) if (d.article) list.push(d.article);
    bySet.set(set, list);
  }
  return bySet;
}

function realOnce(articles: Article[], n: number): { seconds: number; facts: number; chars: number } {
  let facts = 0;
  let chars = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const a = articles[i % articles.length]!;
    chars += a.text.length;
    facts += extractFacts(a).length;
  }
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, facts, chars };
}

async function runReal(): Promise<void> {
  const bySet = await realArticles();
  const all = [...bySet.values()].flat();
  if (!all.length) return;
  for (const [set, list] of bySet) {
    const gold = new Map<string, GoldFact[]>();
    for (const f of readdirSync(join('test/fixtures', set, 'gold'))) {
      const g = JSON.parse(readFileSync(join('test/fixtures', set, 'gold', f), 'utf8'));
      gold.set(g.id, g.facts);
    }
    const predicted = list.flatMap((a) => extractFacts(a).map((f) => ({ ...f, source: a.id }) as PredictedFact));
    const s = score(gold, predicted, CORE_METRICS);
    console.log(`quality ${set}: ${list.length} articles, ${s.gold} core facts: precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)} locality ${s.localityAccuracy?.toFixed(3)} period ${s.periodAccuracy?.toFixed(3)}`);
  }
  realOnce(all, 500); // warm-up
  const rates: number[] = [];
  let last = { seconds: 0, facts: 0, chars: 0 };
  for (let i = 0; i < RUNS; i++) {
    last = realOnce(all, CORPUS);
    rates.push(CORPUS / last.seconds);
  }
  rates.sort((a, b) => a - b);
  const median = rates[Math.floor(RUNS / 2)]!;
  global.gc?.();
  const heapSmall = process.memoryUsage().heapUsed;
  realOnce(all, CORPUS * 2);
  global.gc?.();
  const heapLarge = process.memoryUsage().heapUsed;
  console.log(`real corpus: ${all.length} real articles repeated to ${CORPUS} (${(last.chars / CORPUS).toFixed(0)} chars each on average), ${last.facts} facts per run`);
  console.log(`extraction (real): median ${median.toFixed(0)} articles/s over ${RUNS} runs (min ${rates[0]!.toFixed(0)}, max ${rates[RUNS - 1]!.toFixed(0)}), one core; ${((median * last.chars) / CORPUS / 1024).toFixed(0)} KB of text/s`);
  console.log(`memory (real): heap ${(heapSmall / 2 ** 20).toFixed(1)} MB after ${CORPUS} articles, ${(heapLarge / 2 ** 20).toFixed(1)} MB after ${CORPUS * 2}`);
}

export async function run(): Promise<void> {
  await runReal();
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
