// Place mentions (huyện Chợ Gạo, TP. Hồ Chí Minh, Quận 1, bare province names), their resolution against the
// gazetteer (ambiguous names by the provinces in context), and the article's subject.
import type { Locality } from '../../src/model/fact.ts';
import { allUnits, findUnits, findProvince, nameKey, provinceOf, type Era, type GazetteerUnit, type UnitType } from './gazetteer.ts';

/** A unit type of the gazetteer, or a socio-economic region. */
export type PlaceType = UnitType | 'vùng';

export interface PlaceMention {
  start: number;
  end: number;
  name: string;
  type: PlaceType;
  /** Whether the text wrote the type word (bare province names in national rankings do not). */
  typed: boolean;
  /** A bare district name read only as the item of a list of figures: it places its figure, it is no subject. */
  listed?: boolean;
}

export interface PlaceResolver {
  era: Era;
  /** Province codes (of `era`) the article names or the site belongs to, to settle ambiguous names. */
  provinceHints: Set<string>;
}

const TYPE_WORDS: Array<[RegExp, UnitType]> = [
  [/^(?:[Tt]hành phố|THÀNH PHỐ|TP\.?|Tp\.?)$/u, 'thành phố'],
  [/^(?:[Tt]hị xã|THỊ XÃ|TX\.?|Tx\.)$/u, 'thị xã'],
  [/^(?:[Tt]hị trấn|THỊ TRẤN|TT\.)$/u, 'thị trấn'],
  [/^(?:[Tt]ỉnh|TỈNH)$/u, 'tỉnh'],
  [/^(?:[Hh]uyện|HUYỆN|H\.)$/u, 'huyện'],
  [/^(?:[Qq]uận|QUẬN|Q\.)$/u, 'quận'],
  [/^(?:[Xx]ã|XÃ)$/u, 'xã'],
  [/^(?:[Pp]hường|PHƯỜNG|P\.)$/u, 'phường'],
  [/^(?:[Đđ]ặc khu)$/u, 'đặc khu'],
];
// all-capital headings ("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH BẮC NINH"): kept only when the gazetteer knows the name
const CAPS = '[\\p{Lu}][\\p{Lu}\\p{M}]+(?![\\p{Ll}])';
// a last syllable written in lower case ("tỉnh Vĩnh long"): kept only when the gazetteer knows the name with it
const LOWER_SYL = "[\\p{Ll}][\\p{Ll}\\p{M}]*";
const SYL = "[\\p{Lu}][\\p{Ll}\\p{M}]*(?:['’][\\p{L}][\\p{Ll}\\p{M}]*)?";
const PLACE = new RegExp(
  `(?<![\\p{L}])([Tt]hành phố|THÀNH PHỐ|TP\\.?|Tp\\.?|[Tt]hị xã|THỊ XÃ|TX\\.?|Tx\\.|[Tt]hị trấn|THỊ TRẤN|TT\\.|[Tt]ỉnh|TỈNH|[Hh]uyện|HUYỆN|H\\.|[Qq]uận|QUẬN|Q\\.|[Xx]ã|XÃ|[Pp]hường|PHƯỜNG|P\\.|[Đđ]ặc khu)` +
    `\\s*(\\d{1,2}(?![\\d/.,]\\d)|HCM|${CAPS}(?:\\s+${CAPS}){0,3}|${SYL}(?:(?:\\s+|\\s?[-–]\\s?)${SYL}){0,4}(?:\\s\\d{1,2}(?![\\d.,/]))?(?:\\s${LOWER_SYL})?)`,
  'gu',
);
const SPECIAL_NAMES: Record<string, string> = { HCM: 'Hồ Chí Minh' };

function typeOf(word: string): UnitType {
  for (const [re, t] of TYPE_WORDS) if (re.test(word)) return t;
  return 'huyện';
}

