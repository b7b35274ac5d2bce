// Where a figure is: its own place in the sentence, the places a list shares out, a ranking's "là X",
// a department's unit, the nation for ministries; else the paragraph's or the article's subject.
import type { Locality } from '../../src/model/fact.ts';
import type { Sentence } from '../text/segment.ts';
import { VIETNAM } from '../localities/rules.ts';
import type { AgencyMention } from '../localities/scope.ts';
import type { Assignment } from './figure.ts';
import type { DocumentPlaces, ResolvedPlace } from './places.ts';

export interface SentencePlaces {
  doc: DocumentPlaces;
  sentence: Sentence;
  /** Lower-case canonical document text and the original-case one. */
  lc: string;
  text: string;
  places: ResolvedPlace[];
  topic: Locality | null;
  /** Figure start → place, or the agency it is of, from "lần lượt" lists. */
  respective: Map<number, Locality | AgencyMention>;
}

// The figures of ministries and central bodies are the nation's.
const NATIONAL_PORTAL_SUBJECT = /(?<!(?:trên|qua|vào|lên|từ|tại|với|của)\s)cổng (?:dịch vụ công|dvc) quốc gia(?!\s*(?:đánh giá|,? (?:của|tỉnh|thành phố|cấp|tại|trên địa bàn)))/gu;
const NATIONAL_BLOCK = /khối (?:các )?bộ|(?:các )?bộ,\s*cơ quan ngang bộ|bộ, ngành trung ương|cơ quan thuộc chính phủ/u;
// "của thành phố", "toàn huyện": the unit the article is about, named by its type alone
const SELF_REFERENCE = /(?<!(?:nhất|đầu|cuối)\s)(?:của|toàn|trên địa bàn|tại|ở)\s+(?:cả\s+)?(thành phố|huyện|thị xã|quận|tỉnh)(?![\p{L}])/gu;

/** The place(s) of a figure at [at, figEnd). Several when one rate or score is said of a list of places; null when
 *  the figure is about no unit (a sum over a few named places). */
export function placesOfFigure(ctx: SentencePlaces, at: number, figEnd: number, a: Assignment): Locality[] | null {
  const { doc, sentence, lc, text, places } = ctx;
  const own = ctx.respective.get(at);
  // (an agency's item takes the agency's place: the caller places it)
  if (own) return isAgencyMention(own) ? [] : [own];
  const isIndex = /^(?:par|sipas|service)_/u.test(a.metric);
  // "Trên phạm vi cả nước, tỷ lệ ...": the nation as the subject of the sentence
  const opening = lc.slice(sentence.start, at);
  if ((/^(?:trên|trong)? ?(?:phạm vi )?(?:cả nước|toàn quốc)\s*[,:]/u.test(opening) || /(?:^|[,:]\s*)(?:các|tất cả các) bộ, ngành,? (?:và )?(?:các )?địa phương/u.test(opening)) && !places.some((p) => p.end <= at)) return [VIETNAM];
  // "Cổng DVC quốc gia được khai trương …, đến nay đã cung cấp …; hơn 4,78 triệu hồ sơ trực tuyến thực hiện từ Cổng": the
  // national portal as the subject is the nation's (spec); "trên Cổng dịch vụ công quốc gia" is only a unit's channel
  const portal = opening.includes('quốc gia') ? lastMatch(NATIONAL_PORTAL_SUBJECT, opening) : -1;
  if (portal >= 0 && !places.some((p) => p.start >= sentence.start + portal && p.end <= at)) return [VIETNAM];
  // (not the assessors: "Theo kết quả đánh giá của các bộ, ngành Trung ương …, tỉnh Phú Yên đạt 79,66%" is the province's)
  if (isIndex) {
    const block = NATIONAL_BLOCK.exec(lc.slice(sentence.start, sentence.end));
    if (block && !places.some((p) => p.start >= sentence.start + block.index + block[0].length && p.end <= at)) return [VIETNAM];
  }
  // "Khối bộ, ngành đạt 63,47%", "khối tỉnh, thành chỉ đạt 18,54%": a bloc is no locality, its figure is the nation's (spec)
  const bloc = lastMatch(BLOC, opening);
  if (bloc >= 0 && !places.some((p) => p.start >= sentence.start + bloc && p.end <= at)) return [VIETNAM];
  // "Chỉ số SIPAS cả nước đạt 80,08%": the nation as the subject, not a ranking's scope ("dẫn đầu cả nước")
  const nation = /(?:chỉ số[^,;]{0,40}?|sipas|par index|của|trung bình)\s+(?:cả nước|toàn quốc)\s*(?:năm \d{4}\s*)?(?:đạt|là|với)?\s*$/u;
  if (isIndex && nation.test(lc.slice(sentence.start, at)) && !places.some((p) => p.start < at && p.start > at - 60)) return [VIETNAM];
  // "Người dân hài lòng … nói chung trong cả nước năm 2023 (SIPAS 2023) ở mức 82,66%": the nation, no unit named since
  if (!a.metric.endsWith('_rank') && !a.metric.endsWith('_rank_change')) {
    const nationAt = lastMatch(NATION_IN_SENTENCE, opening);
    if (nationAt >= 0 && !places.some((p) => p.start >= sentence.start + nationAt && p.end <= at) && !RANK_SCOPE_BEFORE.test(opening.slice(Math.max(0, nationAt - 60), nationAt))) return [VIETNAM];
  }
  if (a.metric.endsWith('_rank')) {
    // "xếp thứ 2 là thành phố Vinh"
    // "xếp thứ 2 là thành phố Vinh", "đứng thứ 2 tỉnh Thái Nguyên đạt 90,29%"
    const named = places.find((p) => p.start >= figEnd && /^\s*(?:là|thuộc về|:)?\s*(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)?\s*$/u.test(lc.slice(figEnd, p.start)) && (p.unit !== null || p.type === 'vùng'));
    if (named) return [named.locality];
  }
  const listedAfter = placesListedAfter(ctx, at, figEnd);
  if (listedAfter.length) return listedAfter;
  const before = places.filter((p) => p.end <= at);
  for (let i = before.length - 1; i >= 0; i--) {
    const p = before[i]!;
    const level = p.unit?.level ?? (p.type === 'tỉnh' ? 1 : 2);
    // a province named in passing (UBND tỉnh X công bố ...) does not take a district's figure
    if (level === 1 && doc.subjectLevel > 1 && !inSubjectPosition(lc, p, a)) continue;
    // "huyện Yên Thành cho biết: ... trên địa bàn huyện": the unit just named; another tier means the article's own
    const self = selfReferenceAfter(lc, text, p.end, at);
    if (self && self !== p.type) break;
    const group = coordinated(lc, before.slice(0, i + 1));
    // one rate for several places is each one's; one count for several places is their sum, no unit's figure
    // (units of one tier: "phường Phú An, TPHCM" is a ward and its city, not two units)
    if (group.length > 1 && group.every((g) => levelOf(g) === levelOf(p))) return isCount(a) ? null : group.map((g) => g.locality);
    return [p.locality];
  }
  const self = selfReferenceAfter(lc, text, sentence.start, at);
  if (self) return [self === 'tỉnh' ? doc.province ?? doc.subject : doc.subject].filter((x): x is Locality => x !== null);
  const fallback = ctx.topic ?? doc.subject;
  return fallback ? [fallback] : [];
}

