// Socio-economic regions as places: "vùng Đồng bằng sông Hồng … đạt 90,17%", "Tây Nguyên … 85,63%".
import type { Locality } from '../../src/model/fact.ts';
import { alternation } from '../lexicon/patterns.ts';
import { RANKING_SCOPE_BEFORE, REGIONS } from '../lexicon/regions.ts';
import type { PlaceMention } from './rules.ts';

const CANONICAL = new Map<string, string>();
for (const r of REGIONS) for (const w of r.written) CANONICAL.set(w.toLowerCase().replace(/\s+/g, ' '), r.name);

const REGION = new RegExp(`(?<![\\p{L}])(?:vùng\\s+)?(${alternation(REGIONS.flatMap((r) => r.written))})(?![\\p{L}])`, 'giu');
const SCOPE_BEFORE = new RegExp(`(?:${alternation(RANKING_SCOPE_BEFORE)})\\s*$`, 'iu');

// each written form holds one of these (case as written): a cheap look first
const REGION_HINTS = ['Đồng bằng', 'đồng bằng', 'Trung du', 'Trung Bộ', 'Trung bộ', 'Tây Nguyên', 'Nam Bộ', 'ĐBSCL', 'ĐBSH', 'miền núi'];

export function regionLocality(name: string): Locality {
  return { name, type: 'vùng', province: null, code: null };
}

/** Region mentions in text[start, end) that can be a figure's place (not a ranking's scope). */
export function findRegions(text: string, start: number, end: number): PlaceMention[] {
  const out: PlaceMention[] = [];
  const slice = text.slice(start, end);
  if (!REGION_HINTS.some((h) => slice.includes(h))) return out;
  REGION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REGION.exec(slice))) {
    const before = slice.slice(Math.max(0, m.index - 16), m.index);
    // ("Đứng thứ hai là khu vực Đông Nam Bộ, đạt 87,79%": the region the rank is given to is the place)
    const named = /(?:là|ở|thuộc về)\s+(?:khu vực|vùng)\s*$/u.test(before);
    if (!named && (SCOPE_BEFORE.test(before) || /thứ\s*\d+\s*$/u.test(before))) continue;
    const name = CANONICAL.get(m[1]!.toLowerCase().replace(/\s+/g, ' ').replace(/\s?[-–]\s?/g, '-')) ?? canonicalOf(m[1]!);
    out.push({ start: start + m.index, end: start + m.index + m[0].length, name, type: 'vùng', typed: true });
  }
  return out;
}

function canonicalOf(written: string): string {
  const key = written.toLowerCase().replace(/\s+/g, ' ');
  for (const [w, name] of CANONICAL) if (w === key) return name;
  return REGIONS.find((r) => r.written.some((w) => w.toLowerCase() === key))?.name ?? written;
}
