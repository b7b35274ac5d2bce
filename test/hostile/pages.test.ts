// Hostile pages through a real crawl: a charset header contradicting the meta tag (both ways), invalid UTF-8,
// malformed HTML, 20,000 nested divs, 100,000 paragraphs, and links to file:, javascript:, mailto:, data:
// and other hosts. Each page is stored with its right text or failed with its reason; no mojibake is stored;
// nothing outside the site is requested; Crawl-delay holds between requests.
import iconv from 'iconv-lite';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { nestedDivs } from './html-shapes.ts';
import { articleHtml, robots, siteAndOtherHostPerTest, text } from './server.ts';
import { readDb, runCrawl, tempDb } from './run-crawl.ts';

const servers = siteAndOtherHostPerTest();

const BODY = 'Tỉnh đẩy mạnh cải cách hành chính, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%; người dân hài lòng với dịch vụ công trực tuyến. ';
const page = (metaCharset: string, title: string) =>
  `<!doctype html><html><head><meta charset="${metaCharset}"><title>${title}</title></head><body><article><h1>${title}</h1><p>${BODY.repeat(3)}</p></article></body></html>`;

describe('hostile pages', () => {
  it('charset contradictions, invalid UTF-8, malformed and deep HTML, many paragraphs, foreign links', async () => {
    const o = servers.site.origin;
    servers.site.routes.set('/robots.txt', robots('User-agent: *\nCrawl-delay: 0.2\n'));
    servers.other.routes.set('/robots.txt', robots('User-agent: *\n'));
    const links = [
      '/tin/bai-1258-khai-utf8-10001', '/tin/bai-utf8-khai-1258-10002', '/tin/bai-utf8-hong-10003', '/tin/bai-loi-cu-phap-10004',
      '/tin/bai-long-sau-10005', '/tin/bai-nhieu-doan-10006',
      'file:///etc/passwd', 'javascript:alert(1)', 'mailto:cchc@example.vn', 'tel:+8412345', 'data:text/html,<p>x</p>',
      `${servers.other.origin}/tin/bai-cong-khac-10007`, `//127.0.0.2:${new URL(servers.other.origin).port}/tin/bai-may-khac-10008`,
    ];
    servers.site.routes.set('/tin', text(`<!doctype html><html><body>${links.map((l) => `<a href="${l}">${l}</a>`).join(' ')}</body></html>`));
    // windows-1258 bytes, the header says UTF-8, the meta tag says windows-1258 (and the reverse).
    servers.site.routes.set('/tin/bai-1258-khai-utf8-10001', text(iconv.encode(page('windows-1258', 'Bài mã 1258 khai UTF-8'), 'windows-1258'), 'text/html; charset=utf-8'));
    servers.site.routes.set('/tin/bai-utf8-khai-1258-10002', text(Buffer.from(page('utf-8', 'Bài UTF-8 khai mã 1258')), 'text/html; charset=windows-1258'));
    const broken = Buffer.from(page('utf-8', 'Bài UTF-8 hỏng'));
    for (let i = 300; i < broken.length - 200; i += 40) broken[i] = 0xff;
    servers.site.routes.set('/tin/bai-utf8-hong-10003', text(broken));
    servers.site.routes.set('/tin/bai-loi-cu-phap-10004', text(`<html><head><title>Bài lỗi cú pháp</title><body><div><p>${BODY}<b><i>${BODY}</b></i><table><p>${BODY}</div></div></span><p>${BODY}<!-- unclosed`));
    servers.site.routes.set('/tin/bai-long-sau-10005', text(nestedDivs(20_000)));
    servers.site.routes.set('/tin/bai-nhieu-doan-10006', text(`<html><head><title>Nhiều đoạn</title></head><body>${Array.from({ length: 100_000 }, (_, i) => `<p>Đoạn ${i}.</p>`).join('')}</body></html>`));
    servers.other.routes.set('/tin/bai-cong-khac-10007', text(articleHtml('Cổng khác')));

    const db = tempDb();
    const run = await runCrawl(['--seed', `${o}/tin`, '--db', db, '--allow-private', '--request-timeout', '20'], 120_000);
    expect(run.killed).toBe(false);
    expect(run.code, run.stderr).toBe(0);
    const { page: row, pages, articles } = readDb(db);
    const stored = new Database(db, { readonly: true }).prepare('SELECT page_url AS url, text FROM articles').all() as Array<{ url: string; text: string }>;
    const textOf = (path: string) => stored.find((a) => a.url === o + path)?.text;

    // Contradicting charsets: read right, or refused as bad charset; never stored as mojibake.
    for (const path of ['/tin/bai-1258-khai-utf8-10001', '/tin/bai-utf8-khai-1258-10002']) {
      const t = textOf(path);
      if (t !== undefined) expect(t, path).toContain('cải cách hành chính');
      else expect(row(o + path)?.error, path).toMatch(/bad charset/);
    }
    expect(row(`${o}/tin/bai-utf8-hong-10003`)?.error).toMatch(/bad charset: \d+ undecodable bytes/);
    expect(textOf('/tin/bai-loi-cu-phap-10004')).toContain('đúng hạn đạt 98,5%');
    expect(textOf('/tin/bai-long-sau-10005')).toContain('đúng hạn đạt 98,5%');
    expect(textOf('/tin/bai-nhieu-doan-10006')).toContain('Đoạn 99999.');
    for (const a of stored) expect(a.text, a.url).not.toMatch(/Ã|áº|Æ°|Ä‘|\uFFFD/);
    // Only this site's http pages were ever considered.
    expect(pages.every((p) => p.url.startsWith(`${o}/`))).toBe(true);
    expect(servers.other.hits).toEqual([]);
    expect(articles.length).toBeGreaterThanOrEqual(3);
    const starts = servers.site.hits.filter((h) => h.path !== '/robots.txt').map((h) => h.at);
    // Arrival times on a server sharing its event loop with the test: allow some jitter under the 200 ms.
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(140);
    expect(run.maxRssMb ?? 0).toBeLessThan(600);
    expect(run.ms).toBeLessThan(60_000);
  }, 150_000);
});
