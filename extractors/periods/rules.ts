// Period mentions (năm 2023, quý I/2020, 6 tháng đầu năm, từ ... đến ..., đến nay, giai đoạn 2016-2020)
// and their resolution to inclusive ISO date ranges.
import type { Period } from '../../src/model/fact.ts';

export interface PeriodMention {
  start: number;
  end: number;
  /** Resolves the mention; `year` fills a period written without one, `published` anchors "đến nay". */
  resolve(ctx: PeriodContext): Period | null;
  /** Sets the time frame for what follows (adverbial: "Trong quý I/2020, ..."), as opposed to qualifying a noun ("Kế hoạch năm 2020"). */
  framing: boolean;
  /** Stated in comparison (so với năm 2019, cùng kỳ): a figure it governs belongs to it, the frame does not change. */
  comparison: boolean;
  /** The year the mention names, if any. */
  year: number | null;
  /** Where the "từ" stands when the mention dates the first end of a change said from→to ("từ 79,69% năm 2016 giảm
   *  xuống còn 72,40%"): it dates that end only, like a comparison. */
  fromEndAt?: number;
}

export interface PeriodContext {
  year: number | null;
  published: string | null; // YYYY-MM-DD
  /** The periods "trong quý", "trong tháng", "trong kỳ" refer back to: the last quarter, month and report period named. */
  recent?: { quarter: Period | null; month: Period | null; report: Period | null };
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const WORD_NUM: Record<string, number> = {
  một: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10, 'mười một': 11, 'mười hai': 12,
};
const NUMW = '(\\d{1,2}|mười một|mười hai|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)';
const YEAR = '((?:19|20)\\d\\d)';
// ("quý II.2018", "tháng 5.2024": some papers write the year after a dot, with no space)
const SEP_YEAR = `(?:\\s*\\/\\s*|\\s*-\\s*|\\.|\\s+(?:năm\\s+)?)${YEAR}(?!\\d)`;
// ("15- 11-2021": a space slips in after a hyphen)
const DATE = '(\\d{1,2})(?:[\\/.\\-]|-\\s)(\\d{1,2})(?:[\\/.\\-]((?:19|20)?\\d\\d))?';

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : WORD_NUM[s.toLowerCase()] ?? NaN);
const fullYear = (s: string | undefined) => (s === undefined ? null : s.length === 2 ? 2000 + Number(s) : Number(s));
function validDate(y: number | null, m: number, d: number): boolean {
  return y !== null && m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m);
}

type Build = (m: RegExpExecArray) => { resolve: PeriodMention['resolve']; year: number | null } | null;

function months(y: number, from: number, to: number, label: string): Period {
  return { start: iso(y, from, 1), end: iso(y, to, lastDay(y, to)), label };
}
const withYear = (explicit: number | null, f: (y: number) => Period | null) => ({
  year: explicit,
  resolve: (ctx: PeriodContext) => {
    const y = explicit ?? ctx.year;
    if (y === null) return null;
    const p = f(y);
    // "quý IV" in a January article is last year's quarter: a report looks back
    if (explicit === null && p?.start && ctx.published && p.start > ctx.published) return f(y - 1);
    return p;
  },
});

