// Refiner: one fact per the spec's key (metric, value, of, locality, scope, agency, period), the first evidence.
import type { Fact } from '../../../src/model/fact.ts';

/** One fact per metric, value, of, place, scope, agency and period; a twin without `among` or scope adds nothing, one
 *  without `of` only when its own sentence has the `of`
 *  (a headline restating the body's figure: "Huyện X tiếp nhận 13.800 hồ sơ" beside "Bộ phận một cửa huyện X đã tiếp nhận 13.800 hồ sơ"). */
export function dedupe(facts: Fact[]): Fact[] {
  const key = (f: Fact, of: number | null, scope: Fact['scope'] = f.scope) =>
    `${f.metric}|${f.value}|${of}|${f.locality?.name}|${f.locality?.type}|${scope}|${f.agency}|${f.period?.start}|${f.period?.end}`;
  const withOf = new Set(facts.filter((f) => f.of !== null).map((f) => key(f, null)));
  const withOfEvidence = new Map(facts.filter((f) => f.of !== null).map((f) => [key(f, null), f.evidence.start]));
  const withAmong = new Set(facts.filter((f) => f.among).map((f) => key(f, f.of)));
  const withScope = new Set(facts.filter((f) => f.scope).map((f) => key(f, f.of, null)));
  const seen = new Set<string>();
  return facts.filter((f) => {
    // the spec's key holds `of`: a headline's "xếp thứ 37" beside the body's "37/63" is a fact of its own; the same
    // sentence saying it twice is not
    if (f.of === null && withOf.has(key(f, null)) && withOfEvidence.get(key(f, null)) === f.evidence.start) return false;
    if (!f.scope && withScope.has(key(f, f.of, null))) return false;
    if (!f.among && withAmong.has(key(f, f.of))) return false;
    // the ranking worded two ways ("63 tỉnh, thành" and "63 tỉnh, thành phố") is one fact: the first
    const k = key(f, f.of);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
