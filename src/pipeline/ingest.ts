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
  // ids taken in this run, with the input that took them: a repeated id must never overwrite silently
  const taken = new Map<string, { path: string; contentHash: string }>();
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
        const hash = toArticleRecord(doc.article).contentHash;
        // An id made from a file name ("report" for a/report.txt and b/report.txt, "stdin") is not unique:
        // the text's hash makes it so, and the same text ingested again keeps its id (updated in place).
        const article = doc.idFromName ? { ...doc.article, id: `${doc.article.id}-${hash.slice(0, 12)}` } : doc.article;
        const earlier = taken.get(article.id);
        if (earlier && earlier.contentHash !== hash) {
          throw new Error(`id "${article.id}" is already used by ${earlier.path} in this ingest, with another text; give each document its own id`);
        }
        taken.set(article.id, { path: doc.path, contentHash: hash });
        const before = store.findArticleByHash(hash);
        // The same text stored under another id (the page crawled, the file saved from it) is one article: the
        // stored one keeps its page URL and source rather than gaining a twin.
        if (before && before.docId !== article.id) {
          counts.known++;
          opts.onDocument?.(doc, { stored: false, facts: 0, sameAs: before.docId });
          continue;
        }
        const stored = storeArticle(store, article, { runId }, { extract });
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
