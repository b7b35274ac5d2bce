// Author and source lines at the edges of an article body: "Nguồn: Sở Nội vụ", "Tin, ảnh: Ngọc Hà",
// a signature in capitals ("MẠC KHẢI", "Đ.CHÍNH") or in bold on the right at the end.
import type { Paragraph } from './paragraphs.ts';

export interface Byline {
  author: string | null;
  source: string | null;
  /** The body without the byline and source paragraphs. */
  body: Paragraph[];
}

const SOURCE_LINE = /^\(?\s*(nguồn(?: tin)?|theo|source)\s*[:：]\s*(.+?)\)?\.?$/iu;
// "(Theo baochinhphu.vn)", "Theo TTXVN": a source without a colon, only in brackets or when it names a site.
const THEO_LINE = /^(?:\(\s*theo\s+(.{2,60}?)\s*\)|theo\s+(\S+\.(?:vn|com|net|org)\S*|TTXVN|VTV|VOV|Báo [^,.]{2,40}))\.?$/iu;
const AUTHOR_LINE =
  /^\(?\s*(tác giả|tin(?:,| và| &)? ảnh|bài(?:,| và| &)? ảnh|tin|bài|người viết|phóng viên|pv|nhóm pv|ctv|nhóm phóng viên|thực hiện|by)\s*[:：]\s*(.+?)\)?\.?$/iu;
const SENTENCE_END = /[.!?…:;,]$/u;

function isRightAligned(p: Paragraph): boolean {
  const el = p.block;
  const style = (el.attribs['style'] ?? '').toLowerCase();
  const cls = (el.attribs['class'] ?? '').toLowerCase();
  return /text-align:\s*right/.test(style) || el.attribs['align'] === 'right' || /(text-right|align-right|right)\b/.test(cls);
}

/** A short line that is a person's or a newsroom's signature. */
function isSignature(p: Paragraph): boolean {
  const t = p.text.replace(/\s*\((tổng hợp|th|lược dịch|theo .+)\)\s*$/iu, '').trim();
  if (t.length < 2 || t.length > 50) return false;
  const words = t.split(/\s+/);
  if (words.length > 7) return false;
  if (/\d/.test(t)) return false;
  const initials = /^(\p{Lu}{1,2}\.)+\s?\p{Lu}[\p{L}.]*(\s+\p{Lu}[\p{L}.]*)*$/u.test(t); // "Đ.Chính", "T.D", "N.V.A"
  if (initials) return true;
  if (SENTENCE_END.test(t) && !/\.$/.test(t)) return false;
  const letters = t.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  if (letters.length >= 3 && upper / letters.length >= 0.85) return true;
  // "Minh Anh" in bold or on the right: every word capitalised.
  const capitalised = words.every((w) => /^[\p{Lu}(]/u.test(w) || /^(và|-|–)$/u.test(w));
  return capitalised && !/\.$/.test(t) && (p.boldShare >= 0.8 || isRightAligned(p) || p.italicShare >= 0.8);
}

/** "Tác giả: …", "Nguồn tin: …" and the like: credit lines some CMSs print just after the body container. */
export function isCreditLine(text: string): boolean {
  return text.length <= 150 && (SOURCE_LINE.test(text) || AUTHOR_LINE.test(text) || THEO_LINE.test(text));
}

/** Same shape as a SOURCE_LINE match: the source name in group 2. */
function theoSource(text: string): [string, string, string] | null {
  const m = THEO_LINE.exec(text.trim());
  const name = m ? (m[1] ?? m[2]) : undefined;
  return name ? [text, 'theo', name] : null;
}

export function takeByline(paragraphs: Paragraph[]): Byline {
  const body = [...paragraphs];
  let author: string | null = null;
  let source: string | null = null;
  // Trailing lines: up to three signature/source lines, in any order.
  for (let n = 0; n < 3 && body.length > 1; n++) {
    const last = body[body.length - 1]!;
    const src = SOURCE_LINE.exec(last.text) ?? theoSource(last.text);
    const auth = AUTHOR_LINE.exec(last.text);
    if (src && last.text.length <= 150) {
      source ??= src[2]!.trim();
    } else if (auth && last.text.length <= 120) {
      author ??= auth[2]!.trim();
    } else if (isSignature(last)) {
      author ??= last.text.trim();
    } else break;
    body.pop();
  }
  // A leading "Tin, ảnh: …" credit line.
  const first = body[0];
  if (first && body.length > 1) {
    const auth = AUTHOR_LINE.exec(first.text);
    if (auth && first.text.length <= 80) {
      author ??= auth[2]!.trim();
      body.shift();
    }
  }
  return { author, source, body };
}
