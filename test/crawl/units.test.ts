// Pure parts of the crawler: URL canonicalisation, content hash, private addresses, backoff, Retry-After,
// robots rules, relevance.
import { describe, expect, it } from 'vitest';
import { backoffDelay, parseRetryAfter } from '../../src/crawl/backoff.ts';
import { canonicalizeUrl, contentHash } from '../../src/crawl/canonical.ts';
import { isPrivateAddress } from '../../src/crawl/net-guard.ts';
import { relevanceScore } from '../../src/crawl/relevance.ts';
import { parseRobots } from '../../src/crawl/robots.ts';
import { USER_AGENT } from '../../src/crawl/types.ts';

describe('canonicalizeUrl', () => {
  it('lower-cases scheme and host, drops default ports, fragments and tracking parameters, sorts the query', () => {
    expect(canonicalizeUrl('HTTPS://Baodongthap.VN:443/Tin-Tuc/a.html?b=2&utm_source=zalo&a=1&fbclid=x&zarsrc=30#top'))
      .toBe('https://baodongthap.vn/Tin-Tuc/a.html?a=1&b=2');
    expect(canonicalizeUrl('http://example.vn:80/?gclid=1&utm_medium=feed')).toBe('http://example.vn/');
  });
  it('normalises trailing slashes and duplicate slashes but keeps the root', () => {
    expect(canonicalizeUrl('https://a.vn/chuyen-muc/cchc/')).toBe('https://a.vn/chuyen-muc/cchc');
    expect(canonicalizeUrl('https://a.vn//tin//x.html')).toBe('https://a.vn/tin/x.html');
    expect(canonicalizeUrl('https://a.vn')).toBe('https://a.vn/');
  });
  it('resolves relative links and refuses non-http schemes', () => {
    expect(canonicalizeUrl('../b.html?page=2', 'https://a.vn/x/y/z.html')).toBe('https://a.vn/x/b.html?page=2');
    expect(canonicalizeUrl('mailto:a@b.vn')).toBeNull();
    expect(canonicalizeUrl('javascript:void(0)')).toBeNull();
    expect(canonicalizeUrl('http://[bad')).toBeNull();
  });
  it('keeps meaningful parameters such as Liferay paging and ids', () => {
    expect(canonicalizeUrl('https://a.vn/web/guest/tin?_101_INSTANCE_x_cur=3&id=42'))
      .toBe('https://a.vn/web/guest/tin?_101_INSTANCE_x_cur=3&id=42');
  });
});

