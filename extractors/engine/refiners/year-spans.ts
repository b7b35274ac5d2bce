// A rank held over years the text writes out ("3 năm liên tiếp, từ 2019 đến 2021", "(2019-2023)", "kể từ năm 2019
// đến nay") is a fact of each of those years (spec: one fact a year); "N năm liên tiếp" without the years is not.
import type { Fact } from '../../../src/model/fact.ts';
import { calendarYear, yearPeriod } from '../figure-period.ts';

const SPAN = /(?:(?:kể )?từ (?:năm )?((?:19|20)\d\d) (?:đến|tới)(?: năm)? ((?:19|20)\d\d|nay)|\(\s*((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\s*\))/u;
const MAX_YEARS = 10;
const YEAR_LIST = /năm ((?:19|20)\d\d)((?:\s*(?:,|và)\s*(?:19|20)\d\d(?![\d/]))+)\s+(?:xếp|đứng|vị|dẫn|đạt)/gu;

/** The other years of a list opening on the fact's own year, right before the rank. */
function yearsListed(lower: string, stated: number): number[] | null {
  YEAR_LIST.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = YEAR_LIST.exec(lower)); ) {
    if (Number(m[1]) !== stated) continue;
    const others = [...m[2]!.matchAll(/(?:19|20)\d\d/gu)].map((y) => Number(y[0])).filter((y) => y !== stated);
    return others.length && others.length <= MAX_YEARS ? others : null;
  }
  return null;
}

export function spreadYearSpans(facts: Fact[]): Fact[] {
  const out: Fact[] = [];
  for (const f of facts) {
    const m = f.metric.endsWith('_rank') ? SPAN.exec(f.evidence.text.toLowerCase()) : null;
    const stated = calendarYear(f.period);
    // ("trong năm 2016, 2017 xếp vị thứ nhất; năm 2018 vị thứ nhì": a list of years before the rank)
    const listed = !m && stated !== null && f.metric.endsWith('_rank') ? yearsListed(f.evidence.text.toLowerCase(), stated) : null;
    if (listed) {
      out.push(f, ...listed.map((y) => ({ ...f, period: yearPeriod(y) })));
      continue;
    }
    if (!m || stated === null) {
      out.push(f);
      continue;
    }
    const first = Number(m[1] ?? m[3]);
    const last = m[2] === 'nay' ? stated : Number(m[2] ?? m[4]);
    // a year guessed from the publication date gives way to the span's last year; a year the sentence names stays
    const own = (stated < first || stated > last) && !f.evidence.text.includes(String(stated)) ? last : stated;
    // the fact's own year must lie in the span: else the span is about something else
    if (own < first || own > last || last - first > MAX_YEARS) {
      out.push(f);
      continue;
    }
    for (let y = first; y <= last; y++) out.push(y === stated ? f : { ...f, period: yearPeriod(y) });
  }
  return out;
}
