// Discovery parsing: RSS, Atom, sitemap indexes, gzipped sitemaps, HTML links, pagination and rel=canonical.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractHtmlLinks, isPaginationUrl, looksLikeArticle, paginationNumber, parseXmlDiscovery } from '../../src/crawl/discovery.ts';

const xml = (s: string) => Buffer.from(s, 'utf8');

describe('parseXmlDiscovery', () => {
  it('reads RSS items with CDATA and tracking parameters, canonicalised', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
      <item><title><![CDATA[Cải cách & hành chính]]></title><link>https://a.vn/tin/a-1.html?utm_source=rss</link></item>
      <item><title>B</title><link><![CDATA[https://a.vn/tin/b-2.html]]></link></item></channel></rss>`;
    expect(parseXmlDiscovery(xml(rss), 'https://a.vn/rss.xml')).toEqual({ format: 'rss', pages: ['https://a.vn/tin/a-1.html', 'https://a.vn/tin/b-2.html'], sitemaps: [] });
  });
  it('reads Atom entries (alternate links)', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><link rel="self" href="/self"/><link rel="alternate" href="/tin/c-3.html"/></entry>
      <entry><link href="https://a.vn/tin/d-4.html"/></entry></feed>`;
    expect(parseXmlDiscovery(xml(atom), 'https://a.vn/atom').pages).toEqual(['https://a.vn/tin/c-3.html', 'https://a.vn/tin/d-4.html']);
  });
  it('reads a sitemap index, a urlset with news: namespace, and a gzipped urlset', () => {
    const index = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://a.vn/s1.xml</loc></sitemap><sitemap><loc>https://a.vn/s2.xml.gz</loc></sitemap></sitemapindex>`;
    expect(parseXmlDiscovery(xml(index), 'https://a.vn/sitemap.xml')).toEqual({ format: 'sitemapindex', pages: [], sitemaps: ['https://a.vn/s1.xml', 'https://a.vn/s2.xml.gz'] });
    const urlset = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>https://a.vn/tin/e-5.html</loc><news:news><news:title>E</news:title></news:news></url>
      <url><loc>https://a.vn/child-sitemap.xml</loc></url></urlset>`;
    const parsed = parseXmlDiscovery(gzipSync(xml(urlset)), 'https://a.vn/s2.xml.gz');
    expect(parsed).toEqual({ format: 'urlset', pages: ['https://a.vn/tin/e-5.html'], sitemaps: ['https://a.vn/child-sitemap.xml'] });
  });
  it('says unknown for anything else', () => {
    expect(parseXmlDiscovery(xml('<html><body>hi</body></html>'), 'https://a.vn/').format).toBe('unknown');
  });
});

describe('extractHtmlLinks', () => {
  const page = `<html><head><link rel="canonical" href="/tin/x-1.html?utm_campaign=a"><link rel="next" href="/list?page=2"></head><body>
    <a href="/tin/bai-viet-ve-cai-cach-hanh-chinh-123.html#c">A</a>
    <a href="https://a.vn/tin/bai-viet-ve-cai-cach-hanh-chinh-123.html?fbclid=1">A again</a>
    <a href="javascript:void(0)">js</a><a href="mailto:x@a.vn">mail</a>
    <a href="/list/trang-3.html">3</a><a href="/web/guest/tin?_101_INSTANCE_ab_cur=4">4</a>
    <a href="/News.aspx?PageIndex=5">5</a><a href="/list?p=9">Trang sau</a><a href="/khac">»</a>
    <a href="https://other.vn/y">Y</a></body></html>`;
  const links = extractHtmlLinks(page, 'https://a.vn/list');
  it('collects links canonicalised and de-duplicated, skipping non-http ones', () => {
    expect(links.links).toEqual(['https://a.vn/tin/bai-viet-ve-cai-cach-hanh-chinh-123.html', 'https://other.vn/y']);
  });
  it('separates pagination in all the styles portals use', () => {
    expect(links.pagination.sort()).toEqual([
      'https://a.vn/News.aspx?PageIndex=5', 'https://a.vn/khac', 'https://a.vn/list/trang-3.html', 'https://a.vn/list?p=9',
      'https://a.vn/list?page=2', 'https://a.vn/web/guest/tin?_101_INSTANCE_ab_cur=4',
    ]);
  });
  it('reads rel=canonical', () => {
    expect(links.canonical).toBe('https://a.vn/tin/x-1.html');
  });
});

describe('URL shapes', () => {
  it('recognises pagination URLs and their page numbers', () => {
    expect(isPaginationUrl('https://a.vn/chuyen-muc/cchc?page=2')).toBe(true);
    expect(paginationNumber('https://a.vn/chuyen-muc/cchc/trang-12.html')).toBe(12);
    expect(paginationNumber('https://a.vn/tin?_101_INSTANCE_x_cur=7')).toBe(7);
    expect(paginationNumber('https://a.vn/News.aspx?PageIndex=3')).toBe(3);
    expect(isPaginationUrl('https://a.vn/tin/bai-viet-2-1002.html')).toBe(false);
  });
  it('tells article URLs from section URLs', () => {
    expect(looksLikeArticle('https://baodongthap.vn/chinh-tri/dong-thap-dan-dau-chi-so-cai-cach-hanh-chinh-123456.aspx')).toBe(true);
    expect(looksLikeArticle('https://a.vn/tin-tuc/chi-tiet?id=42')).toBe(true);
    expect(looksLikeArticle('https://a.vn/chuyen-muc/cai-cach-hanh-chinh')).toBe(false);
    expect(looksLikeArticle('https://a.vn/')).toBe(false);
  });
});
