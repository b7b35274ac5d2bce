// The unit a page's address names: a district's own site (tuyphong.binhthuan.dcs.vn) or a slug that opens on its
// name (/tuy-phong-tong-ket-...). Only units of the site's province count: a slug word alone proves nothing elsewhere.
import { asciiFold } from '../text/fold.ts';
import { allUnits, getUnit, type Era, type GazetteerUnit } from './gazetteer.ts';

const byProvince = new Map<string, Array<{ unit: GazetteerUnit; slug: string; label: string }>>();

function districtsOf(era: Era, provinceCode: string): Array<{ unit: GazetteerUnit; slug: string; label: string }> {
  const key = `${era}:${provinceCode}`;
  let list = byProvince.get(key);
  if (!list) {
    // a city named as its province (Kon Tum in kontum.gov.vn) is not named by the province's own host
    const province = getUnit(era, provinceCode)?.name;
    list = [...allUnits(era)].filter((u) => u.level === 2 && u.provinceCode === provinceCode && !/^\d+$/.test(u.name) && u.name !== province)
      .map((unit) => ({ unit, slug: slug(unit.name), label: slug(unit.name).replace(/-/g, '') }));
    byProvince.set(key, list);
  }
  return list;
}

/** "…-o-huyen-trieu-phong": the slug names the unit after its type word, at the end or mid-slug. */
const namesAfterType = (dashed: string, s: string) => dashed.includes(`-huyen-${s}-`) || dashed.includes(`-thi-xa-${s}-`) || dashed.includes(`-quan-${s}-`);

const SECTION_TYPES = ['huyen', 'thi-xa', 'thanh-pho', 'quan', 'tx', 'tp'];

const slug = (name: string) => asciiFold(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** A district of `provinceCode` that the URL's host labels or the start of its last path segment name, else null. */
export function unitNamedByUrl(url: string | null | undefined, era: Era, provinceCode: string): GazetteerUnit | null {
  if (!url) return null;
  let host: string;
  let path: string;
  try {
    const u = new URL(url);
    host = u.hostname.toLowerCase();
    path = decodeURIComponent(u.pathname).toLowerCase();
  } catch {
    return null;
  }
  const labels = host.split('.');
  const segments = path.split('/').filter(Boolean);
  const lastSegment = segments[segments.length - 1] ?? '';
  // a paper's section for the district: /huyen-dak-glong/giai-quyet-…
  const sections = new Set(segments.slice(0, -1));
  for (const { unit, slug: s, label } of districtsOf(era, provinceCode)) {
    if (s.length < 4) continue;
    if (labels.includes(label) || lastSegment.startsWith(`${s}-`) || namesAfterType(`-${lastSegment}-`, s)) return unit;
    if (SECTION_TYPES.some((t) => sections.has(`${t}-${s}`))) return unit;
  }
  return null;
}

// "/bo-tai-chinh-cong-bo-chi-so-…", "/…-chi-so-cai-cach-hanh-chinh-trong-cand-nam-2017": the slug of a report on a
// ministry (opening on its name) or on the police force
const CENTRAL_SLUG_WORDS = ['-cand-', 'cong-an-nhan-dan', 'bo-co-quan-ngang-bo', 'cac-don-vi-thuoc-bo', 'cac-bo-nganh-trung-uong'];
const ministrySlugs = new Map<readonly string[], string[]>();

/** Whether the last path segment opens on a ministry's name (`ministries`, lower case, "bộ …") or names the police force. */
export function namesCentralBodies(url: string | null | undefined, ministries: readonly string[]): boolean {
  // (a cheap look first: most addresses name no ministry)
  if (!url || !/bo-|cand|cong-an/u.test(url)) return false;
  let last: string;
  try {
    last = decodeURIComponent(new URL(url).pathname).toLowerCase().split('/').filter(Boolean).pop() ?? '';
  } catch {
    return false;
  }
  let slugs = ministrySlugs.get(ministries);
  if (!slugs) ministrySlugs.set(ministries, (slugs = ministries.map(slug).filter((s) => s.length > 6)));
  const dashed = `-${asciiFold(last)}-`;
  return slugs.some((m) => dashed.startsWith(`-${m}-`)) || CENTRAL_SLUG_WORDS.some((w) => dashed.includes(w));
}
