// Walks every family's corpus: each example must give its facts, each negative none.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../extractors/index.ts';
import type { Corpus, ExpectedFact } from '../../extractors/corpus.ts';
import type { Fact } from '../../src/model/fact.ts';
import { readdirSync } from 'node:fs';
import { siteProvinceOf } from '../../src/sources/site-province.ts';
import { REAL_ERROR_FAMILIES } from '../../extractors/corpus.ts';

// corpora are discovered: every extractors/<family>/corpus.ts, with the family's declared rules when it has any
const FAMILIES = readdirSync('extractors', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const CORPORA: Corpus[] = [];
const DECLARED = new Map<string, string>(); // rule → family
for (const family of FAMILIES) {
  const files = readdirSync(`extractors/${family}`);
  if (files.includes('corpus.ts')) CORPORA.push((await import(`../../extractors/${family}/corpus.ts`)).corpus as Corpus);
  if (files.includes('rules.ts')) {
    const names = (await import(`../../extractors/${family}/rules.ts`)).RULE_NAMES as Record<string, string> | undefined;
    for (const name of Object.keys(names ?? {})) DECLARED.set(`${family}/${name}`, family);
  }
}

// as `cchc extract` reads a document: the site's province comes from its address
function run(text: string, published?: string | null, url?: string): Fact[] {
  return extractFacts({ text, published: published === undefined ? '2024-06-24' : published, url: url ?? null, siteProvince: siteProvinceOf(url) });
}

function describeFact(f: Fact): string {
  return `${f.metric}=${f.value}${f.of !== null ? `/${f.of}` : ''} ${f.locality ? `${f.locality.type} ${f.locality.name}` : '-'} ${f.period ? `${f.period.start ?? ''}..${f.period.end ?? ''}` : 'no-period'} scope=${f.scope} agency=${f.agency}`;
}

function matches(f: Fact, [metric, value, o = {}]: ExpectedFact): boolean {
  if (f.metric !== metric || Math.abs(f.value - value) > 1e-9) return false;
  if (o.of !== undefined && f.of !== o.of) return false;
  if (o.approx !== undefined && f.approx !== o.approx) return false;
  if (o.scope !== undefined && f.scope !== o.scope) return false;
  if (o.agency !== undefined && f.agency !== o.agency) return false;
  if (o.aggregate !== undefined && f.aggregate !== o.aggregate) return false;
  if (o.among !== undefined && (f.among ?? null) !== o.among) return false;
  if (o.place !== undefined && `${f.locality?.type} ${f.locality?.name}` !== o.place) return false;
  if (o.province !== undefined && (f.locality?.province ?? null) !== o.province) return false;
  if (o.period !== undefined) {
    const p = f.period ? `${f.period.start ?? ''}..${f.period.end ?? ''}` : null;
    if (p !== o.period) return false;
  }
  return true;
}

const exercised = new Set<string>();
const families = new Set<string>();
for (const c of CORPORA) for (const e of [...c.examples, ...c.negatives]) if (e.family) families.add(e.family);

for (const corpus of CORPORA) {
  describe(`corpus: ${corpus.family}`, () => {
    for (const ex of corpus.examples) {
      it(`finds ${ex.expect.map(([m, v]) => `${m}=${v}`).join(', ') || 'nothing'} in "${ex.text.slice(0, 70)}"`, () => {
        const facts = run(ex.text, ex.published, ex.url);
        for (const f of facts) exercised.add(f.rule);
        const got = facts.map(describeFact);
        if (ex.rule) expect(facts.some((f) => f.rule === ex.rule), `no fact by rule ${ex.rule}\ngot:\n  ${got.join('\n  ')}`).toBe(true);
        for (const want of ex.expect) {
          expect(facts.some((f) => matches(f, want)), `want ${JSON.stringify(want)}\ngot:\n  ${got.join('\n  ')}`).toBe(true);
        }
        if (ex.only) {
          const extra = facts.filter((f) => !ex.expect.some((w) => matches(f, w)));
          expect(extra.map(describeFact), 'facts beyond the expected ones').toEqual([]);
        }
      });
    }
    for (const neg of corpus.negatives) {
      it(`finds no ${neg.metrics?.join('/') ?? 'fact'} in "${neg.text.slice(0, 70)}"`, () => {
        const facts = run(neg.text, neg.published).filter((f) => !neg.metrics || neg.metrics.includes(f.metric));
        expect(facts.map(describeFact)).toEqual([]);
      });
    }
  });
}

describe('rules and their corpus', () => {
  it('has corpus examples for every family of errors seen on real articles (shared/reference/real-errors.md)', () => {
    expect(REAL_ERROR_FAMILIES.filter((f) => !families.has(f))).toEqual([]);
  });
  it('names every rule a corpus example produces in its family\'s RULE_NAMES', () => {
    const undeclared = [...exercised].filter((r) => !DECLARED.has(r));
    expect(undeclared).toEqual([]);
  });
  it('has a corpus example for every declared rule', () => {
    const unexercised = [...DECLARED.keys()].filter((r) => !exercised.has(r));
    expect(unexercised).toEqual([]);
  });
});
