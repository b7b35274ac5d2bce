// Rates over dossiers and satisfaction: tỷ lệ giải quyết đúng hạn đạt 98,2%; (đạt tỷ lệ 98,2%) after a count;
// chiếm 45%; mức độ hài lòng đạt 100%; 100% hồ sơ được giải quyết đúng hạn.
import type { Metric } from '../../src/model/fact.ts';
import type { Assignment, FamilyRule, Figure } from '../engine/figure.ts';
import { findCues, NOT_DOSSIER_TOPIC, type DossierCue } from '../dossiers/cues.ts';
import { indexNames } from '../indices/rules.ts';
import { fromToRole } from '../engine/from-to.ts';
import { alternation } from '../lexicon/patterns.ts';
import { SATISFACTION_ASPECT_LINE, SATISFACTION_WITH_POLICY, SYSTEM_SHARE_AFTER } from '../lexicon/non-topics.ts';

/** The rules of this family by name (a fact's `rule` is `rates/<name>`), each with the phrasing it documents. */
export const RULE_NAMES = {
  'named-rate': 'tỷ lệ giải quyết đúng hạn đạt 98,2%',
  'rate-of-count': '11.808 hồ sơ đúng hạn (đạt tỷ lệ 98,2%)',
  'compared-rate': 'tăng 2,57% so với năm 2019 (đạt 81,15%)',
  'compared-level': '85,48% …, cao hơn mức 84,45% của năm 2019',
  satisfaction: 'mức độ hài lòng đạt 97,1%',
  'satisfied-share': '98,7% người dân hài lòng với …',
  'satisfied-share-sipas': '85,48% người dân, tổ chức hài lòng về sự phục vụ của cơ quan hành chính',
  anaphor: 'tỷ lệ này chỉ đạt 45,8%',
  'bound-list': 'có 8 cơ quan, địa phương đạt tỷ lệ … trên 50%, bao gồm: Bộ Tài chính, …',
  'bracketed-list': 'Đà Nẵng (58,89%), Hà Giang (55,76%)',
  'rate-from': 'giảm từ 10,85% xuống còn 1,31% (the first end)',
  'rate-to': 'giảm từ 10,85% xuống còn 1,31% (the second end)',
  list: 'cấp huyện đạt 97,3%, cấp xã đạt 99,5%',
} as const;

const SIPAS_DEFINITION = /hài lòng (?:về|với|đối với) (?:sự|chất lượng) phục vụ (?:nói chung |hành chính )?của (?:các )?cơ quan hành chính/u;

