// Figures without words of their own: the items of a list, the figure of a comparison, and the items before
// a list's last one when only that one names the metric ("TP Đà Lạt có 2.146 hồ sơ, ..., huyện Di Linh 604 hồ sơ quá hạn").
import type { Metric } from '../../src/model/fact.ts';
import type { Assignment, Figure } from './figure.ts';
import type { ResolvedPlace } from './places.ts';
import { AGENCY_LC } from '../localities/scope.ts';
import { fromToRole } from './from-to.ts';
import { GROUP_BOUND } from '../rates/rules.ts';
import { NOT_DOSSIER_TOPIC } from '../dossiers/cues.ts';
import { alternation, firstWordAt } from '../lexicon/patterns.ts';
import { DIRECTIVE_ADDRESSEES, DIRECTIVE_OPENINGS, TARGET_MET_BEFORE, TARGET_WORDS } from '../lexicon/targets.ts';

// A list runs to a few dozen items at most; looking further back only costs time on pathological text.
const LOOKBACK = 40;

export interface Claimed {
  figure: Figure;
  assigned: Assignment[];
  /** A count of part of the caseload: no figure, and no list item to fill. */
  vetoed?: boolean;
  /** A level compared with in brackets ("(82,2% so với 75,3%)"): a list runs past it. */
  aside?: boolean;
  /** A part, in brackets, of a vetoed count ("2.239 hồ sơ (trong đó: Tiếp nhận 1.076 hồ sơ; …)"). */
  inVetoedBracket?: boolean;
}

// Targets and plans are not results (lexicon/targets.ts).
const targetAt = firstWordAt(TARGET_WORDS);
const DIRECTIVE = new RegExp(`^[\\s\\-–+•*]*(?:${alternation(DIRECTIVE_OPENINGS)})\\s`, 'u');
// a directive said by its issuer early in the sentence: "UBND thành phố Đà Nẵng yêu cầu UBND các xã, phường …"
const DIRECTIVE_VERB = new RegExp(`^[^,.;:]{0,80}?(?<![\\p{L}])(?<!theo )(?:${alternation(DIRECTIVE_OPENINGS)})\\s+(?:${alternation(DIRECTIVE_ADDRESSEES)})(?![\\p{L}])`, 'u');
// ("Năm 2022, Chủ tịch UBND TP. Phan Thiết yêu cầu các cơ quan, đơn vị … đảm bảo hồ sơ … 98%": the issuer named, anywhere)
const ISSUER_DIRECTIVE = new RegExp(`(?<![\\p{L}])(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân|chủ tịch|thủ tướng|chính phủ|bộ trưởng|giám đốc)(?![\\p{L}])[^,;]{0,50}?\\s(?:${alternation(DIRECTIVE_OPENINGS)})\\s+(?:${alternation(DIRECTIVE_ADDRESSEES)})(?![\\p{L}])`, 'u');
const MET_BEFORE = new RegExp(`(?:${alternation(TARGET_MET_BEFORE)})\\s*$`, 'u');

// every target word and directive holds one of these: the patterns run only where one stands
const TARGET_HINT = /phấn|mục tiêu|chỉ tiêu|giao|đề ra|đặt ra|phải|cần|yêu cầu|dự |sẽ |nhằm|để đạt|hướng tới|kế hoạch|tiêu chí|đề nghị|chỉ đạo|đôn đốc|kiến nghị/u;

