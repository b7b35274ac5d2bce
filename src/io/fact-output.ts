// Facts as `cchc extract` prints them: JSON lines, a JSON array, CSV or an aligned table.
import { stringify } from 'csv-stringify/sync';
import type { Fact } from '../model/fact.ts';

export type FactFormat = 'jsonl' | 'json' | 'csv' | 'table';
export type SourcedFact = Fact & { source: string };

export const FACT_COLUMNS = [
  'source', 'metric', 'value', 'unit', 'of', 'approx', 'among', 'locality_name', 'locality_type', 'locality_province', 'locality_code',
  'scope', 'agency', 'aggregate', 'period_start', 'period_end', 'period_label', 'evidence_start', 'evidence_end', 'evidence_text',
  'rule', 'extractor_version',
] as const;

export function factRow(f: SourcedFact): Record<(typeof FACT_COLUMNS)[number], string | number | null> {
  return {
    source: f.source, metric: f.metric, value: f.value, unit: f.unit, of: f.of, approx: f.approx, among: f.among ?? null,
    locality_name: f.locality?.name ?? null, locality_type: f.locality?.type ?? null, locality_province: f.locality?.province ?? null,
    locality_code: f.locality?.code ?? null, scope: f.scope, agency: f.agency, aggregate: f.aggregate,
    period_start: f.period?.start ?? null, period_end: f.period?.end ?? null, period_label: f.period?.label ?? null,
    evidence_start: f.evidence.start, evidence_end: f.evidence.end, evidence_text: f.evidence.text,
    rule: f.rule, extractor_version: f.extractor_version,
  };
}

export function formatFacts(facts: SourcedFact[], format: FactFormat): string {
  switch (format) {
    case 'jsonl':
      return facts.map((f) => JSON.stringify(f)).join('\n') + (facts.length ? '\n' : '');
    case 'json':
      return JSON.stringify(facts, null, 2) + '\n';
    case 'csv':
      return stringify(facts.map(factRow), { header: true, columns: [...FACT_COLUMNS] });
    case 'table':
      return table(facts);
  }
}

function table(facts: SourcedFact[]): string {
  const head = ['source', 'metric', 'value', 'of', 'place', 'scope', 'period', 'evidence'];
  const rows = facts.map((f) => [
    f.source, f.metric, `${f.approx ? `${{ gt: '>', lt: '<', approx: '~' }[f.approx]}` : ''}${f.value}${f.unit === 'percent' ? '%' : ''}`,
    f.of === null ? '' : String(f.of), (f.agency ? `${f.agency}, ` : '') + (f.locality ? `${f.locality.type} ${f.locality.name}` : ''), f.scope ?? '',
    f.period ? `${f.period.start ?? '…'}..${f.period.end ?? '…'}` : '', clip(f.evidence.text, 60),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => [...r[i]!].length)));
  const line = (r: string[]) => r.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}

function clip(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return [...flat].length > n ? [...flat].slice(0, n - 1).join('') + '…' : flat;
}
