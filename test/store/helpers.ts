// Synthetic articles and facts for the store tests and benchmark, and a temp directory per test file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Fact, Metric } from '../../src/model/fact.ts';
import { METRICS } from '../../src/model/fact.ts';
import type { ArticleRecord } from '../../src/store/interface.ts';

export function tempDir(prefix = 'cchc-store-'): { dir: string; file: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, file: (name) => join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function article(id: string, text: string, extra: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id,
    url: `https://example.gov.vn/${id}`,
    title: text.split('\n')[0] ?? null,
    published: '2024-06-24',
    author: null,
    text,
    pageUrl: null,
    sourceId: null,
    relevance: 1,
    contentHash: `hash-${id}-${text.length}`,
    ...extra,
  };
}

export function fact(metric: Metric, value: number, extra: Partial<Fact> = {}): Fact {
  return {
    metric,
    value,
    unit: METRICS[metric].unit,
    of: null,
    approx: null,
    among: null,
    locality: { name: 'Chợ Gạo', type: 'huyện', province: 'Tiền Giang', code: null },
    scope: null,
    agency: null,
    aggregate: null,
    period: { start: '2023-01-01', end: '2023-12-31', label: 'năm 2023' },
    evidence: { text: `${metric} ${value}`, start: 0, end: 10 },
    rule: 'test/rule',
    extractor_version: '0.1.0',
    ...extra,
  };
}

const WORDS = ['hồ sơ', 'trễ hạn', 'đúng hạn', 'tiếp nhận', 'giải quyết', 'cải cách hành chính', 'Tân Phú Đông', 'Chợ Gạo', 'trực tuyến', 'một cửa'];

/** A deterministic synthetic article with `nFacts` dossier facts, for bulk tests and the benchmark. */
export function syntheticArticle(i: number, nFacts = 5): { article: ArticleRecord; facts: Fact[] } {
  const sentences: string[] = [];
  for (let k = 0; k < 12; k++) sentences.push(`Trong năm 2023 có ${1000 + ((i * 7 + k) % 9000)} ${WORDS[(i + k) % WORDS.length]} được ${WORDS[(i * 3 + k) % WORDS.length]}.`);
  const text = `Kết quả CCHC số ${i}\n\n${sentences.join(' ')}`;
  const metrics: Metric[] = ['dossiers_received', 'dossiers_resolved', 'dossiers_on_time', 'dossiers_overdue', 'on_time_rate', 'dossiers_online', 'par_index_score'];
  const facts = Array.from({ length: nFacts }, (_, k) => {
    const m = metrics[k % metrics.length]!;
    return fact(m, METRICS[m].unit === 'percent' ? 95.5 : 100 + k + (i % 50), {
      locality: { name: `Huyện ${i % 700}`, type: 'huyện', province: `Tỉnh ${i % 63}`, code: null },
      evidence: { text: sentences[k % sentences.length]!, start: 20, end: 80 },
    });
  });
  return { article: article(`doc-${i}`, text, { contentHash: `synthetic-${i}` }), facts };
}
