// Index results: Chỉ số CCHC / PAR Index, SIPAS and the service index (Quyết định 766) — scores, ranks with their
// denominators and rankings, changes in points and places, national and regional averages.
import type { Metric } from '../../src/model/fact.ts';
import type { Assignment, FamilyRule, IndexName } from '../engine/figure.ts';
import { alternation, wordsPattern } from '../lexicon/patterns.ts';
import { fromToRole } from '../engine/from-to.ts';
import { ASSESSMENT_STAGE_WORDS, COMPONENT_WORDS, GAP_WORDS, SUB_SCORE_WORDS, TOTAL_POINTS } from '../lexicon/index-components.ts';
import { FALL_WORDS, LEVEL_VERBS, RISE_WORDS, TO_LEVEL_AFTER } from '../lexicon/changes.ts';
import { SATISFACTION_ASPECT_LINE, SATISFACTION_WITH_POLICY } from '../lexicon/non-topics.ts';

/** The rules of this family by name (a fact's `rule` is `indices/<name>`), each with the phrasing it documents. */
export const RULE_NAMES = {
  'numbered-ranking': '10 đơn vị xếp ở nhóm đầu lần lượt là: (1) Sở Tài chính đạt 90,05%',
  score: 'Chỉ số CCHC năm 2023 đạt 88,52%',
  rank: 'xếp thứ 15/63 tỉnh, thành phố',
  'rank-last': 'đứng cuối trong 63 tỉnh, thành phố',
  'rank-bracketed': 'xếp trên các tỉnh: Lâm Đồng (46/63), Đăk Nông (51/63)',
  'rank-word': 'xếp thứ hai; thứ ba là Sở Nội vụ',
  leads: 'dẫn đầu cả nước',
  'top-in-turn': '3 vị trí dẫn đầu lần lượt là: A, B, C',
  'score-change': 'tăng 2,63 điểm; cao hơn 1,85% so với năm 2023',
  'rank-change': 'tăng 5 bậc',
  'score-from': 'tăng từ 81,82% lên 84,4% (the first end)',
  'score-to': 'tăng từ 81,82% lên 84,4% (the second end)',
  'rank-from': 'giảm từ 51/63 xuống 56/63 (the first end)',
  'rank-to': 'giảm từ 51/63 xuống 56/63 (the second end)',
  list: 'Hà Nội với 84,64 điểm, Đồng Tháp với 84,43 điểm',
} as const;

export const INDEX_NAMES: Array<[IndexName, RegExp]> = [
  ['other-index', /(?<![\p{L}])(?:pci|papi|ddci|dti|ict index|chỉ số (?:năng lực cạnh tranh|hiệu quả quản trị|chuyển đổi số|sẵn sàng|xanh|hài lòng về y tế|đổi mới sáng tạo))(?![\p{L}])/gu],
  // a service's own satisfaction ("3 dịch vụ có chỉ số hài lòng cao hơn …") is measured satisfaction, not the SIPAS index
  // ("Kết quả đo lường sự hài lòng đối với sự phục vụ hành chính năm 2025 của các sở": the index by what it measures)
  ['sipas', /sipas|đo lường sự hài lòng (?:của người dân[^.;]{0,30}?)?(?:đối với|về) sự phục vụ hành chính|chỉ số (?:đo lường )?(?:sự )?hài lòng(?! về y tế)(?![^.;]{0,30}?(?:dịch vụ(?! hành chính)|giải quyết thủ tục))(?<!dịch vụ có chỉ số (?:đo lường )?(?:sự )?hài lòng)/gu],
  ['service', /chỉ số (?:chỉ đạo, điều hành và đánh giá chất lượng )?phục vụ người dân|bộ chỉ số (?:phục vụ|766|chỉ đạo, điều hành|đánh giá chất lượng phục vụ)|cổng dịch vụ công quốc gia đánh giá|chỉ số 766|quyết định (?:số )?766|chất lượng phục vụ (?:người dân, doanh nghiệp (?:trong thực hiện|trong giải quyết) thủ tục|giải quyết thủ tục hành chính)/gu],
  // ("theo kết quả chấm điểm CCHC của UBND tỉnh, UBND huyện Ia Grai đạt 87,16/100 điểm")
  // ("đứng đầu bảng xếp hạng cải cách hành chính 2018"; "Chỉ cải cách hành chính xếp hạng thứ 43/63": the word "số" dropped)
  ['par', /chỉ (?:số )?(?:cải cách hành chính|cchc)|par[\s-]?index|(?:bảng )?xếp hạng (?:công tác )?(?:cchc|cải cách hành chính)|(?:kết quả|điểm số) (?:xác định |đánh giá |chấm điểm |đánh giá, xếp hạng )?(?:chỉ số )?(?:cchc|cải cách hành chính)|chấm điểm (?:công tác )?(?:cchc|cải cách hành chính)/gu],
];

const INDEX_HINTS = ['chỉ số', 'chỉ cải cách', 'chỉ cchc', 'xếp hạng c', 'index', 'sipas', 'pci', 'papi', 'ddci', 'dti', 'kết quả', 'điểm số', 'bộ chỉ số', 'chất lượng phục vụ', 'cổng dịch vụ công quốc gia đánh giá', 'đo lường sự hài lòng', 'chấm điểm'];

/** Every index named in lower-case `s`, in order of position. */
export function indexNames(s: string): Array<{ name: IndexName; at: number }> {
  const out: Array<{ name: IndexName; at: number }> = [];
  // every name holds one of these: most sentences are spared the patterns
  if (!INDEX_HINTS.some((h) => s.includes(h))) return out;
  // a name found by an earlier pattern covers the next 8 characters: a later pattern starting there names the same thing
  const covered = new Uint8Array(s.length);
  for (const [name, re] of INDEX_NAMES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      if (covered[m.index]) continue;
      out.push({ name, at: m.index });
      covered.fill(1, m.index, m.index + 8);
    }
  }
  return out.sort((a, b) => a.at - b.at);
}


const METRICS: Record<Exclude<IndexName, 'other-index'>, { score: Metric; rank: Metric; change: Metric | null; rankChange: Metric | null }> = {
  par: { score: 'par_index_score', rank: 'par_index_rank', change: 'par_index_change', rankChange: 'par_rank_change' },
  sipas: { score: 'sipas_score', rank: 'sipas_rank', change: 'sipas_change', rankChange: 'sipas_rank_change' },
  service: { score: 'service_index_score', rank: 'service_index_rank', change: null, rankChange: null },
};

