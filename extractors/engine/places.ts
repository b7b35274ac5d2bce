// Places of a document: every mention, the provinces in play, and the article's subject.
import type { Locality } from '../../src/model/fact.ts';
import { headlineZone, type Sentence } from '../text/segment.ts';
import { DEPARTMENT_FIELDS } from '../lexicon/agencies.ts';
import { alternation } from '../lexicon/patterns.ts';
import { findProvince, provinceOf, findUnits, type Era, type GazetteerUnit } from '../localities/gazetteer.ts';
import { findRegions } from '../localities/regions.ts';
import { namesCentralBodies, unitNamedByUrl } from '../localities/url-place.ts';
import { findBareProvinces, findTypedPlaces, resolveUnit, toLocality, VIETNAM, type PlaceMention, type PlaceResolver } from '../localities/rules.ts';

export interface ResolvedPlace extends PlaceMention {
  unit: GazetteerUnit | null;
  /** Named in the headline zone (the article says what it is about). */
  typedInHeadline?: boolean;
  locality: Locality;
  sentence: number;
}

export interface DocumentPlaces {
  bySentence: ResolvedPlace[][];
  subject: Locality | null;
  subjectLevel: number;
  /** Province of the subject (for a Sở, "toàn tỉnh", a district figure's province). */
  province: Locality | null;
  resolver: PlaceResolver;
}


export function documentPlaces(text: string, sentences: Sentence[], era: Era, siteProvince: string | null, url: string | null = null, before2025 = false): DocumentPlaces {
  const raw: PlaceMention[][] = sentences.map((s) => {
    const typed = findTypedPlaces(text, s.start, s.end);
    const bare = findBareProvinces(text, s.start, s.end).filter((b) => !typed.some((t) => b.start < t.end && b.end > t.start));
    const regions = findRegions(text, s.start, s.end).filter((r) => !typed.some((t) => r.start < t.end && r.end > t.start));
    return [...typed, ...bare.filter((b) => !regions.some((r) => b.start < r.end && b.end > r.start)), ...regions]
      .filter((p) => !isDateline(text, s.start, p)).sort((a, b) => a.start - b.start);
  });
  const hints = new Set<string>();
  const site = siteProvince ? findProvince(siteProvince, era) : undefined;
  if (site) hints.add(site.code);
  for (const list of raw) for (const p of list) if (p.type === 'tỉnh' || !p.typed) {
    const u = findProvince(p.name, era) ?? findProvince(p.name);
    if (u) hints.add(u.era === era ? u.code : u.code);
  }
  const resolver: PlaceResolver & { siteKnown: boolean } = { era, provinceHints: hints, siteKnown: !!site };
  // unambiguous districts tell their province too (Sơn Tây is ambiguous; Chợ Gạo is not)
  for (const list of raw) for (const p of list) if (p.typed && p.type !== 'tỉnh' && p.type !== 'vùng') {
    const found = findUnits(p.name, { types: [p.type], era });
    if (found.length === 1) hints.add(found[0]!.provinceCode);
  }
  // "(Phù Cát 19 hồ sơ, Tuy Phước 11 hồ sơ, …)": districts of the article's province named bare, each before its figure
  if (hints.size) raw.forEach((list, i) => {
    for (const d of listedDistricts(text, sentences[i]!, era, hints)) if (!list.some((p) => d.start < p.end && d.end > p.start)) list.push(d);
    list.sort((a, b) => a.start - b.start);
  });
  const fallbackProvince = site?.name ?? null;
  const bySentence = raw.map((list) => dropAppositions(text, list)).map((list, i) => list.map((p) => {
    // "huyện Châu Thành, tỉnh Hậu Giang": the apposition settles this mention, whatever else the article names
    const own = p.withinProvince ? findProvince(p.withinProvince, era) ?? findProvince(p.withinProvince) : undefined;
    const unit = resolveUnit(p, own ? { era, provinceHints: new Set([own.code]) } : resolver);
    return { ...p, unit, locality: toLocality(p, unit, fallbackProvince), sentence: i };
  }));

  let subjectPlace = pickSubject(text, sentences, bySentence, { ...resolver, centralByUrl: !resolver.siteKnown && namesCentralBodies(url, MINISTRY_NAMES) });
  // a provincial site writes about its own province: a place of another province won by counting does not replace it
  if (site && subjectPlace?.unit && !subjectPlace.typedInHeadline && !sameProvince(subjectPlace.unit, site)) subjectPlace = null;
  let subject = subjectPlace?.locality ?? null;
  let province: Locality | null = null;
  if (subjectPlace?.unit) {
    const p = provinceOf(subjectPlace.unit);
    const named = bySentence.flat().find((m) => m.unit && m.unit.level === 1 && m.unit.code === p.code && m.unit.era === p.era);
    province = named?.locality ?? siteLocality(p, before2025);
  } else if (site) {
    province = siteLocality(site, before2025);
    // a district's own site or a slug that opens on its name: the article is about that district ("toàn huyện")
    const named = unitNamedByUrl(url, site.era, site.code);
    // ... unless the text speaks of its province rather than of a district ("UBND tỉnh họp", "các chỉ số của tỉnh")
    if (!subject && named && selfReferences(text, DISTRICT_WORDS) >= selfReferences(text, 'tỉnh')) {
      subjectPlace = { start: 0, end: 0, name: named.name, type: named.type, typed: false, unit: named, sentence: 0, locality: toLocality({ name: named.name, type: named.type, typed: false }, named, site.name) };
      subject = subjectPlace.locality;
    }
    subject ??= province;
  }
  return { bySentence, subject, subjectLevel: subjectPlace?.unit?.level ?? (subject?.type === 'tỉnh' || subject === VIETNAM ? 1 : 2), province, resolver };
}

