// Refiner: one fact per the spec's key (metric, value, of, locality, scope, agency, period), the first evidence.
import type { Fact } from '../../../src/model/fact.ts';

/** One fact per metric, value, of, place, scope, agency and period; a twin without `among`, scope, period or `of` adds nothing
 *  (a headline restating the body's figure: "Huyện X tiếp nhận 13.800 hồ sơ" beside "Bộ phận một cửa huyện X đã tiếp nhận 13.800 hồ sơ"). */
export function dedupe(facts: Fact[]): Fact[] {
  // the key without `of` and scope, built once per fact
  const cores = facts.map((f) => `${f.metric}|${f.value}|${f.locality?.name}|${f.locality?.type}|${f.agency}|${f.period?.start}|${f.period?.end}`);
  const key = (i: number, of: number | null, scope: Fact['scope'] = facts[i]!.scope) => `${cores[i]}|${of}|${scope}`;
  const withOf = new Set<string>();
  const withAmong = new Set<string>();
  const withScope = new Set<string>();
  // a figure restated without its period (the headline's "hiện còn 5.830 hồ sơ quá hạn" before the body's "Tính đến
  // ngày 30-1, … 5.830 hồ sơ") is the dated one
  const timeless = (f: Fact) => `${f.metric}|${f.value}|${f.of}|${f.locality?.name}|${f.locality?.type}|${f.agency}`;
  const dated = new Set(facts.filter((f) => f.period).map(timeless));
  facts.forEach((f, i) => {
    if (f.of !== null) withOf.add(key(i, null));
    if (f.among) withAmong.add(key(i, f.of));
    if (f.scope) withScope.add(key(i, f.of, null));
  });
  // the headline's "Trung tâm Hành chính công tỉnh: Gần 97% hồ sơ trả trước và đúng hạn" restated in a body sentence that
  // names no agency is the agency's figure
  const agencyless = (f: Fact) => `${f.metric}|${f.value}|${f.of}|${f.locality?.name}|${f.locality?.type}|${f.period?.start}|${f.period?.end}`;
  const withAgency = new Set(facts.filter((f) => f.agency).map(agencyless));
  const seen = new Set<string>();
  return facts.filter((f, i) => {
    if (!f.period && dated.has(timeless(f))) return false;
    if (!f.agency && withAgency.has(agencyless(f))) return false;
    // a figure restated without its denominator is the one with it: the headline's "xếp thứ 9 cả nước" beside the
    // body's "xếp thứ 9/63", "dẫn đầu" beside "vị trí thứ nhất khối 18 huyện" (reviewed gold lists it once)
    if (f.of === null && withOf.has(key(i, null))) return false;
    if (!f.scope && withScope.has(key(i, f.of, null))) return false;
    if (!f.among && withAmong.has(key(i, f.of))) return false;
    // the ranking worded two ways ("63 tỉnh, thành" and "63 tỉnh, thành phố") is one fact: the first
    const k = key(i, f.of);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
