// `cchc eval`: precision, recall and F1 of the extractors against a gold folder, per metric and overall.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { GoldFact, PredictedFact, Score } from '../../eval/score.ts';
import { UsageError } from '../errors.ts';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score the extractors against gold facts (the rules of shared/tools/score.py)')
    .option('--gold <dir>', 'folder of gold files {id, facts: [...]} (with --docs; without both, every bundled gold set is scored)')
    .option('--docs <dir>', 'folder of the documents the gold files describe')
    .option('--json', 'print the scores as JSON')
    .option('--detail', 'list misses, spurious facts and wrong places or periods')
    .addHelpText('after', '\nExample:\n  cchc eval --gold test/fixtures/dev/gold --docs test/fixtures/dev/docs\n')
    .action(async (opts: { gold?: string; docs?: string; json?: boolean; detail?: boolean }) => {
      if (!opts.gold !== !opts.docs) throw new UsageError('--gold and --docs go together (or leave both out to score the bundled sets)');
      if (!opts.gold || !opts.docs) {
        const sets = await Promise.all(BUNDLED_SETS.filter((s) => existsSync(join(FIXTURES, s.dir, 'gold'))).map(async (s) => ({ ...s, ...(await scoreFolder(join(FIXTURES, s.dir, 'gold'), join(FIXTURES, s.dir, 'docs'))) })));
        if (opts.json) {
          process.stdout.write(JSON.stringify(sets.map(({ dir, what, core }) => ({ set: dir, what, ...strip(core) })), null, 2) + '\n');
          return;
        }
        process.stdout.write(bundledReport(sets));
        return;
      }
      const { core, extra } = await scoreFolder(opts.gold, opts.docs);
      if (opts.json) {
        process.stdout.write(JSON.stringify({ core: strip(core), extra: strip(extra) }, null, 2) + '\n');
        return;
      }
      process.stdout.write(report(core, extra, opts.detail === true));
    });
}

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/', import.meta.url));
/** The gold sets that ship with cchc: real articles first (they are the measure), the synthetic ones as regression tests. */
const BUNDLED_SETS = [
  { dir: 'real', what: 'real, shared/dev/real (tuned on)' },
  { dir: 'real-added', what: 'real, added (tuned on)' },
  { dir: 'real-heldout', what: 'real, added, held out' },
  { dir: 'real-round2', what: 'real, second round (tuned on)' },
  { dir: 'real-round2-heldout', what: 'real, second round, held out' },
  { dir: 'real-round3', what: 'real, third round (tuned on)' },
  { dir: 'real-round3-heldout', what: 'real, third round, held out' },
  { dir: 'real-round4', what: 'real, fourth round (tuned on)' },
  { dir: 'real-round4-heldout', what: 'real, fourth round, held out' },
  { dir: 'real-round5', what: 'real, fifth round (tuned on)' },
  { dir: 'real-round5-heldout', what: 'real, fifth round, held out' },
  { dir: 'real-round6', what: 'real, sixth round (tuned on)' },
  { dir: 'real-round6-heldout', what: 'real, sixth round, held out' },
  { dir: 'real-round7', what: 'real, seventh round (tuned on)' },
  { dir: 'real-round7-heldout', what: 'real, seventh round, held out' },
  { dir: 'real-round8', what: 'real, eighth round (tuned on)' },
  { dir: 'real-round8-heldout', what: 'real, eighth round, held out' },
  { dir: 'dev', what: 'shared seed articles' },
  { dir: 'heldout', what: 'synthetic (regression)' },
  { dir: 'heldout2', what: 'synthetic (regression)' },
  { dir: 'heldout3', what: 'synthetic (regression)' },
  { dir: 'heldout4', what: 'synthetic (regression)' },
  { dir: 'heldout5', what: 'synthetic (regression)' },
];

const strip = ({ misses, spurious, wrong, ...rest }: Score) => (void misses, void spurious, void wrong, rest);

