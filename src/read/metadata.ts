// Page metadata: JSON-LD, <meta> tags, <time>, the headline, and the date line printed near it.
import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { BLOCK_TAGS, ancestors, isElement, selectElements, walk } from './dom.ts';
import { isBoilerplateLine } from './boilerplate.ts';
import { findDates, normaliseMachineDate, type FoundDate } from './dates.ts';
import { cleanText, letterKey } from './text.ts';

export interface StructuredData {
  headline: string | null;
  published: string | null;
  updated: string | null;
  author: string | null;
  siteName: string | null;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const ARTICLE_TYPES = /^(NewsArticle|Article|BlogPosting|ReportageNews|AnalysisNewsArticle|WebPage|Report)$/;

function nameOf(v: Json | undefined): string | null {
  if (typeof v === 'string') return cleanText(v) || null;
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join(', ') || null;
  if (v && typeof v === 'object' && typeof v['name'] === 'string') return cleanText(v['name']) || null;
  return null;
}

/** JSON-LD blocks (must run before scripts are removed). Article-typed objects win over others. */
export function readJsonLd($: CheerioAPI): StructuredData {
  const out: StructuredData = { headline: null, published: null, updated: null, author: null, siteName: null };
  const objects: Array<Record<string, Json>> = [];
  const collect = (v: Json): void => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') {
      objects.push(v);
      if (v['@graph']) collect(v['@graph']);
    }
  };
  $('script[type="application/ld+json"]').each((_, el) => {
    try {
      collect(JSON.parse($(el).text()) as Json);
    } catch {
      // Broken JSON-LD is common (trailing commas, raw newlines); the other sources still apply.
    }
  });
  const isArticle = (o: Record<string, Json>): boolean =>
    [o['@type']].flat().some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));
  const ordered = [...objects.filter(isArticle), ...objects.filter((o) => !isArticle(o))];
  for (const o of ordered) {
    if (!out.headline && typeof o['headline'] === 'string') out.headline = cleanText(o['headline']) || null;
    if (!out.published) {
      const v = o['datePublished'] ?? o['dateCreated'];
      if (typeof v === 'string') out.published = normaliseMachineDate(v);
    }
    if (!out.updated && typeof o['dateModified'] === 'string') out.updated = normaliseMachineDate(o['dateModified']);
    if (!out.author && o['author'] !== undefined && isArticle(o)) out.author = nameOf(o['author']);
    if (!out.siteName && o['publisher'] !== undefined) out.siteName = nameOf(o['publisher']);
  }
  return out;
}

/** All <meta> values by lower-cased property / name / itemprop, read in one pass. */
function metaMap($: CheerioAPI): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of selectElements($, 'meta[content]')) {
    const content = cleanText(el.attribs['content'] ?? '');
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.attribs[attr]?.toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}

function metaContent(map: Map<string, string>, keys: string[]): string | null {
  for (const key of keys) {
    const v = map.get(key.toLowerCase());
    if (v) return v;
  }
  return null;
}

const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datePublished', 'pubdate',
  'publishdate', 'publish-date', 'publish_date', 'article.published', 'dc.date.issued', 'dcterms.issued',
  'dc.date', 'dcterms.created', 'date', 'sailthru.date', 'parsely-pub-date', 'created',
];
const UPDATED_META = ['article:modified_time', 'og:updated_time', 'dateModified', 'dc.date.modified', 'lastmod', 'last-modified'];

export interface MetaTags {
  title: string | null;
  siteName: string | null;
  published: string | null;
  updated: string | null;
  author: string | null;
  canonical: string | null;
}