/** Typed place mentions in text[start, end). The name is cut to the longest prefix the gazetteer knows. */
export function findTypedPlaces(text: string, start: number, end: number): PlaceMention[] {
  const out: PlaceMention[] = [];
  // search only up to `end`: a failed search must not run on to the document's end
  const bounded = text.slice(0, end);
  PLACE.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = PLACE.exec(bounded))) {
    const type = typeOf(m[1]!);
    let name = SPECIAL_NAMES[m[2]!] ?? m[2]!;
    const words = name.split(/\s+/);
    // only quận and phường are numbered (Quận 1, Phường 6); "cấp huyện 97,5%" names no unit
    if (/^\d/.test(name) && ((type !== 'quận' && type !== 'phường') || /^[\d.,]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 1)))) continue;
    let chosen = /^\d/.test(name) ? String(Number(name)) : null;
    // Longest prefix the gazetteer knows ("huyện Chợ Gạo Nguyễn ..." → Chợ Gạo)
    for (let n = Math.min(words.length, 4); !chosen && n >= 1; n--) {
      const candidate = words.slice(0, n).join(' ');
      if (isKnownName(candidate, type)) chosen = candidate;
    }
    if (!chosen) {
      // ("… phần mềm một cửa điện tử dùng chung 3 cấp của TP. Tiếp nhận và trả kết quả …": after an abbreviation's dot an
      // unknown name opens the next sentence)
      if (/\.$/u.test(m[1]!) && /^\s/u.test(text.slice(m.index + m[1]!.length))) continue;
      // an unknown name is its capitalised words only
      const capitalised = /^\p{Ll}/u.test(words[words.length - 1]!) ? words.slice(0, -1) : words;
      if (!capitalised.length || capitalised.length > 3 || !/\p{Ll}/u.test(capitalised.join(' '))) continue; // a run of capitalised words that is no place we know
      chosen = capitalised.join(' ');
    }
    name = chosen;
    const nameEnd = m.index + m[0].length - (m[2]!.length - (SPECIAL_NAMES[m[2]!] ? m[2]!.length : rawLength(m[2]!, name)));
    out.push({ start: m.index, end: nameEnd, name, type, typed: true });
    // "các xã An Phú, Bình Chuẩn và Thuận Giao": the type word covers the whole list
    if (/(?:các|những|\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|như|gồm|là)\s*$/iu.test(text.slice(Math.max(0, m.index - 8), m.index))) {
      let at = nameEnd;
      const next = new RegExp(`^(?:\\s*,\\s*|\\s+và\\s+)(${SYL}(?:\\s+${SYL}){0,3})`, 'u');
      let more: RegExpExecArray | null;
      while ((more = next.exec(text.slice(at, end)))) {
        const listed = more[1]!;
        // ("các tỉnh Đắk Lắk, Hải Dương, TP.HCM": an abbreviation ends the list of names)
        if (listed.length < 3 || /^\p{Lu}/u.test(text.slice(at + more[0].length, at + more[0].length + 1))) break;
        out.push({ start: at + more[0].length - listed.length, end: at + more[0].length, name: listed, type, typed: true });
        at += more[0].length;
      }
      PLACE.lastIndex = Math.max(PLACE.lastIndex, at);
    }
  }
  if (COUNTED_TYPE_HINT.test(bounded.slice(start))) {
    const named = namesAfterCountedType(text, start, end, out);
    if (named.length) return [...out, ...named].sort((a, b) => a.start - b.start);
  }
  return out;
}

// "chỉ có 2 huyện là Đức Linh (tỷ lệ chỉ số 89,33%) và Bắc Bình (…)": the type word, counted, then the names it covers
const COUNTED_TYPE_HINT = /(?:huyện|xã|phường|quận|thị xã|thị trấn)\s+(?:là|gồm|như)\s/iu;
const COUNTED_TYPE_THEN_NAMES = /(?<![\p{L}])(?:\d+|các|những|hai|ba|bốn|năm)\s+(huyện|xã|phường|quận|thị xã|thị trấn)\s+(?:là|gồm|gồm có|như)\s*:?\s*/gu;
const NAME_ITEM = new RegExp(`^(${SYL}(?:\\s+${SYL}){0,3})(?:\\s*\\([^()]{0,80}\\))?(?:\\s*,\\s*|\\s+và\\s+)?`, 'u');
function namesAfterCountedType(text: string, start: number, end: number, found: PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  const lower = text.slice(start, end).toLowerCase();
  COUNTED_TYPE_THEN_NAMES.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = COUNTED_TYPE_THEN_NAMES.exec(lower)); ) {
    const type = typeOf(m[1]!);
    let at = start + m.index + m[0].length;
    for (let item: RegExpExecArray | null; (item = NAME_ITEM.exec(text.slice(at, end))); ) {
      const words = item[1]!.split(/\s+/);
      let name: string | null = null;
      for (let n = words.length; !name && n >= 1; n--) if (isKnownName(words.slice(0, n).join(' '), type)) name = words.slice(0, n).join(' ');
      if (!name) break;
      if (!found.some((p) => p.start === at)) out.push({ start: at, end: at + name.length, name, type, typed: true });
      at += item[0].length;
      if (!/(?:,|và)\s*$/u.test(item[0])) break;
    }
  }
  return out;
}

// The same few place names recur in every article: remember what the gazetteer says of them.
const named = new Map<string, GazetteerUnit[]>();
function unitsNamed(name: string, type: UnitType, era: Era): GazetteerUnit[] {
  const key = `${era}|${type}|${name}`;
  let hit = named.get(key);
  if (!hit) {
    hit = findUnits(name, { types: typesFor(type), era });
    if (named.size > 50_000) named.clear();
    named.set(key, hit);
  }
  return hit;
}

