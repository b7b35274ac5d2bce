// A rank held over years the text writes out ("3 năm liên tiếp, từ 2019 đến 2021", "(2019-2023)", "kể từ năm 2019
// đến nay") is a fact of each of those years (spec: one fact a year); "N năm liên tiếp" without the years is not.
import type { Fact } from '../../../src/model/fact.ts';
import { calendarYear, yearPeriod } from '../figure-period.ts';

const SPAN = /(?:(?:kể )?từ (?:năm )?((?:19|20)\d\d) (?:đến|tới)(?: năm)? ((?:19|20)\d\d|nay)|\(\s*((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\s*\))/u;
const MAX_YEARS = 10;

export function spreadYearSpans(facts: Fact[]): Fact[] {
  const out: Fact[] = [];
  for (const f of facts) {
    const m = f.metric.endsWith('_rank') ? SPAN.exec(f.evidence.text.toLowerCase()) : null;
    const stated = calendarYear(f.period);
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
