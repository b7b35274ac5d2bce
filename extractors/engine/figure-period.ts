// When a figure is: the period named before it in its sentence, a comparison it is governed by, one named
// after it in its clause, or the period carried from earlier sentences. Index results: the year assessed.
import type { Period } from '../../src/model/fact.ts';
import { MAX_SENTENCE_CHARS, type Sentence, type Span } from '../text/segment.ts';
import type { PeriodContext, PeriodMention } from '../periods/rules.ts';

// "so với năm 2019 (đạt 81,15%)", "so với cùng kỳ năm 2019 (17.802 hồ sơ)": the figure belongs to the compared period
// A comma ends the comparison ("tăng 5 bậc so với năm 2022, đứng thứ 2 ..." is this year's rank); a bracket opened
// right after it holds the earlier period's figures, all of them ("(xếp thứ 21/63, đạt 83,05%)").
const GOVERNED = /^\s*(?:\([^)]*|:\s*(?:là|đạt|với|có)?|(?:là|đạt|chỉ đạt|mới đạt|chỉ có|có)\s*)$/u;

/** The first end of a change said from→to, dated by the text: the year written in that end ("từ thứ hạng 11 trên 19 đơn vị
 *  năm 2016 tụt xuống …"), or the year the sentence opens on comparing ("So với năm 2016, … (từ 80,59% xuống 72,61%)").
 *  Null when the text does not say: the end is then of the period before the one reported. */
export function fromEndPeriod(periods: PeriodMention[], figStart: number, sentence: Sentence, lc: string, ctx: PeriodContext): Period | null {
  const own = periods.find((p) => p.fromEndAt !== undefined && p.fromEndAt < figStart && p.start > figStart);
  if (own) return own.resolve(ctx);
  const opening = periods[0];
  if (opening?.comparison && opening.end <= figStart && /^\s*(?:so với\s*)?$/u.test(lc.slice(sentence.start, opening.start))) return opening.resolve(ctx);
  return null;
}