// ("các xã đạt trên 99%" is the communes' figure, with its scope)
const SOME_UNITS_BEFORE = /(?:(?:một số|nhiều) (?:tiêu chí|chỉ số|lĩnh vực|đơn vị|xã|phường|huyện|sở|cơ quan|địa phương)|các (?:tiêu chí|chỉ số))[^.;]{0,60}$/u;
const RATE_OF: Partial<Record<DossierCue, Metric>> = {
  overdue: 'overdue_rate', on_time: 'on_time_rate', early: 'early_rate', online: 'online_rate', resolved: 'resolved_rate',
};
const COUNT_TO_RATE: Partial<Record<Metric, Metric>> = {
  dossiers_on_time: 'on_time_rate', dossiers_early: 'early_rate', dossiers_overdue: 'overdue_rate',
  dossiers_online: 'online_rate', dossiers_resolved: 'resolved_rate',
};
const PRIORITY: DossierCue[] = ['overdue', 'on_time', 'early', 'online', 'resolved'];
const CHANGE_BEFORE = /(?:tăng|giảm|cao hơn|thấp hơn|vượt|hơn|kém|chênh lệch|tăng thêm|giảm thêm)\s*(?:so với[^,;]*)?$/u;
// "(đạt tỷ lệ 98,2%)", "chiếm 45%", "(98,2%)": a rate of the count just stated
const OF_PREVIOUS = /^\s*,?\s*(?:so với[^,;()]*)?\s*[(,:-]?\s*(?:đạt|chiếm|bằng|là|với|tương đương|tương ứng)?\s*(?:đến|tới|khoảng)?\s*(?:tỷ lệ|tỉ lệ)?\s*(?:đạt|là)?\s*\(?\s*$/u;
const SATISFACTION = /hài lòng/u;
const NATIONAL_MEAN_BRACKET = /(?:bình quân|trung bình)(?: chung)?(?: của)? (?:cả nước|toàn quốc)\s*\(\s*(?:là|đạt|ở mức)?\s*$/u;
const RATING_BAND = /(?:^|[\s,;:(+\-–•])(?:rất hài lòng|không hài lòng|chưa hài lòng|bình thường|tạm hài lòng)\s*(?:là|đạt|chiếm)?\s*:?\s*\(?\s*$/u;
const BAND_BEFORE = /(?:rất hài lòng|không hài lòng|bình thường)\s*(?:là|đạt|chiếm)?\s*:?\s*\(?\s*\d/u;
const SATISFACTION_SUBJECT = /^(?:[^,;]{0,30},\s*)?[^,;]{0,60}?(?:mức độ|tỷ lệ|chỉ số|sự) hài lòng/u;
const SIPAS_DEFINITION_LOOSE = /hài lòng[^.;%]{0,40}?(?:về|với|đối với) (?:sự|chất lượng) phục vụ (?:nói chung |hành chính )?của (?:các )?cơ quan hành chính(?! [^,;.]{0,40}(?:cấp|huyện|xã|phường|sở))/u;
const COMPLAINTS_SATISFACTION = /^hài lòng[^,;%]{0,30}?(?:phản ánh|kiến nghị|khiếu nại|tố cáo)/u;
// "100% cơ quan", "100% TTHC", "100% xã": a share of units or procedures, not of dossiers
const OTHER_UNITS = /^\s*(?:các\s+)?(?:cơ quan|đơn vị|cán bộ|công chức|viên chức|tthc|thủ tục|dịch vụ|xã|phường|thị trấn|huyện|sở|ban|ngành|văn bản|hộp thư|máy|doanh nghiệp|trường|lãnh đạo|phòng|bộ phận|địa phương|chỉ tiêu|nhiệm vụ|kế hoạch)(?![\p{L}])/u;
// the SIPAS index as the index rules name it (a service's own "chỉ số hài lòng" is measured satisfaction)
const SATISFACTION_INDEX = { test: (s: string) => indexNames(s).some((n) => n.name === 'sipas') };

const SYSTEM_SHARE = new RegExp(`^\\s*(?:số\\s*)?(?:hồ sơ|tthc|thủ tục)[^,;.]{0,20}?(?:${alternation(SYSTEM_SHARE_AFTER)})`, 'u');
// "luôn đạt trên 90% đối với những thủ tục hành chính đã công bố trực tuyến mức độ 3, 4": a rate over some procedures or
// one field, not the unit's (spec: rates over a subset)
// ("60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng": the e-office's work files, no dossiers)
export const RATE_OVER_SUBSET_AFTER = /^\s*,?\s*(?:hồ sơ công việc|(?:đối với|ở|trong|thuộc)\s+(?:những|các|một số)?\s*(?:thủ tục|tthc|dịch vụ công|hồ sơ (?:thuộc|về|trong|của)|lĩnh vực)|trên tổng số\s*(?:[\d.,]+\s*)?hồ sơ (?:mức độ|thuộc lĩnh vực|lĩnh vực|về lĩnh vực))/u;
/** "365 trong số 1.234 thủ tục hành chính … được tiếp nhận, … trả kết quả tại Trung tâm, đạt tỷ lệ 29%": the share of the
 *  procedures just counted (not taken as cases handled), no rate over dossiers nor one the sentences before named. */
// ("đạt 82% so với tổng số TTHC thuộc thẩm quyền giải quyết": over the procedures, whatever came before)
const OVER_PROCEDURES_AFTER = /^\s*(?:\)\s*)?(?:so với|trên)\s+(?:tổng số\s+)?(?:các\s+)?(?:tthc|thủ tục|dịch vụ công|dvc)/u;
export function isShareOfProcedures(figure: Figure, earlier: Array<{ figure: Figure; assigned: Assignment[] }>): boolean {
  if (!figure.mention.percent) return false;
  if (OVER_PROCEDURES_AFTER.test(figure.sentenceRight)) return true;
  // ("1.407/1.542 DVCTT được tích hợp lên Cổng dịch vụ công quốc gia, đạt 91%": the share of the services just counted)
  const last = earlier[earlier.length - 1];
  return !!last && (last.figure.noun === 'procedure' || last.figure.noun === 'service')
    && last.assigned.every((a) => a.metric === 'procedures_total' || a.metric.startsWith('online_services'))
    && /(?:đạt|chiếm|bằng)\s*(?:t[ỷỉ] lệ)?\s*$/u.test(figure.left) && !/hồ sơ/u.test(figure.left);
}
export const GROUP_BOUND = /\d+(?:\s*\/\s*\d+)?\s+(?:huyện|xã|phường|đơn vị|cơ quan|sở|tỉnh|địa phương|quận|thị xã|bộ)[^;.]{0,80}?(?:đạt|có)[^;.]{0,50}$/u;

const PLACE_PART = /trong đó,?\s*(?:riêng\s+)?(?:huyện|xã|phường|thị xã|thị trấn|thành phố|tp\.?|đặc khu|quận|tỉnh|ubnd)\s/u;
const ASIDE = /\([^()]*\)/gu;
const DENIED = /(?:không có|chưa có|không còn)[^,;()]*/gu;
/** The words before a rate without its asides in brackets and the states it denies. */
function ownWords(left: string): string {
  // (a bracket closed at the phrase's start was an aside of the figure before: "21 hồ sơ (13 hồ sơ do lỗi hệ thống), đạt tỷ lệ 2,55%")
  const own = left.replace(/^\s*\)/u, ' ');
  return own.includes('(') || own.includes('không') || own.includes('chưa') ? own.replace(ASIDE, ' ').replace(DENIED, ' ') : own;
}

export const dossierRates: FamilyRule = ({ figure, earlier }) => {
  const m = figure.mention;
  if (!m.percent || m.value > 100 || CHANGE_BEFORE.test(figure.left)) return null;
  // "Một số tiêu chí thành phần có tỷ lệ hài lòng dưới 80%": a bound some units or criteria fall under is a threshold
  if ((m.approx === 'gt' || m.approx === 'lt') && SOME_UNITS_BEFORE.test(figure.sentenceLeft.slice(-90))) return null;
  // ("các đơn vị còn lại đều có tỷ lệ giải quyết chậm, quá hạn dưới 1%": a bound the rest stay under)
  if ((m.approx === 'gt' || m.approx === 'lt') && /(?:còn lại|(?<![\p{L}])đều(?![\p{L}]))[^.;]{0,60}$/u.test(figure.sentenceLeft.slice(-90))) return null;
  // "tỷ lệ giải quyết 100% thủ tục hành chính … đúng hạn", "đạt 100% tỷ lệ đúng hạn": the rate's words after the figure
  const stateAfter = findCues(figure.right).find((h) => h.cue !== 'received' && h.cue !== 'resolved' && h.cue !== 'total');
  const rateAfter = stateAfter && (/t[ỷỉ] lệ[^,;]{0,20}$/u.test(figure.left) || /^\s*t[ỷỉ] lệ/u.test(figure.right));
  // "100% cơ quan", "100% TTHC": a share of something else
  if (OTHER_UNITS.test(figure.right) && !rateAfter) return null;
  // "giảm tỷ lệ trễ hạn hồ sơ đo đạc xuống dưới 2%": a level to bring the rate under, not one reached
  if (m.approx === 'lt' && /(?:giảm|hạ|kéo)[^,;]{0,60}xuống\s*$/u.test(figure.left) && !/(?<![\p{L}])đã(?![\p{L}])/u.test(figure.clauseLeft)) return null;
  // "bằng trên 90% số hồ sơ trực tuyến của cả năm 2021": a ratio to another period's count
  if (/(?<![\p{L}])bằng\s*$/u.test(figure.left) && /^\s*(?:số|tổng số|so với|của|lượng)(?![\p{L}])/u.test(figure.right)) return null;
  // "cao hơn tỷ lệ đánh giá hài lòng chung của tỉnh năm 2018 là 4,11%": the gap, not a level
  if (/(?:cao|thấp) hơn[^,;%]{0,80}(?:là|với)\s*$/u.test(figure.left)) return null;
  // "giải quyết 100% hồ sơ TTHC trên Hệ thống phần mềm một cửa điện tử": a share handled by a system, not a result
  if (SYSTEM_SHARE.test(figure.sentenceRight.slice(0, 40))) return null;
  // "Có đến 5/9 huyện đạt tỷ lệ này dưới 3%", "9 sở đạt trên 90%": units meeting a bound, not a figure
  if ((m.approx || m.value === 100) && GROUP_BOUND.test(figure.clauseLeft.slice(-80))) return null;
  const make = (metric: Metric, rule: string): Assignment[] => [{ metric, value: m.value, of: null, approx: m.approx, rule: `rates/${rule}` }];

  const left = figure.left;
  // "85,48% …, cao hơn mức 84,45% của năm 2019": the level compared with is the same measure's
  const level = [...earlier].reverse().find((e) => e.assigned.length)?.assigned.find((a) => a.metric.endsWith('_rate') || a.metric === 'sipas_score');
  if (level && /(?:cao|thấp|nhiều|ít) hơn\s+(?:so với\s+)?mức\s*$/u.test(left)) return make(level.metric, 'compared-level');
  // "đạt 45%, cao hơn bình quân chung cả nước (39%)": the nation's mean of the same rate, compared with
  if (level && NATIONAL_MEAN_BRACKET.test(left)) return [{ ...make(level.metric, 'compared-level')[0]!, aggregate: 'mean' }];
  // "98,7% người dân hài lòng với ..."
  // "85,48% người dân, tổ chức hài lòng về sự phục vụ của cơ quan hành chính Nhà nước" is the SIPAS index's definition
  // (the definition settles it even where the sentence names the index: "Về chỉ số hài lòng … (SIPAS), năm 2021 có 87,16% người dân …")
  if (/^\s*(?:số\s*)?(?:người dân|người|tổ chức|công dân|ý kiến|lượt)[^.;]{0,30}?hài lòng/u.test(figure.sentenceRight.slice(0, 60))) {
    if (SIPAS_DEFINITION.test(figure.sentenceRight.slice(0, 130))) return make('sipas_score', 'satisfied-share-sipas');
    if (!SATISFACTION_INDEX.test(left)) return make('satisfaction_rate', 'satisfied-share');
  }
  // the words may sit in the phrase of the figure before ("khảo sát 350 người dân cho thấy mức độ hài lòng đạt 97,1%")
  const near = figure.clauseLeft.slice(-90);
  // (the index is looked for in the whole clause, then kept to the window: a window's cut can drop the words that make a
  // "chỉ số hài lòng" a service's own, "3 dịch vụ có chỉ số hài lòng")
  const sipasNear = indexNames(figure.clauseLeft).some((n) => n.name === 'sipas' && n.at >= figure.clauseLeft.length - near.length);
  // "+ Mức độ hài lòng đối với trách nhiệm giải trình của chính quyền: đạt 79,95%": satisfaction with policy-making, not
  // with administrative services (spec)
  // "Mức độ hài lòng của người dân được khảo sát đối với sự phục vụ của cơ quan hành chính nhà nước nói chung … là 80,08%"
  // (stated as the level, not inside a range: "nằm trong khoảng 87,2% - 72,1%")
  const statedAs = /(?:là|đạt|ở mức|chiếm(?: tỷ lệ| tỉ lệ)?|tương đương(?: với)?)\s*$/u.test(left) && !/trong khoảng|khoảng cách|chênh lệch/u.test(figure.clauseLeft);
  // (the index, not a unit's own survey: named as an index, or measured over the nation)
  if (statedAs && SATISFACTION_SUBJECT.test(figure.clauseLeft) && SIPAS_DEFINITION_LOOSE.test(figure.clauseLeft) && /chỉ số hài lòng|sipas|cả nước|toàn quốc|nói chung/u.test(figure.clauseLeft) && !/chính sách/u.test(figure.clauseLeft)) return make('sipas_score', 'satisfied-share-sipas');
  if (SATISFACTION_WITH_POLICY.test(figure.clauseLeft)) return null;
  if (SATISFACTION_ASPECT_LINE.test(figure.sentenceLeft) && !/thủ tục|tthc|dịch vụ|hồ sơ|giải quyết|tiếp nhận|phục vụ|một cửa|hành chính công|trung tâm|bộ phận/u.test(figure.sentenceLeft)) return null;
  // ("mức độ hài lòng đạt 97,2%; trong đó rất hài lòng 60%", "Rất hài lòng 95,3%"): the share of one rating band, no rate
  // (after a band's share, the next bands: "Rất hài lòng 95,3%, hài lòng 4,7%")
  if (RATING_BAND.test(left) || (/hài lòng\s*:?\s*$/u.test(left) && BAND_BEFORE.test(figure.sentenceLeft))) return null;
  // satisfaction with the handling of complaints and petitions is no fact of this vocabulary (spec)
  if (COMPLAINTS_SATISFACTION.test(near.slice(near.lastIndexOf('hài lòng')))) return null;
  // ("Mức độ hài lòng chung về sự phục vụ của cơ quan, đơn vị có chức năng giải quyết thủ tục hành chính … đạt 97,71%": the
  // clause is about satisfaction, whatever action it names on the way)
  if (statedAs && SATISFACTION_SUBJECT.test(figure.clauseLeft) && !SATISFACTION_INDEX.test(figure.clauseLeft) && !/(?:tỷ lệ|tỉ lệ) (?!hài lòng)|tiêu chí|thành phần|một số/u.test(figure.clauseLeft)) return make('satisfaction_rate', 'satisfaction');
  if (SATISFACTION.test(near) && !sipasNear && !SATISFACTION_INDEX.test(left) && (SATISFACTION.test(left) || findCues(left).length === 0)) {
    return make('satisfaction_rate', 'satisfaction');
  }
  if (NOT_DOSSIER_TOPIC.test(left) || NOT_DOSSIER_TOPIC.test(figure.right)) return null;
  // ("23,18% trong số đó quá hạn": the state named right after, over the dossiers just counted)
  const rightHasDossier = rateAfter || /^\s*(?:số\s*)?hồ sơ|^\s*(?:trong số (?:đó|này)\s*)?(?:được\s*)?(?:giải quyết\s*)?(?:trước|đúng|quá|trễ)\s/u.test(figure.right);
  // ("đã được giải quyết (phần lớn là giải quyết trước hạn và đúng hạn), không có hồ sơ giải quyết quá hạn, chiếm tỷ lệ gần
  // 99,4%": an aside in brackets and a state denied name no rate)
  // ("… trả kết quả đúng hạn, tỷ lệ giải quyết hồ sơ đạt 100%": a rate named after the words before it is the one it names)
  const own = ownWords(left);
  const namedAt = Math.max(own.lastIndexOf('tỷ lệ'), own.lastIndexOf('tỉ lệ'));
  const namedCues = namedAt > 0 && !rateAfter ? findCues(own.slice(namedAt)) : [];
  const cues = (namedCues.length ? namedCues : findCues(own + ' ' + (rightHasDossier ? figure.right : ''))).map((h) => h.cue);
  const cue = PRIORITY.find((c) => cues.includes(c));
  const dossierDomain = /hồ sơ|tthc|thủ tục/u.test(figure.clauseLeft) || rightHasDossier || cues.some((c) => c !== 'resolved' && c !== 'received');
  // "tỷ lệ quá hạn giảm từ 10,85% xuống còn 1,31%": the first end is the period before's, the second this one's
  const end = fromToRole(figure);
  const prevRate = [...earlier].reverse().find((e) => e.assigned.length)?.assigned.find((a) => a.metric.endsWith('_rate'));
  if (end === 'to' && prevRate) return [{ ...make(prevRate.metric, 'rate-to')[0]! }];
  if (cue && dossierDomain) {
    // "tiếp nhận trực tuyến" is the online share; a received rate alone is not in the vocabulary
    if (end === 'from') return [{ ...make(RATE_OF[cue]!, 'rate-from')[0]!, previous: true }];
    return make(RATE_OF[cue]!, 'named-rate');
  }
  // the last figure that said something: a count gives its rate; a rate gives the same rate for a
  // comparison ("tăng 2,57% so với năm 2019 (đạt 81,15%)")
  const prev = [...earlier].reverse().find((e) => e.assigned.length);
  // ("… còn 5.830 hồ sơ quá hạn, trong đó, đặc khu Phú Quốc có 3.845 hồ sơ (chiếm 65,9%)": a place's share of the whole's count)
  const partOfWhole = prev && PLACE_PART.test(prev.figure.left);
  if (prev && !partOfWhole && OF_PREVIOUS.test(own)) {
    for (const a of prev.assigned) {
      const ofCount = COUNT_TO_RATE[a.metric];
      const rate = ofCount ?? (a.metric.endsWith('_rate') && /so với|cùng kỳ|năm \d{4}/u.test(figure.clauseLeft.slice(-60)) ? a.metric : undefined);
      if (rate) return make(rate, ofCount ? 'rate-of-count' : 'compared-rate');
    }
  }
  return null;
};

/** The dossier rate a sentence names without a figure ("… công bố số liệu về tỷ lệ hồ sơ trực tuyến toàn trình của các bộ"),
 *  for "tỷ lệ này" in the sentences after it. */
export function rateNamed(lowerSentence: string): Metric | null {
  if (!lowerSentence.includes(' lệ ')) return null;
  const at = lowerSentence.search(/t[ỷỉ] lệ (?:hồ sơ|giải quyết|tthc)/u);
  if (at < 0) return null;
  const cues = findCues(lowerSentence.slice(at, at + 60)).map((h) => h.cue);
  const cue = PRIORITY.find((c) => cues.includes(c));
  return cue ? RATE_OF[cue] ?? null : null;
}
