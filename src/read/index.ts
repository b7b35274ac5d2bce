// Reader: HTML page to article (title, publication date, author, clean body text, captions).
// Parsing uses cheerio/slim (htmlparser2): about 3 ms per 100 KB, see shared/reference/deps.md §5.1.
import { load } from 'cheerio/slim';
import { z } from 'zod';
import { isBoilerplateLine } from './boilerplate.ts';
import { isCreditLine, takeByline } from './byline.ts';
import type { Element } from 'domhandler';
import { isElement, removeComments } from './dom.ts';
import { cleanContainer, findCmsContainer, findLead, removeFurniture, scoreByDensity } from './content.ts';
import { decodeHtml, type DecodedHtml } from './decode.ts';
import { NON_CONTENT_TAGS } from './boilerplate.ts';
import { choosePublished, findTitleElement, readDateLines, readJsonLd, readMetaTags, readTitle } from './metadata.ts';
import { extractParagraphs, type Paragraph } from './paragraphs.ts';
import { cleanText, letterKey } from './text.ts';

export interface ReadResult {
  title: string | null;
  /** `YYYY-MM-DDTHH:mm:ss+07:00`, or `YYYY-MM-DD` when the page gives no time. */
  published: string | null;
  /** Byline; when the page names only a source ("Nguồn: …"), that source. */
  author: string | null;
  /** Title, then body paragraphs, separated by blank lines. */
  text: string;
  captions: string[];
  canonicalUrl: string | null;
  /** The "Nguồn:" / "Theo:" line, without its label. */
  source: string | null;
  /** Last-modified date when the page gives one (same format as `published`). */
  updated: string | null;
  /** Body paragraphs (without the title). */
  paragraphs: string[];
  /** How the body was found: "liferay:.journal-content-article", "density", … */
  method: string;
}

const ReadOptions = z.object({ url: z.string().nullable().optional() });
export type ReadOptions = z.infer<typeof ReadOptions>;

function resolveUrl(href: string | null, base: string | null | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

export function readHtml(html: string, opts: ReadOptions = {}): ReadResult {
  if (typeof html !== 'string') throw new TypeError(`readHtml: html must be a string, got ${typeof html}`);
  const { url } = ReadOptions.parse(opts);
  const $ = load(html);

  // Metadata first: JSON-LD lives in <script>, which goes next.
  const ld = readJsonLd($);
  const meta = readMetaTags($);
  $(NON_CONTENT_TAGS).remove();
  removeComments($.root()[0]!);

  const title = readTitle($, meta, ld);
  const titleEl = findTitleElement($, title);
  const dateLines = readDateLines($, titleEl);
  const updated = ld.updated ?? meta.updated ?? dateLines.find((d) => d.kind === 'updated')?.iso ?? null;
  const published = choosePublished([ld.published, meta.published], dateLines, [updated]);

  // Body: a known CMS container, else the densest block once the furniture is gone.
  const cms = findCmsContainer($);
  const leadEl = cms ? findLead($, cms.el) : null;
  const lead = leadEl ? extractParagraphs(leadEl).paragraphs : [];
  removeFurniture($, cms?.el ?? null);
  const container = cms?.el ?? scoreByDensity($) ?? $('body')[0] ?? null;
  const method = cms?.method ?? 'density';
  if (container) cleanContainer(container);
  const extracted = container ? extractParagraphs(container) : { paragraphs: [], captions: [] };
  const credits = container ? trailingCredits(container) : [];

  const titleKey = title ? letterKey(title) : null;
  const seen = new Set<string>();
  const kept: Paragraph[] = [];
  for (const p of [...lead, ...extracted.paragraphs]) {
    if (isBoilerplateLine(p.text)) continue;
    if (title && p.text.length <= title.length * 1.5 && letterKey(p.text) === titleKey) continue; // headline repeated in the body
    if (seen.has(p.text)) continue; // the lead repeated as the body's first paragraph
    seen.add(p.text);
    kept.push(p);
  }
  const byline = takeByline([...kept, ...credits]);
  const author = byline.author ?? ld.author ?? bylineFromMeta(meta.author) ?? byline.source;
  const paragraphs = byline.body.map((p) => p.text);

  return {
    title,
    published,
    author,
    text: [title, ...paragraphs].filter(Boolean).join('\n\n'),
    captions: extracted.captions,
    canonicalUrl: resolveUrl(meta.canonical, url) ?? null,
    source: byline.source,
    updated,
    paragraphs,
    method,
  };
}

/** Credit lines in the elements right after the body container (NukeViet prints "Tác giả:" there). */
function trailingCredits(container: Element): Paragraph[] {
  const out: Paragraph[] = [];
  let seen = 0;
  for (let sib = container.next; sib && seen < 3; sib = sib.next) {
    if (!isElement(sib)) continue;
    seen++;
    const ps = extractParagraphs(sib).paragraphs;
    if (ps.length === 0) continue;
    if (!ps.every((p) => isCreditLine(p.text))) break;
    out.push(...ps);
  }
  return out;
}

/** <meta name="author"> on portals often names the vendor or the site; keep it only if it looks like a person. */
function bylineFromMeta(v: string | null): string | null {
  if (!v) return null;
  const t = cleanText(v);
  if (t.length > 60 || /(cổng|portal|vnpt|viettel|fpt|ubnd|sở|báo|\.vn|\.com|admin|copyright)/iu.test(t)) return null;
  return t;
}

export interface ReadBufferResult extends ReadResult {
  charset: string;
  charsetSource: DecodedHtml['charsetSource'];
  decodeErrors: number;
}

/** Reads a page from its raw bytes: decodes it (see decode.ts), then reads it like `readHtml`. */
export function readHtmlBuffer(buf: Buffer | Uint8Array, contentTypeHeader?: string | null, opts: ReadOptions = {}): ReadBufferResult {
  const decoded = decodeHtml(buf, contentTypeHeader);
  return { ...readHtml(decoded.html, opts), charset: decoded.charset, charsetSource: decoded.charsetSource, decodeErrors: decoded.decodeErrors };
}

export { decodeHtml, type DecodedHtml } from './decode.ts';
export { cleanText } from './text.ts';