/** The site's province as it was named then: Huế was the tỉnh Thừa Thiên Huế until 2025, its only older name. */
function siteLocality(site: GazetteerUnit, before2025: boolean): Locality {
  const older = site.type === 'thành phố' && site.aliases.length === 1 && site.aliases[0]!.type === 'tỉnh' ? site.aliases[0]! : null;
  const name = before2025 && older ? older.name : site.name;
  return { name, type: before2025 && older ? 'tỉnh' : site.type, province: name, code: site.code };
}

/** Same province in the site's own era: an old province merged into the site's new one ("trước đây thuộc tỉnh Bình Thuận") is not it. */
function sameProvince(unit: GazetteerUnit, site: GazetteerUnit): boolean {
  const province = provinceOf(unit);
  return province.era === site.era && province.code === site.code;
}

function pickSubject(text: string, sentences: Sentence[], allPlaces: ResolvedPlace[][], resolver: PlaceResolver & { siteKnown: boolean; centralByUrl?: boolean }): ResolvedPlace | null {
  // ("xem thêm / An Giang / Bình Dương / Bình Phước …": a site's menu of provinces above the article names no subject)
  const menuPlace = menuPlaces(text, allPlaces);
  const places = allPlaces.map((list) => list.filter((p) => !menuPlace.has(p)));
  // the headline zone: the short lines before the first long paragraph
  const zoneEnd = headlineZone(sentences);
  const afterDepartment = (p: ResolvedPlace, i: number) => DEPARTMENT_AND.test(text.slice(Math.max(sentences[i]!.start, p.start - 60), p.start).toLowerCase());
  for (let i = 0; i < zoneEnd; i++) {
    // ("Sở Giao thông-Vận tải và huyện Ia Grai đứng đầu về Chỉ số CCHC": a department and a district, each first of its
    // own ranking: the article is on the province's ranking, not on the district)
    const typed = places[i]!.find((p) => p.typed && p.unit && !afterDepartment(p, i));
    if (typed) return { ...typed, typedInHeadline: true };
  }
  // a national report ("các bộ, ngành, địa phương đã tiếp nhận ...", "trên phạm vi cả nước") is about the nation
  const opening = text.slice(sentences[0]?.start ?? 0, sentences[Math.min(sentences.length - 1, zoneEnd + 1)]?.end ?? 0).toLowerCase();
  if (/(?:các|tất cả các) bộ, ngành,? (?:và )?(?:các )?địa phương|(?:trên|trong) phạm vi cả nước|toàn quốc có|cả nước (?:có|đã)/u.test(opening)) return NATION;
  // (an excerpt without its headline, the page's address naming the ministry or the police force: the links to other
  // articles above the body name other places)
  if (resolver.centralByUrl) return NATION;
  for (let i = 0; i < zoneEnd; i++) {
    const prov = places[i]!.find((p) => p.unit && !afterDepartment(p, i));
    if (prov) return { ...prov, typedInHeadline: true };
    if (allPlaces[i]!.length && !places[i]!.length) continue;
    const bare = bareDistrict(text, sentences[i]!, places, resolver);
    if (bare) return bare;
  }
  // a report on ministries or the police force ("Bộ Y tế xếp áp chót …", "… các bộ, cơ quan ngang bộ", "trong Công an nhân
  // dân") is about central bodies, whose figures are the nation's, whatever city the meeting was held in
  if (!resolver.siteKnown && CENTRAL_BODIES_REPORT.test(opening)) return NATION;
  // a typed name the gazetteer cannot settle (huyện Châu Thành with no province in sight) still names the subject
  for (let i = 0; i < zoneEnd; i++) {
    const typed = places[i]!.find((p) => p.typed && p.type !== 'tỉnh');
    if (typed) return typed;
  }
  // a national report names many provinces and is about none of them ("63 tỉnh, thành phố", rankings, means)
  const provinces = new Set(places.flat().filter((p) => p.unit?.level === 1).map((p) => p.unit!.code));
  if (!resolver.siteKnown && provinces.size >= NATIONAL_PROVINCES) return NATION;
  // else the most mentioned, most specific place of the body
  const counts = new Map<string, { place: ResolvedPlace; n: number }>();
  for (const list of places) for (const p of list) if (p.unit && p.unit.level < 3 && !p.listed) {
    const key = `${p.unit.era}:${p.unit.code}`;
    const e = counts.get(key) ?? { place: p, n: 0 };
    e.n += p.unit.level === 2 ? 1.5 : 1;
    counts.set(key, e);
  }
  const selfProvince = selfReferences(text, 'tỉnh');
  for (const e of counts.values()) if (e.place.unit?.level === 1) e.n += selfProvince;
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.place ?? null;
}

