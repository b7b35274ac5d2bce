// Turns an Article (from a file or the reader) into the record the store keeps.
import { createHash } from 'node:crypto';
import type { Article } from '../model/document.ts';
import type { ArticleRecord } from '../store/interface.ts';
import { relevanceScore } from '../crawl/relevance.ts';

/** Hash of the article's text: a page reached by several URLs is one article. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC').replace(/\s+/g, ' ').trim()).digest('hex');
}

export function toArticleRecord(article: Article, from: { pageUrl?: string | null; sourceId?: string | null } = {}): ArticleRecord {
  return {
    ...article,
    pageUrl: from.pageUrl ?? null,
    sourceId: from.sourceId ?? null,
    relevance: relevanceScore(article.text, article.title),
    contentHash: contentHash(article.text),
  };
}
