// Refiner: a headline's figure that names no period is of the period the article reports on, the first one its
// body dates ("Tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt gần 100%" over a body on "tháng 7 (từ 21/6 đến 20/7)").
// Indices keep their own assessed-year reading.
import type { Fact } from '../../../src/model/fact.ts';

const OWN_YEAR = /^(?:par|sipas|service)_/u;

export function headlinePeriod(facts: Fact[], headlineEnd: number): Fact[] {
  if (!facts.some((f) => !f.period && f.evidence.start < headlineEnd && !OWN_YEAR.test(f.metric))) return facts;
  const reported = [...facts].sort((a, b) => a.evidence.start - b.evidence.start)
    .find((f) => f.period?.start && f.period.end && f.evidence.start >= headlineEnd && !OWN_YEAR.test(f.metric))?.period;
  if (!reported) return facts;
  return facts.map((f) => (!f.period && f.evidence.start < headlineEnd && !OWN_YEAR.test(f.metric) ? { ...f, period: reported } : f));
}
