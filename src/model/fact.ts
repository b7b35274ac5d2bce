// The fact model of ../shared/spec/facts.md: the contract between extractors, store, export and evaluation.
import { z } from 'zod';

export const UNITS = ['count', 'percent', 'points', 'rank', 'places'] as const;

/** Every metric of the spec's vocabulary, with its unit and whether it counts in the core figures. */
export const METRICS = {
  dossiers_received: { unit: 'count', core: true },
  dossiers_resolved: { unit: 'count', core: true },
  dossiers_on_time: { unit: 'count', core: true },
  dossiers_early: { unit: 'count', core: true },
  dossiers_overdue: { unit: 'count', core: true },
  dossiers_pending: { unit: 'count', core: true },
  dossiers_online: { unit: 'count', core: true },
  resolved_rate: { unit: 'percent', core: true },
  on_time_rate: { unit: 'percent', core: true },
  overdue_rate: { unit: 'percent', core: true },
  online_rate: { unit: 'percent', core: true },
  satisfaction_rate: { unit: 'percent', core: true },
  par_index_score: { unit: 'points', core: true },
  par_index_rank: { unit: 'rank', core: true },
  sipas_score: { unit: 'percent', core: true },
  sipas_rank: { unit: 'rank', core: true },
  dossiers_carried_over: { unit: 'count', core: false },
  dossiers_total: { unit: 'count', core: false },
  early_rate: { unit: 'percent', core: false },
  par_index_change: { unit: 'points', core: false },
  par_rank_change: { unit: 'places', core: false },
  sipas_change: { unit: 'percent', core: false },
  sipas_rank_change: { unit: 'places', core: false },
  service_index_score: { unit: 'points', core: false },
  service_index_rank: { unit: 'rank', core: false },
  procedures_total: { unit: 'count', core: false },
  online_services_full: { unit: 'count', core: false },
  online_services_partial: { unit: 'count', core: false },
  surveys: { unit: 'count', core: false },
  tasks_completed: { unit: 'count', core: false },
} as const satisfies Record<string, { unit: (typeof UNITS)[number]; core: boolean }>;

export type Metric = keyof typeof METRICS;
export const METRIC_NAMES = Object.keys(METRICS) as Metric[];

export const LocalitySchema = z.object({
  name: z.string(),
  /** Vietnamese type word as the unit was at the time: tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn, đặc khu, quốc gia, vùng */
  type: z.string(),
  province: z.string().nullable(),
  code: z.string().nullable(),
});
export type Locality = z.infer<typeof LocalitySchema>;

export const PeriodSchema = z.object({
  start: z.string().nullable(),
  end: z.string().nullable(),
  label: z.string().optional(),
  vague: z.boolean().optional(),
});
export type Period = z.infer<typeof PeriodSchema>;

export const EvidenceSchema = z.object({
  text: z.string(),
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const FactSchema = z.object({
  metric: z.enum(METRIC_NAMES as [Metric, ...Metric[]]),
  value: z.number(),
  unit: z.enum(UNITS),
  of: z.number().nullable(),
  approx: z.enum(['gt', 'lt', 'approx']).nullable(),
  among: z.string().nullable().optional(),
  locality: LocalitySchema.nullable(),
  scope: z.enum(['tỉnh', 'huyện', 'xã']).nullable(),
  agency: z.string().nullable(),
  aggregate: z.enum(['mean']).nullable(),
  period: PeriodSchema.nullable(),
  evidence: EvidenceSchema,
  /** Which rule produced the fact, e.g. `dossiers/verb-count`. */
  rule: z.string(),
  /** Version of the extractor package that produced it (extractors/version.ts). */
  extractor_version: z.string(),
});
export type Fact = z.infer<typeof FactSchema>;
