// Store benchmark: ingest rate (articles a second, each with its facts, one transaction each), export rate
// (CSV rows a second through the v_facts view) and database size per 1,000 articles, on synthetic articles.
import { statSync, createWriteStream } from 'node:fs';
import { writeRows } from '../src/store/export-writer.ts';
import { writeXlsx } from '../src/store/xlsx-writer.ts';
import { openStore } from '../src/store/sqlite.ts';
import { syntheticArticle, tempDir } from '../test/store/helpers.ts';

const ARTICLES = Number(process.env.STORE_BENCH_ARTICLES ?? 100_000);
const FACTS_PER_ARTICLE = 5;

export async function run(): Promise<void> {
  const tmp = tempDir('cchc-bench-');
  try {
    const path = tmp.file('bench.db');
    const store = openStore(path);
    const runId = store.startRun('bench');
    const t0 = performance.now();
    for (let i = 0; i < ARTICLES; i++) {
      const { article, facts } = syntheticArticle(i, FACTS_PER_ARTICLE);
      store.saveArticle(article, facts, runId);
    }
    const ingestMs = performance.now() - t0;
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = statSync(path).size;

    // re-storing unchanged articles (a re-ingest) is a hash comparison
    const again = Math.min(10_000, ARTICLES);
    const t1 = performance.now();
    for (let i = 0; i < again; i++) {
      const { article, facts } = syntheticArticle(i, FACTS_PER_ARTICLE);
      store.saveArticle(article, facts, runId);
    }
    const reMs = performance.now() - t1;
    store.close();

    const ro = openStore(path, { readonly: true });
    const rss0 = process.memoryUsage().rss;
    const t2 = performance.now();
    const rows = await writeRows(ro.exportRows('facts'), createWriteStream(tmp.file('facts.csv')), { format: 'csv' });
    const exportMs = performance.now() - t2;
    const rssGrowth = process.memoryUsage().rss - rss0;
    const tx = performance.now();
    const xlsx = await writeXlsx((what) => ro.exportRows(what), tmp.file('dataset.xlsx'));
    const xlsxMs = performance.now() - tx;
    const xlsxRows = Object.values(xlsx.rows).reduce((a, b) => a + b, 0);
    const t3 = performance.now();
    const searchHits = ro.search('ho so', { limit: 20 }).length;
    const searchMs = performance.now() - t3;
    ro.close();

    const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
    console.log(`articles: ${fmt(ARTICLES)} with ${FACTS_PER_ARTICLE} facts each (${fmt(ARTICLES * FACTS_PER_ARTICLE)} facts), ~${syntheticArticle(0).article.text.length} chars of text each`);
    console.log(`ingest: ${fmt(ARTICLES / (ingestMs / 1000))} articles/s (${fmt((ARTICLES * FACTS_PER_ARTICLE) / (ingestMs / 1000))} facts/s; ${(ingestMs / 1000).toFixed(1)} s; one transaction per article, FTS both indexes)`);
    console.log(`re-ingest unchanged: ${fmt(again / (reMs / 1000))} articles/s (same rows: a hash comparison per article)`);
    console.log(`export facts CSV (v_facts): ${fmt(rows / (exportMs / 1000))} rows/s (${fmt(rows)} rows in ${(exportMs / 1000).toFixed(1)} s; RSS growth ${(rssGrowth / 1e6).toFixed(1)} MB)`);
    console.log(`export XLSX (4 sheets + codebook): ${fmt(xlsxRows / (xlsxMs / 1000))} rows/s (${fmt(xlsxRows)} rows in ${(xlsxMs / 1000).toFixed(1)} s; ${(statSync(tmp.file('dataset.xlsx')).size / 1e6).toFixed(1)} MB)`);
    console.log(`database size: ${(bytes / 1e6).toFixed(1)} MB, ${((bytes / ARTICLES) * 1000 / 1e6).toFixed(2)} MB per 1,000 articles`);
    console.log(`search "ho so" (top 20 of ${fmt(ARTICLES)} articles, folded index + snippets): ${searchMs.toFixed(1)} ms, ${searchHits} hits`);
  } finally {
    tmp.cleanup();
  }
}
