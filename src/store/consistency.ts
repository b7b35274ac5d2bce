// Consistency checks over one article's facts. They flag, never drop: a researcher decides what a flag means.
// Facts are compared only within one group: the same locality, scope, agency and period, exact figures only.
import type { Fact } from '../model/fact.ts';

export type FlagName = 'parts_vs_resolved' | 'rate_vs_counts' | 'rank_above_denominator' | 'rate_above_100';

export interface FactFlag {
  /** Index of the flagged fact in the list given. */
  index: number;
  flag: FlagName;
  detail: string;
}

/** Stated rates may be rounded to whole percent; more than this many points off is a mismatch. */
const RATE_TOLERANCE = 0.6;

const RATE_METRICS = new Set(['resolved_rate', 'on_time_rate', 'overdue_rate', 'online_rate', 'early_rate', 'satisfaction_rate', 'sipas_score']);

/** rate metric -> ways of computing it from counts of the same group: [numerator parts, denominator]. */
const RATE_FORMULAS: Record<string, Array<[string[], string]>> = {
  on_time_rate: [[['dossiers_on_time'], 'dossiers_resolved'], [['dossiers_on_time', 'dossiers_early'], 'dossiers_resolved']],
  overdue_rate: [[['dossiers_overdue'], 'dossiers_resolved']],
  early_rate: [[['dossiers_early'], 'dossiers_resolved']],
  resolved_rate: [[['dossiers_resolved'], 'dossiers_received'], [['dossiers_resolved'], 'dossiers_total']],
  online_rate: [[['dossiers_online'], 'dossiers_received'], [['dossiers_online'], 'dossiers_total']],
};

function groupKey(f: Fact): string {
  const l = f.locality;
  return JSON.stringify([l?.code ?? null, l?.name ?? null, l?.type ?? null, f.scope, f.agency, f.aggregate, f.period?.start ?? null, f.period?.end ?? null]);
}

const fmt = (n: number) => String(Math.round(n * 100) / 100);

export function checkConsistency(facts: Fact[]): FactFlag[] {
  const flags: FactFlag[] = [];

  facts.forEach((f, index) => {
    if (f.unit === 'rank' && f.of !== null && f.value > f.of) {
      flags.push({ index, flag: 'rank_above_denominator', detail: `rank ${fmt(f.value)} of ${fmt(f.of)}` });
    }
    if (RATE_METRICS.has(f.metric) && f.unit === 'percent' && f.value > 100) {
      flags.push({ index, flag: 'rate_above_100', detail: `${f.metric} ${fmt(f.value)}%` });
    }
  });

  // Group exact figures; the first fact of a metric in a group stands for it.
  const groups = new Map<string, Map<string, number>>();
  facts.forEach((f, index) => {
    if (f.approx !== null) return;
    const key = groupKey(f);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = new Map()));
    if (!g.has(f.metric)) g.set(f.metric, index);
  });

  for (const g of groups.values()) {
    const val = (m: string) => (g.has(m) ? facts[g.get(m)!]!.value : undefined);

    // on time (+ early when stated apart) + overdue should make up the resolved dossiers.
    const resolved = val('dossiers_resolved');
    const onTime = val('dossiers_on_time');
    const overdue = val('dossiers_overdue');
    if (resolved !== undefined && onTime !== undefined && overdue !== undefined) {
      const early = val('dossiers_early');
      const sums = [onTime + overdue, ...(early !== undefined ? [onTime + early + overdue] : [])];
      if (!sums.includes(resolved)) {
        const parts = early !== undefined ? `on time ${fmt(onTime)} (+ early ${fmt(early)}) + overdue ${fmt(overdue)}` : `on time ${fmt(onTime)} + overdue ${fmt(overdue)}`;
        const detail = `${parts} = ${sums.map(fmt).join(' or ')}, resolved ${fmt(resolved)}`;
        for (const m of ['dossiers_resolved', 'dossiers_on_time', 'dossiers_overdue', ...(early !== undefined ? ['dossiers_early'] : [])]) {
          flags.push({ index: g.get(m)!, flag: 'parts_vs_resolved', detail });
        }
      }
    }

    // A stated rate should equal the rate its counts give (when the counts are there).
    for (const [rateMetric, formulas] of Object.entries(RATE_FORMULAS)) {
      const rate = val(rateMetric);
      if (rate === undefined) continue;
      const computed: string[] = [];
      let matches = false;
      for (const [parts, denominator] of formulas) {
        const den = val(denominator);
        const nums = parts.map(val);
        if (den === undefined || den === 0 || nums.some((n) => n === undefined)) continue;
        const r = ((nums as number[]).reduce((a, b) => a + b, 0) / den) * 100;
        computed.push(`${parts.join('+')}/${denominator} = ${fmt(r)}%`);
        if (Math.abs(r - rate) <= RATE_TOLERANCE) matches = true;
      }
      if (computed.length && !matches) {
        flags.push({ index: g.get(rateMetric)!, flag: 'rate_vs_counts', detail: `stated ${fmt(rate)}%, counts give ${computed.join('; ')}` });
      }
    }
  }
  // One flag of a kind per fact (a fact may sit in two failed checks of the same kind).
  const seen = new Set<string>();
  return flags.filter((f) => {
    const k = `${f.index}:${f.flag}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
