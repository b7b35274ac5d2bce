// A count of dossiers received, whose next sentence opens on "Trong đó" and names the part carried over from the
// period before, is the whole caseload (spec: `đã tiếp nhận N hồ sơ (trong đó kỳ trước chuyển sang X, …)` → N is
// dossiers_total), the split written as a sentence of its own: "tiếp nhận 5,65 ngàn hồ sơ các loại. Trong đó có 1,07
// ngàn HS kỳ trước chuyển sang, tiếp nhận mới …". The same count written again as a denominator ("4.561/5.650") is it too.
import type { Fact } from '../../../src/model/fact.ts';
import { NEW_INTAKE } from '../../dossiers/rules.ts';

const OPENS_ON_PART = /^\s*(?:[-–+•]\s*)?(?:trong đó|trong số (?:này|đó))(?![\p{L}])/iu;
// sentences are adjacent when only the break between them separates them
const ADJACENT = 4;

// (the parts after "Trong đó" belong to the agency the count named, without naming it again)
const sameFigure = (a: Fact, b: Fact) => a.locality?.name === b.locality?.name && a.locality?.type === b.locality?.type
  && a.period?.start === b.period?.start && a.period?.end === b.period?.end && (a.agency === b.agency || a.agency === null || b.agency === null);

export function totalsWithSplitAfter(facts: Fact[]): Fact[] {
  const totals = new Set<Fact>();
  const newIntake = new Set(facts.filter((f) => f.metric === 'dossiers_received' && NEW_INTAKE.test(f.evidence.text.toLowerCase())));
  for (const received of facts) {
    // (a count the sentence itself calls the new intake is not the whole)
    if (received.metric !== 'dossiers_received' || received.of !== null || newIntake.has(received)) continue;
    // (or names the new intake as a part of it, the rest carried without a figure: "có 85.043 hồ sơ TTHC yêu cầu giải
    // quyết. Trong đó, tiếp nhận mới 82.604 hồ sơ, còn lại là hồ sơ từ kỳ báo cáo trước")
    const split = facts.some((c) => c.evidence.start >= received.evidence.end && c.evidence.start - received.evidence.end <= ADJACENT
      && c.value < received.value && (c.metric === 'dossiers_carried_over' || newIntake.has(c))
      && sameFigure(c, received) && OPENS_ON_PART.test(c.evidence.text));
    // ("Sở đã tiếp nhận 6.438 hồ sơ và 338 hồ sơ năm trước chuyển sang. … Như vậy, … đã tiếp nhận 6.776 hồ sơ": the sum of the
    // new intake and the carried part, restated, is the whole)
    const sum = facts.some((n) => n !== received && n.metric === 'dossiers_received' && n.value < received.value && sameFigure(n, received)
      && facts.some((c) => c.metric === 'dossiers_carried_over' && sameFigure(c, received) && n.value + c.value === received.value));
    if (split || sum) totals.add(received);
  }
  if (!totals.size) return facts;
  const whole = [...totals];
  return facts.map((f) => (f.metric === 'dossiers_received' && whole.some((t) => t.value === f.value && sameFigure(t, f))
    ? { ...f, metric: 'dossiers_total', rule: 'dossiers/split-total' } : f));
}