// Order matters: longer, more specific patterns first; a span taken is not matched again.
const RULES: Array<[RegExp, Build]> = [
  // từ ngày 1/12/2019 đến 29/2/2020; từ 2.1.2018 đến 17.5.2018; từ 15/12/2023 đến ngày 14/6/2024
  [new RegExp(`từ\\s+(?:ngày\\s+)?${DATE}\\s*(?:đến|tới|-|–)\\s*(?:hết\\s+)?(?:ngày\\s+)?${DATE}`, 'iu'), (m) => {
    const y2 = fullYear(m[6]);
    const y1 = fullYear(m[3]) ?? (y2 !== null && Number(m[2]) > Number(m[5]) ? y2 - 1 : y2);
    return withYear(y2, (y) => {
      const e = y2 ?? y;
      const s = y1 ?? y;
      if (!validDate(s, +m[2]!, +m[1]!) || !validDate(e, +m[5]!, +m[4]!)) return null;
      return { start: iso(s, +m[2]!, +m[1]!), end: iso(e, +m[5]!, +m[4]!), label: m[0] };
    });
  }],
  // từ ngày 1 đến ngày 15/7; từ 1 - 20/8/2021: the start written as a day of the end's month
  [new RegExp(`từ\\s+(?:ngày\\s+)?(\\d{1,2})(?![\\/.\\-]\\d)\\s*(?:đến|tới|-|–)\\s*(?:hết\\s+)?(?:ngày\\s+)?${DATE}(?!\\d)`, 'iu'), (m) => {
    const y = fullYear(m[4]);
    return withYear(y, (yy) => {
      if (!validDate(yy, +m[3]!, +m[1]!) || !validDate(yy, +m[3]!, +m[2]!) || +m[1]! > +m[2]!) return null;
      return { start: iso(yy, +m[3]!, +m[1]!), end: iso(yy, +m[3]!, +m[2]!), label: m[0] };
    });
  }],
  // từ ngày 1-7-2025 đến hết tháng 12-2025: a date to the end of a month
  [new RegExp(`từ\\s+(?:ngày\\s+)?${DATE}\\s*(?:đến|tới|-|–)\\s*(?:hết\\s+|cuối\\s+)?tháng\\s+(1[0-2]|0?[1-9])(?:${SEP_YEAR})?`, 'iu'), (m) => {
    const y2 = m[5] ? +m[5] : null;
    const y1 = fullYear(m[3]) ?? y2;
    return withYear(y2 ?? y1, (y) => {
      const s0 = y1 ?? y;
      const e0 = y2 ?? y;
      if (!validDate(s0, +m[2]!, +m[1]!)) return null;
      return { start: iso(s0, +m[2]!, +m[1]!), end: iso(e0, +m[4]!, lastDay(e0, +m[4]!)), label: m[0] };
    });
  }],
  // từ tháng 1-2019 đến tháng 11-2019; từ tháng 7 đến hết tháng 12 năm 2025: a run of whole months
  [new RegExp(`từ\\s+tháng\\s+(1[0-2]|0?[1-9])(?![\\d\\p{L}])(?:${SEP_YEAR})?\\s*(?:đến|tới|-|–)\\s*(?:hết\\s+|cuối\\s+)?tháng\\s+(1[0-2]|0?[1-9])(?![\\d\\p{L}])(?:${SEP_YEAR})?`, 'iu'), (m) => {
    const y2 = m[4] ? +m[4] : null;
    const y1 = m[2] ? +m[2] : y2 !== null && +m[1]! > +m[3]! ? y2 - 1 : y2;
    return withYear(y2 ?? y1, (y) => {
      const s0 = y1 ?? y;
      const e0 = y2 ?? y;
      if (s0 > e0 || (s0 === e0 && +m[1]! > +m[3]!)) return null;
      return { start: iso(s0, +m[1]!, 1), end: iso(e0, +m[3]!, lastDay(e0, +m[3]!)), label: m[0] };
    });
  }],
  // từ ngày 1/7/2025 đến nay
  [new RegExp(`từ\\s+(?:ngày\\s+)?${DATE}\\s*(?:đến|tới)\\s*(?:nay|hiện nay|thời điểm (?:này|hiện tại|báo cáo))`, 'iu'), (m) => {
    const y = fullYear(m[3]);
    return { year: y, resolve: (ctx) => {
      const yy = y ?? ctx.year;
      return validDate(yy, +m[2]!, +m[1]!) ? { start: iso(yy!, +m[2]!, +m[1]!), end: ctx.published, label: m[0] } : null;
    } };
  }],
  // "Lũy kế từ ngày 01/7/2025 (...) đến hết tuần 38": a running total from a date to the time of writing
  [new RegExp(`(?:lũy kế\\s+|tính\\s+|kể\\s+)?từ\\s+ngày\\s+${DATE}(?!\\s*(?:đến|tới|-|–)\\s*(?:hết\\s+)?(?:ngày\\s+)?\\d)`, 'iu'), (m) => {
    const y = fullYear(m[3]);
    return { year: y, resolve: (ctx) => {
      const yy = y ?? ctx.year;
      return validDate(yy, +m[2]!, +m[1]!) && ctx.published ? { start: iso(yy!, +m[2]!, +m[1]!), end: ctx.published, label: m[0] } : null;
    } };
  }],
  // "kể từ khi vận hành chính quyền địa phương 2 cấp (1/7/2025)": a start given in brackets after the event
  [new RegExp(`(?:kể\\s+)?từ khi[^()\\n]{0,80}\\(\\s*(?:ngày\\s+)?${DATE}\\s*\\)`, 'iu'), (m) => {
    const y = fullYear(m[3]);
    return { year: y, resolve: (ctx) => {
      const yy = y ?? ctx.year;
      return validDate(yy, +m[2]!, +m[1]!) && ctx.published ? { start: iso(yy!, +m[2]!, +m[1]!), end: ctx.published, label: m[0] } : null;
    } };
  }],
  // trong quý / trong tháng / trong kỳ: the period of that kind named before (the headline's, usually)
  [/(?:trong|của|ngay trong)\s+(quý|tháng|kỳ(?: báo cáo)?)(?!\s*(?:\d|IV|III|II|I\b|V|trước|này năm|tới|sau))/iu, (m) => {
    const kind = m[1]!.toLowerCase().startsWith('quý') ? 'quarter' : m[1]!.toLowerCase() === 'tháng' ? 'month' : 'report';
    return { year: null, resolve: (ctx) => ctx.recent?.[kind] ?? ctx.recent?.report ?? null };
  }],
  // từ năm 2012 đến nay: a running span to the time of writing (a retrospective, it frames no year)
  [new RegExp(`(?:từ|kể từ)\\s+năm\\s+${YEAR}\\s*(?:đến|tới)\\s*(?:nay|hiện nay|hiện tại)`, 'iu'), (m) =>
    ({ year: null, resolve: (ctx) => ({ start: `${m[1]}-01-01`, end: ctx.published, label: m[0], vague: true }) })],
  // giai đoạn 2016 - 2020; từ năm 2016 đến năm 2020; 2016-2020 after giai đoạn/thời kỳ/nhiệm kỳ
  [new RegExp(`(?:giai đoạn|thời kỳ|nhiệm kỳ|từ năm|trong các năm|các năm)\\s+${YEAR}\\s*(?:-|–|đến|tới|và)\\s*(?:năm\\s+)?${YEAR}`, 'iu'), (m) =>
    ({ year: +m[2]!, resolve: () => ({ start: `${m[1]}-01-01`, end: `${m[2]}-12-31`, label: m[0] }) })],
  // từ đầu năm (2024) đến nay; lũy kế từ đầu năm
  [new RegExp(`(?:từ|kể từ)\\s+đầu năm(?:\\s+${YEAR})?(?:\\s*(?:đến|tới)\\s*(?:nay|thời điểm (?:này|hiện tại|báo cáo)|hiện tại|(?:hết\\s+)?(?:ngày\\s+)?(\\d{1,2})[\\/.\\-](\\d{1,2})(?:[\\/.\\-]((?:19|20)\\d\\d))?))?`, 'iu'), (m) => {
    const y = m[1] ? +m[1] : m[4] ? +m[4] : null;
    return { year: y, resolve: (ctx) => {
      const yy = y ?? (ctx.published ? +ctx.published.slice(0, 4) : ctx.year);
      if (yy === null) return null;
      if (m[2] && validDate(yy, +m[3]!, +m[2]!)) return { start: `${yy}-01-01`, end: iso(yy, +m[3]!, +m[2]!), label: m[0] };
      const end = ctx.published && +ctx.published.slice(0, 4) === yy ? ctx.published : `${yy}-12-31`;
      return { start: `${yy}-01-01`, end, label: m[0] };
    } };
  }],
  // (tính) đến cuối tháng 5 năm 2017; đến hết tháng 6/2024: a running total to a month's end
  [new RegExp(`(?:tính\\s+)?(?:đến|tới)\\s+(?:hết|cuối)\\s+tháng\\s+(1[0-2]|0?[1-9])(?![\\d\\p{L}])(?:${SEP_YEAR})?`, 'iu'), (m) => {
    const y = m[2] ? +m[2] : null;
    return withYear(y, (yy) => ({ start: null, end: iso(yy, +m[1]!, lastDay(yy, +m[1]!)), label: m[0] }));
  }],
  // (tính) đến ngày 15/6/2024
  [new RegExp(`(?:tính\\s+)?(?:đến|tới|đến hết)\\s+(?:ngày\\s+)?${DATE}`, 'iu'), (m) => {
    const y = fullYear(m[3]);
    return withYear(y, (yy) => (validDate(yy, +m[2]!, +m[1]!) ? { start: null, end: iso(yy, +m[2]!, +m[1]!), label: m[0] } : null));
  }],
  // đến nay; tính đến thời điểm hiện tại; hiện nay
  [/(?:tính\s+)?(?:đến|tới)\s+(?:nay|thời điểm (?:này|hiện tại|báo cáo))|hiện nay/iu, (m) =>
    ({ year: null, resolve: (ctx) => (ctx.published ? { start: null, end: ctx.published, label: m[0], vague: true } : null) })],
  // quý I/2020; quí I năm 2020; quý 1/2020; quý IV
  [new RegExp(`qu[ýí]\\s+(IV|III|II|I|[1-4])(?![\\p{L}\\d])(?:${SEP_YEAR})?`, 'iu'), (m) => {
    const q = ROMAN[m[1]!.toLowerCase()]!;
    return withYear(m[2] ? +m[2] : null, (y) => months(y, q * 3 - 2, q * 3, m[0]));
  }],
  // 6 tháng đầu năm 2024; sáu tháng cuối năm; 9 tháng năm 2024; 10 tháng đầu năm
  [new RegExp(`${NUMW}\\s+tháng\\s+(đầu|cuối)?\\s*(?:năm)?(?:${SEP_YEAR}|(?=[^\\d]|$))`, 'iu'), (m) => {
    const n = num(m[1]!);
    if (!(n >= 1 && n <= 12)) return null;
    const tail = m[0].slice(m[1]!.length).trim();
    if (!/^tháng\s+(?:đầu|cuối|năm)/iu.test(tail)) return null; // "6 tháng" alone is a duration
    const late = m[2]?.toLowerCase() === 'cuối';
    return withYear(m[3] ? +m[3] : null, (y) => (late ? months(y, 13 - n, 12, m[0]) : months(y, 1, n, m[0])));
  }],
  // nửa đầu năm / nửa cuối năm
  [new RegExp(`nửa\\s+(đầu|cuối)\\s+năm(?:\\s+${YEAR})?`, 'iu'), (m) =>
    withYear(m[2] ? +m[2] : null, (y) => (m[1]!.toLowerCase() === 'đầu' ? months(y, 1, 6, m[0]) : months(y, 7, 12, m[0])))],
  // tháng 5/2024; tháng 5 năm 2024; tháng 12
  [new RegExp(`tháng\\s+(1[0-2]|0?[1-9]|mười một|mười hai|giêng|chạp)(?![\\d\\p{L}])(?:${SEP_YEAR})?`, 'iu'), (m) => {
    const raw = m[1]!.toLowerCase();
    const mo = raw === 'giêng' ? 1 : raw === 'chạp' ? 12 : num(raw);
    return withYear(m[2] ? +m[2] : null, (y) => months(y, mo, mo, m[0]));
  }],
  // N năm qua / vừa qua / gần đây
  [new RegExp(`${NUMW}\\s+năm\\s+(?:qua|vừa qua|gần đây|trở lại đây)`, 'iu'), (m) => {
    const n = num(m[1]!);
    return { year: null, resolve: (ctx) => (ctx.published && n > 0 && n < 20
      ? { start: `${+ctx.published.slice(0, 4) - n + 1}-01-01`, end: ctx.published, label: m[0], vague: true } : null) };
  }],
  // năm 2023; năm nay
  [new RegExp(`năm\\s+${YEAR}(?![\\d\\/])`, 'iu'), (m) => ({ year: +m[1]!, resolve: () => ({ start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, label: m[0] }) })],
  // "SIPAS 2023", "PAR Index 2022", "Chỉ số CCHC 2023": a year written right after the index's name
  [new RegExp(`(?:sipas|index|cchc|cải cách hành chính)\\s${YEAR}(?![\\d/])`, 'iu'), (m) => ({ year: +m[1]!, resolve: () => ({ start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, label: m[1]! }) })],
  [/năm\s+nay/iu, (m) => ({ year: null, resolve: (ctx) => {
    const y = ctx.published ? +ctx.published.slice(0, 4) : ctx.year;
    return y === null ? null : { start: `${y}-01-01`, end: `${y}-12-31`, label: m[0] };
  } })],
];

