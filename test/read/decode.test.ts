import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeHtml, readHtmlBuffer } from '../../src/read/index.ts';
import { encodeCp1258 } from '../fixtures/pages/encode-cp1258.ts';
import { FIXTURE_PAGES, fixtureBytes } from '../fixtures/pages/index.ts';

const cp1258Page = FIXTURE_PAGES.find((p) => p.charset === 'windows-1258')!;
const source = readFileSync(cp1258Page.file.replace(/\.html$/, '.src.html'), 'utf8').normalize('NFC');

describe('decodeHtml', () => {
  it('the windows-1258 fixture really is windows-1258 with combining tone marks', () => {
    const bytes = fixtureBytes(cp1258Page);
    expect(bytes.toString('utf8')).toContain('\uFFFD'); // not valid UTF-8
    expect(iconv.decode(bytes, 'windows-1258')).toContain('\u0300'); // a combining grave, not precomposed
  });

  it('finds windows-1258 in <meta http-equiv> and returns NFC text identical to the source', () => {
    const d = decodeHtml(fixtureBytes(cp1258Page));
    expect(d).toMatchObject({ charset: 'windows-1258', charsetSource: 'meta', decodeErrors: 0 });
    expect(d.html).toBe(source);
    expect(d.html).toContain('Bắc Yên: Nâng cao Chỉ số hài lòng');
  });

  it('prefers the HTTP header charset to <meta>, and counts the damage when the header lies', () => {
    const d = decodeHtml(fixtureBytes(cp1258Page), 'text/html; charset=UTF-8');
    expect(d.charsetSource).toBe('header');
    expect(d.charset).toBe('utf-8');
    expect(d.decodeErrors).toBeGreaterThan(50);
  });

  it('lets a BOM override the header', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>Thủ tục hành chính</p>', 'utf8')]);
    const d = decodeHtml(bytes, 'text/html; charset=windows-1252');
    expect(d).toMatchObject({ charset: 'utf-8', charsetSource: 'bom', decodeErrors: 0, html: '<p>Thủ tục hành chính</p>' });
  });

  it('defaults to UTF-8 and normalises decomposed UTF-8 to NFC', () => {
    const decomposed = '<p>Thủ tục hành chính</p>'.normalize('NFD');
    const d = decodeHtml(Buffer.from(decomposed, 'utf8'));
    expect(d).toMatchObject({ charset: 'utf-8', charsetSource: 'default', decodeErrors: 0 });
    expect(d.html).toBe('<p>Thủ tục hành chính</p>'.normalize('NFC'));
  });

  it('falls back to iconv-lite for charsets TextDecoder lacks (VISCII)', () => {
    const html = '<meta charset="viscii"><p>Chỉ số cải cách hành chính</p>';
    const d = decodeHtml(iconv.encode(html, 'viscii'));
    expect(d).toMatchObject({ charset: 'viscii', charsetSource: 'meta', decodeErrors: 0, html });
  });

  it('rejects a non-buffer with an error naming the input', () => {
    expect(() => decodeHtml('<p>x</p>' as unknown as Buffer)).toThrow(/page body must be a Buffer/);
  });
});

describe('readHtmlBuffer', () => {
  it('reads a windows-1258 article served with a bare text/html header', () => {
    const r = readHtmlBuffer(fixtureBytes(cp1258Page), 'text/html');
    expect(r.charset).toBe('windows-1258');
    expect(r.title).toBe(cp1258Page.expected.title);
    expect(r.paragraphs).toEqual(cp1258Page.expected.paragraphs);
  });

  it('round-trips freshly encoded windows-1258 text', () => {
    const html = '<html><head><meta charset="windows-1258"><title>Hồ sơ trễ hạn</title></head><body><article><p>Năm 2023, tỉnh tiếp nhận 12.345 hồ sơ, giải quyết đúng hạn 12.300 hồ sơ, đạt 99,6%. Người đứng đầu phải xin lỗi người dân khi hồ sơ trễ hạn, theo quy định của UBND tỉnh.</p></article></body></html>';
    const r = readHtmlBuffer(encodeCp1258(html));
    expect(r.decodeErrors).toBe(0);
    expect(r.title).toBe('Hồ sơ trễ hạn');
    expect(r.paragraphs[0]).toContain('đạt 99,6%');
  });
});
