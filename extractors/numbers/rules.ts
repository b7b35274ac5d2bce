// Finds the figures of a sentence and sets aside the numbers that are never facts: dates, times, years,
// document numbers, phone numbers, levels and list ordinals.
import { endsWithWord } from '../lexicon/patterns.ts';
import { parseNumeral, SCALE_WORDS } from './parse.ts';

export type Approx = 'gt' | 'lt' | 'approx';

export interface NumberMention {
  /** Span of the figure itself (digits through %, scale word or denominator). */
  start: number;
  end: number;
  /** Start including a qualifier such as `hơn`. */
  qualifiedStart: number;
  value: number;
  /** Value read with a 3-digit group taken as thousands (12,341 → 12341), for count contexts. */
  thousandsReading: number | null;
  hasDecimals: boolean;
  /** Denominator of N/M. */
  of: number | null;
  percent: boolean;
  approx: Approx | null;
  /** Why it is not a figure (date, year, doc-number…); null for a usable figure. */
  excluded: string | null;
}

const NUM = /\d+(?:[.,]\d+)*/y;
const QUALIFIERS: Array<[RegExp, Approx]> = [
  [/(?:^|[^\p{L}])(?:hơn|trên|vượt|vượt quá|ngoài)\s+$/iu, 'gt'],
  [/(?:^|[^\p{L}])(?:dưới|chưa đến|chưa tới|chưa tới|không đến|không tới)\s+$/iu, 'lt'],
  [/(?:^|[^\p{L}])(?:khoảng|gần như|gần|xấp xỉ|ước|ước tính|ước khoảng|chừng|trên dưới|tầm)\s+$/iu, 'approx'],
];
const COMPARATIVE = /(?<![\p{L}])(?:cao|thấp|nhiều|ít|lớn|nhỏ|tốt|kém|sớm|chậm|nhanh)\s+hơn\s+$/iu;
const DOC_LIST = ['nghị định', 'quyết định', 'thông tư', 'chỉ thị', 'nghị quyết', 'công văn', 'kế hoạch', 'chương trình', 'kết luận', 'đề án', 'luật', 'báo cáo', 'tờ trình', 'hướng dẫn', 'công điện', 'thông báo', 'quy định', 'văn bản', 'điều', 'khoản', 'mục', 'phụ lục', 'số', 'hiệu', 'mã', 'iso', 'tcvn'];
// "Nghị định 130", "Kế hoạch số 08": the word, then perhaps "số"
const DOC_WORDS = { test: (tail: string) => endsDoc(tail) || (/số\s*$/u.test(tail) && endsDoc(tail.replace(/\s*số\s*$/u, ''))) };
const endsDoc = endsWithWord(DOC_LIST);
const RANKED_LAST = /(?:xếp|đứng|vị trí|nằm|hạng)\s+(?:cuối|đầu)\s*$/u;
const DATE_WORDS = { test: endsWithWord(['ngày', 'hôm', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'từ', 'đến', 'tới', 'và', 'cuối', 'đầu', 'giữa']) };
const LEVEL_WORDS = { test: endsWithWord(['tháng', 'ngày', 'quý', 'năm thứ', 'quận', 'phường', 'q.', 'p.', 'khu phố', 'mức độ', 'mức', 'cấp độ', 'phiên họp thứ', 'phiên họp', 'cuộc họp thứ', 'hội nghị lần thứ', 'đại hội lần thứ', 'lần thứ', 'lần', 'kỳ họp thứ', 'kỳ họp', 'khóa', 'phiên', 'giai đoạn', 'tầng', 'phòng', 'lô', 'khu', 'tổ', 'ấp', 'thôn', 'khóm', 'đợt', 'bước', 'nhóm', 'loại', 'hạng mục', 'tiểu mục', 'chương', 'quốc lộ', 'tỉnh lộ', 'đường', 'km', 'kilômét', 'km số']) };
const PHONE_WORDS = /(?<![\p{L}])(?:đường dây nóng[^\d]{0,40}|liên hệ|số máy|điện thoại|đt|sđt|hotline|fax|di động|tổng đài)\s*[:.]?\s*$/iu;

/** "hơn 13.800", "gần 49 nghìn": sets approx and widens the mention to take in the qualifier written before it. */
function qualify(mention: NumberMention, before: string): void {
  // "cao hơn 1,85%", "thấp hơn 2 điểm", "nhiều hơn 4 đơn vị": a comparative's difference, not a bound
  if (COMPARATIVE.test(before)) return;
  // "kết quả chỉ số >90%": a bound written as a sign
  const sign = /(?:>=?|≥|<=?|≤)\s*$/u.exec(before);
  if (sign) {
    mention.approx = /[>≥]/u.test(sign[0]) ? 'gt' : 'lt';
    mention.qualifiedStart = mention.start - sign[0].length;
    return;
  }
  for (const [re, kind] of QUALIFIERS) {
    const q = re.exec(before);
    if (q) {
      mention.approx = kind;
      mention.qualifiedStart = mention.start - (q[0].length - (/^[^\p{L}]/u.test(q[0]) ? 1 : 0));
      return;
    }
  }
}