// "Những địa phương có tỷ lệ … đạt 100% là các xã … thuộc TP.Thủ Dầu Một, TX.Bến Cát …", "nhiều xã, phường có tỷ lệ … 100% …,
// như phường Tam Kỳ, Hội An Đông": a group's one value, then the places that make it up
const GROUP_SUBJECT = /(?:những|nhiều|các|một số|có)\s+(?:địa phương|đơn vị|xã|phường|huyện|tỉnh|sở|cơ quan)[^.;]*$/u;
const LIST_OPENS = /^[^.;]{0,80}?(?:[,:]\s*|\s)(?:là|như|gồm|gồm có|bao gồm|thuộc về)\s/u;

function placesListedAfter(ctx: SentencePlaces, at: number, figEnd: number): Locality[] {
  const { lc, sentence, places } = ctx;
  if (places.some((p) => p.end <= at && p.start >= sentence.start) || !GROUP_SUBJECT.test(lc.slice(sentence.start, at))) return [];
  const opens = LIST_OPENS.exec(lc.slice(figEnd, sentence.end));
  if (!opens) return [];
  const from = figEnd + opens[0].length;
  const listed = places.filter((p) => p.start >= from);
  // the list must start right there and run on by commas, "và" or a new type word
  if (listed.length < 2 || listed[0]!.start - from > 40) return [];
  return listed.map((p) => p.locality);
}

