// Figures benchmark: the full rebuild (`cchc figures --rebuild`: keys, MinHash stories through the LSH bands,
// every figure) over synthetic articles, one in four of them also stored as a syndicated copy.
import { openStore } from '../src/store/sqlite.ts';
import { syntheticArticle, tempDir } from '../test/store/helpers.ts';

const ARTICLES = Number(process.env.FIGURES_BENCH_ARTICLES ?? 100_000);

export async function run(): Promise<void> {
  const tmp = tempDir('cchc-bench-figures-');
  try {
    const store = openStore(tmp.file('figures.db'));
    const t0 = performance.now();
    for (let i = 0; i < ARTICLES; i++) {
      const { article, facts } = syntheticArticle(i % 4 === 1 ? i - 1 : i, 5);
      store.saveArticle({ ...article, id: `bench-${i}`, text: i % 4 === 1 ? `Bản tin đăng lại\n${article.text}` : article.text }, facts, null);
    }
    const ingestMs = performance.now() - t0;
    const t1 = performance.now();
    const figures = store.rebuildFigures();
    const rebuildMs = performance.now() - t1;
    const [stories, multi] = [...store.query(`SELECT (SELECT count(DISTINCT story_id) FROM article_stories), (SELECT count(*) FROM figures WHERE n_articles > 1)`).rows][0] as [number, number];
    store.close();
    const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
    console.log(`articles: ${fmt(ARTICLES)} (5 facts each), ${fmt(stories)} stories, ${fmt(figures)} figures, ${fmt(multi)} with more than one article`);
    console.log(`ingest with stories and figures kept per key: ${fmt(ARTICLES / (ingestMs / 1000))} articles/s (${(ingestMs / 1000).toFixed(1)} s)`);
    console.log(`full rebuild (cchc figures --rebuild): ${(rebuildMs / 1000).toFixed(1)} s, ${fmt(ARTICLES / (rebuildMs / 1000))} articles/s`);
  } finally {
    tmp.cleanup();
  }
}