export function readMetaTags($: CheerioAPI): MetaTags {
  const metas = metaMap($);
  const date = (keys: string[]): string | null => {
    const v = metaContent(metas, keys);
    return v ? normaliseMachineDate(v) : null;
  };
  // <time datetime>: the publication one, not the "updated" one WordPress prints beside it.
  let timePublished: string | null = null;
  let timeUpdated: string | null = null;
  $('time[datetime], [itemprop=datePublished][content], [itemprop=dateModified][content]').each((_, el) => {
    const v = $(el).attr('datetime') ?? $(el).attr('content');
    const iso = v ? normaliseMachineDate(v) : null;
    if (!iso) return;
    const label = `${$(el).attr('class') ?? ''} ${$(el).attr('itemprop') ?? ''}`;
    if (/updated|modified/i.test(label) && !/published/i.test(label)) timeUpdated ??= iso;
    else timePublished ??= iso;
  });
  return {
    title: metaContent(metas, ['og:title', 'twitter:title']),
    siteName: metaContent(metas, ['og:site_name', 'application-name']),
    published: date(PUBLISHED_META) ?? timePublished,
    updated: date(UPDATED_META) ?? timeUpdated,
    author: metaContent(metas, ['article:author', 'author', 'dc.creator']),
    canonical: $('link[rel~="canonical" i]').attr('href') ?? metaContent(metas, ['og:url']),
  };
}

const SITE_NAME_WORDS =
  /(báo|cổng|trang thông tin|trang tin|portal|online|điện tử|\.vn|\.com|\.net|ubnd|sở |tỉnh|thành phố|huyện|website|news)/iu;
const TITLE_SEPARATOR = /\s+[|–—\-:»]\s+|\s*\|\s*|\s+::\s+/u;

/** "Headline - Báo Đồng Tháp" → "Headline". Vietnamese headlines may contain " - " themselves, so only a
 * segment that names a site (or equals og:site_name) is dropped, at either end. */
export function stripSiteName(title: string, siteName: string | null): string {
  let parts = cleanText(title).split(TITLE_SEPARATOR).filter(Boolean);
  const site = siteName ? letterKey(siteName) : null;
  const isSite = (seg: string, rest: string[]): boolean => {
    const k = letterKey(seg);
    if (site && (k === site || site.includes(k) || k.includes(site))) return true;
    const restLen = rest.join(' ').length;
    return seg.length <= 60 && seg.length < restLen && SITE_NAME_WORDS.test(seg) && !/\d/.test(seg);
  };
  while (parts.length > 1 && isSite(parts[parts.length - 1]!, parts.slice(0, -1))) parts = parts.slice(0, -1);
  while (parts.length > 1 && isSite(parts[0]!, parts.slice(1))) parts = parts.slice(1);
  return parts.join(' - ');
}

const HEADING_CANDIDATES =
  'h1, h2, h3, [class*=title], [class*=Title], [class*=tieude], [class*=tieu-de], [id*=Title], [id*=title], [itemprop=headline]';
const FURNITURE_ANCESTOR = /(menu|sidebar|related|relate|other|footer|header-top|banner|tinkhac|lienquan|nav)/i;
const NOT_TITLE = /(logo|brand|site-?name|portlet-title|title-list|widget-title|box-title|menu)/i;

/** The headline: og:title / JSON-LD headline, else the <h1> the <title> agrees with, else the <title>. */
export function readTitle($: CheerioAPI, meta: MetaTags, ld: StructuredData): string | null {
  const siteName = meta.siteName ?? ld.siteName;
  const fromTag = stripSiteName($('title').first().text(), siteName) || null;
  const declared = meta.title ?? ld.headline;
  if (declared) return stripSiteName(declared, siteName) || fromTag;
  const headings = selectElements($, HEADING_CANDIDATES)
    .filter((el) => !['ul', 'ol', 'li', 'table', 'tr', 'section', 'nav', 'title'].includes(el.name))
    .filter((el) => !NOT_TITLE.test(`${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`))
    .filter((el) => !ancestors(el).some((a) => ['a', 'li', 'nav', 'footer', 'aside'].includes(a.name) || FURNITURE_ANCESTOR.test(`${a.attribs['class'] ?? ''} ${a.attribs['id'] ?? ''}`)))
    .map((el) => cleanText($(el).text()))
    .filter((t) => t.length >= 15 && t.length <= 300 && !isBoilerplateLine(t));
  if (fromTag) {
    const key = letterKey(fromTag);
    const agreeing = headings.find((h) => letterKey(h) === key) ?? headings.find((h) => key.includes(letterKey(h)));
    if (agreeing) return agreeing;
  }
  // No heading agrees with <title>. A <title> that is only the site name (old portals) loses to the first
  // headline-like element outside the furniture; otherwise the <title> is the better guess.
  const tagIsSiteName = !fromTag || (SITE_NAME_WORDS.test(fromTag) && fromTag.length <= 70);
  return tagIsSiteName ? (headings[0] ?? fromTag) : fromTag;
}

