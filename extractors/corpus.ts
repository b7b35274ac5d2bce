// The shape of a family's corpus (after Duckling): phrasings that must give certain facts, and phrasings that
// must give none. test/extractors/corpus.test.ts walks every family's corpus.
import type { Metric } from '../src/model/fact.ts';

export interface Expected {
  of?: number | null;
  approx?: 'gt' | 'lt' | 'approx' | null;
  scope?: 'tỉnh' | 'huyện' | 'xã' | null;
  agency?: string | null;
  /** "type name", e.g. "huyện Chợ Gạo", or "quốc gia Việt Nam". */
  place?: string;
  /** Province of the place. */
  province?: string | null;
  /** "start..end" (either side may be empty for null), or null for no period. */
  period?: string | null;
  among?: string | null;
  aggregate?: 'mean' | null;
}

export type ExpectedFact = [Metric, number, Expected?];

export interface Example {
  text: string;
  published?: string;
  url?: string;
  expect: ExpectedFact[];
  /** No facts beyond the expected ones (of any metric). */
  only?: boolean;
  /** The rule the example documents (`family/name`): some fact of it must come from that rule. */
  rule?: string;
}

export interface Negative {
  text: string;
  published?: string;
  /** The metrics that must not appear; all metrics when omitted. */
  metrics?: Metric[];
}

export interface Corpus {
  family: string;
  examples: Example[];
  negatives: Negative[];
}
