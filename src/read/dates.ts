// Publication dates: ISO values from meta tags / JSON-LD and the Vietnamese date lines printed near headlines.
// Output is always Vietnam local time: `YYYY-MM-DDTHH:mm:ss+07:00`, or `YYYY-MM-DD` when no time is known.

export type DateKind = 'published' | 'updated' | 'unlabelled';

export interface FoundDate {
  iso: string;
  kind: DateKind;
}

const VN_OFFSET_MS = 7 * 3600_000;
const MIN_YEAR = 1990; // "1/1/0001" (.NET DateTime.MinValue) and other placeholders are "missing"
const MAX_YEAR = 2100;

const pad = (n: number): string => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): boolean {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function formatLocal(y: number, m: number, d: number, time?: { h: number; min: number; s: number }): string {
  const date = `${y}-${pad(m)}-${pad(d)}`;
  return time ? `${date}T${pad(time.h)}:${pad(time.min)}:${pad(time.s)}+07:00` : date;
}

const ISO_RE =
  /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s](\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/i;

/** An ISO-8601-ish value from a meta tag or JSON-LD, converted to Vietnam time. Falls back to day-first parsing. */
export function normaliseMachineDate(value: string): string | null {
  const m = ISO_RE.exec(value);
  if (!m) return findDates(value)[0]?.iso ?? null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!validDate(y, mo, d)) return null;
  if (m[4] === undefined) return formatLocal(y, mo, d);
  const time = { h: Number(m[4]), min: Number(m[5]), s: Number(m[6] ?? 0) };
  if (time.h > 23 || time.min > 59 || time.s > 59) return null;
  const zone = m[7];
  if (!zone) return formatLocal(y, mo, d, time); // no offset: the sites publish local time
  let offsetMin = 0;
  if (zone.toUpperCase() !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offsetMin = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
  }
  const utc = Date.UTC(y, mo - 1, d, time.h, time.min, time.s) - offsetMin * 60_000;
  const local = new Date(utc + VN_OFFSET_MS);
  return formatLocal(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate(), {
    h: local.getUTCHours(),
    min: local.getUTCMinutes(),
    s: local.getUTCSeconds(),
  });
}

const MONTH_WORDS: Record<string, number> = {
  'mười một': 11, 'mười hai': 12, 'mười': 10, 'một': 1, 'giêng': 1, 'hai': 2, 'ba': 3, 'tư': 4, 'bốn': 4,
  'năm': 5, 'sáu': 6, 'bảy': 7, 'tám': 8, 'chín': 9, 'chạp': 12,
};
const MONTH_ALT = Object.keys(MONTH_WORDS).join('|'); // longest first: "mười một" before "mười" before "một"

// dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy: always day first.
const NUMERIC_DATE = /(?<!\d)(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4})(?!\d)/gu;
// "25 Tháng 1 2022", "ngày 25 tháng 01 năm 2022", "12 Tháng Mười Hai, 2019".
const WORD_DATE = new RegExp(
  `(?<!\\d)(\\d{1,2})\\s+tháng\\s+(\\d{1,2}|${MONTH_ALT})(?![\\p{L}])\\s*,?\\s*(?:năm\\s+)?(\\d{4})(?!\\d)`,
  'giu',
);
const TIME = /(?<![\d:])([01]?\d|2[0-3])\s?[:hH]\s?([0-5]\d)(?:\s?:\s?([0-5]\d))?(?![\d:])\s*(AM|PM|SA|CH)?/u;
const TIME_AT_START = new RegExp(`^[\\s,|\\-–—]*(?:lúc\\s*)?${TIME.source}`, 'iu');
const TIME_AT_END = new RegExp(`${TIME.source}[^\\d]{0,24}$`, 'iu');

const UPDATED_LABEL = /(cập nhật|updated?|sửa đổi|chỉnh sửa|modified|last edit)/iu;
const PUBLISHED_LABEL = /(đăng|xuất bản|post|publish|phát hành|ngày tạo|created|ngày viết)/iu;

