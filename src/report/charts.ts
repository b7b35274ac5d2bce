// Charts as static SVG, drawn at build time by Observable Plot into a linkedom document: the page needs no
// JavaScript and no server. Every data mark carries an SVG <title> (evidence sentence and article title,
// shown on hover by the browser itself) and a link to its article.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { IndexRow, PointRow } from './queries.ts';

const METRIC_LABELS: Record<string, string> = {
  on_time_rate: 'on time %', overdue_rate: 'overdue %', online_rate: 'online %', satisfaction_rate: 'satisfaction %',
  par_index_score: 'PAR Index score', par_index_rank: 'PAR Index rank', sipas_score: 'SIPAS score', sipas_rank: 'SIPAS rank',
};
export const metricLabel = (m: string) => METRIC_LABELS[m] ?? m;

function plotDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

function toSvg(options: Plot.PlotOptions): string {
  const node = Plot.plot({ ...options, document: plotDocument() });
  return (node as unknown as { outerHTML: string }).outerHTML;
}

const hover = (d: { evidence: string; title: string | null; value: number }, extra: string) =>
  `${extra}: ${Math.round(d.value * 100) / 100}\n“${d.evidence}”\n— ${d.title ?? '(untitled article)'}`;

/** Small multiples: one panel per province, one line and dots per metric, months on x. */
export function dossierChart(points: PointRow[]): string {
  const data = points.map((p) => ({ ...p, date: new Date(`${p.month}-01T00:00:00Z`), label: metricLabel(p.metric) }));
  const provinces = [...new Set(data.map((d) => d.province))];
  const columns = 3;
  return toSvg({
    width: 960,
    height: Math.max(1, Math.ceil(provinces.length / columns)) * 170 + 60,
    marginLeft: 40,
    fx: { label: null, axis: null },
    fy: { label: null, axis: null },
    x: { type: 'utc', label: null, ticks: 4 },
    y: { domain: [0, 100], label: '%', grid: true, ticks: 4 },
    color: { legend: true, domain: Object.values(METRIC_LABELS).slice(0, 4) },
    marks: [
      Plot.frame({ stroke: '#ddd' }),
      Plot.text(data, Plot.selectFirst({ fx: (d) => provinces.indexOf(d.province) % columns, fy: (d) => Math.floor(provinces.indexOf(d.province) / columns), z: 'province', text: 'province', frameAnchor: 'top-left', dx: 4, dy: 4, fontWeight: 'bold' })),
      Plot.line(data, { fx: (d) => provinces.indexOf(d.province) % columns, fy: (d) => Math.floor(provinces.indexOf(d.province) / columns), x: 'date', y: 'value', stroke: 'label', z: 'label' }),
      Plot.dot(data, {
        fx: (d) => provinces.indexOf(d.province) % columns, fy: (d) => Math.floor(provinces.indexOf(d.province) / columns),
        x: 'date', y: 'value', fill: 'label', r: 3, ariaLabel: 'dossier point',
        title: (d) => hover(d, `${d.province} ${d.month} ${d.label}${d.locality ? ` (${d.locality})` : ''}${d.points > 1 ? `, mean of ${d.points}` : ''}`),
        href: 'url', target: '_blank',
      }),
    ],
  });
}

/** Rank chart ("bump chart"): one line per province over index years, rank 1 on top. */
export function rankChart(rows: IndexRow[], metric: 'par_index_rank' | 'sipas_rank'): string {
  const data = rows.filter((r) => r.metric === metric && r.national === 1);
  return toSvg({
    width: 960, height: 420, marginRight: 110,
    x: { label: 'index year', tickFormat: 'd', ticks: [...new Set(data.map((d) => d.year))] },
    y: { reverse: true, label: 'rank (1 = best)', grid: true },
    marks: [
      Plot.line(data, { x: 'year', y: 'value', z: 'province', stroke: 'province', strokeOpacity: 0.6 }),
      Plot.text(data, Plot.selectLast({ x: 'year', y: 'value', z: 'province', text: 'province', textAnchor: 'start', dx: 5, fontSize: 9 })),
      Plot.dot(data, {
        x: 'year', y: 'value', fill: 'province', r: 3.5, ariaLabel: `${metric} point`,
        title: (d) => hover(d, `${d.province} ${d.year} ${metricLabel(metric)}${d.of ? ` of ${d.of}` : ''}`),
        href: 'url', target: '_blank',
      }),
    ],
  });
}

/** Scores per province by year, with the national mean of the provinces shown as a line. */
export function scoreChart(rows: IndexRow[], metric: 'par_index_score' | 'sipas_score'): string {
  const data = rows.filter((r) => r.metric === metric && r.province !== 'Việt Nam');
  return toSvg({
    width: 960, height: 320,
    x: { label: 'index year', tickFormat: 'd', ticks: [...new Set(data.map((d) => d.year))] },
    y: { label: metricLabel(metric), grid: true },
    marks: [
      Plot.lineY(data, Plot.groupX({ y: 'mean' }, { x: 'year', y: 'value', stroke: 'black', strokeDasharray: '4 3' })),
      Plot.dot(data, {
        x: 'year', y: 'value', stroke: 'province', r: 3.5, ariaLabel: `${metric} point`,
        title: (d) => hover(d, `${d.province} ${d.year} ${metricLabel(metric)}`),
        href: 'url', target: '_blank',
      }),
    ],
  });
}