const DIGIT_WORDS: Record<string, number> = { một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
const WORD_FIGURE = /(?<![\p{L}])(một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(trăm|nghìn|ngàn|triệu)(?![\p{L}])/giu;

/** Figures written in words with a scale: "gần hai nghìn hồ sơ", "hơn một triệu". */
function wordFigures(text: string, start: number, end: number): NumberMention[] {
  const out: NumberMention[] = [];
  const span = text.slice(start, end);
  if (!/trăm|nghìn|ngàn|triệu/iu.test(span)) return out;
  // search only up to `end` (a V8 slice shares the string): a failed search must not run on to the document's end
  const bounded = text.slice(0, end);
  WORD_FIGURE.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = WORD_FIGURE.exec(bounded))) {
    const scale = m[2]!.toLowerCase() === 'trăm' ? 100 : SCALE_WORDS[m[2]!.toLowerCase()]!;
    const mention: NumberMention = { start: m.index, end: m.index + m[0].length, qualifiedStart: m.index, value: DIGIT_WORDS[m[1]!.toLowerCase()]! * scale,
      thousandsReading: null, hasDecimals: false, of: null, percent: false, approx: null, excluded: null };
    const before = text.slice(Math.max(start, m.index - 40), m.index);
    qualify(mention, before);
    out.push(mention);
  }
  return out;
}

// "giải quyết được14.292 hồ sơ": a figure typed against the verb before it
const GLUED_TO_VERB = /(?<![\p{L}])(?:được|đạt|là|có|nhận|với|tăng|giảm|còn|chiếm)$/u;

/** Scans text[start, end) for figures. `text` is the canonical document text. */
const SCORE_VERB_BEFORE = /(?:với|đạt|được|là)\s+$/u;

export function scanNumbers(text: string, start: number, end: number): NumberMention[] {
  return [...scanDigits(text, start, end), ...wordFigures(text, start, end)].sort((a, b) => a.start - b.start);
}

function scanDigits(text: string, start: number, end: number): NumberMention[] {
  const out: NumberMention[] = [];
  // a numeral must not run past the span into the rest of the document (a V8 slice shares the string)
  const bounded = text.slice(0, end);
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57 || (i > 0 && /[\p{L}\d]/u.test(text[i - 1]!) && !GLUED_TO_VERB.test(text.slice(Math.max(0, i - 6), i)))) {
      i++;
      continue;
    }
    NUM.lastIndex = i;
    const m = NUM.exec(bounded);
    if (!m) {
      i++;
      continue;
    }
    let raw = m[0];
    // a trailing separator is punctuation, not part of the number ("107, quá hạn")
    while (/[.,]$/.test(raw)) raw = raw.slice(0, -1);
    // "1 146 hồ sơ", "90 349": some sites group thousands with spaces; only the exact shape counts
    const spaced = /^\d{1,3}$/.test(raw) ? /^(?: \d{3})+(?![\d.,]\d)/.exec(text.slice(i + raw.length, Math.min(end, i + raw.length + 64))) : null;
    // ("đứng thứ 2 là huyện Chư Sê với 80, 48 điểm": a space slipped in after a decimal comma, a score's two decimals
    // before "điểm")
    const slipped = !spaced && /^\d{1,2}$/.test(raw) ? /^, (\d{2}) điểm/u.exec(text.slice(i + raw.length, Math.min(end, i + raw.length + 12))) : null;
    const slippedScore = slipped && SCORE_VERB_BEFORE.test(text.slice(Math.max(start, i - 12), i).toLowerCase());
    const mention = spaced && !/^\s*(?:\/|năm|tháng|quý)/u.test(text.slice(i + raw.length + spaced[0].length, Math.min(end, i + raw.length + spaced[0].length + 12)))
      ? { ...readMention(text, i, i + raw.length + spaced[0].length, raw + spaced[0].replace(/ /g, '.'), start, end) }
      : slippedScore ? readMention(text, i, i + raw.length + 4, `${raw},${slipped[1]}`, start, end)
      : readMention(text, i, i + raw.length, raw, start, end);
    out.push(mention);
    i = Math.max(mention.end, i + raw.length);
  }
  return out;
}

