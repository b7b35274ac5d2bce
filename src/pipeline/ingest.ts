// `cchc ingest`: stores documents people already hold (no crawling). Each document is read, its facts extracted,
// and stored in one transaction; a document that fails is reported and the rest go on.
import { extractFacts } from '../../extractors/index.ts';
import type { Article } from '../model/document.ts';
import type { Fact } from '../model/fact.ts';
import type { DatasetStore } from '../store/interface.ts';
import { storeArticle, toArticleRecord } from './article-record.ts';
import { syncGazetteer } from './gazetteer.ts';

import type { LoadedDocument } from '../io/documents.ts';
export type { LoadedDocument };

export interface IngestCounts {
  [name: string]: number;
  documents: number;
  stored: number;
  /** Documents whose text was already stored (re-ingest, or crawled): updated in place, or left as crawled. */
  known: number;
  facts: number;
  failed: number;
}

export interface IngestOptions {
  extract?: (article: Article) => Fact[];
  /** `sameAs`: the stored article (doc id) that has this document's text under another id; nothing was written. */
  onDocument?: (doc: LoadedDocument, outcome: { stored: boolean; facts: number; error?: string; sameAs?: string }) => void;
}

export async function ingestDocuments(store: DatasetStore, docs: AsyncIterable<LoadedDocument> | Iterable<LoadedDocument>, opts: IngestOptions = {}): Promise<IngestCounts & { runId: number }> {
  const extract = opts.extract ?? extractFacts;
  syncGazetteer(store);
  const runId = store.startRun('ingest');
  const counts: IngestCounts = { documents: 0, stored: 0, known: 0, facts: 0, failed: 0 };
  const errors: string[] = [];
  try {
    for await (const doc of docs) {
      counts.documents++;
      if (!doc.article) {
        counts.failed++;
        errors.push(`${doc.path}: ${doc.error ?? 'unreadable'}`);
        opts.onDocument?.(doc, { stored: false, facts: 0, error: doc.error ?? 'unreadable' });
        continue;
      }
      try {
        const before = store.findArticleByHash(toArticleRecord(doc.article).contentHash);
        // The same text stored under another id (the page crawled, the file saved from it) is one article: the
        // stored one keeps its page URL and source rather than gaining a twin.
        if (before && before.docId !== doc.article.id) {
          counts.known++;
          opts.onDocument?.(doc, { stored: false, facts: 0, sameAs: before.docId });
          continue;
        }
        const stored = storeArticle(store, doc.article, { runId }, { extract });
        if (before) counts.known++;
        else counts.stored++;
        counts.facts += stored.facts;
        opts.onDocument?.(doc, { stored: true, facts: stored.facts });
      } catch (err) {
        counts.failed++;
        const message = err instanceof Error ? err.message : String(err);
        errors.push(`${doc.path}: ${message}`);
        opts.onDocument?.(doc, { stored: false, facts: 0, error: message });
      }
    }
  } finally {
    store.finishRun(runId, counts, errors.length ? errors.slice(0, 50).join('\n') : null);
  }
  return { ...counts, runId };
}
