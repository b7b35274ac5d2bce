// The tier of bodies a figure covers (scope) and the department or body it is about (agency).
import { alternation } from '../lexicon/patterns.ts';
import { DEPARTMENT_FIELDS, MINISTRY_ONLY, NATIONAL_BODY, OTHER_BODIES, PROVINCIAL_BODY, fieldName } from '../lexicon/agencies.ts';

export type Scope = 'tỉnh' | 'huyện' | 'xã';

const SCOPE_MARKERS: Array<[RegExp, Scope]> = [
  [/cấp xã|(?:các|những|tại|ở|của)\s+xã(?:,\s*(?:phường|thị trấn))*|(?:các|tại)\s+phường|xã,\s*(?:phường|thị trấn)|ubnd (?:các |cấp )?(?:xã|phường)|ủy ban nhân dân (?:các |cấp )?xã|bộ phận (?:một cửa|tiếp nhận và trả kết quả) (?:cấp |các )?xã/gu, 'xã'],
  [/cấp huyện|ubnd (?:huyện|thị xã|quận)(?![\p{L}])|ủy ban nhân dân (?:huyện|thị xã|quận)|các (?:cơ quan|phòng),?\s*(?:ban|chuyên môn)[^,;]{0,30}(?:huyện|thị xã)|phòng,\s*ban,?\s*(?:ngành\s*)?(?:huyện|thị xã)|bộ phận (?:một cửa|tiếp nhận và trả kết quả) (?:của |cấp )?(?:ubnd )?(?:huyện|thị xã)/gu, 'huyện'],
  [/cấp tỉnh|các sở,?\s*ban,?\s*ngành|các sở,?\s*ngành/gu, 'tỉnh'],
];
// The district itself as the subject: "Thị xã thực hiện công khai 295 TTHC", "huyện đã tiếp nhận"
const SELF_SUBJECT = /(?:^|[,.:;]\s*)(?:thị xã|huyện|quận)\s+(?:đã|đang|thực hiện|tiếp nhận|giải quyết|có|công khai|niêm yết)/gu;
// both tiers together: "Bộ phận một cửa và các xã", "UBND huyện và các xã, thị trấn"
const BOTH_TIERS = /(?:bộ phận (?:"|“)?một cửa(?:"|”)?|ubnd huyện|cấp huyện|huyện)\s+và\s+(?:ubnd\s+)?(?:các|cấp)\s+xã|từ huyện đến (?:xã|cơ sở)|cả (?:hai|2) cấp/u;

/** Scope for a figure at `pos` of lower-case `sentence` (right: the figure's own phrase, e.g. "thủ tục cấp huyện"). */
export function scopeAt(sentence: string, pos: number, right: string): Scope | null {
  const own = /^\s*(?:hồ sơ|thủ tục|tthc|dịch vụ công)?[^,;]{0,45}?cấp (xã|huyện|tỉnh)/u.exec(right);
  if (own) return own[1] as Scope;
  const before = sentence.slice(0, pos);
  let best: { at: number; end: number; scope: Scope } | null = null;
  for (const [re, scope] of SCOPE_MARKERS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(before))) if (!best || m.index >= best.at) best = { at: m.index, end: m.index + m[0].length, scope };
  }
  SELF_SUBJECT.lastIndex = 0;
  let s: RegExpExecArray | null;
  while ((s = SELF_SUBJECT.exec(before))) if (!best || s.index > best.at) best = { at: s.index, end: s.index + s[0].length, scope: 'huyện' };
  if (!best) return null;
  if (BOTH_TIERS.test(before.slice(Math.max(0, best.at - 40), best.end + 5))) return null;
  return best.scope;
}

// Sở/Bộ + a field (full or abbreviated) or one of the other bodies, built from the lexicon
const FIELDS = alternation(DEPARTMENT_FIELDS.flatMap((f) => f.written));
const AGENCY = new RegExp(`(?<![\\p{L}])((?:Sở|Bộ)\\s+(?:${FIELDS})(?![\\p{L}])|${OTHER_BODIES.join('|')})`, 'gu');
// "Theo Sở Nội vụ", "Giám đốc Sở Nội vụ": the source or a person's title, not the body the figure is about
const NOT_SUBJECT = /(?:theo(?:\s+[\p{L}]+){0,4}?(?: của| do| từ)|theo(?: báo cáo| thông tin| đánh giá| kết quả)?|do|bởi|giám đốc|phó giám đốc|lãnh đạo|đại diện|chánh văn phòng|bộ trưởng|thứ trưởng|ông|bà|đồng chí|phối hợp với|cùng|chủ trì)\s*(?:báo cáo của\s*)?$/iu;

export interface AgencyMention {
  name: string;
  start: number;
  end: number;
  national: boolean;
  /** Serves the province (Sở, Văn phòng UBND tỉnh, a centre named "tỉnh"); otherwise the unit named after it or the subject. */
  provincial: boolean;
}

/** The bodies text[start, end) names in subject position (original case), with offsets into `text`. */
export function agenciesIn(text: string, start: number, end: number): AgencyMention[] {
  const sentence = text.slice(start, end);
  const out: AgencyMention[] = [];
  AGENCY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AGENCY.exec(sentence))) {
    if (NOT_SUBJECT.test(sentence.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "Bộ Nội vụ công bố ...": the body that announces, not the one measured
    if (/^\s*(?:đã\s+)?(?:công bố|ban hành|thông báo|tổ chức|chủ trì|thẩm định|hướng dẫn|kiểm tra|đề nghị|yêu cầu|phối hợp)/u.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 25))) continue;
    const name = canonicalAgency(m[1]!);
    if (/^Sở /u.test(name) && MINISTRY_ONLY.has(name.slice(3))) continue;
    const provincial = PROVINCIAL_BODY.test(name) || /\s(?:tỉnh|thành phố)$/u.test(m[1]!);
    out.push({ name, start: start + m.index, end: start + m.index + m[0].length, national: NATIONAL_BODY.test(name), provincial });
  }
  return out;
}

/** "Sở GTVT" → "Sở Giao thông vận tải"; "Trung tâm Hành chính công tỉnh" → "Trung tâm Phục vụ hành chính công". */
function canonicalAgency(written: string): string {
  const head = /^(Sở|Bộ)\s+(.+)$/u.exec(written);
  if (head) return `${head[1]} ${fieldName(head[2]!)}`;
  // "Công an tỉnh" is the body's name; "Sở Tư pháp tỉnh", "Văn phòng UBND tỉnh" keep it too, a centre drops it
  if (/^(?:Công an|Thanh tra|Văn phòng)/u.test(written)) return written;
  return written.replace(/\s+(?:tỉnh|thành phố)$/u, '').replace(/^Trung tâm (?:Dịch vụ )?[Hh]ành chính công$/u, 'Trung tâm Phục vụ hành chính công').trim();
}

/** Agency names in lower-case text, for taking them out of a list item's words. */
export const AGENCY_LC = new RegExp(AGENCY.source.replace('(?<![\\p{L}])', '(?<![\\p{L}])'), 'giu');

/** The body a figure at `pos` is about: the nearest named before it. */
export function agencyBefore(agencies: AgencyMention[], pos: number): AgencyMention | null {
  let found: AgencyMention | null = null;
  for (const a of agencies) if (a.start < pos) found = a;
  return found;
}
