// `cchc reextract`: runs the current extractors over stored articles, without fetching, replacing the facts
// of older extractor versions. Each article is its own transaction; one that fails is counted and skipped.
import { extractFacts, EXTRACTOR_VERSION } from '../../extractors/index.ts';
import type { Fact } from '../model/fact.ts';
import type { DatasetStore, StoredArticle } from '../store/interface.ts';
import { storeArticle } from './article-record.ts';
import { syncGazetteer } from './gazetteer.ts';

export interface ReextractOptions {
  /** Re-run every article, also those already produced by the current version. */
  all?: boolean;
  extract?: (article: StoredArticle) => Fact[];
  onError?: (article: StoredArticle, error: Error) => void;
}

export interface ReextractCounts {
  [name: string]: number;
  articles: number;
  facts: number;
  failed: number;
}

const BATCH = 500;

export function reextract(store: DatasetStore, opts: ReextractOptions = {}): ReextractCounts & { runId: number } {
  const extract = opts.extract ?? extractFacts;
  syncGazetteer(store);
  const runId = store.startRun('reextract');
  const counts: ReextractCounts = { articles: 0, facts: 0, failed: 0 };
  const last = store.maxArticleId();
  let after = 0;
  try {
    for (;;) {
      const batch = store.articlesAfter(after, BATCH, opts.all ? null : EXTRACTOR_VERSION).filter((a) => a.rowId <= last);
      if (!batch.length) break;
      for (const article of batch) {
        after = article.rowId;
        try {
          // Kept from the stored row: where it came from. Recomputed: hash and relevance, as crawl and ingest do.
          const stored = storeArticle(store, article, { pageUrl: article.pageUrl, sourceId: article.sourceId, runId }, { extract: () => extract(article) });
          counts.articles++;
          counts.facts += stored.facts;
        } catch (err) {
          counts.failed++;
          opts.onError?.(article, err as Error);
        }
      }
    }
    store.finishRun(runId, counts);
  } catch (err) {
    store.finishRun(runId, counts, (err as Error).message);
    throw err;
  }
  return { ...counts, runId };
}
