// The one path from an article (a file, stdin or a crawled page) to its stored record and facts: crawl, ingest
// and reextract all go through here, so one text gets one hash and one relevance whichever way it came in.
import { extractFacts, EXTRACTOR_VERSION } from '../../extractors/index.ts';
import { contentHash } from '../crawl/canonical.ts';
import type { ArticleHandler } from '../crawl/types.ts';
import { relevanceScore } from '../crawl/relevance.ts';
import type { Article } from '../model/document.ts';
import type { Fact } from '../model/fact.ts';
import type { ArticleRecord, CrawlStore } from '../store/interface.ts';

export { contentHash };

export function toArticleRecord(article: Article, from: { pageUrl?: string | null; sourceId?: string | null } = {}): ArticleRecord {
  return {
    ...article,
    pageUrl: from.pageUrl ?? null,
    sourceId: from.sourceId ?? null,
    relevance: relevanceScore(article.text, article.title),
    contentHash: contentHash(article.text),
  };
}

export interface StoreArticleOptions {
  extract?: (article: Article) => Fact[];
  /** Facts are extracted only for articles at or above this relevance (0: always, as ingest does). */
  minRelevance?: number;
}

export interface StoredOutcome {
  id: number;
  record: ArticleRecord;
  facts: number;
  relevant: boolean;
}

/** Builds the record, extracts its facts and stores both in one transaction (saveArticle's). */
export function storeArticle(
  store: Pick<CrawlStore, 'saveArticle'>,
  article: Article,
  from: { pageUrl?: string | null; sourceId?: string | null; runId: number | null },
  opts: StoreArticleOptions = {},
): StoredOutcome {
  const record = toArticleRecord(article, from);
  const relevant = record.relevance >= (opts.minRelevance ?? 0);
  const facts = relevant ? (opts.extract ?? extractFacts)(article) : [];
  const id = store.saveArticle(record, facts, from.runId, EXTRACTOR_VERSION);
  return { id, record, facts: facts.length, relevant };
}

/** The crawler's article handler: each article read from a page is stored with its facts through `store`. */
export function storingArticles(store: Pick<CrawlStore, 'saveArticle'>, opts: StoreArticleOptions = {}): ArticleHandler {
  return ({ article, pageUrl, sourceId, runId, relevanceThreshold }) => {
    const stored = storeArticle(store, article, { pageUrl, sourceId, runId }, { minRelevance: relevanceThreshold, ...opts });
    return { facts: stored.facts, relevant: stored.relevant };
  };
}