const BLOC = /(?:^|[,;(]\s*)(?:còn\s+|trong đó\s+|riêng\s+)?khối (?:các\s+)?(?:bộ|tỉnh)(?![\p{L}])/gu;
const NATION_IN_SENTENCE = /(?:(?:trong|của|trên|toàn|ở|tại)\s+(?:phạm vi\s+)?(?:cả nước|toàn quốc)|\(\s*(?:cả nước|toàn quốc)\s+(?:là|đạt))(?![\p{L}])/gu;
// "dẫn đầu cả nước", "đứng thứ 5 trong cả nước": the nation as a ranking's scope, not the figure's place
// ("xếp hạng 11/63 tỉnh, thành phố trong cả nước": the pool's name may hold its comma)
const RANK_SCOPE_BEFORE = /(?:dẫn đầu|đứng đầu|xếp|đứng|thứ\s*\d*|cao nhất|thấp nhất)(?:[^,;]|, thành){0,40}$/u;

function lastMatch(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let at = -1;
  for (let m: RegExpExecArray | null; (m = re.exec(s)); ) at = m.index;
  return at;
}

function levelOf(p: ResolvedPlace): number {
  return p.unit?.level ?? (p.type === 'tỉnh' ? 1 : p.type === 'vùng' ? 0 : 2);
}

function isCount(a: Assignment): boolean {
  return a.metric.startsWith('dossiers_') || a.metric === 'procedures_total' || a.metric === 'surveys' || a.metric.startsWith('online_services');
}

function inSubjectPosition(lc: string, p: ResolvedPlace, a: Assignment): boolean {
  const tail = lc.slice(p.end, p.end + 30);
  const head = lc.slice(Math.max(0, p.start - 12), p.start);
  return /^\s*(?:đạt|xếp|đứng|dẫn đầu|có|đã|tiếp nhận|giải quyết|năm|với|là)/u.test(tail) || /(?:của|toàn|tại|ở)\s*$/u.test(head) || /^(?:par|sipas)_/u.test(a.metric);
}

/** "TP Hội An, TP Tam Kỳ có tỷ lệ ... 99,5%": the places joined by commas or "và" right before the figure. */
const RANK_NAMES_BEFORE = /(?:thứ|hạng|vị trí)\s*(?:\d+|nhất|nhì|hai|ba)\s*(?:là|:|thuộc về)\s*(?:ubnd\s+)?(?:thành phố|tỉnh|huyện|quận|thị xã|xã|phường|tp\.?)?\s*$/u;
function coordinated(lc: string, before: ResolvedPlace[]): ResolvedPlace[] {
  const group = [before[before.length - 1]!];
  for (let i = before.length - 2; i >= 0; i--) {
    if (!/^\s*(?:,|và)\s*$/u.test(lc.slice(before[i]!.end, group[0]!.start))) break;
    // ("xếp vị trí thứ 2 là thành phố Hải Phòng và Hà Nội xếp thứ 3": a place another rank names is no part of this one)
    if (RANK_NAMES_BEFORE.test(lc.slice(Math.max(0, before[i]!.start - 40), before[i]!.start))) break;
    group.unshift(before[i]!);
  }
  return group;
}

function selfReferenceAfter(lc: string, text: string, from: number, to: number): string | null {
  SELF_REFERENCE.lastIndex = from;
  const bounded = lc.slice(0, to); // a failed search must not run on to the document's end
  let m: RegExpExecArray | null;
  while ((m = SELF_REFERENCE.exec(bounded))) {
    // "của huyện Chợ Gạo" names a unit; "của huyện" alone means the article's own
    if (/^\s*[\p{Lu}\d]/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    return m[1]!;
  }
  return null;
}

/** A body serves the place named right after it ("Trung tâm ... phường X"), else the province for a Sở, else the figure's place. */
export function agencyPlace(agency: AgencyMention, ctx: SentencePlaces, figurePlace: Locality | null): Locality | null {
  if (agency.national) return VIETNAM;
  return ctx.places.find((p) => p.start - agency.end >= 0 && p.start - agency.end <= 2)?.locality
    ?? (agency.provincial ? ctx.doc.province ?? figurePlace : figurePlace);
}

/** An agency is the figure's subject only when no other place stands between them ("Bộ Nội vụ công bố, tỉnh X đạt ..."). */
export function agencyApplies(agency: AgencyMention, ctx: SentencePlaces, at: number): boolean {
  // a district's or commune's own service centre is that unit's office, not a department ("Trung tâm ... phường X")
  const served = ctx.places.find((p) => p.start - agency.end >= 0 && p.start - agency.end <= 2);
  if (served && !agency.provincial && served.type !== 'tỉnh' && !(served.type === 'thành phố' && served.unit?.level === 1)) return false;
  return !ctx.places.some((p) => p.start > agency.end + 2 && p.end <= at);
}

/** "các xã A, B và C ... lần lượt là x, y và z": the k-th figure after "lần lượt" belongs to the k-th place. */
export function respectivePlaces(lc: string, sentence: Sentence, places: ResolvedPlace[], figureStarts: (from: number) => number[], agencies: AgencyMention[] = []): Map<number, Locality | AgencyMention> {
  const out = new Map<number, Locality | AgencyMention>();
  const found = lc.slice(sentence.start, sentence.end).indexOf('lần lượt');
  if (found < 0) return out;
  const at = sentence.start + found;
  // ("Sở Giao thông-Vận tải và huyện Ia Grai đứng đầu … với số điểm lần lượt là 91,39 và 80,94": a department and a
  // district, each with its own figure; a place right after an agency is the agency's, no item of its own)
  const units: Array<{ start: number; unit: Locality | AgencyMention }> = [
    ...places.filter((p) => p.end <= at && !agencies.some((g) => p.start - g.end >= 0 && p.start - g.end <= 2)).map((p) => ({ start: p.start, unit: p.locality as Locality })),
    ...agencies.filter((g) => g.end <= at).map((g) => ({ start: g.start, unit: g as AgencyMention })),
  ].sort((x, y) => x.start - y.start);
  const figures = figureStarts(at);
  if (units.length < 2 || figures.length < 2) return out;
  const listed = units.slice(-Math.min(units.length, figures.length));
  // (places only, as before, unless an agency is among the items)
  if (!listed.some((u) => isAgencyMention(u.unit)) || listed.length === figures.length) listed.forEach((u, k) => out.set(figures[k]!, u.unit));
  return out;
}

export function isAgencyMention(x: Locality | AgencyMention): x is AgencyMention {
  return 'national' in x;
}