function readMention(text: string, s: number, e: number, raw: string, lineStart: number, limit: number): NumberMention {
  const parsed = parseNumeral(raw);
  const before = text.slice(Math.max(lineStart, s - 40), s);
  const beforeLower = before.toLowerCase();
  // the word lists end at the figure: test them on the shortest tail that holds their longest entry
  const tail = beforeLower.slice(-22);
  const after = text.slice(e, Math.min(limit, e + 40));
  const mention: NumberMention = {
    start: s, end: e, qualifiedStart: s, value: parsed.value, thousandsReading: parsed.thousandsReading,
    hasDecimals: parsed.hasDecimals, of: null, percent: false, approx: null, excluded: null,
  };
  const exclude = (why: string, endAt = e) => ({ ...mention, end: endAt, excluded: why });

  if (parsed.irregular) return exclude(/^\d{1,2}\.\d{1,2}\.\d{4}$/.test(raw) ? 'date' : 'irregular');
  // dates and times written with separators the numeral grammar does not take
  const dateTail = /^([/\-.])(\d{1,2})(?:\1(\d{2,4}))?(?![\d/])/.exec(after);
  if (/^\d{1,2}$/.test(raw) && dateTail?.[3]) return exclude('date', e + dateTail[0].length);
  // "Thứ 3, Ngày 18/06/2024": a weekday on a date line, not a rank
  if (/^[2-7]$/.test(raw) && /(?:^|[^\p{L}])thứ\s*$/iu.test(before) && /^\s*[,\-–]?\s*(?:ngày\s*)?\d{1,2}[/.-]\d{1,2}/iu.test(after)) return exclude('date');
  if (/^[:h]\d{2}/.test(after) || /^\s*(?:giờ|phút|h)(?![\p{L}])/iu.test(after) || /\d[:h]$/.test(before)) return exclude('time');
  if (/^[-/]\s*\p{Lu}/u.test(after) || /^\/\d{2,4}\/\p{L}/u.test(after)) return exclude('doc-number', e + (/^[-/\w.ĐđÂâ]+/u.exec(after)?.[0].length ?? 0));
  // "vị trí số 2/63", "hạng số 1", "với chỉ số 93,31", "điểm số 88": a position or a score, not a document number
  if (DOC_WORDS.test(tail) && !/^\s*(?:%|điểm|hồ sơ)/u.test(after) && !/(?:vị trí|hạng|thứ|xếp|chỉ|điểm|tổng|tỷ lệ điểm|trong|trên)\s+số\s*$/u.test(tail)) return exclude('doc-number');
  if (PHONE_WORDS.test(beforeLower) || (/^0\d{6,}$/.test(raw.replace(/[.\s]/g, '')) && raw.length >= 8) || (/^0\d{2,3}$/.test(raw) && /^ \d{3,4}/.test(after))) return exclude('phone', e + (/^[\d .]+/.exec(after)?.[0].trimEnd().length ?? 0));
  // "mức độ 3", "mức 4" are service levels; "ở mức 82,66%", "cao hơn mức 84,45%" are levels of a figure
  const levelOfFigure = /mức\s*$/u.test(tail) && (/^\s?%/u.test(after) || /[.,]\d/u.test(raw));
  // ("ngày 15/7": the month after the day is no figure of its own)
  if ((LEVEL_WORDS.test(tail) && !levelOfFigure) || /(?:mức độ|mức)\s*\d\s*(?:,|và|hoặc|-)\s*$/u.test(tail)) return exclude('level', e + (/^[/.-]\d{1,2}(?![\d])/.exec(after)?.[0].length ?? 0));
  if (/^[.)]\s/.test(after) && /^\s*[-–•]?\s*$/.test(before.slice(before.lastIndexOf('\n') + 1)) && s - lineStart < 4) return exclude('ordinal');
  // ("… xin lỗi dân - Ảnh 1.": a photo's number in its caption)
  if (/^\d{1,2}$/.test(raw) && /(?:^|[\s\-–(])(?:ảnh|hình)\s*$/iu.test(before) && /^\s*[.):]?\s*(?:$|\n)/u.test(after)) return exclude('photo');
  // ("… 90,12 điểm; 2. Huyện Yên Lạc: 89,5 điểm": an item's number inside a line)
  if (/^\d{1,2}$/.test(raw) && /^[.)]\s+\p{Lu}/u.test(after) && /[;:]\s*$/u.test(before)) return exclude('ordinal');

  // N/M: a fraction or rank, unless it is a day/month or a month/year
  const frac = /^\s?\/\s?(\d+(?:[.,]\d{3})*)(?![\d/])/.exec(after);
  if (frac) {
    const denRaw = frac[1]!;
    const den = parseNumeral(denRaw);
    const fracEnd = e + frac[0].length;
    if (/^(?:19|20)\d\d$/.test(denRaw) && !/[.,]/.test(raw) && Number(raw) <= 12) return exclude('period', fracEnd);
    // "cuối 7/7" is a date, "xếp cuối 7/7" a last place
    if (DATE_WORDS.test(tail) && !RANKED_LAST.test(tail) && Number(raw) <= 31 && den.value <= 12 && !den.hasDecimals) return exclude('date', fracEnd);
    mention.of = den.thousandsReading ?? den.value;
    mention.value = parsed.thousandsReading ?? parsed.value;
    mention.end = fracEnd;
  } else if (/^(?:19|20)\d\d$/.test(raw) && !/^\s*(?:%|hồ sơ|thủ tục|TTHC|phiếu|điểm|nhiệm vụ|dịch vụ)/iu.test(after)) {
    return exclude('year');
  } else if (/^\d{1,2}$/.test(raw) && /^[-]\d{1,2}(?!\d)/.test(after) && DATE_WORDS.test(tail)) {
    return exclude('date', e + 3);
  }

  const pct = /^\s?(?:%|phần trăm)/iu.exec(text.slice(mention.end, mention.end + 12));
  if (pct) {
    mention.percent = true;
    mention.end += pct[0].length;
  } else if (mention.of === null) {
    const scale = /^\s(nghìn|ngàn|triệu|tỷ|tỉ)(?!\s*(?:lệ|đồng|USD|VNĐ|VND))(?![\p{L}])/iu.exec(text.slice(e, e + 10));
    if (scale) {
      mention.value = Math.round(parsed.value * SCALE_WORDS[scale[1]!.toLowerCase()]!);
      mention.thousandsReading = null;
      mention.hasDecimals = false;
      mention.end = e + scale[0].length;
    }
  }

  // a range of values is no figure (spec): "từ 80 điểm - dưới 90 điểm", "khoảng 0,8 - 2%", "75,03% - 90,61%"
  // ("đứng thứ 2-3 … là Đồng Tháp và Cà Mau" shares out two ranks)
  // (the tests run on short tails, this runs for every number)
  const rankWord = /(?:thứ|hạng|vị trí)\s*(?:\d+\s*[-–]\s*)?$/u.test(tail);
  const next = text.slice(mention.end, Math.min(limit, mention.end + 24));
  if (!rankWord && RANGE_START.test(next) && !CHANGE_FROM.test(beforeLower)) return exclude('range');
  const shortBefore = before.slice(-18);
  if (!rankWord && RANGE_END.test(shortBefore) && !CHANGE_FROM.test(beforeLower.replace(RANGE_END_LC, ''))) return exclude('range');
  // "đạt 90,09 điểm trên thang điểm 100", "Tổng điểm đánh giá là 100 điểm": a scale, not a result
  if (SCALE_BEFORE.test(tail) || (beforeLower.includes('tổng') && /tổng (?:số )?điểm (?:đánh giá|tối đa)(?: là)?\s*$/u.test(beforeLower))
    || (after.includes('điểm') && /^\s*điểm\s+(?:là\s+)?(?:dành cho|đánh giá thông qua|đánh giá qua)/u.test(after))) return exclude('scale');
  qualify(mention, before);
  return mention;
}

// a value range: the first value, then a dash (or "đến" after "từ") and another value, either side with its unit
const RANGE_START = /^\s*(?:điểm|%)?\s*(?:[-–]|đến|tới)\s*(?:dưới|trên|hơn)?\s*\d/u;
const RANGE_END = /\d\s*(?:%|điểm)?\s*(?:[-–]|đến|tới)\s*(?:dưới|trên|hơn)?\s*$/u;
const RANGE_END_LC = /[\d.,]+\s*(?:%|điểm)?\s*(?:[-–]|đến|tới)\s*(?:dưới|trên|hơn)?\s*$/u;
// "giảm từ 10,85% xuống còn 1,31%", "tăng từ 85% đến 88%": a change's two ends are levels, not a range
const CHANGE_FROM = /(?:tăng|giảm|cải thiện|nâng|hạ|vươn)\s+(?:[\p{L}]+\s+){0,2}từ\s*$|(?:tăng|giảm|nâng|hạ)\s+(?:[\p{L}]+\s+){0,2}từ\s*[\d.,]+\s*(?:%|điểm)?\s*(?:đến|tới|[-–])\s*$/u;
const SCALE_BEFORE = /(?:thang điểm|thang|điểm tối đa(?: là)?)\s*$/u;
