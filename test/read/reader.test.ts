// The reader on small pages built for one behaviour each.
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../src/read/index.ts';
import { stripSiteName } from '../../src/read/metadata.ts';

const BODY = [
  'Năm 2023, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 45.120 hồ sơ, giải quyết đúng hạn 44.987 hồ sơ, đạt 99,7%.',
  'Chỉ số CCHC năm 2023 của tỉnh đạt 88,12%, tăng 4 bậc so với năm 2022, xếp thứ 12/63 tỉnh, thành phố.',
  'UBND tỉnh yêu cầu các sở, ngành công khai xin lỗi người dân đối với 100% hồ sơ trễ hạn trong năm 2024.',
];
const paras = (ps: string[] = BODY): string => ps.map((p) => `<p>${p}</p>`).join('\n');
const page = (head: string, body: string): string => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

describe('readHtml', () => {
  it('puts the title first, then the paragraphs, separated by blank lines', () => {
    const r = readHtml(page('<title>Tiêu đề bài viết về hồ sơ trễ hạn</title>', `<h1>Tiêu đề bài viết về hồ sơ trễ hạn</h1><div class="x">${paras()}</div>`));
    expect(r.text).toBe(['Tiêu đề bài viết về hồ sơ trễ hạn', ...BODY].join('\n\n'));
    expect(r.paragraphs).toEqual(BODY);
  });

  it('collapses whitespace, turns NBSP into a space, drops zero-width characters and composes tone marks', () => {
    const messy = 'Năm&nbsp;2023,\n   tỉnh\u200b tiếp nhận\u00a0 45.120 hồ sơ, giải quyết đúng hạn 44.987 hồ sơ, đạt 99,7%.'.normalize('NFD');
    const r = readHtml(page('', `<h1>Kết quả giải quyết thủ tục hành chính</h1><article>${paras([messy, BODY[1]!, BODY[2]!])}</article>`));
    expect(r.paragraphs[0]).toBe('Năm 2023, tỉnh tiếp nhận 45.120 hồ sơ, giải quyết đúng hạn 44.987 hồ sơ, đạt 99,7%.'.normalize('NFC'));
    expect(r.paragraphs[0]).not.toBe(r.paragraphs[0]!.normalize('NFD'));
  });

  it('strips the site name from <title> at either end, but keeps " - " inside a headline', () => {
    expect(stripSiteName('Hồ sơ trễ hạn giảm mạnh - Báo Đồng Tháp', null)).toBe('Hồ sơ trễ hạn giảm mạnh');
    expect(stripSiteName('Báo Đồng Tháp Online - Hồ sơ trễ hạn giảm mạnh', null)).toBe('Hồ sơ trễ hạn giảm mạnh');
    expect(stripSiteName('Chợ Gạo - Tân Phú Đông: đẩy mạnh một cửa | Tin Tiền Giang', 'Tin Tiền Giang')).toBe('Chợ Gạo - Tân Phú Đông: đẩy mạnh một cửa');
  });

  it('prefers og:title, and reads JSON-LD inside @graph', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Báo X' }, { '@type': 'NewsArticle', headline: 'H', datePublished: '2023-03-01T01:00:00Z', author: [{ '@type': 'Person', name: 'Lê An' }] }] });
    const r = readHtml(page(`<meta property="og:title" content="Tiêu đề từ og:title"><title>Khác - Báo X</title><script type="application/ld+json">${ld}</script>`, `<article>${paras()}</article>`));
    expect(r.title).toBe('Tiêu đề từ og:title');
    expect(r.published).toBe('2023-03-01T08:00:00+07:00');
    expect(r.author).toBe('Lê An');
  });

  it('prefers the publication date to the update date, and treats 1/1/0001 as missing', () => {
    const head = '<title>Công bố chỉ số cải cách hành chính năm 2023</title>';
    const withBoth = readHtml(page(head, `<h1>Công bố chỉ số cải cách hành chính năm 2023</h1><div class="meta">Cập nhật: 05/02/2024 10:00</div><div class="meta">Ngày đăng: 01/02/2024 08:15</div><article>${paras()}</article>`));
    expect(withBoth.published).toBe('2024-02-01T08:15:00+07:00');
    expect(withBoth.updated).toBe('2024-02-05T10:00:00+07:00');
    const missing = readHtml(page(head, `<h1>Công bố chỉ số cải cách hành chính năm 2023</h1><div>Ngày đăng: 1/1/0001</div><article>${paras()}</article>`));
    expect(missing.published).toBeNull();
    const meta = readHtml(page(`${head}<meta property="article:published_time" content="2024-01-03T07:00:00+07:00"><meta property="article:modified_time" content="2024-01-04T07:00:00+07:00">`, `<article>${paras()}</article>`));
    expect(meta.published).toBe('2024-01-03T07:00:00+07:00');
  });

  it('ignores the header clock printed before the headline', () => {
    const r = readHtml(page('<title>Huyện A giải quyết 100% hồ sơ đúng hạn</title>', `<div class="top">Hôm nay: Thứ Hai, 15/07/2024</div><h2 class="tieude">Huyện A giải quyết 100% hồ sơ đúng hạn</h2><div>10:20 | 12/07/2024</div><div class="nd">${paras()}</div>`));
    expect(r.published).toBe('2024-07-12T10:20:00+07:00');
  });

  it('keeps figure captions and italic lines under pictures apart from the body', () => {
    const body = `<article><p>${BODY[0]}</p><figure><img src="a.jpg"><figcaption>Người dân nộp hồ sơ tại bộ phận một cửa.</figcaption></figure><p>${BODY[1]}</p><p><img src="b.jpg"></p><p><em>Lãnh đạo tỉnh kiểm tra Trung tâm Phục vụ hành chính công.</em></p><p>${BODY[2]}</p></article>`;
    const r = readHtml(page('<title>Ảnh và chú thích</title>', body));
    expect(r.paragraphs).toEqual(BODY);
    expect(r.captions).toEqual(['Người dân nộp hồ sơ tại bộ phận một cửa.', 'Lãnh đạo tỉnh kiểm tra Trung tâm Phục vụ hành chính công.']);
  });

  it('drops skip links, counters, login prompts and related lists found inside the body container', () => {
    const body = `<div class="entry-content"><p>Truy cập nội dung luôn</p><p>Chi tiết tin</p>${paras()}<p>Lượt xem: 1.024</p><h3>Tin liên quan</h3><ul><li><a href="/a">Tin A về một cửa điện tử</a></li><li><a href="/b">Tin B về dịch vụ công</a></li></ul><p>Đăng nhập</p><p>Tổng số lượt truy cập: 123.456</p><p>Số người đang truy cập: 7</p></div>`;
    const r = readHtml(page('<title>Bài viết</title>', body));
    expect(r.paragraphs).toEqual(BODY);
  });

  it('takes "Nguồn:" as the source and a capitalised signature as the author', () => {
    const r = readHtml(page('<title>Bài viết</title>', `<article>${paras()}<p>NGỌC HÀ</p><p>Nguồn: Sở Nội vụ tỉnh Sơn La</p></article>`));
    expect(r.paragraphs).toEqual(BODY);
    expect(r.author).toBe('NGỌC HÀ');
    expect(r.source).toBe('Sở Nội vụ tỉnh Sơn La');
    const sourceOnly = readHtml(page('<title>Bài viết</title>', `<article>${paras()}<p>(Theo baochinhphu.vn)</p></article>`));
    expect(sourceOnly.source).toBe('baochinhphu.vn');
    expect(sourceOnly.author).toBe('baochinhphu.vn');
  });

  it('keeps a short final sentence that is not a byline', () => {
    const r = readHtml(page('<title>Bài viết</title>', `<article>${paras([...BODY, 'Hội nghị kết thúc lúc 17 giờ.'])}</article>`));
    expect(r.paragraphs.at(-1)).toBe('Hội nghị kết thúc lúc 17 giờ.');
    expect(r.author).toBeNull();
  });

  it('falls back to text density when no known container exists', () => {
    const menu = '<div id="m"><a href="/1">Trang chủ</a> <a href="/2">Giới thiệu</a> <a href="/3">Tin tức</a> <a href="/4">Văn bản</a></div>';
    const side = '<div id="r"><a href="/x">Tin A, tin B</a><br><a href="/y">Lịch công tác tuần</a></div>';
    const r = readHtml(page('<title>Kết quả một cửa</title>', `${menu}<table><tr><td>${side}</td><td><div id="zz">${paras()}</div></td></tr></table>`));
    expect(r.method).toBe('density');
    expect(r.paragraphs).toEqual(BODY);
  });

  it('resolves the canonical URL against the page URL', () => {
    const r = readHtml(page('<link rel="canonical" href="/tin-tuc/bai-1.html">', `<article>${paras()}</article>`), { url: 'https://sonoivu.example.gov.vn/x?y=1' });
    expect(r.canonicalUrl).toBe('https://sonoivu.example.gov.vn/tin-tuc/bai-1.html');
  });

  it('returns an empty article for an empty page and rejects bad input with a clear error', () => {
    expect(readHtml('')).toMatchObject({ title: null, published: null, text: '', paragraphs: [] });
    expect(() => readHtml(42 as unknown as string)).toThrow(/readHtml: html must be a string/);
    expect(() => readHtml('<p>x</p>', { url: 5 } as unknown as { url: string })).toThrow();
  });
});