const GLOBAL_RULES: Array<[RegExp, Build]> = RULES.map(([re, build]) => [new RegExp(re.source, 'giu'), build]);
// words one of which each rule's text must hold (in RULES order): a cheap look spares most sentences most rules
const HINTS: readonly (readonly string[])[] = [
  ['từ'], ['từ'], ['từ'], ['từ'], ['từ'], ['từ'], ['từ khi'], ['quý', 'tháng', 'kỳ'], ['từ'], ['giai đoạn', 'thời kỳ', 'nhiệm kỳ', 'năm'],
  ['đầu năm'], ['tháng'], ['đến', 'tới'], ['nay'], ['qu'], ['tháng'], ['nửa'], ['tháng'], ['năm'], ['năm'],
  ['sipas', 'index', 'cchc', 'cải cách'], ['năm nay'],
];
if (HINTS.length !== RULES.length) throw new Error(`periods: ${RULES.length} rules but ${HINTS.length} hints`);
// every hint word, longest first; a match stands for the shorter hints it holds too ("quý" holds "qu", "từ khi" "từ")
const HINT_LIST = [...new Set(HINTS.flat())].sort((a, b) => b.length - a.length);
const HINTS_WITHIN = new Map(HINT_LIST.map((h) => [h, HINT_LIST.filter((x) => h.includes(x))]));
const HINT_WORDS = new RegExp(HINT_LIST.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gu');

const FRAMING_BEFORE = /(?:^|[,;:(\-–—.]|(?<![\p{L}])(?:trong|tính|từ|riêng|qua|sau|lũy kế|cả|vào|chỉ|ước|đến|tới|và|hết|là))\s*$/iu;
const COMPARISON_BEFORE = /(?:so với|(?<![\p{L}])so|so cùng kỳ|cùng kỳ|hơn|kém|tăng|giảm)\s*(?:cùng kỳ\s*)?(?:của\s*)?$/iu;
// "Riêng quí III/2016, ...": an aside about one part of the period, not a new frame
const COMPARED_CLAUSE_BEFORE = /(?<![\p{L}])so với\s(?![^,;.()]*(?:\d|năm|kỳ|quý|tháng))[^,;.()]{0,50}(?:mà|đã|được)\s[^,;.()]{0,30}$/iu;
const comparedClauseBefore = (lowerBefore: string) => lowerBefore.includes('so với') && COMPARED_CLAUSE_BEFORE.test(lowerBefore);
export const ASIDE_BEFORE = /(?:riêng|trong đó|đặc biệt)\s*(?:trong\s*)?$/iu;

/** Period mentions in text[start, end), in order. */
export function findPeriods(text: string, start: number, end: number): PeriodMention[] {
  const slice = text.slice(start, end);
  const taken: Array<[number, number]> = [];
  const out: PeriodMention[] = [];
  const lower = slice.toLowerCase();
  // (the hint words present, found in one pass over the text rather than one search per word)
  const present = new Set<string>();
  HINT_WORDS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = HINT_WORDS.exec(lower)); ) for (const h of HINTS_WITHIN.get(m[0])!) present.add(h);
  const has = (h: string) => present.has(h);
  for (let r = 0; r < GLOBAL_RULES.length; r++) {
    if (!HINTS[r]!.some(has)) continue;
    const [g, build] = GLOBAL_RULES[r]!;
    g.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = g.exec(slice))) {
      const s = m.index;
      const e = s + m[0].length;
      if (m[0].length === 0) { g.lastIndex++; continue; }
      if (s > 0 && /[\p{L}\d]/u.test(slice[s - 1]!)) continue;
      if (taken.some(([a, b]) => s < b && e > a)) continue;
      const built = build(m);
      if (!built) continue;
      taken.push([s, e]);
      const before = slice.slice(Math.max(0, s - 25), s);
      out.push({
        start: start + s,
        end: start + e,
        resolve: built.resolve,
        year: built.year,
        // ("rớt hạng so với loại tốt mà ngành này đã đạt được năm 2017": the year of what it is compared with)
        comparison: COMPARISON_BEFORE.test(before) || comparedClauseBefore(lower.slice(Math.max(0, s - 60), s)),
        // an explicit range frames what follows wherever it stands ("kỳ báo cáo từ ngày ... đến ngày ...")
        framing: FRAMING_BEFORE.test(before) || s === 0 || /^(?:từ|kể từ)\s/iu.test(m[0]),
      });
    }
  }
  out.sort((a, b) => a.start - b.start);
  mergeUntilSince(out, text);
  mergeDefinedByRange(out, text);
  // "so với năm 2017 (năm 2017 đạt 78,16%)": a period inside the bracket that follows a comparison belongs to it
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1]!;
    if (prev.comparison && /^\s*\([^)]*$/u.test(text.slice(prev.end, out[i]!.start))) out[i] = { ...out[i]!, comparison: true };
  }
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!;
    if (m.year === null || m.framing && /^(?:từ|kể từ)\s/iu.test(lower.slice(m.start - start))) continue;
    const from = FROM_END_BEFORE.exec(lower.slice(Math.max(0, m.start - start - 90), m.start - start));
    if (from && FROM_END_AFTER.test(lower.slice(m.end - start, m.end - start + 30))) out[i] = { ...m, comparison: true, fromEndAt: m.start - from[0].length + from[0].indexOf('từ') };
  }
  return out;
}