/** How often the text names its own unit by the type word alone ("toàn tỉnh", "UBND huyện"), not followed by a name. */
function selfReferences(text: string, typeWords: string): number {
  let re = SELF_REFERENCE.get(typeWords);
  if (!re) SELF_REFERENCE.set(typeWords, (re = new RegExp(`(?:toàn|của|trên địa bàn|ubnd|ủy ban nhân dân|cấp|các sở, ngành|các phòng, ban) (?:${typeWords})(?![\\p{L}])`, 'gu')));
  const lower = text.toLowerCase();
  let n = 0;
  for (const m of lower.matchAll(re)) if (!/^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) n++;
  return n;
}
const DISTRICT_WORDS = 'huyện|thị xã|quận';
const SELF_REFERENCE = new Map<string, RegExp>();

/** Places each alone on its line beside another such line: a menu of the site, not the article's words. */
function menuPlaces(text: string, places: ResolvedPlace[][]): Set<ResolvedPlace> {
  const out = new Set<ResolvedPlace>();
  const lineAt = (at: number) => {
    const start = text.lastIndexOf('\n', at - 1) + 1;
    const end = text.indexOf('\n', at);
    return { start, end: end < 0 ? text.length : end };
  };
  const alone = places.flat().filter((p) => {
    const l = lineAt(p.start);
    return text.slice(l.start, l.end).trim().length === p.end - p.start;
  });
  const lines = new Set(alone.map((p) => lineAt(p.start).start));
  for (const p of alone) {
    const l = lineAt(p.start);
    const prev = l.start > 0 ? lineAt(l.start - 1).start : -1;
    const next = l.end < text.length ? l.end + 1 : -1;
    if (lines.has(prev) || lines.has(next)) out.add(p);
  }
  return out;
}

const NATIONAL_PROVINCES = 4;
const DEPARTMENT_AND = /(?:^|[\s,(])(?:sở|ban|văn phòng|thanh tra|công an)\s[^,;.:]{2,45}\svà\s+$/u;
const MINISTRY_NAMES = DEPARTMENT_FIELDS.filter((f) => f.name !== 'Nội vụ').flatMap((f) => f.written.map((w) => `bộ ${w.toLowerCase()}`));
// (not "Bộ Nội vụ", who announces every index; a ministry opening the headline is the one measured)
const CENTRAL_BODIES_REPORT = new RegExp(`^\\s*(?:${alternation(MINISTRY_NAMES)})(?![\\p{L}])|${alternation(['bộ, cơ quan ngang bộ', 'ngân hàng nhà nước', 'công an nhân dân', 'đơn vị thuộc bộ', 'cơ quan thuộc bộ'])}|\\(cand\\)`, 'u');
const NATION: ResolvedPlace = { start: 0, end: 0, name: 'Việt Nam', type: 'tỉnh', typed: false, unit: null, sentence: 0, locality: VIETNAM };

/** A district named without its type word in a headline ("Bắc Yên rút kinh nghiệm ..."), known from the body or the gazetteer. */
function bareDistrict(text: string, s: Sentence, places: ResolvedPlace[][], resolver: PlaceResolver): ResolvedPlace | null {
  const line = text.slice(s.start, s.end);
  const re = /(?<![\p{L}])\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,2}/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) {
    const name = m[0];
    const typedElsewhere = places.flat().find((p) => p.typed && p.unit && p.unit.level >= 2 && p.name === name);
    if (typedElsewhere) return { ...typedElsewhere, start: s.start + m.index, end: s.start + m.index + name.length, typed: false };
    const found = findUnits(name, { levels: [2], era: resolver.era }).filter((u) => u.name === name);
    if (found.length === 1) {
      const unit = found[0]!;
      return { start: s.start + m.index, end: s.start + m.index + name.length, name, type: unit.type, typed: false, unit,
        locality: toLocality({ name, type: unit.type, typed: false }, unit, null), sentence: s.index };
    }
  }
  return null;
}