/** Where the first target word of `s` stands (-1 if none): figures after it are plans, not results. */
export function targetPosition(s: string): number {
  if (!TARGET_HINT.test(s)) return -1;
  if (DIRECTIVE.test(s)) return 0;
  const issued = DIRECTIVE_VERB.exec(s) ?? ISSUER_DIRECTIVE.exec(s);
  if (issued) return issued.index + issued[0].length;
  // a target met ("vượt mục tiêu") is a result; a target word after it starts a plan again ("vượt xa so với mục tiêu của
  // tỉnh đề ra là phải đạt 80%")
  for (let from = 0; from < s.length;) {
    const at = targetAt(from ? s.slice(from) : s);
    if (at < 0) return -1;
    // ("đạt 63,47% (mục tiêu 70%), còn khối tỉnh chỉ đạt 18,54%": a target in brackets is an aside; only its own figures are plans)
    if (/\(\s*$/u.test(s.slice(Math.max(0, from + at - 3), from + at))) {
      const close = s.indexOf(')', from + at);
      if (close > 0) { from = close + 1; continue; }
    }
    if (!MET_BEFORE.test(s.slice(Math.max(0, from + at - 14), from + at))) return from + at;
    from += at + 1;
  }
  return -1;
}

// written so that no two repeats can take the same characters: stacked `[\s,;:()]*` groups backtrack exponentially
const SEP = '[\\s,;:()]*';
const FILLER = new RegExp(
  `^${SEP}(?:(?:và|còn|riêng|tiếp theo|trong đó|trong số đó|trong khi|khi đó|cao nhất|thấp nhất|nhiều nhất|ít nhất|dẫn đầu|đứng đầu|đứng sau)${SEP})?`
  + `(?:(?:và|còn)${SEP})?(?:(?:là|có|đạt|với|được|chỉ|chiếm)[\\s(:]*)?$`, 'u');
// a list item may name its own tier or year: "cấp huyện đạt 97,3%, cấp xã đạt 99,5%"; "năm 2022 là 98,76%"
const ITEM_LABEL = /cấp (?:tỉnh|huyện|xã)|khối [\p{L}, ]{2,30}?(?=\s(?:là|có|đạt|với))|(?:năm|quý|tháng) [\dIVX]+(?:\/\d{4})?|cùng kỳ(?: năm \d{4})?/gu;
// "tăng 8,7% so với cùng kỳ (17.802 hồ sơ)": a comparison within the clause (no semicolon after its leading separators)
function isComparison(left: string): boolean {
  const rest = left.replace(/^[\s,;]+/u, '');
  return !rest.includes(';') && (rest.includes('so với') || rest.includes('cùng kỳ'));
}

// every agency name holds one of these words: the agency pattern runs only where one stands
const AGENCY_HINT = /sở |bộ |công an|ban |văn phòng|trung tâm|cục |bảo hiểm|kho bạc|thanh tra|ngân hàng|chi nhánh|ủy ban|uỷ ban/u;

function withoutPlaces(left: string, figure: Figure, places: ResolvedPlace[], lc: string): string {
  const leftStart = figure.mention.qualifiedStart - left.length;
  let out = left;
  for (const p of places) if (p.start >= leftStart && p.end <= figure.mention.qualifiedStart) out = out.replace(lc.slice(p.start, p.end), ' ');
  // an agency names a list item as a place does ("Công an tỉnh 3,8 ngàn HS, Sở Công Thương 1,7 ngàn HS")
  return (AGENCY_HINT.test(out) ? out.replace(AGENCY_LC, ' ') : out).replace(ITEM_LABEL, ' ');
}

function compatible(a: Figure, b: Figure): boolean {
  return a.mention.percent === b.mention.percent && (a.noun === 'bare' || b.noun === 'bare' || a.noun === b.noun);
}

function valueFor(a: Assignment, f: Figure): number {
  return a.metric.endsWith('_rate') || !f.mention.hasDecimals ? f.mention.value : f.mention.thousandsReading ?? f.mention.value;
}

/** The text between two offsets with the place names taken out. */
function between(lc: string, from: number, to: number, places: ResolvedPlace[]): string {
  let out = '';
  let at = from;
  for (const p of places) {
    if (p.end <= from || p.start >= to) continue;
    out += lc.slice(at, Math.max(at, p.start)) + ' ';
    at = Math.max(at, p.end);
  }
  return out + lc.slice(at, Math.max(at, to));
}

/** "huyện A tiếp nhận 5.000 hồ sơ, huyện B 4.000 hồ sơ"; "tăng 8,7% so với cùng kỳ năm 2019 (17.802 hồ sơ)". */
const BRACKET_ITEM = /^\s*\)\s*(?:[,;]\s*(?:và\s+)?|và\s+)[^\d(),;:.]{2,60}\(\s*$/u;
const CHANGE_AT_END = /(?:tăng|giảm|hơn|kém)\s*$/u;
const OWN_LEVEL = /^[^,;]{0,30}?(?:mức|cấp) độ \d/u;

export function continuesList(figure: Figure, earlier: Claimed[], places: ResolvedPlace[], lc: string): Assignment[] {
  if (figure.mention.of !== null) return nextFractionItem(figure, earlier, places, lc);
  let prevIndex = -1;
  for (let k = earlier.length - 1; k >= Math.max(0, earlier.length - LOOKBACK); k--) if (earlier[k]!.assigned.length) { prevIndex = k; break; }
  if (prevIndex < 0) return [];
  const prev = earlier[prevIndex]!;
  // ("đã tiếp nhận và giải quyết 41.484 hồ sơ (trong đó cấp huyện là 12.932 hồ sơ, …)": items of a figure of two verbs share both)
  const sharedVerbs = prev.assigned.length === 2 && prev.assigned[0]!.value === prev.assigned[1]!.value && !prev.assigned.some((a) => a.metric.endsWith('_rate'));
  if ((prev.assigned.length !== 1 && !sharedVerbs) || !compatible(figure, prev.figure)) return [];
  // an item naming a level of its own ("155 TTHC ở cấp độ 2") is not the previous item's kind
  if (OWN_LEVEL.test(figure.right)) return [];
  const left = withoutPlaces(figure.left, figure, places, lc);
  // ("trễ hạn 21 hồ sơ (13 hồ sơ do lỗi hệ thống)": a count in a bracket opened right after a count is its aside, no next item)
  if (!figure.mention.percent && prevIndex === earlier.length - 1 && /^\s*\(\s*$/u.test(figure.left) && !prev.figure.mention.percent) return [];
  const adjacent = earlier.slice(prevIndex + 1).every((c) => c.aside);
  // "cấp chứng minh nhân dân (82,2% so với 75,3%), cấp giấy phép xây dựng (72,2% …)": labelled items with their values in brackets
  const bracketItem = adjacent && /\(\s*$/u.test(prev.figure.left) && BRACKET_ITEM.test(left);
  if (!(adjacent && FILLER.test(left)) && !isComparison(left) && !bracketItem) return [];
  // ("đạt 3,45%, trong đó so với kỳ báo cáo tháng 7 giảm 3,86%": an amount of change, not the compared period's level)
  if (CHANGE_AT_END.test(left)) return [];
  return prev.assigned.map((a) => ({ ...a, value: valueFor(a, figure), approx: figure.mention.approx, rule: `${a.rule.split('/')[0]}/list`, previous: false }));
}

// "Sở Công Thương (2.968/3.183, tỷ lệ 93,2%); Sở Tài chính (40/48, tỷ lệ 83,3%)": a label, then its part of its whole in brackets
const FRACTION_ITEM = /^\s*(?:[,;]\s*)?(?:và\s+)?[^\d(),;:.]{2,60}\(\s*$/u;

/** The next labelled item of a list of parts of wholes in brackets takes the pair of metrics the first item took. */
function nextFractionItem(figure: Figure, earlier: Claimed[], places: ResolvedPlace[], lc: string): Assignment[] {
  const m = figure.mention;
  if (m.percent || m.of === null || !/\(\s*$/u.test(figure.left)) return [];
  let k = earlier.length - 1;
  // (the item before may have closed on its rate: "…, tỷ lệ 93,2%)")
  while (k >= 0 && earlier[k]!.figure.mention.percent && earlier.length - k <= 2) k--;
  const prev = earlier[k];
  if (!prev || prev.figure.mention.of === null || !/\(\s*$/u.test(prev.figure.left) || !prev.assigned.some((a) => a.of !== null)) return [];
  if (!FRACTION_ITEM.test(withoutPlaces(figure.left, figure, places, lc))) return [];
  const whole = prev.figure.mention.of;
  return prev.assigned.flatMap((a) => {
    if (a.of !== null) return [{ ...a, value: m.value, of: m.of, approx: m.approx, rule: `${a.rule.split('/')[0]}/list`, previous: false }];
    if (a.value === whole) return [{ ...a, value: m.of!, approx: m.approx, rule: `${a.rule.split('/')[0]}/list`, previous: false }];
    return [];
  });
}

/**
 * When the last item of a list names the metric after its figure, the items before it share it. Only figures
 * of the same noun, nothing but places and commas between them. Returns the indexes given an assignment.
 */
export function backfillList(claimed: Claimed[], places: ResolvedPlace[], lc: string): number[] {
  const filled: number[] = [];
  for (let j = claimed.length - 1; j > 0; j--) {
    const last = claimed[j]!;
    if (last.assigned.length !== 1 || last.assigned[0]!.rule.endsWith('/list')) continue;
    for (let k = j - 1; k >= Math.max(0, j - LOOKBACK); k--) {
      const item = claimed[k]!;
      const next = claimed[k + 1]!;
      // counts only: a percentage without words is more often a change ("giảm 2,1% so với ...") than a list item
      if (item.vetoed || item.assigned.length || item.figure.mention.percent || !compatible(item.figure, last.figure) || item.figure.noun !== last.figure.noun) break;
      if (CHANGE_AT_END.test(item.figure.left)) break;
      const gap = between(lc, item.figure.mention.end + item.figure.right.length, next.figure.mention.qualifiedStart, places);
      if (!/^[\s,;]*(?:và[\s,;]*)?$/u.test(gap) && !FILLER.test(gap)) break;
      const a = last.assigned[0]!;
      item.assigned = [{ ...a, value: valueFor(a, item.figure), approx: item.figure.mention.approx, rule: `${a.rule.split('/')[0]}/list`, previous: false }];
      filled.push(k);
    }
  }
  return filled;
}

const AGENCY_BRACKET = new RegExp(`(?:${AGENCY_LC.source})\\s*\\(\\s*$`, 'iu');
const AGENCY_ITEM_END = new RegExp(`(?:^|[,;:]|\\s(?:là|gồm|như|và))\\s*(?:${AGENCY_LC.source})\\s*\\(\\s*$`, 'iu');
function agencyItem(left: string): boolean {
  return AGENCY_HINT.test(left) && AGENCY_ITEM_END.test(left);
}
// "tỷ lệ này chỉ đạt 45,8%": the rate named before; "Đà Nẵng (58,89%), Hà Giang (55,76%)": places with the rate in brackets
const BLOC_SUBJECT = /(?:^|[,;]\s*)(?:còn\s+|trong đó\s+)?khối (?:các\s+)?(?:bộ|tỉnh)(?:,? (?:ngành|thành(?: phố)?))?\s+(?:cũng\s+|chỉ\s+|mới\s+)*(?:đạt|là)\s*$/u;
const RATE_ANAPHOR = /(?:(?:tỷ lệ|tỉ lệ|con số|mức|chỉ tiêu) (?:này|trên|đó)|(?:với|có|đạt) (?:tỷ lệ|tỉ lệ))\s*(?:cũng\s*|chỉ\s*|mới\s*|vẫn\s*)*(?:(?:cao|thấp) nhất\s*)?(?:đạt|là|ở mức)?\s*\(?\s*(?:khoảng|hơn|trên|dưới|gần)?\s*$/u;

/** A percentage with no words of its own that refers to the rate of the sentences before (`carried`). */
export function rateReferredTo(figure: Figure, carried: Metric | null, places: ResolvedPlace[], lc: string): Assignment[] {
  if (!carried || !figure.mention.percent || figure.mention.value > 100) return [];
  // ("Khối bộ, ngành đạt 63,47% (mục tiêu 70%), còn khối tỉnh, thành chỉ đạt 18,54%": the blocs of the rate just named)
  const anaphor = RATE_ANAPHOR.test(figure.left) || BLOC_SUBJECT.test(figure.clauseLeft);
  const placeStart = figure.mention.qualifiedStart - figure.left.length;
  const bracketed = /\(\s*$/u.test(figure.left) && /^\s*\)/u.test(figure.sentenceRight) && (((places.some((p) => p.end <= figure.mention.qualifiedStart && p.start >= placeStart - 2) || (AGENCY_HINT.test(figure.left) && AGENCY_BRACKET.test(figure.left)))
    && /^\s*[,(]*\s*$/u.test(withoutPlaces(figure.left, figure, places, lc)))
    // ("ba Bộ dẫn đầu về tỷ lệ này … là Bộ Công Thương (83,49%), Bộ Tài chính (78,44%)": agencies named as a list's items)
    || agencyItem(figure.left));
  const end = fromToRole(figure);
  if (!anaphor && !bracketed && !end) return [];
  // "khảo sát lấy ý kiến của 23.336 người dân đạt tỉ lệ 59,8%": a rate of another topic refers to no dossier rate
  if (anaphor && NOT_DOSSIER_TOPIC.test(figure.clauseLeft.slice(-120))) return [];
  // "Các tỉnh, thành còn lại đều đạt tỷ lệ dưới 50%": a bound a group stays under, no unit's figure
  if (figure.mention.approx && (/(?:các|những|còn lại|đều)[^,;]{0,40}$/u.test(figure.sentenceLeft.slice(-60)) || GROUP_BOUND.test(figure.clauseLeft.slice(-80)))) return [];
  return [{ metric: carried, value: figure.mention.value, of: null, approx: figure.mention.approx, rule: `rates/${end ? `rate-${end}` : anaphor ? 'anaphor' : 'bracketed-list'}`, previous: end === 'from' }];
}

const PERIOD_ITEM = /^\s*[;,]?\s*(?:và\s+)?(?:năm\s+(?:19|20)\d\d|qu[ýí]\s+(?:IV|III|II|I|[1-4])(?:\s*\/\s*(?:19|20)\d\d)?|\d{1,2}\s+tháng(?:\s+(?:đầu|cuối))?\s+năm(?:\s+(?:19|20)\d\d)?|tháng\s+\d{1,2}(?:\s*\/\s*(?:19|20)\d\d)?)\s*(?:là|đạt|:)\s*$/iu;
/** "Sự hài lòng … năm 2016 đạt 89%; năm 2017 là 91%": the next item of a series by period takes the rate the first named. */
export function periodSeriesItem(figure: Figure, earlier: Claimed[], lc: string): Assignment | null {
  // (the number of a period's months, "6 tháng đầu năm", is no item of its own)
  let k = earlier.length - 1;
  if (k >= 1 && !earlier[k]!.assigned.length && /^\s*tháng/u.test(lc.slice(earlier[k]!.figure.mention.end, earlier[k]!.figure.mention.end + 8))) k--;
  const prev = earlier[k];
  const a = prev?.assigned.length === 1 ? prev.assigned[0]! : null;
  if (!a || !prev!.figure.mention.percent || !/_rate$/u.test(a.metric)) return null;
  if (!PERIOD_ITEM.test(lc.slice(prev!.figure.mention.end, figure.mention.qualifiedStart).replace(/^\s*%/u, ''))) return null;
  return { ...a, value: figure.mention.value, approx: figure.mention.approx, rule: `${a.rule.split('/')[0]}/list`, previous: false };
}

/** A count in a bracket opened after a vetoed count ("2.239 hồ sơ (trong đó: Tiếp nhận 1.076 hồ sơ; …)") is its part. */
export function inBracketOfVetoed(lc: string, at: number, before: Claimed[], claimed: Claimed[]): boolean {
  const last = claimed.length ? claimed[claimed.length - 1] : before[before.length - 1];
  if (!last || !last.vetoed || last.aside || last.figure.mention.percent) return false;
  const between = lc.slice(last.figure.mention.end, at);
  if (between.length > 200) return false;
  // the bracket opened after the vetoed count, or, for a later part, still open since the part before it
  return last.inVetoedBracket ? !between.includes(')') : between.lastIndexOf('(') > between.lastIndexOf(')');
}