// "từ 79,69% năm 2016 giảm xuống còn", "từ thứ hạng 11 trên 19 đơn vị được xếp hạng năm 2016 tụt xuống hạng 18"
const FROM_END_BEFORE = /(?<![\p{L}])từ\s+(?:mức\s+|vị trí\s+|thứ hạng\s+|hạng\s+)?(?:thứ\s+)?\d[\d.,]*(?:\s*(?:\/|trên)\s*\d+)?\s*(?:%|điểm)?[^\d.;()]{0,45}$/u;
const FROM_END_AFTER = /^\s*,?\s*(?:đã\s+)?(?:bị\s+)?(?:tụt|giảm|tăng|vươn|nâng|hạ|sụt giảm|lùi)?\s*(?:lên|xuống)(?![\p{L}])/u;

/** "tháng 7 năm 2021 (tính từ ngày 21/6 - 20/7)": a named period with the range that defines it is one mention, the
 *  range, in the named period's year. */
function mergeDefinedByRange(out: PeriodMention[], text: string): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const [named, range] = [out[i]!, out[i + 1]!];
    if (!/^\s*\(\s*(?:tính\s*)?$/u.test(text.slice(named.end, range.start))) continue;
    if (!/^(?:tính\s+|kể\s+)?từ\s/iu.test(text.slice(range.start, range.end))) continue;
    out.splice(i, 2, { ...named, end: range.end, year: range.year ?? named.year,
      resolve: (ctx) => range.resolve({ ...ctx, year: named.year ?? ctx.year }) ?? named.resolve(ctx) });
  }
}