/** The element that prints the headline, to look for the date line just after it. */
export function findTitleElement($: CheerioAPI, title: string | null): Element | null {
  if (!title) return null;
  const key = letterKey(title);
  // Headings first: a breadcrumb or a related-list link may repeat the headline earlier in the page.
  for (const selector of ['h1, h2, h3, h4', '[class*=title]', 'p, strong, b, span, td, div']) {
    // Leaf blocks only: the text of every wrapper <div> would make this quadratic on big pages.
    const found = selectElements($, selector).find(
      (el) => el.children.every((c) => !isElement(c) || !BLOCK_TAGS.has(c.name)) && letterKey($(el).text()) === key,
    );
    if (found) return found;
  }
  return null;
}

/** Lines of text in document order: the text of the nearest block ancestor, once per block. */
function textLines(root: AnyNode): Array<{ text: string; el: Element }> {
  const lines: Array<{ text: string; el: Element }> = [];
  let current = '';
  let currentEl: Element | null = null;
  const flush = (): void => {
    const t = cleanText(current);
    if (t && currentEl) lines.push({ text: t, el: currentEl });
    current = '';
  };
  // The block each text belongs to: the innermost open block element (iterative walk, deep trees are fine).
  const blocks: Element[] = [root as Element];
  walk(
    root,
    (node) => {
      if (node === root) return true;
      if (node.type === 'text') {
        current += (node as unknown as { data: string }).data;
        currentEl = blocks[blocks.length - 1]!;
        return false;
      }
      if (!isElement(node) || node.name === 'head') return false;
      if (BLOCK_TAGS.has(node.name)) {
        flush();
        blocks.push(node);
      }
      return true;
    },
    (node) => {
      if (node !== root && isElement(node) && BLOCK_TAGS.has(node.name)) {
        flush();
        blocks.pop();
      }
    },
  );
  flush();
  return lines;
}

const LINES_AFTER_TITLE = 15;

/**
 * Dates printed on the page: first those in the lines right after the headline (a header clock before it
 * is today's date, not the article's), then any short line outside the page furniture.
 */
export function readDateLines($: CheerioAPI, titleEl: Element | null): FoundDate[] {
  const root = $.root()[0]!;
  const lines = textLines(root);
  const out: FoundDate[] = [];
  if (titleEl) {
    const key = letterKey($(titleEl).text());
    // The headline's line: the title element itself, or the block that holds it (when it is a <span>).
    const start = lines.findIndex(
      (l) => (l.el === titleEl || ancestors(l.el).includes(titleEl) || ancestors(titleEl).includes(l.el)) && letterKey(l.text).includes(key),
    );
    if (start >= 0) {
      for (const l of lines.slice(start, start + LINES_AFTER_TITLE)) if (l.text.length <= 200) out.push(...findDates(l.text));
      if (out.length) return out;
    }
  }
  for (const l of lines) {
    if (l.text.length > 120) continue;
    const furniture = [l.el, ...ancestors(l.el)].some(
      (a) => ['header', 'nav', 'footer', 'aside', 'li', 'a'].includes(a.name) || /(header|footer|menu|sidebar|related|other)/i.test(a.attribs['class'] ?? ''),
    );
    if (!furniture) out.push(...findDates(l.text));
    if (out.length) break;
  }
  return out;
}

/** Published beats unlabelled beats updated; structured sources beat printed lines. */
export function choosePublished(structured: Array<string | null>, lines: FoundDate[], updated: Array<string | null>): string | null {
  for (const s of structured) if (s) return s;
  return (
    lines.find((d) => d.kind === 'published')?.iso ??
    lines.find((d) => d.kind === 'unlabelled')?.iso ??
    updated.find((u) => u) ??
    lines.find((d) => d.kind === 'updated')?.iso ??
    null
  );
}
