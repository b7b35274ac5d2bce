// URL canonicalisation and the article content hash: one page reached by several URLs must be one record.
import { createHash } from 'node:crypto';

/** Query parameters that only track the visitor and never change the page. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'zarsrc', 'zaloid', 'igshid',
  'mc_cid', 'mc_eid', '_ga', '_gl', 'ref_src', 'gidzl',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_'];

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/**
 * Canonical form of an http(s) URL: lower-case scheme and host (WHATWG URL does that and drops default ports),
 * no fragment, no tracking parameters, sorted query, no trailing slash except on the root. Returns null for
 * anything that is not http(s).
 */
export function canonicalizeUrl(input: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams.entries()].filter(([k]) => !isTracking(k));
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  url.search = kept.length ? new URLSearchParams(kept).toString() : '';
  // `/a/b/` and `/a/b` are the same page on the CMSs we crawl; keep `/` itself.
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/\/+$/, '') || '/';
  url.pathname = url.pathname.replace(/\/{2,}/g, '/');
  return url.toString();
}

/** The host of a URL, lower-case, without `www.`, for "same site" comparisons. */
export function siteHost(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
}

/** Text normalised before hashing: NFC, collapsed white space, lower case. */
export function normaliseForHash(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** sha256 (hex) of the normalised article text. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseForHash(text)).digest('hex');
}