/** "Tính đến ngày 15/12/2025, kể từ khi ... (1/7/2025)": an end and a start said apart make one range. */
function mergeUntilSince(out: PeriodMention[], text: string): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i]!, out[i + 1]!];
    if (b.start - a.end > 12) continue;
    const pair = [a, b].map((p) => text.slice(p.start, p.end).toLowerCase());
    const until = pair.findIndex((l) => /^(?:tính\s+)?(?:đến|tới)/u.test(l));
    const since = pair.findIndex((l) => /^(?:lũy kế\s+|tính\s+|kể\s+)?từ\s/u.test(l));
    if (until < 0 || since < 0 || until === since) continue;
    const [u, s] = [[a, b][until]!, [a, b][since]!];
    out.splice(i, 2, { ...a, end: b.end, year: u.year ?? s.year, resolve: (ctx) => {
      const end = u.resolve(ctx)?.end;
      const start = s.resolve(ctx)?.start;
      return end && start ? { start, end, label: text.slice(a.start, b.end) } : u.resolve(ctx) ?? s.resolve(ctx);
    } });
  }
}

/** A publication date from the document's own field, else from a dateline: a short line of its own near the top
 *  ("06:03, 18/03/2020", "Ngày đăng: 18/03/2023 22:32", "Thứ Hai, 24/06/2024"). A date inside a sentence ("từ ngày
 *  2.1.2018 đến …") or a banner's range ("(03/02/1930 - 03/02/2020)") is no dateline. */
