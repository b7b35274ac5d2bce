// `cchc ingest`: stores documents people already hold (no crawling). Each document is read, its facts extracted,
// and stored in one transaction; a document that fails is reported and the rest go on.
import { extractFacts, EXTRACTOR_VERSION } from '../../extractors/index.ts';
import type { Article } from '../model/document.ts';
import type { Fact } from '../model/fact.ts';
import type { DatasetStore } from '../store/interface.ts';
import { toArticleRecord } from './article-record.ts';
import { syncGazetteer } from './gazetteer.ts';

import type { LoadedDocument } from '../io/documents.ts';
export type { LoadedDocument };

export interface IngestCounts {
  [name: string]: number;
  documents: number;
  stored: number;
  /** Documents whose text was already stored (re-ingest): their rows are updated in place, not duplicated. */
  known: number;
  facts: number;
  failed: number;
}

export interface IngestOptions {
  extract?: (article: Article) => Fact[];
  onDocument?: (doc: LoadedDocument, outcome: { stored: boolean; facts: number; error?: string }) => void;
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
        let record = toArticleRecord(doc.article);
        // An id made from a file name ("report" for a/report.txt and b/report.txt, "stdin") is not unique:
        // the text's hash makes it so, and the same text ingested again keeps its id (updated in place).
        if (doc.idFromName) record = { ...record, id: `${record.id}-${record.contentHash.slice(0, 12)}` };
        const earlier = taken.get(record.id);
        if (earlier && earlier.contentHash !== record.contentHash) {
          throw new Error(`id "${record.id}" is already used by ${earlier.path} in this ingest, with another text; give each document its own id`);
        }
        taken.set(record.id, { path: doc.path, contentHash: record.contentHash });
        const facts = extract({ ...doc.article, id: record.id });
        const before = store.findArticleByHash(record.contentHash);
        store.saveArticle(record, facts, runId, EXTRACTOR_VERSION);
        if (before) counts.known++;
        else counts.stored++;
        counts.facts += facts.length;
        opts.onDocument?.(doc, { stored: true, facts: facts.length });
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