describe('contentHash', () => {
  it('is the same for texts that differ only in white space, case or Unicode normal form', () => {
    const a = 'Cải cách hành chính\n\nTỷ lệ   đúng hạn 98%';
    const b = ' cải cách hành chính tỷ lệ đúng hạn 98% '.normalize('NFD');
    expect(contentHash(a)).toBe(contentHash(b));
    expect(contentHash(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash(a)).not.toBe(contentHash('Cải cách hành chính. Tỷ lệ đúng hạn 97%'));
  });
});

describe('isPrivateAddress', () => {
  it.each(['127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '::1', 'fc00::1', 'fd12:3456::1', 'fe80::1', '::ffff:127.0.0.1', '0.0.0.0',
    // the parser's spellings of the same addresses, and the special ranges
    '::ffff:7f00:1', '::ffff:a9fe:a9fe', '0:0:0:0:0:ffff:7f00:1', '::', '198.18.0.1', '198.19.255.255', '224.0.0.1',
    '239.255.255.250', '240.0.0.1', '255.255.255.255', '100.64.0.1', '64:ff9b::7f00:1', '2002:7f00:1::1', 'fec0::1',
    'ff02::1'])(
    '%s is private', (ip) => expect(isPrivateAddress(ip)).toBe(true));
  it.each(['8.8.8.8', '172.32.0.1', '172.15.0.1', '203.162.4.190', '2001:4860:4860::8888', '::ffff:8.8.8.8', '198.20.0.1', '223.255.255.255'])(
    '%s is public', (ip) => expect(isPrivateAddress(ip)).toBe(false));
});

describe('backoff and Retry-After', () => {
  it('grows exponentially with jitter inside [ceiling/2, ceiling] and respects the cap', () => {
    expect(backoffDelay(1, 1000, 30_000, () => 0)).toBe(500);
    expect(backoffDelay(1, 1000, 30_000, () => 1)).toBe(1000);
    expect(backoffDelay(3, 1000, 30_000, () => 0.5)).toBe(3000);
    expect(backoffDelay(10, 1000, 30_000, () => 1)).toBe(30_000);
  });
  it('reads seconds and HTTP dates, and marks waits beyond the cap as Infinity', () => {
    const now = Date.parse('2024-06-24T02:00:00Z');
    expect(parseRetryAfter('5', 60_000, now)).toBe(5000);
    expect(parseRetryAfter('Mon, 24 Jun 2024 02:00:30 GMT', 60_000, now)).toBe(30_000);
    expect(parseRetryAfter('Mon, 24 Jun 2024 01:00:00 GMT', 60_000, now)).toBe(0);
    expect(parseRetryAfter('3600', 60_000, now)).toBe(Infinity);
    expect(parseRetryAfter('soon', 60_000, now)).toBeNull();
    expect(parseRetryAfter(null, 60_000, now)).toBeNull();
  });
});

describe('robots rules for our user agent', () => {
  const text = 'User-agent: *\nDisallow: /\n\nUser-agent: cchc\nDisallow: /private/\nAllow: /private/public.html\nCrawl-delay: 2\nSitemap: https://a.vn/sitemap.xml\n';
  const rules = parseRobots('https://a.vn/robots.txt', text, USER_AGENT, 60_000);
  it('applies the group naming cchc, not the * group', () => {
    expect(rules.isAllowed('https://a.vn/tin-tuc/a.html')).toBe(true);
    expect(rules.isAllowed('https://a.vn/private/x.html')).toBe(false);
    expect(rules.isAllowed('https://a.vn/private/public.html')).toBe(true);
    expect(rules.isAllowed('https://other.vn/tin-tuc/a.html')).toBe(false);
  });
  it('gives the Crawl-delay in ms, capped, and the sitemaps', () => {
    expect(rules.crawlDelayMs).toBe(2000);
    expect(parseRobots('https://a.vn/robots.txt', 'User-agent: *\nCrawl-delay: 600\n', USER_AGENT, 30_000).crawlDelayMs).toBe(30_000);
    expect(rules.sitemaps).toEqual(['https://a.vn/sitemap.xml']);
  });
  it('falls back to the * group when no group names us', () => {
    const star = parseRobots('https://a.vn/robots.txt', 'User-agent: *\nDisallow: /admin\n', USER_AGENT, 30_000);
    expect(star.isAllowed('https://a.vn/admin/x')).toBe(false);
    expect(star.isAllowed('https://a.vn/tin')).toBe(true);
    expect(star.crawlDelayMs).toBeNull();
  });
});

describe('relevanceScore', () => {
  it('scores administrative-reform text high and unrelated text low, accent-insensitively', () => {
    const cchc = 'Năm 2023, tỉnh tiếp nhận 27.366 hồ sơ thủ tục hành chính, giải quyết đúng hạn 98%. Chỉ số CCHC (PAR Index) xếp thứ 12.';
    const plain = 'Đội bóng đá của tỉnh giành chiến thắng 2-1 trên sân nhà.';
    const noAccents = 'Cong tac cai cach hanh chinh, ho so tre han giam, dich vu cong truc tuyen tang.';
    expect(relevanceScore(cchc)).toBeGreaterThan(0.9);
    expect(relevanceScore(plain)).toBe(0);
    expect(relevanceScore(noAccents)).toBeGreaterThan(0.6);
  });
  it('stays in [0,1] and counts the title', () => {
    const body = 'Người dân hài lòng với kết quả.';
    const withTitle = relevanceScore(body, 'Nâng cao Chỉ số SIPAS');
    expect(withTitle).toBeGreaterThan(relevanceScore(body));
    expect(relevanceScore('cchc '.repeat(1000))).toBeLessThanOrEqual(1);
  });
  it('matches whole words only', () => {
    expect(relevanceScore('mã số cchcx và papix')).toBe(0);
  });
});
