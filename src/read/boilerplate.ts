// What is not article text: page furniture recognised by tag, by class/id, and by the verbatim lines that
// Vietnamese portals and newspapers print (see shared/reference/geography-and-sources.md §4.6).
import type { Element } from 'domhandler';
import { classAndId } from './dom.ts';
import { isDateLine } from './dates.ts';

/** Never text: dropped before anything else. `form` is kept: ASP.NET wraps the whole page in one. */
export const NON_CONTENT_TAGS =
  'script, style, noscript, template, iframe, svg, canvas, object, embed, video, audio, map, link, meta, button, input, select, textarea, label, dialog';

/** Page furniture by tag or ARIA role. */
export const LAYOUT_SELECTORS =
  'nav, aside, footer, header, menu, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], [hidden], [aria-hidden=true]';

// Class/id words that name furniture which is never article text, even when it holds paragraphs
// (a related-articles box with summaries is still a related-articles box).
const ALWAYS_NOISE =
  /(?:^|[\s_-])(share|sharing|social|addthis|sharedaddy|related|relate|relatedposts|lienquan|tinlienquan|tin-lien-quan|tinkhac|tin-khac|othernews|other-news|samecat|same-category|cungchuyenmuc|cung-chuyen-muc|comments?|binhluan|fb-comments|counter|visitor|visitors|thongke|thong-ke|statistic|online-users|login|dangnhap|dang-nhap|print|printer|font-?size|fontsize|text-?size|zoom-text|toolbar|tags?|tag-list|keywords?|tukhoa|slideshow|slider|carousel|weblinks?|lienket|lien-ket|skip|skiplink|skip-link|ribbon|ms-dialoghidden|pagination|pager|rating|vote|popup|modal|breadcrumbs?|back-?to-?top|advert|advertisement|ads|adv|quangcao|banner-ads|newsletter|author-box|next-prev|prev-next|navigation|navbar|mainmenu|topmenu|submenu)(?=$|[\s_-])/;

// Layout words that usually mean furniture, but also appear on wrappers of the whole page ("has-sidebar",
// "header-wrap"): such an element is removed only if it does not look like it holds the article.
const LAYOUT_NOISE =
  /(?:^|[\s_-])(nav|menu|menus|sidebar|side-bar|left-col|right-col|col-right|col-left|footer|header|banner|widget|widgets|search|tools|utility|top-bar|topbar|copyright|weather|thoitiet|calendar|video-box|box-video|link-box|hotline)(?=$|[\s_-])/;

export function isAlwaysNoise(el: Element): boolean {
  return ALWAYS_NOISE.test(classAndId(el));
}

export function isLayoutNoise(el: Element): boolean {
  return LAYOUT_NOISE.test(classAndId(el));
}

/** Headings of lists that follow an article: the heading and the list after it are dropped. */
export const LIST_HEADING =
  /^(tin liên quan|bài liên quan|bài viết liên quan|tin bài liên quan|tin cùng chuyên mục|cùng chuyên mục|tin khác|các tin khác|tin bài khác|xem thêm|đọc thêm|tin mới hơn|tin cũ hơn|tin đã đưa|các tin đã đưa( ngày)?|tin bài cuối cùng|tin mới nhất|tin nổi bật|tin xem nhiều|đọc nhiều|xem nhiều|liên kết|liên kết website|liên kết web|slideshow image|thư viện ảnh|video|có thể bạn quan tâm|bài viết khác|related( posts| articles)?|liên quan)\s*:?$/i;

// Whole lines seen verbatim on real pages. Short lines only: a body sentence can start with "Chia sẻ…".
const BOILERPLATE_LINE =
  /^(truy cập nội dung luôn|skip to main content|skip ribbon commands|skip navigation links|bỏ qua nội dung|chi tiết tin|chi tiết tin tức|chi tiết bài viết( tin tức)?|xuất bản thông tin|null|back to top|về đầu trang|lên đầu trang|in bài viết|in trang|bản in|gửi bài viết|gửi email|gửi bạn bè|lưu bài viết|chia sẻ( bài viết)?|chia sẻ:|share|tweet|like|đăng nhập|đăng ký|quên mật khẩu|tên đăng nhập|mật khẩu|slideshow image|image banner|bình luận|ý kiến bạn đọc|không còn dữ liệu để load|trang chủ|quay lại|trở về|tải về|đính kèm|file đính kèm|tệp đính kèm|xem tiếp|xem chi tiết|tổng số điểm của bài viết là.*|bấm vào đây để đánh giá|đánh giá bài viết)\s*[:.]?$/i;

// Labels that start furniture lines. Ambiguous words ("Danh mục", "Hôm nay", "Chia sẻ") only with their colon.
const BOILERPLATE_PREFIX =
  /^(cỡ chữ|font ?size|in bài|đăng nhập|tags?\s*:|từ khóa|từ khoá|lượt xem|lượt đọc|số lượt xem|thống kê truy cập|tổng số lượt truy cập|số người đang truy cập|đang truy cập|đang trực tuyến|tổng truy cập|đã truy cập|lượt truy cập|tải quyết định|tải phụ lục|bạn đang ở|vị trí\s*:|trang chủ\s*[>»/|]|(chuyên mục|danh mục|trực tuyến|hôm nay|người phát ngôn|chia sẻ|share)\s*[:|]|(xem thêm|đọc thêm|tin liên quan|bài liên quan|tin cùng chuyên mục)\s*[:>»])/i;

/** A line (paragraph) that is page furniture, not article text. */
export function isBoilerplateLine(line: string): boolean {
  if (line.length === 0) return true;
  if (/^[\p{P}\p{S}\s\d]*$/u.test(line)) return true; // "|", "»", "1 2 3 …", "A+ A A-"
  if (line.length <= 80 && BOILERPLATE_LINE.test(line)) return true;
  if (line.length <= 80 && LIST_HEADING.test(line)) return true;
  if (line.length <= 120 && BOILERPLATE_PREFIX.test(line)) return true;
  if (line.length <= 160 && /(lượt truy cập|đang truy cập|tổng truy cập|đã truy cập|lượt xem\s*:)/i.test(line)) return true;
  if (/^(A\s*[+-]?\s*){2,}$/.test(line)) return true;
  return isDateLine(line);
}
