// Plain-text reports for the terminal: aligned tables and the dataset summary printed after run, ingest and demo.
import type { DatasetStats } from '../store/interface.ts';

const cell = (v: unknown): string => (v === null || v === undefined ? '' : String(v).replace(/\s+/g, ' '));

/** Columns padded to their widest cell (cells longer than maxWidth are cut with …); numbers right-aligned. */
export function textTable(columns: string[], rows: unknown[][], maxWidth = 60): string {
  const cut = (s: string) => (s.length > maxWidth ? s.slice(0, maxWidth - 1) + '…' : s);
  const body = rows.map((r) => r.map((v) => cut(cell(v).normalize('NFC'))));
  const head = columns.map((c) => cut(c));
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const numeric = columns.map((_, i) => rows.length > 0 && rows.every((r) => r[i] === null || typeof r[i] === 'number'));
  const line = (r: string[]) => r.map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export function statsReport(s: DatasetStats, opts: { top?: number } = {}): string {
  const top = opts.top ?? Number.POSITIVE_INFINITY;
  const section = (title: string, key: string, rows: DatasetStats['bySource']) => {
    const shown = rows.slice(0, top);
    const more = rows.length - shown.length;
    return `\n\n${title}\n` + textTable([key, 'articles', 'facts'], shown.map((r) => [r.key ?? '(none)', r.articles ?? null, r.facts])) + (more > 0 ? `\n… ${more} more` : '');
  };
  return (
    `articles ${s.articles}, facts ${s.facts} (${s.flaggedFacts} flagged by the consistency checks), runs ${s.runs}\n` +
    section('By source', 'source', s.bySource) +
    section('By province (of the fact’s locality)', 'province', s.byProvince) +
    section('By metric', 'metric', s.byMetric) +
    section('By year (end of the fact’s period)', 'year', s.byYear)
  );
}
