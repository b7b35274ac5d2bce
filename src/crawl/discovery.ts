// Finding URLs: RSS/Atom feeds and sitemaps (indexes, .xml.gz) with fast-xml-parser, and links, pagination and
// rel=canonical in HTML pages with cheerio/slim.
import { gunzipSync } from 'node:zlib';
import { load } from 'cheerio/slim';
import { XMLParser } from 'fast-xml-parser';
import { canonicalizeUrl } from './canonical.ts';

export interface XmlDiscovery {
  format: 'sitemapindex' | 'urlset' | 'rss' | 'atom' | 'unknown';
  /** Page URLs (sitemap <url><loc>, feed item links). */
  pages: string[];
  /** Child sitemaps of an index. */
  sitemaps: string[];
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, trimValues: true, processEntities: true });

const asArray = <T>(v: T | T[] | undefined | null): T[] => (v == null ? [] : Array.isArray(v) ? v : [v]);
const text = (v: unknown): string | null => {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && '#text' in v) return String((v as { '#text': unknown })['#text']);
  return null;
};

/** Gunzips a body that is still gzip (a .xml.gz sitemap served without Content-Encoding). */
export function maybeGunzip(body: Buffer, maxBytes: number): Buffer {
  if (body[0] !== 0x1f || body[1] !== 0x8b) return body;
  try {
    return gunzipSync(body, { maxOutputLength: maxBytes });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new Error(`too large: gzip body inflates past ${Math.round(maxBytes / 1024 / 1024)} MB`);
    }
    throw new Error(`bad gzip body: ${(err as Error).message}`);
  }
}

/** Reads a sitemap, sitemap index, RSS or Atom document. URLs are resolved against `baseUrl` and canonicalised. */
export function parseXmlDiscovery(body: Buffer, baseUrl: string, maxBytes = 50 * 1024 * 1024): XmlDiscovery {
  const doc = xml.parse(maybeGunzip(body, maxBytes).toString('utf8')) as Record<string, any>;
  const resolve = (list: Array<string | null>) =>
    list.flatMap((u) => (u ? [canonicalizeUrl(u, baseUrl)] : [])).filter((u): u is string => u !== null);
  if (doc.sitemapindex) {
    return { format: 'sitemapindex', pages: [], sitemaps: resolve(asArray(doc.sitemapindex.sitemap).map((s: any) => text(s?.loc))) };
  }
  if (doc.urlset) {
    // Some sites nest child sitemaps inside <urlset>: a <loc> ending in .xml(.gz) is a sitemap, not a page.
    const locs = resolve(asArray(doc.urlset.url).map((u: any) => text(u?.loc)));
    const isSitemap = (u: string) => /\.xml(\.gz)?$/i.test(new URL(u).pathname);
    return { format: 'urlset', pages: locs.filter((u) => !isSitemap(u)), sitemaps: locs.filter(isSitemap) };
  }
  if (doc.rss || doc.RDF) {
    const channel = doc.rss?.channel ?? doc.RDF;
    const items = asArray(channel?.item ?? doc.RDF?.item);
    return { format: 'rss', pages: resolve(items.map((i: any) => text(i?.link) ?? text(i?.guid))), sitemaps: [] };
  }
  if (doc.feed) {
    const links = asArray(doc.feed.entry).map((e: any) => {
      const ls = asArray(e?.link);
      const alt = ls.find((l: any) => !l?.['@rel'] || l['@rel'] === 'alternate') ?? ls[0];
      return typeof alt === 'string' ? alt : (alt?.['@href'] ?? null);
    });
    return { format: 'atom', pages: resolve(links), sitemaps: [] };
  }
  return { format: 'unknown', pages: [], sitemaps: [] };
}

export interface HtmlLinks {
  /** All http(s) links of the page, canonicalised, de-duplicated, pagination excluded. */
  links: string[];
  /** Next pages of a listing (rel=next, "Trang sau", "»", numbered page links). */
  pagination: string[];
  /** rel=canonical, when present and valid. */
  canonical: string | null;
}

const NEXT_TEXT = /^(trang sau|tiếp|tiếp theo|sau|next|»|›|>|>>|»»)$/i;

/** URL patterns of listing pagination on the CMSs we crawl. */
export function isPaginationUrl(url: string): boolean {
  const u = new URL(url);
  for (const key of u.searchParams.keys()) {
    if (/^(page|trang|p|pageindex|pagenum|pg)$/i.test(key) || /_cur$/i.test(key) || /(^|_)cur$/i.test(key)) return true;
  }
  return /\/(trang|page|p)[-/]\d+(\.html?|\.aspx)?$/i.test(u.pathname);
}

export function extractHtmlLinks(html: string, pageUrl: string): HtmlLinks {
  const $ = load(html);
  const base = canonicalizeUrl($('base[href]').attr('href') ?? '', pageUrl) ?? pageUrl;
  const links = new Set<string>();
  const pagination = new Set<string>();
  $('a[href], link[rel~="next"][href]').each((_, el) => {
    const $el = $(el);
    const href = $el.attr('href') ?? '';
    if (/^(javascript|mailto|tel):/i.test(href.trim())) return;
    const url = canonicalizeUrl(href, base);
    if (!url || url === pageUrl) return;
    const rel = ($el.attr('rel') ?? '').toLowerCase().split(/\s+/);
    const label = $el.text().replace(/\s+/g, ' ').trim();
    if (rel.includes('next') || NEXT_TEXT.test(label) || isPaginationUrl(url)) {
      pagination.add(url);
    } else if (el.tagName === 'a') {
      links.add(url);
    }
  });
  const canonicalHref = $('link[rel="canonical"]').attr('href');
  return { links: [...links], pagination: [...pagination], canonical: canonicalHref ? canonicalizeUrl(canonicalHref, pageUrl) : null };
}

/** A URL that looks like one news item rather than a section (slug with an id, or a long slug). */
export function looksLikeArticle(url: string): boolean {
  const u = new URL(url);
  for (const key of u.searchParams.keys()) if (/^(id|itemid|newsid|articleid|nid|tinid)$/i.test(key)) return true;
  const last = u.pathname.split('/').filter(Boolean).pop() ?? '';
  const stem = last.replace(/\.(html?|aspx|php)$/i, '');
  return /[-_.]\d{4,}$/.test(stem) || /^\d{5,}$/.test(stem) || (stem.match(/-/g) ?? []).length >= 4;
}

/**
 * Decodes HTML bytes well enough to read its links (the reader does the real decoding): charset from the
 * Content-Type header, else from a <meta> in the first 4 KB, else UTF-8.
 */
export function decodeForLinks(body: Buffer, contentType: string | null): string {
  const fromHeader = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  const fromMeta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(body.subarray(0, 4096).toString('latin1'))?.[1];
  try {
    return new TextDecoder(fromHeader ?? fromMeta ?? 'utf-8').decode(body);
  } catch {
    return body.toString('latin1');
  }
}

/** The page number of a pagination URL (?page=3, /trang-3.html, _cur=3, PageIndex=3), or null. */
export function paginationNumber(url: string): number | null {
  const u = new URL(url);
  for (const [key, value] of u.searchParams) {
    if ((/^(page|trang|p|pageindex|pagenum|pg)$/i.test(key) || /cur$/i.test(key)) && /^\d+$/.test(value)) return Number(value);
  }
  const m = /\/(?:trang|page|p)[-/](\d+)(?:\.html?|\.aspx)?$/i.exec(u.pathname);
  return m ? Number(m[1]) : null;
}