const COMPONENT = new RegExp(alternation(COMPONENT_WORDS), 'u');
// "với tổng điểm các lĩnh vực là 62,62 điểm": the sum over the components is the index's score in points, no component's
const TOTAL_OF_COMPONENTS = /tổng (?:số )?điểm (?:của )?(?:các|tất cả các|\d+) (?:lĩnh vực|tiêu chí|chỉ số thành phần|nội dung)/gu;
// ("…, điểm chỉ số hài lòng đạt 8.135 điểm, tổng điểm là 95.44 điểm": the total after its parts is the index's)
const TOTAL_RIGHT_BEFORE = new RegExp(`(?:^|[,;:]\\s*)${TOTAL_POINTS}\\s*:?\\s*$`, 'u');
function withoutTotal(s: string): string {
  if (!s.includes('tổng')) return s;
  return TOTAL_RIGHT_BEFORE.test(s) ? '' : s.replace(TOTAL_OF_COMPONENTS, ' ');
}
const COMPONENT_AFTER = new RegExp(`^[^;.()]{0,60}?\\svề\\s+(?:(?:lĩnh vực|nội dung|chỉ số thành phần)\\s+)?(?:${alternation(COMPONENT_WORDS.filter((w) => !/^(?:tiêu chí|lĩnh vực|yếu tố)$/u.test(w)))})`, 'u');
const GAP = new RegExp(alternation(GAP_WORDS), 'u');
// "cao hơn 19,12% so với Bộ Ngoại giao, đơn vị có kết quả … thấp nhất": compared with another unit, not an earlier year
const OTHER_UNIT_COMPARED = /^\s*(?:%|điểm)?\s*,?\s*so với\s+(?:(?:bộ|sở|tỉnh|thành phố|huyện|quận|thị xã|xã|phường|ngân hàng|ủy ban|ubnd)\s|\p{Lu})(?![^,;.]{0,40}(?:năm|kỳ|(?:19|20)\d\d))/u;
const RANK_BEFORE = /(?:xếp|đứng|vị|hạng|thứ hạng|vị trí|xếp ở vị trí|xếp vị trí)\s*(?:thứ|hạng)?\s*(?:thứ)?\s*$/u;
const LAST_THEN_RANK = /cuối(?: cùng| bảng)?\s*[-–,:]\s*(?:là\s*)?(?:xếp |đứng )?(?:thứ|vị trí thứ|hạng)\s*$/u;
const RANK_THEN_LAST = /^\s*(?:[-–(]\s*)?(?:cuối bảng|cuối cùng|xếp cuối|đứng cuối)(?![\p{L}])/u;
const RANK_TIGHT = /(?:(?:đứng|xếp|nằm ở vị trí|(?:đứng|xếp) (?:ở )?vị trí(?: thứ)?) cuối(?: bảng)?\s*(?:trong|trên|\()?\s*(?:số|tổng số)?|xếp thứ|đứng thứ|xếp hạng|xếp vị thứ|vị thứ|vị trí thứ|vị trí số|vị trí|đứng ở vị trí|hạng số|hạng|thứ hạng|thứ)\s*$/u;
// the last change word before the figure, with at most a few words (a superlative, a place, a bracket) between,
// none of them a level verb or a from/to word
const CHANGE_WORD = new RegExp(`(?<![\\p{L}])(${alternation([...RISE_WORDS, ...FALL_WORDS])})(?![\\p{L}])`, 'gu');
const LEVEL_BETWEEN = new RegExp(`(?<![\\p{L}])(?:${alternation(LEVEL_VERBS)})(?![\\p{L}])|[;:]`, 'u');
const TO_LEVEL = new RegExp(`^\\s*(?:${alternation(TO_LEVEL_AFTER)})(?![\\p{L}])`, 'u');
const CHANGE_WORD_AT_END = new RegExp(`(?:${alternation([...RISE_WORDS, ...FALL_WORDS])})\\s*(?:thêm\\s*)?$`, 'u');
const FALL = new RegExp(`^(?:${alternation(FALL_WORDS)})$`, 'u');

const FRACTION_SHARE_LEFT = /\d+\s*\/\s*\d+\s*(?:[\p{L}]+\s*){0,2}?(?:đạt|chiếm|có|bằng|là)(?:\s+có)?\s*$/u;
// ("(8/12 phòng có chỉ số đánh giá về công tác cải cách hành chính ở mức yếu đạt 66,66%)": the share of the units counted)
const FRACTION_UNITS_SHARE = /(?<!(?:thứ|hạng|vị trí|xếp|đứng|số)\s*)(?<!\d)\d+\s*\/\s*\d+\s*(?:phòng|đơn vị|xã|phường|huyện|sở|cơ quan|tỉnh|địa phương|bộ)(?![\p{L}])[^;.()\d]{0,100}?(?:đạt|chiếm|bằng|là)\s*$/u;
const UNIT_SHARE_LEFT = /\d+\s+(?:tỉnh|thành phố|huyện|sở|đơn vị|địa phương|xã|cơ quan|bộ)(?:,\s*thành phố)?\s*\(\s*$/u;
// "tiếp tục tăng với tỷ lệ hài lòng 89,24%": the level reached; "tăng mạnh nhất với 6,39%" stays a change
const LEVEL_NOUN_AFTER_WITH = /với\s+(?:tỷ lệ|tỉ lệ|số điểm|điểm số|mức|chỉ số|kết quả)(?![\p{L}])/u;
const RANKING_WORDS = /(?:đứng|xếp) (?:thứ|đầu|cuối)|dẫn đầu|thứ \d/u;
const ASSESSMENT_STAGE = wordsPattern(ASSESSMENT_STAGE_WORDS, 'u');
const SUB_SCORE = wordsPattern(SUB_SCORE_WORDS, 'u');
const LAST_SUB_SCORE = new RegExp(`${SUB_SCORE.source}(?![^]*${SUB_SCORE.source})`, 'u');
const OPENS_ON_PARTS = /^\s*(?:[-–+•]\s*)?(?:trong đó|cụ thể)(?![\p{L}])/u;
const TOTAL_AFTER = new RegExp(`(?:^|[,;]\\s*)${TOTAL_POINTS}`, 'u');
const ALL_UNITS = /(?:tất cả|toàn bộ|100%)(?: các)? (?:địa phương|tỉnh|đơn vị|sở|huyện|cơ quan|bộ|xã)|(?:địa phương|tỉnh|đơn vị|sở|huyện|cơ quan)[^,;.]{0,20}? đều/u;
const POOL_NOUN_AFTER = /^\s*(?:tỉnh|thành phố|địa phương|bộ|sở|huyện|đơn vị|cơ quan|xã)(?![\p{L}])/u;
/** "(tỉnh cao nhất cả nước 91,10%)", "(tỉnh có mức độ hài lòng cao nhất khu vực đạt 86,58% …)": the top or bottom unit
 *  left unnamed; its figure is no one's. Tested on a figure's own words since a bracket, semicolon or "và". */
export const UNNAMED_EXTREME = /(?:^|[(;]|\svà)\s*(?:các\s+)?(?:tỉnh|đơn vị|địa phương|huyện|sở|bộ)\s+(?:có\s+[^,;()]{0,40}?)?(?:cao|thấp) nhất(?![^,;()]*\s(?:là|thuộc về)\s)[^,;()]{0,30}$/u;
const FROM_TO_BRACKET = /^\s*(?:%|điểm)?\s*\(\s*từ\s+[\d.,]+\s*(?:%|điểm)?\s*(?:năm\s+\d{4}\s*)?(?:lên|xuống)\s/u;
const CHANGE_ADVERB_COMMA = /^\s*(?:nhẹ|mạnh|sâu|khá sâu|khá mạnh|đáng kể|rõ rệt)\s*,\s*(?:gần|hơn|khoảng|trên|dưới)?\s*$/u;
/** "tăng mạnh nhất với 6,39%" → a rise; "cao hơn 1,85%" → a rise; "giảm 7 bậc" → a fall; null when the figure is a level. */
export function changeBefore(left: string, right = ''): { sign: 1 | -1 } | null {
  const tail = left.slice(-60);
  let last: RegExpExecArray | null = null;
  CHANGE_WORD.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = CHANGE_WORD.exec(tail)); ) last = m;
  if (!last) return null;
  // "cao hơn so với năm 2014 là 8,31%": the compared year may stand between the word and the figure
  // "tăng nhẹ so với năm 2023 (75,03%)": a bracket opened on the compared year holds that year's level
  if (/so với (?:cùng kỳ )?(?:năm )?(?:19|20)\d\d\s*\(\s*$/u.test(tail)) return null;
  const between = tail.slice(last.index + last[0].length).replace(/(?:so với|so)\s+(?:cùng kỳ\s+)?(?:năm\s+)?(?:19|20)\d\d\s*(?:là)?/u, ' ');
  // ("giảm tới 7,98% (từ 80,59% xuống 72,61%)": the two levels in the bracket after it make the figure the change)
  const levelsAfter = FROM_TO_BRACKET.test(right);
  if (between.length > 45 || LEVEL_BETWEEN.test(between) || LEVEL_NOUN_AFTER_WITH.test(between) || (TO_LEVEL.test(between) && !levelsAfter) || /\d/u.test(between)) return null;
  // "tăng cao nhất là Bình Thuận (6,39%)": a bracket may hold the change; a comma ends it unless the bracket is open
  // ("giảm nhẹ, gần 1 điểm %": an adverb of the change may stand before the comma)
  if (/,/u.test(between) && !/\([^)]*$/u.test(between) && !CHANGE_ADVERB_COMMA.test(between)) return null;
  return { sign: FALL.test(last[1]!) ? -1 : 1 };
}
const AMONG = /^\s*(?:\/\s*\d+\s*)?(?:(?:trên|trong|của|so với|trong số|trong tổng số|\/)\s*)?(?:tổng số\s*|khối\s+)?(\d+\s+)?(tỉnh,? thành(?: phố)?(?: trực thuộc trung ương)?|tỉnh|huyện,? thị xã,? thành phố|huyện,? thành phố,? thị xã|huyện,? thành phố|huyện,? thị xã|huyện|sở,? ban,? ngành(?: tỉnh)?|sở,? ngành|cơ quan,? đơn vị|cơ quan|xã,? phường,? thị trấn|bộ,? cơ quan ngang bộ|bộ,? ngành|cả nước|toàn quốc|khu vực [^,.;()]+|vùng [^,.;()]+)/u;
const LEADS = /(?:đứng đầu|dẫn đầu|xếp thứ nhất|xếp đầu|đứng thứ nhất|xếp vị trí (?:số )?1\b|(?:xếp |đứng )?(?:ở )?vị trí đầu tiên|giữ vững vị trí (?:số )?1|quán quân)/u;
const AVERAGE = /trung bình|bình quân/u;
// "cao nhất" said of a unit within a ranking by the index is rank 1 (spec); not a change's ("tăng cao nhất")
const HIGHEST = /(?<!(?:tăng|giảm|mức tăng|mức giảm|tăng trưởng|tốc độ|mất|bị trừ|điểm mất|điểm bị trừ)\s)(?:(?:chỉ số|điểm số|kết quả|giá trị trung bình|điểm)\s+)?cao nhất(?!\s+(?:từ trước|trong \d|kể từ))/u;

// "Cụ thể, trong 21 sở, ban, ngành cấp tỉnh: Sở A dẫn đầu …; thứ hai là …": the ranking's size, said once before its ranks
// ("Chỉ số CCHC năm 2019 của 22 sở, cơ quan ngang sở … trung bình đạt …, trong đó cao nhất là Sở Nội vụ", "Đối với UBND 30 quận, huyện, thị xã, …")
const POOL = /(?:(?:^|[,:;]\s*)(?:trong|đối với)|\scủa)\s+(?:số\s+|tổng số\s+|ubnd\s+)?(\d+)\s+((?:sở|cơ quan|đơn vị|huyện|quận|xã|phường|tỉnh|địa phương|bộ)[^:;.]{0,40}?)\s*[:,]/u;

/** The ranking's size named at the head of the sentence, when no rank of it has its own denominator. */
export function poolBefore(sentenceLeft: string): { of: number; among: string } | null {
  const m = POOL.exec(sentenceLeft);
  return m ? { of: Number(m[1]), among: `${m[1]} ${m[2]!.trim()}` } : null;
}

// a bare number after the words that introduce a score, or right after the index's own name ("với chỉ số 93,31")
const BARE_SCORE_BEFORE = /(?:đạt|được|với|là|điểm|điểm số|tổng điểm|kết quả|giá trị|điểm thẩm định|điểm đạt được|chỉ số(?: cải cách hành chính| cchc| par ?index| sipas)?|par ?index|sipas)(?:\s+(?:năm\s+)?(?:19|20)\d\d)?\s*:?\s*$/u;

/** A score read the English way when the Vietnamese one is out of range: "91.651 điểm" is 91,651, not 91 651. */
function scoreValue(m: { value: number; thousandsReading: number | null; percent: boolean }): number {
  return m.value > 100 && m.thousandsReading === m.value && m.value < 100_000 ? m.value / 1000 : m.value;
}

function lcAfterNumber(f: { sentenceRight: string; mention: { value: number } }): string {
  return ` ${f.mention.value} ${f.sentenceRight}`.replace(/^\s*\d+\s*/u, ' ');
}

/** The ranking's size when a rank said in words names it ("vị trí thứ nhất khối 18 huyện, thị xã, thành phố"). */
function amongSize(among: RegExpExecArray | null): number | null {
  return among?.[1] ? Number(among[1]) : null;
}

function amongOf(right: string, of: number | null): string | null {
  const m = AMONG.exec(right);
  if (m) return (m[1] ?? (of !== null ? `${of} ` : '')) + m[2]!.trim();
  return of !== null ? null : null;
}

const OTHER_EXTREME = /^\s*(?:và|,|còn)\s*(?:(?:nơi|tỉnh|đơn vị|địa phương|mức)\s+)?(?:(?:tăng|giảm)\s+)?(?:ít|thấp|nhỏ|cao|nhiều|lớn) nhất(?:\s+(?:là|với|chỉ))?\s*$/u;

// "9 sở đạt trên 90%", "63/63 tỉnh đạt trên 80%", "Nhóm A đạt từ 90 điểm trở lên": thresholds, not results
const THRESHOLD = /^\s*(?:[\p{L}]+\s*){0,3}(?:đạt|có)\s*(?:trên|từ|dưới)?\s*$/u;

// "10 đơn vị xếp ở nhóm đầu lần lượt là: (1) Sở Tài chính đạt 90,05%, …, (3) Văn phòng UBND tỉnh đạt 90,02%": numbers in
// brackets are positions where the text says the list is in order (spec: a numbered list is a ranking only then)
const POSITION_MARKER = /\((\d{1,2})\)\s*[^()\d;]{2,90}$/u;
const IN_ORDER = /lần lượt|theo thứ tự|xếp hạng|các vị trí|vị trí tiếp theo/u;

/** Index results, and the position a numbered ranking gives the unit whose score it lists. */
export const indexResults: FamilyRule = (input) => {
  const got = indexFigures(input);
  const score = got?.length === 1 && /_score$/u.test(got[0]!.metric) ? got[0]! : null;
  if (!score) return got;
  const rank = score.metric.replace(/_score$/u, '_rank') as Metric;
  const marker = POSITION_MARKER.exec(input.figure.clauseLeft);
  if (!marker) {
    // ("(1) Sở Tài chính đạt 90,05%, Sở Nội vụ đạt 90,02%, (3) …": an item whose number the text left out is the next one)
    const prev = [...input.earlier].reverse().find((e) => e.assigned.length)?.assigned.find((a) => a.rule === 'indices/numbered-ranking');
    if (!prev || !/^\s*,\s*[^()\d;]{2,90}$/u.test(input.figure.left)) return got;
    return [{ ...score, aggregate: null }, { metric: rank, value: prev.value + 1, of: null, approx: null, rule: 'indices/numbered-ranking' }];
  }
  if (!IN_ORDER.test(input.figure.sentenceLeft.slice(0, input.figure.sentenceLeft.length - marker[0].length))) return got;
  return [{ ...score, aggregate: null }, { metric: rank, value: Number(marker[1]), of: null, approx: null, rule: 'indices/numbered-ranking' }];
};

const indexFigures: FamilyRule = ({ figure, index, earlier }) => {
  if (!index || index === 'other-index') return null;
  const prev = earlier[earlier.length - 1];
  const prevFigure = prev?.figure;
  // a count of units before it ("9 sở đạt trên 90%"), not a rank ("đứng thứ 2 tỉnh Thái Nguyên đạt 90,29%")
  if (prevFigure && prevFigure.noun === 'other' && !prev.assigned.length && !prevFigure.mention.percent && (THRESHOLD.test(figure.left) || figure.mention.approx)) return null;
  // (not "khối các đơn vị không có chức năng giải quyết thủ tục hành chính đạt 83,18%": bodies named by what they lack)
  if (/(?:không có|chưa có)(?!\s+(?:chức năng|thẩm quyền|nhiệm vụ))(?:[^,;]|, (?:ngành|cơ quan|địa phương|thành))*$/u.test(figure.clauseLeft)) return null;
  // "-Nhóm A, đạt Chỉ số CCHC trên 90": a group's bound; "Trung bình chỉ số CCHC … qua 4 năm đạt 81,76": an average over years
  if (/(?:^|[\s\-–+•(])nhóm\s+(?:[a-d1-4]|thứ \p{L}+)(?![\p{L}])[^;]{0,50}$/u.test(figure.clauseLeft) && (figure.mention.approx === 'gt' || figure.mention.approx === 'lt' || /(?:từ|trên|dưới)\s*$/u.test(figure.left))) return null;
  // (not "giá trị trung bình cao nhất trong 9 năm": the highest yearly mean of a run of years)
  if (/trung bình(?:(?!cao nhất|thấp nhất)[^,;]){0,80}(?:qua|trong) (?:\d+|các|những) năm/u.test(figure.sentenceLeft.slice(-160))) return null;
  // ("mức độ hài lòng … đối với việc xây dựng, tổ chức thực hiện chính sách … là 77,37%": satisfaction with policy-making)
  if (SATISFACTION_WITH_POLICY.test(figure.sentenceLeft.slice(-160))) return null;
  // "+ Mức độ hài lòng đối với trách nhiệm giải trình của chính quyền: đạt 79,95%, xếp thứ 45/63": a line of one aspect
  // the index is made of, not the index
  if (SATISFACTION_ASPECT_LINE.test(figure.sentenceLeft) && !/^[\s+\-–•*]*(?:mức độ|sự) hài lòng (?:đối với|về|với) (?:sự|chất lượng) phục vụ/u.test(figure.sentenceLeft)) return null;
  // "chỉ số CCHC trên 90%, bao gồm 2 đơn vị": a band and the units in it; "trong thang điểm … 100 điểm, có 22 điểm …": the scale
  if ((figure.mention.approx === 'gt' || figure.mention.approx === 'lt') && /^\s*,?\s*(?:bao gồm|gồm|có)\s+\d+\s+(?:đơn vị|tỉnh|bộ|sở|địa phương|huyện|xã|cơ quan)/u.test(figure.sentenceRight)) return null;
  if (/thang điểm/u.test(figure.clauseLeft.slice(-80)) && !/(?:đạt|được)\s*$/u.test(figure.left)) return null;
  // "(mất 4,88/16 điểm)": the points a unit lost on a component, no score
  if (/(?:^|[\s(])(?:mất|bị trừ|trừ)\s*$/u.test(figure.left)) return null;
  if (/^\s*(?:điểm|%)?\s*trở (?:lên|xuống)/u.test(figure.right) || /^\s*nhóm\s/u.test(figure.clauseLeft.slice(-20))) return null;
  if (/(?:^|\s)(?:từ|đến dưới|đến|dưới)\s*$/u.test(figure.left) && /(?:từ\s*[\d.,]+\s*(?:%|điểm)?\s*(?:đến|-)|nhóm)/u.test(figure.clauseLeft + ' ' + figure.sentenceRight.slice(0, 20))) return null;
  const names = METRICS[index];
  const m = figure.mention;
  // "các cơ quan, đơn vị có Chỉ số CCHC dưới 75 điểm": a bound set for a group, not a result
  if (m.approx && /(?:các|những|mọi)\s+(?:cơ quan|đơn vị|sở|huyện|xã|địa phương|tỉnh)[^.;]{0,60}$/u.test(figure.sentenceLeft)) return null;
  // ("Tất cả địa phương đều đạt chỉ số … trên 80%": a bound all units pass)
  if ((m.approx === 'gt' || m.approx === 'lt') && ALL_UNITS.test(figure.sentenceLeft.slice(-160))) return null;
  // ("đạt 86,37%, … năm thứ 3 liên tiếp đạt giá trị trung bình trên 80%": after the exact score, a bound it passes)
  if ((m.approx === 'gt' || m.approx === 'lt') && earlier.some((e) => e.assigned.some((a) => a.metric === METRICS[index].score && a.approx === null))) return null;
  const left = figure.left;
  // (what a closed bracket said is over: "(… khảo sát lãnh đạo: 17,65 điểm), xếp thứ 15/63" is the index's rank)
  if (COMPONENT.test(withoutTotal(left.slice(left.lastIndexOf(')') + 1))) || figure.noun === 'dossier' || figure.noun === 'procedure') return null;
  // "đạt được 82,85 điểm …, gồm: Điểm thẩm định …: 52,90 điểm; …": the scores listed after the total are its parts
  const partsOfTotal = earlier.some((e) => e.assigned.some((a) => a.metric === names.score)) && /(?:gồm|bao gồm|trong đó)\s*:/u.test(figure.sentenceLeft);
  // a sub-score beside its total, and its change ("Trong đó, điểm thẩm định trung bình năm 2022 đạt 84,19%, so với năm 2021
  // tăng 5,43%"; "điểm tài liệu kiểm chứng thành phố được 62.88 điểm, …, tổng điểm là 95.44 điểm")
  const sinceSemicolon = figure.sentenceLeft.slice(figure.sentenceLeft.lastIndexOf(';') + 1);
  if (sinceSemicolon.includes('điểm') && SUB_SCORE.test(sinceSemicolon)) {
    const ownClauses = sinceSemicolon.slice(Math.max(0, sinceSemicolon.search(LAST_SUB_SCORE)));
    if (!TOTAL_AFTER.test(ownClauses) && (OPENS_ON_PARTS.test(figure.sentenceLeft) || TOTAL_AFTER.test(figure.sentenceRight))) return null;
  }
  // "chỉ số mức độ hài lòng của người dân … đạt 92,6%" in an article on the Chỉ số CCHC is a measured satisfaction
  if (index === 'par' && /hài lòng/u.test(left) && indexNames(left).every((n) => n.name !== 'par') && !TOTAL_RIGHT_BEFORE.test(left)) return null;
  const make = (metric: Metric, value: number, rule: string, extra: Partial<Assignment> = {}): Assignment[] =>
    [{ metric, value, of: null, approx: m.approx, rule: `indices/${rule}`, ...extra }];
  // the two ends of a change said from→to are levels: a rank when a denominator or a rank word says so, else a score
  const end = fromToRole(figure);
  if (end) {
    const rankWords = m.of !== null || /(?:thứ hạng|xếp hạng|vị trí|hạng|thứ|bậc)\s*(?:[\p{L}]+\s+){0,6}$/u.test(figure.clauseLeft.slice(-60).replace(/[\d.,/%]+/gu, ''));
    const previous = end === 'from';
    if (rankWords && !m.percent && !m.hasDecimals) return make(names.rank, m.value, `rank-${end}`, { of: m.of, previous });
    if ((m.percent || figure.noun === 'points' || m.hasDecimals) && m.value <= 100 && m.of === null) return make(names.score, m.value, `score-${end}`, { previous });
    return null;
  }
  // a gap to a mean or to another unit is no change and no score
  // (the words since the bracket or clause opened: "(cả nước là 83,94%)" is a level, though a gap stands before it)
  const ownLeft = left.slice(Math.max(left.lastIndexOf('('), left.lastIndexOf(';')) + 1);
  // ("so với giá trị trung bình năm 2019" compares the mean with itself a year before: a change)
  const gapIn = (t: string) => GAP.test(t.replace(/(?:giá trị|mức) (?:trung bình|bình quân) (?:của )?(?:năm|cùng kỳ)/gu, ' '));
  // (a rank after the gap is a rank: "so với đơn vị xếp vị trí thứ 2 là Quảng Ninh")
  if (!RANK_TIGHT.test(left) && (gapIn(ownLeft) || (/hơn\s*$/u.test(ownLeft) && (gapIn(figure.sentenceRight.slice(0, 50)) || OTHER_UNIT_COMPARED.test(figure.sentenceRight))))) return null;
  // "giảm 17 bậc và 1,94 điểm": the amount after "và" shares the change word of the one before
  const prevChange = earlier[earlier.length - 1]?.assigned.find((a) => /_change$/u.test(a.metric));
  // ("nơi giảm nhiều nhất là 2,94% và ít nhất là 0,21%": the other extreme of the same changes)
  const change = changeBefore(left, figure.sentenceRight) ?? (prevChange && (/^\s*(?:và|,)\s*$/u.test(left) || OTHER_EXTREME.test(left)) ? { sign: prevChange.value < 0 ? -1 as const : 1 as const } : null);
  if (change && figure.noun !== 'other') {
    const sign = change.sign;
    if (figure.noun === 'places' && names.rankChange) return make(names.rankChange, sign * m.value, 'rank-change');
    // the change of an average is the average's ("giá trị trung bình ... đạt 87,16%, tăng 2,70%")
    if ((figure.noun === 'points' || m.percent) && names.change) return make(names.change, sign * m.value, 'score-change', { aggregate: AVERAGE.test(figure.sentenceLeft.slice(-160)) ? 'mean' : null });
    return null;
  }
  // "đánh giá, xếp hạng 17 bộ, cơ quan ngang bộ", "xếp hạng 63 UBND tỉnh": the pool ranked, not a rank
  if (m.of === null && /xếp hạng\s*(?:cho\s*)?$/u.test(left) && !/cuối(?: bảng)?\s*xếp hạng\s*$/u.test(left) && /^\s*(?:ubnd\s+)?(?:bộ|tỉnh|sở|cơ quan|đơn vị|huyện|địa phương|xã|phường)(?![\p{L}])/u.test(figure.right)) return null;
  // the index's component areas named in the clause before the figure ("trong 6 lĩnh vực tăng chỉ số và tăng vị trí")
  const clauseOpen = withoutTotal(figure.clauseLeft.slice(figure.clauseLeft.lastIndexOf(')') + 1));
  if (COMPONENT.test(clauseOpen) && !indexNames(clauseOpen.slice(clauseOpen.search(COMPONENT))).length) return null;
  // "xếp trên các tỉnh: Lâm Đồng (46/63), Đăk Nông (51/63)": a place with its rank in brackets
  if (m.of !== null && !m.percent && !m.hasDecimals && m.value <= m.of && m.of <= 200 && /[\p{L}]\s*\(\s*(?:xếp hạng|hạng|thứ)?\s*$/u.test(left) && /^\s*\)/u.test(figure.sentenceRight) && figure.noun === 'bare') {
    return make(names.rank, m.value, 'rank-bracketed', { of: m.of, among: null });
  }
  // "đứng thứ 4 trong 13 tỉnh": the 13 is the rank's denominator, no figure of its own
  if (/thứ\s*\d+\s*(?:trong|trên)\s*(?:số|tổng số)?\s*$/u.test(left)) return null;
  // "có kết quả thấp nhất trong 91 xã, phường, thị trấn": last of the pool named (spec: rank M where M is given)
  if (m.of === null && !m.percent && !m.hasDecimals && /(?:thấp nhất|đứng cuối|xếp cuối|cuối bảng)\s+(?:trong|trên)\s+(?:số\s+|tổng số\s+)?$/u.test(left) && POOL_NOUN_AFTER.test(figure.right)) {
    return make(names.rank, m.value, 'rank-last', { of: m.value, among: amongOf(lcAfterNumber(figure), m.value) });
  }
  // "Đứng 3 vị trí cuối bảng": a number of places, not a rank
  if (figure.noun === 'places' && !/(?:thứ|hạng)\s*$/u.test(left) && !CHANGE_WORD_AT_END.test(left)) return null;
  if (RANK_TIGHT.test(left) || (RANK_BEFORE.test(left) && !m.percent && figure.noun !== 'points')) {
    if (m.percent || m.hasDecimals) return null;
    // "xếp thứ 7/63 tỉnh, thành phố về cải cách thủ tục hành chính": the rank of a component area, not of the index
    if (COMPONENT_AFTER.test(figure.sentenceRight.slice(0, 90))) return null;
    // "đứng cuối trong 63 tỉnh": last of 63
    if (/cuối(?: bảng)?(?: xếp hạng)?\s*(?:trong|trên|của)?\s*(?:số|tổng số)?\s*$/u.test(left) && m.of === null) return make(names.rank, m.value, 'rank-last', { of: m.value, among: amongOf(lcAfterNumber(figure), null) });
    // "vị trí cuối cùng - thứ 19", "xếp thứ 19 cuối bảng": the last place written out is the pool's size
    if (m.of === null && (LAST_THEN_RANK.test(left) || RANK_THEN_LAST.test(figure.right))) return make(names.rank, m.value, 'rank-last', { of: m.value, among: null });
    const within = m.of === null ? /^\s*(?:trong|trên)\s*(?:số|tổng số)?\s*(\d+)\s+(?=[\p{L}])/u.exec(figure.sentenceRight) : null;
    const pool = m.of === null && !within ? poolBefore(figure.sentenceLeft) : null;
    const of = within ? Number(within[1]) : pool?.of ?? m.of;
    const among = pool?.among ?? amongOf(within ? figure.sentenceRight.slice(within[0].length - within[1]!.length - 1) : figure.sentenceRight, of);
    return make(names.rank, m.value, 'rank', { of, among });
  }
  // "(52/63 tỉnh, xếp thứ 5/6 …)": a place over its pool, in brackets with no rank word
  if (m.of !== null && !m.percent && !m.hasDecimals && m.value <= m.of && /\(\s*$/u.test(left) && POOL_NOUN_AFTER.test(figure.right)) return make(names.rank, m.value, 'rank', { of: m.of, among: amongOf(figure.sentenceRight, m.of) });
  // "tụt xuống 5/7 địa phương", "vươn lên 2/9": moved to a place written as a fraction
  if (m.of !== null && !m.percent && !m.hasDecimals && m.value <= m.of && /(?:lên|xuống)\s*$/u.test(left)) return make(names.rank, m.value, 'rank', { of: m.of, among: amongOf(figure.sentenceRight, m.of) });
  if (figure.noun === 'other') return null; // a count of units ("9 sở đạt", "12 huyện")
  // a rate stated beside an index ("Tỷ lệ hồ sơ đúng hạn đạt 98,91%") is a rate; "100% cơ quan" a share of something else
  // ("tỷ lệ điểm số đạt 97,14%" is how some provinces write the index score of their departments)
  // (in a SIPAS ranking of units, "đứng thứ nhất với tỷ lệ hài lòng đạt 86,91%" is the unit's SIPAS)
  const sipasRanking = index === 'sipas' && /t[ỷỉ] lệ hài lòng/u.test(left) && RANKING_WORDS.test(figure.sentenceLeft + figure.sentenceRight.slice(0, 40));
  // ("tỷ lệ chỉ số đạt 95,27%": the index as a share of the maximum)
  if (/t[ỷỉ] lệ(?! điểm| chỉ số| đạt\s*$)/u.test(left) && indexNames(left).length === 0 && !sipasRanking) return null;
  // "điểm chuẩn tối đa là 95 điểm/98.5 điểm": the maximum a unit could reach is the scale, no score; "Đối với 10, huyện, thị"
  // counts units
  if (/tối đa(?: là| đạt)?\s*$|tối đa là \d[\d.,]*\s*(?:điểm)?\s*\/\s*$/u.test(left) || (figure.noun === 'bare' && /^\s*,\s*(?:huyện|xã|phường|sở|tỉnh|đơn vị|cơ quan|địa phương)(?![\p{L}])/u.test(figure.sentenceRight))) return null;
  // ("đạt 89,81% đối tượng khảo sát đánh giá hài lòng": the share of those asked who are satisfied is the SIPAS value)
  if (m.percent && /^\s*[\p{L}]/u.test(figure.right) && !/^\s*(?:so với|trong|của|xếp|và|tăng|giảm|đứng|cao|thấp|điểm|là|năm|với|đạt)/u.test(figure.right)
    && !(index === 'sipas' && /^\s*(?:đối tượng|người dân|người được|số người)[^.;]{0,40}hài lòng/u.test(figure.right))) return null;
  // "Có 10 tỉnh (15,87%) tăng điểm": the share of the units counted; "(%/100 điểm tối đa)": the scale
  // ("9/12 phòng đạt 75%": the share of the units the fraction counts)
  if (m.percent && (UNIT_SHARE_LEFT.test(left) || FRACTION_SHARE_LEFT.test(left) || FRACTION_UNITS_SHARE.test(figure.clauseLeft.slice(-140)))) return null;
  if (/%\s*\/\s*$/u.test(left) || /^\s*điểm tối đa/u.test(figure.right)) return null;
  // a stage of the assessment is no index score (self-assessed, appraised)
  const stageWindow = figure.sentenceLeft.slice(-120);
  if (ASSESSMENT_STAGE.test(stageWindow.slice(stageWindow.lastIndexOf(';') + 1))) return null;
  // "(tổng) điểm 92,5" in a table row written out as text
  if (m.percent || figure.noun === 'points' || (figure.noun === 'bare' && BARE_SCORE_BEFORE.test(left) && scoreValue(m) <= 100)) {
    // "96,17/100 điểm": the scale is no denominator (spec); "9,42/10 điểm" is a component's score
    if (scoreValue(m) > 100 || (m.of !== null && m.of !== 100) || partsOfTotal) return null;
    const aggregate = isMean(figure.sentenceLeft.slice(-120), figure.sentenceLeft) ? 'mean' : null;
    return make(names.score, scoreValue(m), 'score', { aggregate, of: null });
  }
  return null;
};

// "tỉnh Lào Cai đứng thứ 19/63 tỉnh, thành phố ở Chỉ số SIPAS với giá trị trung bình đạt 84,92%": a ranked unit's own
// value, which its survey averages, is no mean over units
const OWN_AVERAGE = /(?:đứng|xếp)(?: hạng)? (?:thứ )?\d+\s*\/\s*\d+[^;]{0,200}?với giá trị trung bình(?: đạt| là)?\s*$/u;
// ("… trung bình đạt từ 83% trở lên, trong đó quận Cầu Giấy có chỉ số cao nhất (95,61%), tiếp đến các quận Long Biên
// (95,56%)": after "trong đó" a unit of the mean has its own value; a bloc after it is a mean still)
const UNIT_AFTER_MEAN = /(?:trong đó|tiếp (?:đến|theo))\s*,?\s*(?!khối|nhóm|các khối|bình quân|trung bình)(?=[\p{L}])/gu;
function isMean(window: string, sentenceLeft: string): boolean {
  if (!AVERAGE.test(window) || OWN_AVERAGE.test(sentenceLeft)) return false;
  let cut = -1;
  UNIT_AFTER_MEAN.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = UNIT_AFTER_MEAN.exec(window)); ) cut = m.index;
  return cut < 0 || AVERAGE.test(window.slice(cut));
}

const ORDINALS: Record<string, number> = { nhất: 1, nhì: 2, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
// ("xếp vị trí thứ nhất trong 63 tỉnh": after a rank verb, "trong" names the pool; elsewhere "thứ hai trong …" is an ordinal)
// ("năm 2016, 2017 xếp vị thứ nhất; năm 2018 vị thứ nhì": "vị thứ" is a rank word of its own)
const WORD_RANK = /(?:(?:xếp|đứng|vị trí)\s+(?:ở\s+)?(?:vị trí\s+|vị\s+)?|(?:^|[;,.:]\s*)(?:và\s+|tiếp theo\s+)?|(?<![\p{L}])vị\s+)thứ\s+(nhất|nhì|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)(?![\p{L}])(?!\s+(?:nhất|của|liên tiếp))(?!\s*[,\-–]?\s*(?:ngày\s*)?\d)/gu;

function indexRightAfter(after: string): IndexName | null {
  const m = /^\s*(?:về|của|theo)\s+(?:kết quả\s+)?/u.exec(after);
  if (!m) return null;
  const named = indexNames(after.slice(m[0].length));
  return named[0] && named[0].at <= 12 ? named[0].name : null;
}

/** Ranks said in words: rank 1 from "đứng đầu", "dẫn đầu"; "xếp thứ hai" (no figure to hang them on). */
export function leadingRank(lowerSentence: string, index: IndexName | null): Array<Assignment & { anchor: number }> {
  if (!index || index === 'other-index') return [];
  const out: Array<Assignment & { anchor: number }> = [];
  WORD_RANK.lastIndex = 0;
  let w: RegExpExecArray | null;
  while ((w = WORD_RANK.exec(lowerSentence))) {
    if (/^\s+trong(?![\p{L}])/u.test(lowerSentence.slice(w.index + w[0].length)) && !/^(?:xếp|đứng|vị trí)/u.test(w[0])) continue;
    const among = AMONG.exec(lowerSentence.slice(w.index + w[0].length));
    const pool = poolBefore(lowerSentence.slice(0, w.index));
    // "B xếp thứ nhất về kết quả Chỉ số hài lòng …": the index named right after the words is the one ranked
    const own = indexRightAfter(lowerSentence.slice(w.index + w[0].length, w.index + w[0].length + 50)) ?? index;
    if (own === 'other-index') continue;
    out.push({ metric: METRICS[own].rank, value: ORDINALS[w[1]!]!, of: pool?.of ?? amongSize(among), approx: null, rule: 'indices/rank-word', among: pool?.among ?? (among ? (among[1] ?? '') + among[2]!.trim() : null), anchor: w.index + w[0].length });
  }
  const inTurn = topInTurn(lowerSentence, index);
  // "3 vị trí dẫn đầu" not in turn names a group: no rank 1 either
  // ("xếp thứ nhất" read as a rank word already is no second lead)
  const lead = inTurn.length || TOP_PLACES.test(lowerSentence) || ((lowerSentence.includes('nhóm') || lowerSentence.includes('top')) && GROUP_OF_LEADERS.test(lowerSentence)) ? [] : leads(lowerSentence, index);
  return [...out, ...inTurn, ...lead.filter((l) => !out.some((o) => o.value === 1 && Math.abs(o.anchor - l.anchor) <= 4)), ...lastOfPool(lowerSentence, index)];
}

// "Trong số 17 sở, ban, ngành được đánh giá …, … xếp cuối cùng là Ban Dân tộc với …": last of the pool the sentence names
// (spec: "xếp cuối" is rank M only where M is given)
const LAST_NAMED = /(?:xếp|đứng)\s+(?:ở\s+)?(?:vị trí\s+)?cuối(?:\s+cùng|\s+bảng)?\s+(?:là|thuộc về)\s+/u;
function lastOfPool(lowerSentence: string, index: Exclude<IndexName, 'other-index'>): Array<Assignment & { anchor: number }> {
  if (!lowerSentence.includes('cuối')) return [];
  const m = LAST_NAMED.exec(lowerSentence);
  if (!m) return [];
  const pool = poolBefore(lowerSentence.slice(0, m.index));
  if (!pool) return [];
  const anchor = m.index + m[0].length;
  const nameEnd = lowerSentence.slice(anchor).search(/\s+(?:với|đạt|có)\s|[,;.(]/u);
  return [{ metric: METRICS[index].rank, value: pool.of, of: pool.of, approx: null, rule: 'indices/rank-last', among: pool.among, anchor: anchor + (nameEnd < 0 ? 0 : nameEnd) }];
}

// "5 vị trí đứng đầu lần lượt là: A, B, C, D, E"; "A, B, C lần lượt chiếm 3 vị trí đầu tiên": the k-th name holds rank k
const UNIT_START = '(?:văn phòng|sở|ban|ubnd|ủy ban|thành phố|tp\\.?|huyện|thị xã|quận|công an|thanh tra)\\s';
const JOINT_LEADERS = new RegExp(`(?:^|[,;:]\\s*)(?:kết quả,?\\s*)?(${UNIT_START}[^,;:]{2,40}?)\\s+và\\s+${UNIT_START}[^,;:]{2,40}?\\s+(?:(?:tiếp tục|cùng|đều|vẫn|là hai đơn vị|duy trì|giữ vững|vị trí|\\d+ năm liền|\\d+ năm liên tiếp)\\s+)*$`, 'u');
// ("3 vị trí dẫn đầu lần lượt thuộc về …", "5 địa phương dẫn đầu Chỉ số CCHC lần lượt là Quảng Ninh (92,18%), …")
const TOP_PLACES = /(\d{1,2}|ba|bốn|năm|sáu|bảy|tám|chín|mười) (?:vị trí (?:đứng |dẫn )?đầu(?: tiên)?|(?:địa phương|tỉnh(?:, thành(?: phố)?)?|đơn vị|sở, ngành|sở|huyện|xã|bộ) (?:dẫn đầu|đứng đầu|có (?:kết quả |chỉ số |điểm )?cao nhất))/u;
// "nằm trong nhóm 3 bộ, cơ quan ngang bộ dẫn đầu", "thuộc top 5 địa phương dẫn đầu": one of a leading group, no rank 1
const GROUP_OF_LEADERS = /(?:nhóm|top)\s+(?:\d{1,2}|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+[^.;:\d]{0,40}?(?:dẫn đầu|đứng đầu|cao nhất)/u;
// "Bộ Tư pháp, Ngân hàng Nhà nước Việt Nam và Bộ Tài chính lần lượt xếp thứ hạng cao nhất": the names before, in turn, with
// no count; the list is the run of names of bodies or places that ends right before the words
const TOP_UNCOUNTED = /\s+lần lượt (?:xếp|đứng|giữ|chiếm)(?: thứ hạng| vị trí| các vị trí| hạng)? (?:cao nhất|đầu(?: tiên)?|dẫn đầu)/u;
const BODY_NAME_START = /^(?:bộ|ngân hàng|ủy ban|uỷ ban|văn phòng|thanh tra|sở|ban|ubnd|huyện|thị xã|thành phố|tp\.?|quận|tỉnh|xã|phường|công an|bảo hiểm|kho bạc)\s/u;
function topInTurnUncounted(lowerSentence: string, index: Exclude<IndexName, 'other-index'>): Array<Assignment & { anchor: number }> {
  const m = TOP_UNCOUNTED.exec(lowerSentence);
  if (!m) return [];
  const head = lowerSentence.slice(0, m.index);
  // split on commas and on "và" before a body's name; keep the trailing run of names
  const parts: Array<{ start: number; end: number }> = [];
  let from = 0;
  for (const sep of head.matchAll(/,\s+|\s+và\s+(?=(?:bộ|ngân hàng|ủy ban|văn phòng|sở|ban|huyện|thị xã|thành phố|quận|tỉnh|xã|phường)\s)/gu)) {
    parts.push({ start: from, end: sep.index });
    from = sep.index + sep[0].length;
  }
  parts.push({ start: from, end: head.length });
  const run: Array<{ start: number; end: number }> = [];
  for (let k = parts.length - 1; k >= 0 && BODY_NAME_START.test(head.slice(parts[k]!.start, parts[k]!.end)); k--) run.unshift(parts[k]!);
  if (run.length < 2 || run.length > 10) return [];
  return run.map((p, k) => ({ metric: METRICS[index].rank, value: k + 1, of: null, approx: null, rule: 'indices/top-in-turn', among: null, anchor: p.end }));
}

const LIST_AFTER = /^[^:;.]{0,40}?lần lượt (?:là|thuộc về|gồm)?\s*:?\s*([^;.]+)/u;
const LIST_BEFORE = /([^;:.]+?)\s+lần lượt (?:chiếm|giữ|đứng|xếp)\s*$/u;

function topInTurn(lowerSentence: string, index: Exclude<IndexName, 'other-index'>): Array<Assignment & { anchor: number }> {
  const m = TOP_PLACES.exec(lowerSentence);
  if (!m) return lowerSentence.includes('lần lượt') ? topInTurnUncounted(lowerSentence, index) : [];
  const n = /\d/.test(m[1]!) ? Number(m[1]) : ORDINALS[m[1]!]!;
  const after = LIST_AFTER.exec(lowerSentence.slice(m.index + m[0].length));
  const before = after ? null : LIST_BEFORE.exec(lowerSentence.slice(0, m.index));
  const list = after?.[1] ?? before?.[1];
  if (!list) return [];
  const listStart = after ? m.index + m[0].length + after[0].length - list.length : before!.index;
  // items: split on commas, and on a last "và" that opens a unit's name ("Sở Giáo dục và Đào tạo" is one name)
  const items: number[] = [listStart];
  // where each item's own words end (before its separator): a rank is placed by the name it follows
  const itemEnds: number[] = [];
  // (a decimal comma has no space after it: "Quảng Ninh (92,18%), Hải Phòng (91,87%)")
  for (const x of list.matchAll(/,\s+/gu)) { items.push(listStart + x.index + x[0].length); itemEnds.push(listStart + x.index); }
  if (items.length === n - 1) {
    const last = items[items.length - 1]! - listStart;
    const and = /\s+và\s+(?=(?:sở|ban|văn phòng|ủy ban|ubnd|huyện|thành phố|thị xã|quận|xã|phường|công an|thanh tra|bộ|tỉnh)\s)/u.exec(list.slice(last));
    if (and) { items.push(listStart + last + and.index + and[0].length); itemEnds.push(listStart + last + and.index); }
  }
  // (a list before "lần lượt" may open on a lead-in: "Kết quả, A, B, C lần lượt chiếm 3 vị trí")
  if (before && items.length > n) { items.splice(0, items.length - n); itemEnds.splice(0, itemEnds.length - (n - 1)); }
  if (items.length !== n || n > 10) return [];
  // anchored at each name's end: a unit's rank is found after its name
  const ends = [...itemEnds, listStart + list.length];
  return ends.map((anchor, k) => ({ metric: METRICS[index].rank, value: k + 1, of: null, approx: null, rule: 'indices/top-in-turn', among: null, anchor }));
}

function leads(lowerSentence: string, index: Exclude<IndexName, 'other-index'>): Array<Assignment & { anchor: number }> {
  // a question asks who leads ("Hai tỉnh nào có chỉ số cải cách hành chính cao nhất?"), it ranks no one
  if (/\?\s*$/u.test(lowerSentence)) return [];
  // (a gap "với đơn vị cao nhất" names the top unit, it ranks no one)
  let m = LEADS.exec(lowerSentence) ?? (GAP.test(lowerSentence) ? null : HIGHEST.exec(lowerSentence));
  // ("khu vực có giá trị tăng trưởng bình quân cao nhất": the highest growth, a change's extreme, ranks no one)
  if (m && !LEADS.test(m[0]) && /(?:tăng|giảm|tăng trưởng)(?![\p{L}])[^,;.]{0,25}$/u.test(lowerSentence.slice(Math.max(0, m.index - 30), m.index))) m = null;
  // "nhóm 10 địa phương dẫn đầu" is no rank 1, and "người đứng đầu" is the head of an office
  // (a component area named before it leads only that area: "nội dung hiện đại hóa hành chính có số điểm mất cao nhất")
  if (m && COMPONENT.test(lowerSentence.slice(Math.max(0, m.index - 80), m.index))) return [];
  // ("2 vùng kinh tế có giá trị trung bình cao nhất": a group of units, no rank 1)
  if (m && /(?<![\p{L}\d])(?<!năm )\d{1,2} (?:vùng|tỉnh|địa phương|đơn vị|huyện|sở|xã)(?![\p{L}])[^,;.:()\d]{0,45}$/u.test(lowerSentence.slice(Math.max(0, m.index - 60), m.index))) return [];
  if (!m || /(?<![\p{L}])(?:(?:nhóm|top|tốp|trong số|một trong những)(?![\p{L}])(?:[^,;.]|, thành){0,30}|các(?![\p{L}])[^,;.]{0,30})$/u.test(lowerSentence.slice(Math.max(0, m.index - 40), m.index)) || /người\s*$/u.test(lowerSentence.slice(Math.max(0, m.index - 8), m.index))) return [];
  if (UNNAMED_EXTREME.test(lowerSentence.slice(Math.max(0, m.index - 60), m.index + m[0].length))) return [];
  const after = lowerSentence.slice(m.index + m[0].length);
  // "Bắc Giang 3 năm dẫn đầu về xây dựng chính quyền điện tử": the topic it leads in is named, and it is no index
  const topic = /^\s*(?:cả nước\s+|toàn quốc\s+)?(?=về\s)/u.exec(after);
  if (topic && !indexRightAfter(after.slice(topic[0].length))) return [];
  // ("cao nhất (95,88%) trong 17 bộ, cơ quan ngang bộ": the value in brackets stands between the lead and its pool)
  const among = AMONG.exec(after.replace(/^\s*\([^()]{0,30}\)/u, ''));
  const pool = poolBefore(lowerSentence.slice(0, m.index));
  // the anchor sits after the words, so "dẫn đầu là tỉnh Quảng Ninh" finds its place after them, "Quảng Ninh dẫn đầu" before
  const lead = (anchor: number): Assignment & { anchor: number } => ({
    metric: METRICS[index].rank, value: 1, of: pool?.of ?? amongSize(among), approx: null, rule: 'indices/leads',
    among: pool?.among ?? (among ? (among[1] ?? '') + among[2]!.trim() : null), anchor,
  });
  // "Văn phòng UBND tỉnh và thành phố Yên Bái dẫn đầu": two units, each first of its own ranking
  const pair = JOINT_LEADERS.exec(lowerSentence.slice(0, m.index));
  if (pair) return [lead(pair.index + pair[1]!.length), lead(m.index + m[0].length)];
  return [lead(m.index + m[0].length)];
}
