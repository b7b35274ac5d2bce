// The report page: plain HTML around the build-time SVG charts, with a stylesheet beside it. No scripts,
// no external URLs other than the article links themselves, so it opens offline from disk.
import { dossierChart, metricLabel, rankChart, scoreChart } from './charts.ts';
import { MAX_DOSSIER_PROVINCES, type ReportData } from './queries.ts';

export const STYLESHEET = `body{font-family:system-ui,sans-serif;margin:0;color:#222}
header{background:#1d3557;color:#fff;padding:1em 2em}header a{color:#fff;margin-right:1.2em}
main{padding:0 2em 3em;max-width:1000px}section{margin-top:2em}
table{border-collapse:collapse;font-size:13px;margin:.5em 0}td,th{border-bottom:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}.note{color:#666;font-size:13px}
.tiles{display:grid;grid-template-columns:repeat(6,1fr);gap:4px;max-width:720px}
.tile{padding:6px;border-radius:4px;font-size:12px;min-height:44px}.tile b{display:block}
figure{margin:0}svg a circle{cursor:pointer}`;

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const cell = (v: unknown) => (typeof v === 'number' ? `<td class="n">${v.toLocaleString('en')}</td>` : `<td>${esc(v)}</td>`);
const table = (head: string[], body: unknown[][]) =>
  `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${body.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')}</tbody></table>`;
const link = (url: string | null, text: string | null) => (url ? `<a href="${esc(url)}">${esc(text || url)}</a>` : esc(text));

function pivot(rows: ReportData['coverage'], key: 'province' | 'provinceSince2025'): string {
  const months = [...new Set(rows.map((r) => r.month))].sort();
  const byProvince = new Map<string, Map<string, { a: number; f: number }>>();
  for (const r of rows) {
    const m = byProvince.get(r[key]) ?? new Map<string, { a: number; f: number }>();
    const c = m.get(r.month) ?? { a: 0, f: 0 };
    c.a += r.articles;
    c.f += r.facts;
    m.set(r.month, c);
    byProvince.set(r[key], m);
  }
  const body = [...byProvince.entries()].sort(([a], [b]) => a.localeCompare(b, 'vi')).map(([p, m]) => {
    const cells = months.map((mo) => { const c = m.get(mo); return c ? `${c.a} / ${c.f}` : ''; });
    let a = 0, f = 0;
    for (const c of m.values()) { a += c.a; f += c.f; }
    return [p, a, f, ...cells];
  });
  return table(['province', 'articles', 'facts', ...months.map((m) => `${m} (articles / facts)`)], body);
}

function tiles(data: ReportData): string {
  const max = Math.max(1, ...data.tiles.map((t) => t.facts));
  const shade = (n: number) => `hsl(210,60%,${Math.round(96 - (n / max) * 50)}%)`;
  return `<div class="tiles" aria-label="provinces">${data.tiles.map((t) =>
    `<div class="tile" style="background:${shade(t.facts)};color:${t.facts / max > 0.6 ? '#fff' : '#222'}" title="${esc(`${t.name}: ${t.articles} articles, ${t.facts} facts`)}"><b>${esc(t.name)}</b>${t.articles} art. · ${t.facts} facts</div>`).join('')}</div>`;
}

export function renderPage(data: ReportData, meta: { db: string; where: string | null; builtAt: string }): string {
  const idx = data.indices;
  const regional = idx.filter((r) => r.national === 0);
  const section = (id: string, title: string, body: string) => `<section id="${id}"><h2>${esc(title)}</h2>${body}</section>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>cchc report</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="style.css"></head><body>
<header><h1>cchc report</h1>
<p>${esc(meta.db)}${meta.where ? ` · where ${esc(meta.where)}` : ''} · ${data.totals.articles.toLocaleString('en')} articles · ${data.totals.facts.toLocaleString('en')} facts · ${data.totals.flagged.toLocaleString('en')} flagged · built ${esc(meta.builtAt)}</p>
<nav><a href="#coverage">Coverage</a><a href="#dossiers">Dossier results</a><a href="#indices">Indices</a><a href="#disagreements">Disagreements</a></nav></header>
<main>
${section('coverage', 'Coverage', `
<h3>Provinces since 1 July 2025</h3><p class="note">Tiles in official code order (roughly north to south), shaded by facts.</p>${tiles(data)}
<h3>Articles and facts per province, as the province was then</h3>${pivot(data.coverage, 'province')}
<h3>… and as it is since 1 July 2025</h3>${pivot(data.coverage, 'provinceSince2025')}
<h3>Sources</h3>${table(['source', 'name', 'province', 'last successful fetch', 'failed URLs', 'pages'], data.sources.map((s) => [s.id, s.name, s.province, s.lastSuccess ?? 'never', s.failures, s.pages]))}`)}
${section('dossiers', 'Dossier results', `<p class="note">Monthly mean per province and metric; hover a point for its article and evidence sentence, click it to open the article. At most the ${MAX_DOSSIER_PROVINCES} provinces with most figures.</p>
<figure class="chart" data-chart="dossiers">${dossierChart(data.dossiers)}</figure>`)}
${section('indices', 'Indices', `
<h3>PAR Index rank (national)</h3><figure class="chart" data-chart="par_index_rank">${rankChart(idx, 'par_index_rank')}</figure>
<h3>PAR Index score, dashed line: mean of the provinces</h3><figure class="chart" data-chart="par_index_score">${scoreChart(idx, 'par_index_score')}</figure>
<h3>SIPAS rank (national)</h3><figure class="chart" data-chart="sipas_rank">${rankChart(idx, 'sipas_rank')}</figure>
<h3>SIPAS score, dashed line: mean of the provinces</h3><figure class="chart" data-chart="sipas_score">${scoreChart(idx, 'sipas_score')}</figure>
<h3>Regional ranks</h3><p class="note">Ranks among a region or group, kept apart from the national ranks.</p>
${table(['province', 'index', 'year', 'rank', 'of', 'among', 'article'], regional.map((r) => [r.province, metricLabel(r.metric), String(r.year), r.value, r.of, r.among, r.title ?? r.url]))}`)}
${section('disagreements', 'Disagreements', `<p class="note">Facts flagged by the consistency checks (${data.disagreementsTotal.toLocaleString('en')} flags${data.disagreementsTotal > data.disagreements.length ? `, the latest ${data.disagreements.length} shown` : ''}).</p>
<table><thead><tr><th>flag</th><th>detail</th><th>metric</th><th>value</th><th>locality</th><th>period</th><th>evidence</th></tr></thead><tbody>
${data.disagreements.map((d) => `<tr><td>${esc(d.flag)}</td><td>${esc(d.detail)}</td><td>${esc(d.metric)}</td><td class="n">${esc(d.value)} ${esc(d.unit)}</td><td>${esc(d.locality)}</td><td>${esc(d.period)}</td><td>“${esc(d.evidence)}” — ${link(d.url, d.title)}</td></tr>`).join('\n')}
</tbody></table>`)}
</main></body></html>
`;
}