export function periodOfFigure(periods: PeriodMention[], figStart: number, figEnd: number, sentence: Sentence, lc: string,
  carried: Period | null, ctx: PeriodContext, text: string = lc, change = false, toEnd = false): Period | null {
  // the first end of a change from→to names its own year: "từ thứ hạng 11 trên 19 đơn vị được xếp hạng năm 2016 tụt xuống …"
  const fromEnd = periods.find((p) => p.fromEndAt !== undefined && p.fromEndAt < figStart && p.start >= figEnd);
  if (fromEnd) return fromEnd.resolve(ctx);
  // the figure's own noun phrase names its period: "27/27 nhiệm vụ CCHC năm 2022"
  const own = periods.find((p) => p.start >= figEnd && p.start - figEnd <= 30 && !p.comparison && /^\s*[\p{L}\s]*?\p{L}\s+$/u.test(lc.slice(figEnd, p.start)) && !/(?:^|\s)(?:và|so với|đến|tới|hoặc|nhưng|là|thì)\s/u.test(lc.slice(figEnd, p.start)));
  const ownPeriod = own?.resolve(ctx);
  if (ownPeriod) return ownPeriod;
  const before = periods.filter((p) => p.end <= figStart);
  const last = before[before.length - 1];
  // a figure in brackets with its own period: "(Năm 2022 đạt 76,43%, xếp thứ 55/63)"
  const bracketOpen = lastIndexWithin(lc, '(', sentence.start, figStart);
  if (bracketOpen > sentence.start && lastIndexWithin(lc, ')', sentence.start, figStart) < bracketOpen && last && last.start > bracketOpen && last.year !== null
    && (!last.comparison || !lc.slice(bracketOpen + 1, last.start).trim())) {
    const own = last.resolve(ctx);
    if (own) return own;
  }
  // a bracket after a comparison that names other places holds their figures of this period ("so với năm 2016
  // (Lâm Đồng: 48 điểm, Gia Lai: 50 điểm)"), not the earlier period's
  if (last?.comparison && /^\s*\((?:[^()]*?[,;]\s*)?\s*\p{Lu}[\p{L}\s]{1,30}:\s*$/u.test(text.slice(last.end, figStart))) return carried;
  if (last?.comparison && GOVERNED.test(lc.slice(last.end, figStart))) return sameSpanIn(last, carried, ctx, lc);
  // "Cùng kỳ năm 2024, tỉnh Hà Giang tiếp nhận 98.450 hồ sơ": a sentence that opens on the compared period is about it
  // (a change said against it is the change into the period reported: "So với năm 2020, chỉ số này tăng 5 bậc")
  const opening = before[0];
  // (... but the second end of a change from→to is of the period reported: "So với năm 2016, … (từ 80,59% xuống 72,61%)")
  if (!change && !toEnd && opening?.comparison && /^\s*(?:so với\s*)?(?:cùng kỳ\s*)?(?:của\s*)?$/u.test(lc.slice(sentence.start, opening.start)) && !before.some((p) => !p.comparison)) {
    return sameSpanIn(opening, carried, ctx, lc);
  }
  for (const p of [...before].reverse()) {
    if (p.comparison || inClosedBracket(lc, p, figStart, sentence.start)) continue;
    const resolved = p.resolve(ctx);
    if (resolved) return resolved;
  }
  const clause: Span = sentence.clauses.find((c) => c.start <= figStart && figEnd <= c.end) ?? sentence;
  for (const p of periods) {
    if (p.start < figEnd || p.end > clause.end || p.comparison) continue;
    // ("giảm 5 bậc (năm 2023 đứng thứ 48/63)": the bracket after a change dates the earlier level, not the change)
    if (change && lc.slice(figEnd, p.start).includes('(')) continue;
    const resolved = p.resolve(ctx);
    if (resolved) return resolved;
  }
  return carried;
}

/** "(năm 2020 là 88,61%), xếp thứ 14/63": a period in a bracket closed before the figure dates only the bracket. */
function inClosedBracket(lc: string, p: PeriodMention, figStart: number, floor: number): boolean {
  const open = lastIndexWithin(lc, '(', floor, p.start);
  if (open < 0 || lastIndexWithin(lc, ')', floor, p.start) > open) return false;
  const close = lc.slice(0, figStart).indexOf(')', p.end);
  // ("Trong tuần (từ ngày 11.5.2018 đến 17.5.2018), trung tâm …": a bracket holding only the period dates what follows)
  return close >= 0 && close < figStart && /\d/u.test(lc.slice(open + 1, p.start) + lc.slice(p.end, close));
}

/** The last `ch` in text[from, to], else -1: searched within the sentence, never back to the document's start. */
function lastIndexWithin(text: string, ch: string, from: number, to: number): number {
  from = Math.max(0, from);
  const i = text.slice(from, to + 1).lastIndexOf(ch);
  return i < 0 ? -1 : from + i;
}

/** "cùng kỳ năm 2021" compared with "9 tháng năm 2022" is January to September 2021, not the whole year. */
function sameSpanIn(mention: PeriodMention, carried: Period | null, ctx: PeriodContext, lc: string): Period | null {
  const resolved = mention.resolve(ctx);
  const sameTime = /cùng kỳ/u.test(lc.slice(Math.max(0, mention.start - 12), mention.start));
  if (!resolved || !sameTime || !carried?.start || !carried.end || mention.year === null) return resolved;
  const shift = (iso: string) => `${mention.year}${iso.slice(4)}`.replace(/-02-29$/, '-02-28');
  return { start: shift(carried.start), end: shift(carried.end), label: resolved.label };
}

/** The year of a period that is one whole calendar year, else null. */
export function calendarYear(p: Period | null): number | null {
  if (!p?.start || !p.end || !p.start.endsWith('-01-01') || !p.end.endsWith('-12-31')) return null;
  const y = +p.start.slice(0, 4);
  return +p.end.slice(0, 4) === y ? y : null;
}

export const yearPeriod = (y: number): Period => ({ start: `${y}-01-01`, end: `${y}-12-31`, label: `năm ${y}` });

/** The year named last before the figure, not one it is compared with ("tăng 5 bậc so năm 2022") nor one inside a bracket
 *  closed before it ("(năm 2020 đứng 19/63)"). */
function yearNamedBefore(periods: PeriodMention[], figStart: number, lc: string): number | null {
  return [...periods].reverse().find((p) => p.year !== null && p.start < figStart && !p.comparison && !inClosedBracket(lc, p, figStart, figStart - MAX_SENTENCE_CHARS))?.year ?? null;
}

/** Index results are facts of the year assessed: announced in Y+1 for year Y when the text does not say. */
export function assessedYear(period: Period | null, published: string | null, periods: PeriodMention[], figStart: number, indexYear: number | null, lc: string): Period | null {
  if (calendarYear(period) !== null) return period;
  // else the year the article gave the index ("công bố Chỉ số SIPAS năm 2024" a paragraph before), else the year before publication
  // ("Tuyên Quang đạt 86,57%, xếp thứ 34/63, tăng 1 bậc so với năm 2020": the year after the one compared with)
  const compared = periods.find((p) => p.comparison && p.year !== null)?.year;
  const y = yearNamedBefore(periods, figStart, lc) ?? indexYear ?? (compared ? compared + 1 : null) ?? (published ? +published.slice(0, 4) - 1 : null);
  return y === null ? period : yearPeriod(y);
}

/** The service index (Quyết định 766) is a running score, published month by month: a figure the text does not date
 *  is the score to the day of publication; a named year or month keeps its period. */
export function serviceIndexPeriod(period: Period | null, published: string | null, periods: PeriodMention[], figStart: number, lc: string): Period | null {
  if (period) return period;
  const y = yearNamedBefore(periods, figStart, lc);
  if (y !== null) return yearPeriod(y);
  return published ? { start: null, end: published, vague: true } : null;
}
