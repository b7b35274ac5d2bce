// The shape of a family's corpus (after Duckling): phrasings that must give certain facts, and phrasings that
// must give none. test/extractors/corpus.test.ts walks every family's corpus.
import type { Metric } from '../src/model/fact.ts';

/** The families of extractor errors classified on real articles (shared/reference/real-errors.md). */
export const REAL_ERROR_FAMILIES = ['F01', 'F02', 'F03', 'F04', 'F05', 'F06', 'F07', 'F08', 'F09', 'F10', 'F11', 'F12', 'F13', 'F14', 'F15', 'F16', 'F17', 'F18', 'F19', 'F20', 'F21', 'F22', 'F23'] as const;
export type RealErrorFamily = (typeof REAL_ERROR_FAMILIES)[number];

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
  published?: string | null;
  url?: string;
  expect: ExpectedFact[];
  /** No facts beyond the expected ones (of any metric). */
  only?: boolean;
  /** The rule the example documents (`family/name`): some fact of it must come from that rule. */
  rule?: string;
  /** The family of real-article errors it stands for (F01 … F23 of shared/reference/real-errors.md). */
  family?: RealErrorFamily;
}

export interface Negative {
  text: string;
  family?: RealErrorFamily;
  published?: string | null;
  /** The metrics that must not appear; all metrics when omitted. */
  metrics?: Metric[];
}

export interface Corpus {
  family: string;
  examples: Example[];
  negatives: Negative[];
}
