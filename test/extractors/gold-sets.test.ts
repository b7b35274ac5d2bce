// The extractors against the gold sets, scored as shared/tools/score.py scores them: the shared dev set (copied into test/fixtures/dev) and
// the project's held-out set (written apart from the rules). Floors, so a regression fails the build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../extractors/index.ts';
import { CORE_METRICS, score, type GoldFact, type PredictedFact } from '../../src/eval/score.ts';
import { loadDocuments } from '../../src/io/documents.ts';

// Documents go through the same loader as `cchc extract` and `cchc eval` (it adds the site's province from the URL).
async function scoreSet(docsDir: string, goldDir: string) {
  const gold = new Map<string, GoldFact[]>();
  for (const f of readdirSync(goldDir).filter((x) => x.endsWith('.json'))) {
    const g = JSON.parse(readFileSync(join(goldDir, f), 'utf8'));
    gold.set(g.id, g.facts);
  }
  const predicted: PredictedFact[] = [];
  const files = readdirSync(docsDir).filter((x) => x.endsWith('.json')).map((f) => join(docsDir, f));
  for await (const doc of loadDocuments(files)) {
    if (!doc.article) throw new Error(`${doc.path}: ${doc.error}`);
    for (const fact of extractFacts(doc.article)) predicted.push({ ...fact, source: doc.article.id } as PredictedFact);
  }
  return score(gold, predicted, CORE_METRICS);
}

describe('gold sets', () => {
  it('gets every core fact of the shared dev set, with its place and period', async () => {
    const s = await scoreSet('test/fixtures/dev/docs', 'test/fixtures/dev/gold');
    expect({ f1: s.f1, loc: s.localityAccuracy, period: s.periodAccuracy }).toEqual({ f1: 1, loc: 1, period: 1 });
  });
  it.each(['heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5'])('stays above the quality targets on the %s set', async (set) => {
    const s = await scoreSet(`test/fixtures/${set}/docs`, `test/fixtures/${set}/gold`);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.localityAccuracy!).toBeGreaterThanOrEqual(0.9);
    expect(s.periodAccuracy!).toBeGreaterThanOrEqual(0.9);
  });
});
