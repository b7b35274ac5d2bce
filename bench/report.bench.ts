// Report benchmark: builds synthetic datasets (10,000 and 100,000 articles, 5 facts each) straight through SQL,
// then writes the report in a child process and prints its build time, page size and peak memory (max RSS).
// Flat memory shows as the same peak at 10× the data. `npm run bench:report` or `npm run bench report`.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { syncGazetteer } from '../src/pipeline/gazetteer.ts';
import { openStore } from '../src/store/sqlite.ts';
import { tempDir } from '../test/store/helpers.ts';

const SIZES = (process.env.REPORT_BENCH_ARTICLES ?? '10000,100000').split(',').map(Number);
const FACTS_PER_ARTICLE = 5;
const ROOT = fileURLToPath(new URL('..', import.meta.url));

const METRICS: Array<[string, string, (i: number) => number, number | null]> = [
  ['on_time_rate', 'percent', (i) => 80 + (i % 20), null],
  ['overdue_rate', 'percent', (i) => i % 10, null],
  ['online_rate', 'percent', (i) => 30 + (i % 60), null],
  ['satisfaction_rate', 'percent', (i) => 90 + (i % 10), null],
  ['dossiers_received', 'count', (i) => 1000 + i, null],
  ['par_index_score', 'points', (i) => 80 + (i % 15), null],
  ['par_index_rank', 'rank', (i) => 1 + (i % 63), 63],
  ['sipas_score', 'percent', (i) => 80 + (i % 19), null],
  ['sipas_rank', 'rank', (i) => 1 + (i % 63), 63],
];

export function buildDb(path: string, articles: number): void {
  const store = openStore(path);
  syncGazetteer(store);
  const provinces = (store.db.prepare(`SELECT name FROM localities WHERE era = 'pre2025' AND level = 1 ORDER BY code`).all() as Array<{ name: string }>).map((r) => r.name);
  const today = (store.db.prepare(`SELECT name FROM localities WHERE era = '2025' AND level = 1 ORDER BY code`).all() as Array<{ name: string }>).map((r) => r.name);
  const now = new Date().toISOString();
  const src = store.db.prepare(`INSERT INTO sources (id, name, province, province_since_2025, kind, homepage, updated_at) VALUES (?, ?, ?, ?, 'portal', NULL, ?)`);
  const art = store.db.prepare(`INSERT INTO articles (id, doc_id, url, source_id, title, published_at, text, site_province, relevance, content_hash, stored_hash, stored_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`);
  const fact = store.db.prepare(`INSERT INTO facts (article_id, ordinal, metric, value, unit, of_value, locality_name, locality_type, locality_province,
    period_start, period_end, evidence_text, evidence_start, evidence_end, rule, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, 'tỉnh', ?, ?, ?, ?, 0, 10, 'bench', 'bench')`);
  const flag = store.db.prepare(`INSERT INTO fact_flags (fact_id, flag, detail) VALUES (?, 'rate_vs_counts', 'synthetic')`);
  store.db.transaction(() => {
    provinces.forEach((p, i) => src.run(`src-${i}`, `Cổng ${p}`, p, today[i % today.length] ?? p, now));
    let factId = 0;
    for (let i = 1; i <= articles; i++) {
      const p = i % provinces.length;
      const province = provinces[p]!;
      const month = `${2020 + (i % 6)}-${String(1 + (i % 12)).padStart(2, '0')}`;
      const title = `Kết quả CCHC ${province} tháng ${month} (${i})`;
      art.run(i, `doc-${i}`, `https://example.gov.vn/${p}/${i}`, `src-${p}`, title, `${month}-15`, `${title}\n\nBài số ${i}.`, province, `h${i}`, `s${i}`, now);
      for (let k = 0; k < FACTS_PER_ARTICLE; k++) {
        const [metric, unit, value, of] = METRICS[(i + k) % METRICS.length]!;
        const sentence = `Năm ${month}, ${province} đạt ${metric} ${value(i)} theo bài số ${i}, một câu bằng chứng dài vừa phải để đo kích thước trang.`;
        fact.run(i, k, metric, value(i), unit, of, province, province, `${month}-01`, `${month}-28`, sentence);
        factId++;
        if (factId % 100 === 0) flag.run(factId);
      }
    }
  })();
  store.close();
}

export async function run(): Promise<void> {
  const tmp = tempDir('cchc-bench-report-');
  try {
    for (const n of SIZES) {
      const db = tmp.file(`report-${n}.db`);
      const t0 = performance.now();
      buildDb(db, n);
      const buildDbS = (performance.now() - t0) / 1000;
      const out = join(tmp.dir, `report-${n}`);
      // A child process, so max RSS is the report's own peak and not the synthetic build's.
      const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', `
        const { openStore } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'src/store/sqlite.ts')).href)});
        const { writeReport } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'src/report/build.ts')).href)});
        const store = openStore(${JSON.stringify(db)}, { readonly: true });
        const r = writeReport(store, { db: ${JSON.stringify(db)}, out: ${JSON.stringify(out)} });
        console.log(JSON.stringify({ ms: r.ms, bytes: r.bytes, maxRssKb: process.resourceUsage().maxRSS }));
      `], { cwd: ROOT, encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`report child failed: ${child.stderr}`);
      const r = JSON.parse(child.stdout.trim().split('\n').pop()!) as { ms: number; bytes: number; maxRssKb: number };
      console.log(`${n.toLocaleString('en')} articles, ${(n * FACTS_PER_ARTICLE).toLocaleString('en')} facts (db ${(statSync(db).size / 1e6).toFixed(0)} MB, built in ${buildDbS.toFixed(1)} s): ` +
        `report written in ${(r.ms / 1000).toFixed(2)} s, ${(r.bytes / 1e6).toFixed(2)} MB, peak RSS ${(r.maxRssKb / 1024).toFixed(0)} MB`);
    }
  } finally {
    tmp.cleanup();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
