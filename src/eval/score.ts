// Scores predicted facts against gold facts with the spec's matching rules (the same as shared/tools/score.py):
// metric equal, value equal (counts exactly, percent and points within 0.05), `of` equal where gold has one;
// one-to-one, preferring a candidate with the right locality and period.
import { METRICS, type Metric } from '../model/fact.ts';

export interface GoldFact {
  metric: string;
  value: number;
  unit?: string;
  of?: number | null;
  locality?: { name?: string | null; type?: string | null } | null;
  period?: { start?: string | null; end?: string | null; vague?: boolean } | null;
}
export interface PredictedFact extends GoldFact {
  source: string;
  evidence?: { text?: string };
}

export interface Counts { tp: number; fp: number; fn: number }
export interface Score extends Counts {
  gold: number;
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
  localityAccuracy: number | null;
  periodAccuracy: number | null;
  perMetric: Record<string, Counts & { precision: number; recall: number; f1: number }>;
  misses: Array<{ doc: string; fact: GoldFact }>;
  spurious: Array<{ doc: string; fact: PredictedFact }>;
  wrong: Array<{ doc: string; what: 'locality' | 'period'; gold: GoldFact; predicted: PredictedFact }>;
}

export const CORE_METRICS = new Set(Object.entries(METRICS).filter(([, m]) => m.core).map(([k]) => k as Metric));
export const EXTRA_METRICS = new Set(Object.entries(METRICS).filter(([, m]) => !m.core).map(([k]) => k as Metric));

/** Accent-, case- and spacing-insensitive place name (as score.py's norm). */
export function placeKey(s: string | null | undefined): string {
  return (s ?? '').normalize('NFD').replace(/[đĐ]/g, 'd').replace(/\p{M}/gu, '').toLowerCase().replace(/-/g, ' ')
    .split(/\s+/).filter((w) => w && w !== 'va').join(' ');
}

const round = (x: number) => Math.round(x * 10000) / 10000;
const prf = (c: Counts) => {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
};

function matches(p: GoldFact, g: GoldFact): boolean {
  if (p.metric !== g.metric || typeof p.value !== 'number') return false;
  const tol = g.unit === 'count' || g.unit === 'rank' ? 0 : 0.05;
  if (Math.abs(p.value - g.value) > tol + 1e-9) return false;
  return g.of === null || g.of === undefined || Number(p.of) === Number(g.of);
}
const localityOk = (p: GoldFact, g: GoldFact) =>
  placeKey(p.locality?.name) === placeKey(g.locality?.name) && placeKey(p.locality?.type) === placeKey(g.locality?.type);
const periodOk = (p: GoldFact, g: GoldFact) =>
  (p.period?.start ?? null) === (g.period?.start ?? null) && (p.period?.end ?? null) === (g.period?.end ?? null);

export function score(gold: Map<string, GoldFact[]>, predicted: PredictedFact[], metrics: Set<string>): Score {
  const byDoc = new Map<string, PredictedFact[]>();
  for (const p of predicted) if (metrics.has(p.metric)) byDoc.set(p.source, [...(byDoc.get(p.source) ?? []), p]);
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const perMetric = new Map<string, Counts>();
  const bump = (m: string, k: keyof Counts) => {
    const c = perMetric.get(m) ?? { tp: 0, fp: 0, fn: 0 };
    c[k]++;
    perMetric.set(m, c);
    total[k]++;
  };
  let locN = 0, locHit = 0, perN = 0, perHit = 0;
  const out: Pick<Score, 'misses' | 'spurious' | 'wrong'> = { misses: [], spurious: [], wrong: [] };
  for (const [doc, allGold] of gold) {
    const golds = allGold.filter((g) => metrics.has(g.metric));
    const preds = byDoc.get(doc) ?? [];
    const used = new Set<number>();
    for (const g of golds) {
      const cands = preds.map((p, i) => i).filter((i) => !used.has(i) && matches(preds[i]!, g));
      cands.sort((a, b) => rank(preds[a]!, g) - rank(preds[b]!, g));
      const hit = cands[0];
      if (hit === undefined) {
        bump(g.metric, 'fn');
        out.misses.push({ doc, fact: g });
        continue;
      }
      used.add(hit);
      bump(g.metric, 'tp');
      const p = preds[hit]!;
      locN++;
      if (localityOk(p, g)) locHit++;
      else out.wrong.push({ doc, what: 'locality', gold: g, predicted: p });
      if (g.period && !g.period.vague) {
        perN++;
        if (periodOk(p, g)) perHit++;
        else out.wrong.push({ doc, what: 'period', gold: g, predicted: p });
      }
    }
    preds.forEach((p, i) => {
      if (!used.has(i)) {
        bump(p.metric, 'fp');
        out.spurious.push({ doc, fact: p });
      }
    });
  }
  return {
    ...total, gold: total.tp + total.fn, predicted: total.tp + total.fp, ...prf(total),
    localityAccuracy: locN ? round(locHit / locN) : null,
    periodAccuracy: perN ? round(perHit / perN) : null,
    perMetric: Object.fromEntries([...perMetric].sort(([a], [b]) => a.localeCompare(b)).map(([m, c]) => [m, { ...c, ...prf(c) }])),
    ...out,
  };
}

function rank(p: GoldFact, g: GoldFact): number {
  return (localityOk(p, g) ? 0 : 2) + (g.period && periodOk(p, g) ? 0 : 1);
}
