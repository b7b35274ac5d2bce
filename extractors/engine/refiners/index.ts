// The document-level clean-up after the walk, as chrono runs its refiners: an ordered list of small steps over the
// facts of one article, each a plain function of the facts and what the walk learnt about the document.
import type { Fact } from '../../../src/model/fact.ts';
import { previousPeriod } from '../from-to.ts';
import { dedupe } from './dedupe.ts';
import { bindNamedPeriods, type Range } from './named-periods.ts';
import { spreadYearSpans } from './year-spans.ts';
import { totalsWithSplitAfter } from './split-totals.ts';
import { headlinePeriod } from './headline-period.ts';

export interface DocumentFindings {
  /** The explicit ranges the article defines ("quý I năm 2020 (tính từ 1/12/2019 đến 29/2/2020)"). */
  ranges: Range[];
  /** Facts (by index) of the period before the one named: the first end of a from→to change. */
  previous: Set<number>;
  /** Where the headline zone ends (the short lines before the body). */
  headlineEnd: number;
}

type Refiner = (facts: Fact[], found: DocumentFindings) => Fact[];

const REFINERS: Array<[string, Refiner]> = [
  // a named period stands for the range that defines it
  ['named-periods', (facts, found) => bindNamedPeriods(facts, found.ranges)],
  // the first end of "tăng từ 81,82% lên 84,4%" is the period before's (after binding: a bound range shifts whole)
  ['previous-period', (facts, found) => facts.map((f, i) => (found.previous.has(i) ? { ...f, period: previousPeriod(f.period) } : f))],
  // a rank held "từ 2019 đến 2021" is a fact of each year written
  ['year-spans', (facts) => spreadYearSpans(facts)],
  // a count whose next sentence splits it into carried-over and new intake is the whole caseload
  ['split-totals', (facts) => totalsWithSplitAfter(facts)],
  // one fact per the spec's key
  ['dedupe', (facts) => dedupe(facts)],
  // a headline's undated figure (one the body does not restate with its period) is of the period the body reports
  ['headline-period', (facts, found) => headlinePeriod(facts, found.headlineEnd)],
];

export function refine(facts: Fact[], found: DocumentFindings): Fact[] {
  return REFINERS.reduce((out, [, step]) => step(out, found), facts);
}
