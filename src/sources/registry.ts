// The source registry: data/sources.json validated with zod, plus one-off sources for `cchc crawl --seed`.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { SourceRecord } from '../store/interface.ts';
import type { CrawlSource } from '../crawl/types.ts';
import { OLD_PROVINCES, PROVINCE_2025_NAMES, findOldProvince } from './provinces.ts';

export const SOURCE_KINDS = [
  'provincial-newspaper',
  'provincial-portal',
  'district-portal',
  'home-affairs', // Sở Nội vụ, the department that owns CCHC in each province
  'cchc-portal',
  'national',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

const httpUrl = z
  .string()
  .refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an absolute http(s) URL');

/** A regular expression given as JavaScript source text, matched against the canonical URL (host lowercased). */
const regexSource = z.string().min(1).superRefine((s, ctx) => {
  try {
    new RegExp(s);
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: `not a valid regular expression: ${(err as Error).message}` });
  }
});

const rateSchema = z
  .object({
    minDelayMs: z.number().int().min(0).max(600_000).optional(),
    concurrency: z.number().int().min(1).max(16).optional(),
  })
  .strict();

const entrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase ASCII slug (a-z, 0-9, single hyphens)'),
    name: z.string().min(1),
    province: z
      .enum(OLD_PROVINCES.map((p) => p.name) as [string, ...string[]], {
        error: (iss) => `${iss.input === undefined ? "missing: must be" : `${JSON.stringify(iss.input)} is not`} one of the 63 provinces before July 2025 (src/sources/provinces.ts)`,
      })
      .nullable(),
    provinceSince2025: z
      .enum(PROVINCE_2025_NAMES as unknown as [string, ...string[]], {
        error: (iss) => `${iss.input === undefined ? "missing: must be" : `${JSON.stringify(iss.input)} is not`} one of the 34 provinces since July 2025 (src/sources/provinces.ts)`,
      })
      .nullable(),
    kind: z.enum(SOURCE_KINDS),
    homepage: httpUrl,
    startUrls: z.array(httpUrl).default([]),
    feeds: z.array(httpUrl).default([]),
    sitemaps: z.array(httpUrl).default([]),
    allow: z.array(regexSource).min(1, 'needs at least one pattern (the crawler must know which hosts are in scope)'),
    deny: z.array(regexSource).default([]),
    rate: rateSchema.optional(),
    notes: z.string().optional(),
    /** Where the address was seen (reference section, public code, stored page). */
    evidence: z.string().optional(),
    /** false: the address is a guess that nothing seen so far confirms. */
    verified: z.boolean().default(true),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.kind === 'national') {
      if (s.province !== null) ctx.addIssue({ code: 'custom', path: ['province'], message: 'a national source has province null' });
    } else if (s.province === null) {
      ctx.addIssue({ code: 'custom', path: ['province'], message: `a ${s.kind} source needs its province` });
    }
    if (s.province !== null) {
      const expected = findOldProvince(s.province)?.since2025;
      if (s.provinceSince2025 !== expected) {
        ctx.addIssue({
          code: 'custom',
          path: ['provinceSince2025'],
          message: `${s.province} belongs to ${expected} since 1 July 2025, not ${s.provinceSince2025}`,
        });
      }
    }
    if (s.verified && !s.evidence) {
      ctx.addIssue({ code: 'custom', path: ['evidence'], message: 'a verified source says where its address was seen' });
    }
    // Every seed URL must be inside the source's own scope, or the crawler would drop it at once.
    const allow = safeRegexes(s.allow);
    const deny = safeRegexes(s.deny);
    const seeds: Array<[string, string[]]> = [
      ['homepage', [s.homepage]],
      ['startUrls', s.startUrls],
      ['feeds', s.feeds],
      ['sitemaps', s.sitemaps],
    ];
    for (const [field, urls] of seeds) {
      urls.forEach((url, i) => {
        const path = field === 'homepage' ? [field] : [field, i];
        if (allow.length > 0 && !allow.some((r) => r.test(url))) {
          ctx.addIssue({ code: 'custom', path, message: `${url} matches none of the allow patterns` });
        } else if (deny.some((r) => r.test(url))) {
          ctx.addIssue({ code: 'custom', path, message: `${url} matches a deny pattern` });
        }
      });
    }
  });

function safeRegexes(sources: string[]): RegExp[] {
  const out: RegExp[] = [];
  for (const s of sources) {
    try {
      out.push(new RegExp(s));
    } catch {
      // reported by regexSource
    }
  }
  return out;
}

/** Defaults merged into every entry: deny patterns are added, rate fills what an entry leaves out. */
const defaultsSchema = z
  .object({
    deny: z.array(regexSource).default([]),
    rate: rateSchema.optional(),
  })
  .strict();

const fileSchema = z.union([
  z.array(entrySchema),
  z
    .object({
      $comment: z.string().optional(),
      version: z.literal(1),
      defaults: defaultsSchema.optional(),
      sources: z.array(entrySchema),
    })
    .strict(),
]);

type Entry = z.infer<typeof entrySchema>;

/** A crawlable source: a registry entry (defaults applied) or a one-off `--seed` source. */
export interface Source extends SourceRecord {
  kind: SourceKind | 'seed';
  homepage: string;
  startUrls: string[];
  feeds: string[];
  sitemaps: string[];
  allow: string[];
  deny: string[];
  rate?: { minDelayMs?: number; concurrency?: number };
  notes?: string;
  evidence?: string;
  verified: boolean;
}