function isKnownName(name: string, type: UnitType): boolean {
  return unitsNamed(name, type, 'pre2025').length > 0 || unitsNamed(name, type, '2025').length > 0;
}

function rawLength(raw: string, name: string): number {
  if (/^\d/.test(raw)) return raw.length;
  return raw.split(/\s+/).slice(0, name.split(/\s+/).length).join(' ').length;
}

/** Thành phố covers both the province-level cities and the cities inside a province. */
function typesFor(type: UnitType): UnitType[] {
  return type === 'thành phố' || type === 'tỉnh' ? ['thành phố', 'tỉnh'] : [type];
}

let provinceNamePattern: RegExp | undefined;
/** Bare province names ("Quảng Ninh dẫn đầu"), as national rankings write them. */
export function findBareProvinces(text: string, start: number, end: number): PlaceMention[] {
  provinceNamePattern ??= buildProvincePattern();
  const out: PlaceMention[] = [];
  const bounded = text.slice(0, end);
  provinceNamePattern.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = provinceNamePattern.exec(bounded))) {
    const unit = findProvince(m[0]);
    if (unit) out.push({ start: m.index, end: m.index + m[0].length, name: m[0], type: unit.type, typed: false });
  }
  return out;
}

function buildProvincePattern(): RegExp {
  const names = new Set<string>();
  for (const era of ['pre2025', '2025'] as const) {
    for (const u of provincesOf(era)) {
      names.add(u.name);
      for (const a of u.aliases) names.add(a.name);
    }
  }
  // one-syllable names (Huế) are too easily a word of the sentence; they need their type word
  const alts = [...names].filter((n) => /\s/.test(n)).sort((a, b) => b.length - a.length).map((n) => n.replace(/\s*[-–]\s*/g, '\\s?[-–]\\s?')
    // (a syllable closed by k is written with or without its tone: "Đắk Lắk", "Đăk Lăk")
    .replace(/ắk/g, '[ắă]k'));
  return new RegExp(`(?<![\\p{L}])(?:${alts.join('|')})(?![\\p{L}])`, 'gu');
}

let provinceCache: Record<Era, GazetteerUnit[]> | undefined;
function provincesOf(era: Era): GazetteerUnit[] {
  provinceCache ??= {
    pre2025: [...allUnits('pre2025')].filter((u) => u.level === 1),
    '2025': [...allUnits('2025')].filter((u) => u.level === 1),
  };
  return provinceCache[era];
}

/** The gazetteer unit a mention names, settled by the provinces in context; null when unknown or ambiguous. */
export function resolveUnit(mention: Pick<PlaceMention, 'name' | 'type'>, resolver: PlaceResolver): GazetteerUnit | null {
  if (mention.type === 'vùng') return null;
  const eras: Era[] = resolver.era === 'pre2025' ? ['pre2025', '2025'] : ['2025', 'pre2025'];
  for (const era of eras) {
    const found = unitsNamed(mention.name, mention.type, era);
    if (found.length === 0) continue;
    if (found.length === 1) return found[0]!;
    const hinted = found.filter((u) => resolver.provinceHints.has(u.provinceCode));
    if (hinted.length >= 1) return hinted.sort((a, b) => Number(b.type === mention.type) - Number(a.type === mention.type) || a.level - b.level)[0]!;
    const sameType = found.filter((u) => u.type === mention.type);
    if (sameType.length === 1) return sameType[0]!;
    // a province and a city of the same name (Hà Tĩnh): the province, unless the text said thành phố
    const provinces = found.filter((u) => u.level === 1);
    if (provinces.length === 1 && mention.type !== 'thành phố') return provinces[0]!;
    return null;
  }
  return null;
}

export function toLocality(mention: Pick<PlaceMention, 'name' | 'type' | 'typed'>, unit: GazetteerUnit | null, fallbackProvince: string | null): Locality {
  if (mention.type === 'vùng') return { name: mention.name, type: 'vùng', province: null, code: null };
  if (!unit) return { name: mention.name, type: mention.type, province: mention.type === 'tỉnh' ? mention.name : fallbackProvince, code: null };
  const province = provinceOf(unit);
  // the type as the text wrote it when the gazetteer knows it under that type (aliases keep older types)
  const type = mention.typed && (unit.type === mention.type || unit.aliases.some((a) => a.type === mention.type)) ? mention.type : unit.type;
  // an older name keeps its own type: "Thừa Thiên Huế" was a tỉnh until 2025
  const alias = unit.aliases.find((a) => nameKey(a.name) === nameKey(mention.name));
  const asWritten = alias ? mention.name : unit.name;
  return { name: asWritten, type: alias && !mention.typed ? alias.type : type, province: province.name, code: unit.code };
}

export const VIETNAM: Locality = { name: 'Việt Nam', type: 'quốc gia', province: null, code: null };
