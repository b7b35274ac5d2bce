// The province a page's site belongs to, from the registry: the last fallback for a figure's place.
import { fileURLToPath } from 'node:url';
import { loadSources, type Source } from './registry.ts';
import { OLD_PROVINCES } from './provinces.ts';

const DEFAULT_REGISTRY = fileURLToPath(new URL('../../data/sources.json', import.meta.url));
let byHost: Map<string, string> | undefined;

function hostsOf(s: Source): string[] {
  const hosts = new Set<string>();
  for (const u of [s.homepage, ...s.startUrls, ...s.feeds]) {
    try {
      hosts.add(new URL(u).hostname.replace(/^www\./, '').toLowerCase());
    } catch {
      /* the registry validated these; nothing to add */
    }
  }
  // hosts named only in the allow patterns: a paper's old domain (baodongkhoi.vn for Bến Tre), a sub-site
  for (const pattern of s.allow) for (const m of pattern.matchAll(HOST_IN_PATTERN)) hosts.add(m[0].replace(/\\\./g, '.').toLowerCase());
  return [...hosts];
}

const HOST_IN_PATTERN = /[a-z0-9-]+(?:\\\.[a-z0-9-]+)+/gi;

/** Province (pre-2025 name) of the registered source serving `url`, or null. */
export function siteProvinceOf(url: string | null | undefined): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return null;
  }
  if (!byHost) {
    byHost = new Map();
    try {
      for (const s of loadSources(DEFAULT_REGISTRY)) if (s.province) for (const h of hostsOf(s)) byHost.set(h, s.province);
    } catch {
      // without a readable registry there is no site fallback; extraction still works
    }
  }
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const p = byHost.get(h);
    if (p) return p;
  }
  return provinceFromHostName(host);
}

// Provincial sites name their province in the host: dongthap.gov.vn, sonoivu.kontum.gov.vn, baotayninh.vn.
// the paper, the party committee or the home-affairs department of the province: baoyenbai, tinhuyquangtri, sonoivuhue
const HOST_PREFIX = /^(?:bao|tinhuy|dangbo|sonoivu|snv)/;
const BY_SLUG = new Map(OLD_PROVINCES.map((p) => [p.slug.replace(/-/g, ''), p.name]));

/** A province read from the host's labels, for sites the registry does not list. */
export function provinceFromHostName(host: string): string | null {
  for (const label of host.split('.')) {
    const p = BY_SLUG.get(label) ?? BY_SLUG.get(label.replace(HOST_PREFIX, ''));
    if (p) return p;
  }
  return null;
}
