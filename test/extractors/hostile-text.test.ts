// Extraction ends on any text: runs that once backtracked for minutes (600 spaces between two figures, 100k dots,
// 10 MB of digits) and every family's cue repeated. Time is measured in the benchmark (ms per MB), not here:
// these assert that extraction returns, without a stack overflow, and that every fact still points at its text.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../extractors/index.ts';
import { HOSTILE_TEXTS } from './hostile-texts.ts';

function expectTraceable(text: string): number {
  const facts = extractFacts({ text, published: '2024-06-01', url: null });
  for (const f of facts) {
    expect(f.evidence.start).toBeGreaterThanOrEqual(0);
    expect(f.evidence.end).toBeLessThanOrEqual(text.length);
    expect(f.evidence.text).toBe(text.slice(f.evidence.start, f.evidence.end));
  }
  return facts.length;
}

describe('hostile text', () => {
  for (const [name, build] of Object.entries(HOSTILE_TEXTS)) {
    it(`${name}: 200,000 characters extracted with exact evidence`, () => {
      expectTraceable(build(200_000));
    }, 60_000);
  }

  it('two dossier figures 600 spaces apart are both read', () => {
    const text = `Tiếp nhận 120 hồ sơ${' '.repeat(600)}giải quyết 110 hồ sơ.`;
    const values = extractFacts({ text, published: '2024-06-01', url: null }).map((f) => f.value);
    expect(values).toEqual(expect.arrayContaining([120, 110]));
  });

  it('100,000 dots then a sentence: the sentence after them is still read', () => {
    const text = `${'.'.repeat(100_000)} Huyện Chợ Gạo tiếp nhận 1.234 hồ sơ.`;
    expect(extractFacts({ text, published: '2024-06-01', url: null }).map((f) => f.value)).toContain(1234);
  });

  it('10 MB of digits returns', () => {
    expect(expectTraceable('1'.repeat(10 * 1024 * 1024))).toBe(0);
  }, 120_000);
});