// a capitalised name of two or three syllables right after a list's opening or separator, right before its figure
// ("…, Kông Chro với 79,85 điểm": a linking word may stand between)
const LISTED_NAME = /[(,;:]\s*(?:và\s+)?(\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,2})(?=\s*(?:[:(]|với|đạt|là|có)?\s*\d)/gu;

/** Districts of the provinces in sight named without their type word as items of a list of figures. */
function listedDistricts(text: string, s: Sentence, era: Era, provinces: Set<string>): PlaceMention[] {
  const line = text.slice(s.start, s.end);
  if (!/[(,;:]\s*(?:và\s+)?\p{Lu}/u.test(line)) return [];
  const out: PlaceMention[] = [];
  LISTED_NAME.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = LISTED_NAME.exec(line)); ) {
    const name = m[1]!;
    const at = m.index + m[0].length - name.length;
    const found = findUnits(name, { levels: [2], era }).filter((u) => u.name === name && provinces.has(u.provinceCode));
    if (found.length === 1) out.push({ start: s.start + at, end: s.start + at + name.length, name, type: found[0]!.type, typed: false, listed: true });
    // (the separator before the next name may be this match's last character)
    LISTED_NAME.lastIndex = at + name.length;
  }
  return out;
}

/** "Hà Nội (TTXVN 18/4)", "TP.HCM (PLO) -": the place a wire story was filed from, not what it is about. */
function isDateline(text: string, sentenceStart: number, p: PlaceMention): boolean {
  if (p.start - sentenceStart > 2) return false;
  return /^\s*\(\s*\p{Lu}[\p{Lu}\d./ ]*\p{Lu}[^)]{0,24}\)\s*[-–—:]?/u.test(text.slice(p.end, p.end + 40));
}

function rank(p: PlaceMention): number {
  // a province-level city, typed or not ("phường Phú An, TPHCM"), locates like a province
  if (p.type === 'tỉnh' || (p.type === 'thành phố' && (!p.typed || findProvince(p.name)))) return 1;
  if (p.type === 'xã' || p.type === 'phường' || p.type === 'thị trấn' || p.type === 'đặc khu') return 3;
  return p.type === 'thành phố' ? 1.5 : 2; // a city may be either; it locates a commune, not a district
}

/** "huyện Sơn Tây, tỉnh Quảng Ngãi", "huyện Châu Thành (Tiền Giang)": the province only locates the unit before it. */
function dropAppositions(text: string, list: PlaceMention[]): Array<PlaceMention & { withinProvince?: string }> {
  const out: Array<PlaceMention & { withinProvince?: string }> = [];
  for (const p of list) {
    const prev = out[out.length - 1];
    // "xã Đắk Ui (huyện Đắk Hà)", "huyện Sơn Tây, tỉnh Quảng Ngãi", "phường Bình Thắng, TX.Dĩ An": a wider unit locating the one before it
    const apposed = prev && rank(p) < rank(prev) && prev.end <= p.start &&
      (rank(p) === 1 ? /^\s*(?:[,(\-–]|thuộc)?\s*$/u : rank(prev) === 3 ? /^\s*(?:[,(]|thuộc)\s*$/u : /^\s*(?:\(|thuộc)\s*$/u)
        .test(text.slice(prev.end, p.start).replace(/(?:tỉnh|thành phố|tp\.?)\s*$/iu, ''));
    if (apposed) out[out.length - 1] = { ...prev, end: p.end, withinProvince: p.name };
    else out.push(p);
  }
  return out;
}