async function scoreFolder(goldDir: string, docsDir: string): Promise<{ core: Score; extra: Score }> {
  const [{ extractFacts }, { loadDocuments }, { CORE_METRICS, EXTRA_METRICS, score }] = await Promise.all([
    import('../../../extractors/index.ts'), import('../../io/documents.ts'), import('../../eval/score.ts'),
  ]);
  const gold = await readGold(goldDir);
  const files = listDir(docsDir, '--docs').filter((f) => /\.(json|jsonl|txt|html?)$/.test(f)).map((f) => join(docsDir, f));
  const predicted: PredictedFact[] = [];
  for await (const doc of loadDocuments(files)) {
    if (!doc.article) {
      process.stderr.write(`cchc eval: ${doc.path}: ${doc.error}\n`);
      process.exitCode = 1;
      continue;
    }
    for (const f of extractFacts(doc.article)) predicted.push({ ...f, source: doc.article.id } as PredictedFact);
  }
  return { core: score(gold, predicted, CORE_METRICS), extra: score(gold, predicted, EXTRA_METRICS) };
}

function bundledReport(sets: Array<{ dir: string; what: string; core: Score }>): string {
  const f = (x: number | null) => (x === null ? '-' : x.toFixed(3));
  const rows = sets.map((s) => [s.dir, s.what, String(s.core.gold), f(s.core.precision), f(s.core.recall), f(s.core.f1), f(s.core.localityAccuracy), f(s.core.periodAccuracy)]);
  const head = ['set', 'what', 'core facts', 'precision', 'recall', 'f1', 'locality', 'period'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n') + '\n';
}

function listDir(dir: string, flag: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch (err) {
    throw new UsageError(`${flag} ${dir}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : (err as Error).message}`);
  }
}

async function readGold(dir: string): Promise<Map<string, GoldFact[]>> {
  const { z } = await import('zod');
  const GoldFile = z.object({ id: z.string(), facts: z.array(z.object({ metric: z.string(), value: z.number() }).passthrough()) });
  const gold = new Map<string, GoldFact[]>();
  for (const f of listDir(dir, '--gold').filter((x) => x.endsWith('.json'))) {
    const path = join(dir, f);
    const parsed = GoldFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) throw new UsageError(`${path}: not a gold file: ${parsed.error.issues[0]?.message}`);
    gold.set(parsed.data.id, parsed.data.facts as GoldFact[]);
  }
  return gold;
}

function report(core: Score, extra: Score, detail: boolean): string {
  const pct = (x: number | null) => (x === null ? '-' : x.toFixed(4));
  const lines = [
    `core: gold ${core.gold} predicted ${core.predicted} tp ${core.tp} fp ${core.fp} fn ${core.fn}`,
    `core: precision ${pct(core.precision)} recall ${pct(core.recall)} f1 ${pct(core.f1)} locality_acc ${pct(core.localityAccuracy)} period_acc ${pct(core.periodAccuracy)}`,
    `extra: precision ${pct(extra.precision)} recall ${pct(extra.recall)} f1 ${pct(extra.f1)}`,
    '',
    'metric                     tp   fp   fn  precision  recall  f1',
  ];
  for (const [m, c] of Object.entries({ ...core.perMetric, ...extra.perMetric })) {
    lines.push(`${m.padEnd(25)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}  ${pct(c.precision).padStart(9)}  ${pct(c.recall).padStart(6)}  ${pct(c.f1)}`);
  }
  if (detail) {
    for (const s of [core, extra]) {
      for (const m of s.misses) lines.push(`MISS ${m.doc} ${m.fact.metric} ${m.fact.value}${m.fact.of != null ? `/${m.fact.of}` : ''}`);
      for (const m of s.spurious) lines.push(`SPURIOUS ${m.doc} ${m.fact.metric} ${m.fact.value} ${(m.fact.evidence?.text ?? '').slice(0, 100)}`);
      for (const w of s.wrong) lines.push(`WRONG ${w.what} ${w.doc} ${w.gold.metric} ${w.gold.value} gold ${JSON.stringify(w.what === 'locality' ? w.gold.locality : w.gold.period)} predicted ${JSON.stringify(w.what === 'locality' ? w.predicted.locality : w.predicted.period)}`);
    }
  }
  return lines.join('\n') + '\n';
}
