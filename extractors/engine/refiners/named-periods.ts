// Refiner: a reporting period defined once by an explicit range stands for its calendar name everywhere in the
// article. "Trong quý I năm 2020 (tính từ 1/12/2019 đến 29/2/2020)" then "quý I đã tiếp nhận ..." is the range,
// and so is a headline "từ ngày 21/7 đến 20/8/2021" for a body's "tháng 8/2021" (reporting months and quarters
// are cut on the 15th or the 20th, not on the calendar).
import type { Fact, Period } from '../../../src/model/fact.ts';

const DAY = 86_400_000;
const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const days = (p: { start: string; end: string }) => (time(p.end) - time(p.start)) / DAY + 1;

export type Range = { start: string; end: string; label?: string };

/** The explicit ranges the article defines ("từ … đến …", both ends dated, not running to the day of writing). */
export function definedRanges(periods: Array<Period | null>, published: string | null): Range[] {
  const out: Range[] = [];
  for (const p of periods) {
    if (!p?.start || !p.end || p.end === published) continue;
    if (!/^(?:\(?\s*)?(?:tính\s+|kể\s+)?từ\s/iu.test(p.label ?? '')) continue;
    if (!out.some((r) => r.start === p.start && r.end === p.end)) out.push({ start: p.start, end: p.end, label: p.label });
  }
  return out;
}

/** The range that a calendar period stands for in this article: it ends inside the period, starts before it, and
 *  is as long as it (within a few days). */
export function rangeFor(p: Period | null, ranges: Range[]): Range | null {
  if (!p?.start || !p.end || !ranges.length) return null;
  const cal = { start: p.start, end: p.end };
  const len = days(cal);
  if (len < 28) return null;
  for (const r of ranges) {
    if (r.start === p.start && r.end === p.end) return null;
    if (!(r.end >= p.start && r.end <= p.end && r.start < p.start)) continue;
    if (Math.abs(days(r) - len) <= Math.max(4, len * 0.12) && time(p.start) - time(r.start) <= 45 * DAY) return r;
  }
  return null;
}

// Reporting periods cut on the 15th or the 20th are how dossier statistics are kept; an index, a task list or a
// survey is of the calendar year it names.
const REPORTED_BY_PERIOD = /^(?:dossiers_|resolved_rate|on_time_rate|overdue_rate|online_rate|early_rate)/u;

export function bindNamedPeriods(facts: Fact[], ranges: Range[]): Fact[] {
  if (!ranges.length) return facts;
  return facts.map((f) => {
    if (!REPORTED_BY_PERIOD.test(f.metric)) return f;
    // ("Trong thời gian từ 1/7 đến 14/9/2025, …" then "Từ ngày 1/7 đến nay, …" in an undated page: the running period is the
    // range defined with the same start)
    if (f.period?.start && f.period.end === null) {
      const same = ranges.filter((x) => x.start === f.period!.start);
      if (same.length === 1) return { ...f, period: { start: same[0]!.start, end: same[0]!.end, label: f.period.label ?? same[0]!.label } };
    }
    const r = rangeFor(f.period, ranges);
    return r ? { ...f, period: { start: r.start, end: r.end, label: f.period?.label ?? r.label } } : f;
  });
}
