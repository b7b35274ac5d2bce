// Data tables reach the extractors as sentences ("label: header value, ..."); layout tables stay text.
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../src/read/index.ts';
import { extractFacts } from '../../extractors/index.ts';

const page = (table: string) => `<html><body><article><h1>Kết quả giải quyết TTHC quý I/2024 huyện Cái Bè</h1>
<p>Trong quý I/2024, kết quả giải quyết hồ sơ thủ tục hành chính của huyện Cái Bè như sau:</p>${table}</article></body></html>`;

describe('tables', () => {
  it('writes each data row as a sentence pairing the headers with the figures', () => {
    const { text } = readHtml(page(`<table><tr><th>Đơn vị</th><th>Tiếp nhận</th><th>Đã giải quyết</th><th>Quá hạn</th></tr>
      <tr><td>Cấp huyện</td><td>1.234</td><td>1.200</td><td>10</td></tr><tr><td>Cấp xã</td><td>5.678</td><td>5.600</td><td>0</td></tr></table>`));
    expect(text).toContain('Cấp huyện: Tiếp nhận 1.234, Đã giải quyết 1.200, Quá hạn 10.');
    expect(text).toContain('Cấp xã: Tiếp nhận 5.678, Đã giải quyết 5.600, Quá hạn 0.');
  });

  it('drops a row-number column so the unit names the row', () => {
    const { text } = readHtml(page(`<table><tr><th>STT</th><th>Đơn vị</th><th>Điểm</th><th>Xếp hạng</th></tr>
      <tr><td>1</td><td>Sở Tư pháp</td><td>92,50</td><td>1</td></tr></table>`));
    expect(text).toContain('Sở Tư pháp: Điểm 92,50, Xếp hạng 1.');
  });

  it('lets the extractors read the figures of a table, with their tier', () => {
    const html = page(`<table><tr><th>Đơn vị</th><th>Tiếp nhận</th><th>Đã giải quyết</th></tr>
      <tr><td>Cấp huyện</td><td>1.234</td><td>1.200</td></tr><tr><td>Cấp xã</td><td>5.678</td><td>5.600</td></tr></table>`);
    const facts = extractFacts({ ...readHtml(html), url: null, published: '2024-04-10' });
    const got = facts.map((f) => `${f.metric}=${f.value}/${f.scope}/${f.period?.start}`);
    expect(got).toEqual(expect.arrayContaining(['dossiers_received=1234/huyện/2024-01-01', 'dossiers_resolved=1200/huyện/2024-01-01', 'dossiers_received=5678/xã/2024-01-01', 'dossiers_resolved=5600/xã/2024-01-01']));
  });

  it('keeps a table without figures as its text', () => {
    const { text } = readHtml(page('<table><tr><td>Người phát ngôn</td><td>Nguyễn Văn A</td></tr></table>'));
    expect(text).toContain('Người phát ngôn, Nguyễn Văn A');
  });
});