export function publicationDate(published: string | null | undefined, text: string): string | null {
  if (published) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
    if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  }
  const lines = text.slice(0, 800).split('\n').map((l) => l.trim()).filter((l) => l.length > 0 && l.length <= 80);
  const labelled = lines.filter((l) => DATELINE_LABEL.test(l));
  for (const line of [...labelled, ...lines]) {
    if (DATE_RANGE.test(line)) continue;
    const d = DATELINE_DATE.exec(line);
    if (!d) continue;
    // the date must be most of the line, or follow a label: a short sentence with a date in it is no dateline
    if (!DATELINE_LABEL.test(line) && line.replace(DATELINE_DATE, '').replace(/[\s\d:|,\-–()]|gmt\+?7|sáng|chiều|thứ\s+\S+|chủ nhật|ngày|[ap]m/giu, '').length > 12) continue;
    if (validDate(+d[3]!, +d[2]!, +d[1]!)) return iso(+d[3]!, +d[2]!, +d[1]!);
  }
  return null;
}

const DATELINE_DATE = /(?<![\d/])(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)(?!\d)/;
const DATE_RANGE = /\d{4}\s*[-–]\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/;
const DATELINE_LABEL = /^(?:ngày đăng|đăng ngày|cập nhật|ngày cập nhật|xuất bản|ngày xuất bản|thời gian đăng|posted|published)\s*:?/iu;