interface RawMatch {
  start: number;
  end: number;
  y: number;
  m: number;
  d: number;
}

function monthOf(token: string): number {
  return /^\d+$/.test(token) ? Number(token) : (MONTH_WORDS[token.toLowerCase()] ?? 0);
}

function timeFrom(m: RegExpExecArray | null): { h: number; min: number; s: number } | undefined {
  if (!m) return undefined;
  let h = Number(m[1]);
  const ampm = m[4]?.toUpperCase();
  if ((ampm === 'PM' || ampm === 'CH') && h < 12) h += 12;
  if ((ampm === 'AM' || ampm === 'SA') && h === 12) h = 0;
  return { h, min: Number(m[2]), s: Number(m[3] ?? 0) };
}

/**
 * Every date in a line of page text, in order, with its time when one sits right before or after it
 * ("08:03 | 13/10/2018", "25/05/2022 11:17", "Cập nhật lúc 08:48, Thứ Năm, 12/07/2018") and whether the
 * words before it say it is a publication or an update date.
 */
export function findDates(line: string): FoundDate[] {
  const raw: RawMatch[] = [];
  for (const m of line.matchAll(NUMERIC_DATE)) {
    raw.push({ start: m.index, end: m.index + m[0].length, d: Number(m[1]), m: Number(m[2]), y: Number(m[3]) });
  }
  for (const m of line.matchAll(WORD_DATE)) {
    raw.push({ start: m.index, end: m.index + m[0].length, d: Number(m[1]), m: monthOf(m[2]!), y: Number(m[3]) });
  }
  raw.sort((a, b) => a.start - b.start);
  const out: FoundDate[] = [];
  let prevEnd = 0;
  raw.forEach((r, i) => {
    const nextStart = raw[i + 1]?.start ?? line.length;
    const before = line.slice(prevEnd, r.start);
    prevEnd = r.end;
    if (!validDate(r.y, r.m, r.d)) return;
    const after = line.slice(r.end, Math.min(nextStart, r.end + 30));
    const timeAfter = TIME_AT_START.exec(after);
    if (timeAfter) prevEnd = r.end + timeAfter[0].length; // that time is not the next date's leading time
    // A leading time may be separated from its date by words, weekdays and separators, never by digits.
    const time = timeFrom(timeAfter) ?? timeFrom(TIME_AT_END.exec(before.slice(-40)));
    const label = before.slice(-40);
    const kind: DateKind = UPDATED_LABEL.test(label)
      ? 'updated'
      : PUBLISHED_LABEL.test(label)
        ? 'published'
        : 'unlabelled';
    out.push({ iso: formatLocal(r.y, r.m, r.d, time), kind });
  });
  return out;
}

/** True when a line is nothing but a date/time stamp (with weekday, GMT, labels, view counts): not body text. */
export function isDateLine(line: string): boolean {
  if (line.length > 120 || findDates(line).length === 0) return false;
  const rest = line
    .replace(NUMERIC_DATE, ' ')
    .replace(WORD_DATE, ' ')
    .replace(new RegExp(TIME.source, 'giu'), ' ')
    .replace(/\(?\s*GMT\s*[+-]\s*\d+\s*\)?/giu, ' ')
    .replace(/\b(thứ\s+(hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật|CN|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/giu, ' ')
    .replace(
      /(ngày\s+đăng|đăng\s+ngày|ngày\s+cập\s+nhật|cập\s+nhật(\s+lúc)?|ngày\s+xuất\s+bản|xuất\s+bản|post\s+date|posted|published|updated|tin\s+đăng\s+lúc|ngày|lúc|lượt\s+xem|lượt\s+đọc|views?)/giu,
      ' ',
    );
  return !/\p{L}{2,}/u.test(rest.replace(/\d+/g, ''));
}