export class SourceRegistryError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`invalid source registry ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SourceRegistryError';
  }
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? String(part) : `.${String(part)}`;
  return out || '(root)';
}

/** Reads and validates a registry file; throws SourceRegistryError naming the file and every bad field. */
export function loadSources(file: string): Source[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new SourceRegistryError(file, [`cannot read: ${(err as Error).message}`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new SourceRegistryError(file, [`not valid JSON: ${(err as Error).message}`]);
  }
  return parseSources(json, file);
}

/** Validates registry JSON already in memory; `label` names it in errors. */
export function parseSources(json: unknown, label: string): Source[] {
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    // A union reports its branches; show the object branch's issues when the input is an object.
    const issues = flattenIssues(parsed.error.issues, json);
    throw new SourceRegistryError(label, issues.map((i) => `${formatPath(i.path)}: ${i.message}`));
  }
  const data = parsed.data;
  const entries: Entry[] = Array.isArray(data) ? data : data.sources;
  const defaults = Array.isArray(data) ? undefined : data.defaults;
  const prefix = Array.isArray(data) ? '' : 'sources';

  const problems: string[] = [];
  const seen = new Map<string, number>();
  entries.forEach((e, i) => {
    const first = seen.get(e.id);
    if (first !== undefined) problems.push(`${prefix}[${i}].id: duplicate id "${e.id}" (first at ${prefix}[${first}])`);
    else seen.set(e.id, i);
  });
  if (problems.length > 0) throw new SourceRegistryError(label, problems);

  return entries.map((e) => applyDefaults(e, defaults));
}

type Issue = { path: ReadonlyArray<PropertyKey>; message: string; code?: string; errors?: Issue[][] };

function flattenIssues(issues: readonly Issue[], json: unknown): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    if (issue.code === 'invalid_union' && issue.errors && issue.errors.length === 2) {
      const branch = Array.isArray(json) ? issue.errors[0]! : issue.errors[1]!;
      out.push(...flattenIssues(branch, json).map((i) => ({ ...i, path: [...issue.path, ...i.path] })));
    } else {
      out.push(issue);
    }
  }
  return out;
}

function applyDefaults(e: Entry, defaults: z.infer<typeof defaultsSchema> | undefined): Source {
  const rate = defaults?.rate || e.rate ? { ...defaults?.rate, ...e.rate } : undefined;
  const deny = [...new Set([...(defaults?.deny ?? []), ...e.deny])];
  const source: Source = {
    id: e.id,
    name: e.name,
    province: e.province,
    provinceSince2025: e.provinceSince2025,
    kind: e.kind,
    homepage: e.homepage,
    startUrls: e.startUrls,
    feeds: e.feeds,
    sitemaps: e.sitemaps,
    allow: e.allow,
    deny,
    verified: e.verified,
  };
  if (rate) source.rate = rate;
  if (e.notes !== undefined) source.notes = e.notes;
  if (e.evidence !== undefined) source.evidence = e.evidence;
  return source;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&');
}

/** Regex source matching http(s) URLs on exactly this host (and port), with or without `www.`. */
export function hostPattern(url: URL): string {
  const bare = url.hostname.toLowerCase().replace(/^www\./, '');
  const port = url.port ? `:${url.port}` : '';
  return `^https?://(?:www\\.)?${escapeRegex(bare)}${escapeRegex(port)}(?:[/?#]|$)`;
}

/**
 * A one-off source for `cchc crawl --seed URL [--allow REGEX]`. It never leaves the seed's host: a user
 * pattern narrows the host pattern, it cannot widen it.
 */
export function sourceFromSeed(seedUrl: string, allowRegex?: string): Source {
  let url: URL;
  try {
    url = new URL(seedUrl);
  } catch {
    throw new Error(`--seed: "${seedUrl}" is not an absolute URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`--seed: "${seedUrl}" is not an http(s) URL`);
  }
  const host = hostPattern(url);
  let allow = host;
  if (allowRegex !== undefined) {
    try {
      new RegExp(allowRegex);
    } catch (err) {
      throw new Error(`--allow: "${allowRegex}" is not a valid regular expression: ${(err as Error).message}`);
    }
    // Lookahead keeps the host check; the lazy prefix lets an unanchored user pattern match anywhere.
    allow = `^(?=${host.slice(1)})[\\s\\S]*?(?:${allowRegex})`;
  }
  return {
    id: `seed:${url.host.toLowerCase()}`,
    name: url.host.toLowerCase(),
    province: null,
    provinceSince2025: null,
    kind: 'seed',
    homepage: url.href,
    startUrls: [url.href],
    feeds: [],
    sitemaps: [],
    allow: [allow],
    deny: [],
    verified: false,
  };
}

/** The crawler's view of a source (src/crawl/types.ts names the delay `delayMs`). */
export function toCrawlSource(s: Source): CrawlSource {
  return {
    id: s.id,
    name: s.name,
    province: s.province,
    provinceSince2025: s.provinceSince2025,
    kind: s.kind,
    homepage: s.homepage,
    startUrls: s.startUrls,
    feeds: s.feeds,
    sitemaps: s.sitemaps,
    allow: s.allow,
    deny: s.deny,
    rate: s.rate ? { delayMs: s.rate.minDelayMs, concurrency: s.rate.concurrency } : null,
  };
}

/** Compiles a source's patterns once; `inScope(url)` is what the crawler asks of every link. */
export function compileScope(s: Pick<Source, 'allow' | 'deny'>): { inScope(url: string): boolean } {
  const allow = s.allow.map((p) => new RegExp(p));
  const deny = s.deny.map((p) => new RegExp(p));
  return {
    inScope: (url) => (allow.length === 0 || allow.some((r) => r.test(url))) && !deny.some((r) => r.test(url)),
  };
}
