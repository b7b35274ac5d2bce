// The words Vietnamese reports use for the states of a dossier (hồ sơ). Shared by the dossier counts and the
// rates over them. Patterns run on lower-case canonical text (one tone placement).
import { alternation, wordsPattern } from '../lexicon/patterns.ts';
import { SUBSET_SENTENCE_OPENINGS, SUBSET_WORDS } from '../lexicon/dossier-subsets.ts';

export type DossierCue = 'on_time' | 'early' | 'overdue' | 'pending' | 'online' | 'carried' | 'received' | 'resolved' | 'total';

export const CUES: Array<[DossierCue, RegExp]> = [
  ['carried', /(?:kỳ|năm|tháng|quý)(?: báo cáo)? trước chuyển (?:sang|qua)|chuyển (?:sang|qua) từ (?:kỳ|năm) trước|tồn (?:từ )?kỳ trước|tồn (?:đọng )?chuyển sang|kỳ trước chuyển|chuyển tiếp/gu],
  ['pending', /đang (?:tiếp tục |được )?(?:giải quyết|xử lý|thụ lý|trong (?:thời )?hạn)|chưa đến hạn|chưa giải quyết|tồn đọng|còn tồn|đang thực hiện|chưa đến hạn trả/gu],
  ['on_time', /(?:trước|sớm) (?:thời )?(?:hạn|hẹn)\s*(?:và|,|\/|hoặc)\s*(?:đúng)\s*(?:thời )?(?:hạn|hẹn)|đúng\s*(?:và|,|\/)\s*(?:trước|sớm) (?:thời )?(?:hạn|hẹn)|(?:trước|sớm) và đúng (?:thời )?(?:hạn|hẹn)|đúng (?:thời )?(?:hạn|hẹn)|đúng thời gian quy định|trong hạn(?! giải quyết)/gu],
  ['early', /(?:trước|sớm) (?:thời )?(?:hạn|hẹn)/gu],
  ['overdue', /quá (?:thời )?(?:hạn|hẹn)|trễ (?:thời )?(?:hạn|hẹn)|chậm (?:thời )?(?:hạn|hẹn|trễ|muộn|trả)|(?<![\p{L}])(?:trễ|chậm|muộn)(?![\p{L}])/gu],
  // (the national or provincial portal alone names where the figures are kept, not the channel: "hơn 14,5 triệu hồ sơ được xử lý qua
  // Cổng Dịch vụ công quốc gia, trong đó 83% thực hiện trực tuyến")
  ['online', /trực tuyến|(?<![\p{L}])dvctt(?![\p{L}])|qua mạng|môi trường mạng|môi trường điện tử/gu],
  ['total', /tổng (?:số )?(?:hồ sơ|số)|tổng cộng/gu],
  // ("người dân, doanh nghiệp đến giải quyết TTHC nhiều như: …": those who came with their dossiers, the intake)
  ['received', /(?:đến|tới) (?:giải quyết|làm|thực hiện)(?: thủ tục| tthc)?|tiếp nhận(?: mới)?|ghi nhận|mới tiếp nhận|nhận mới|thụ lý|phát sinh|yêu cầu giải quyết|đề nghị giải quyết|cần giải quyết|phải giải quyết|(?<![\p{L}])nộp(?![\p{L}])|(?<![\p{L}])nhận(?![\p{L}])/gu],
  // ("Qua đó, đã giải 82.864 hồ sơ": the verb cut short before its count)
  ['resolved', /giải quyết xong|đã giải quyết|đã được giải quyết|được giải quyết|giải quyết|trả kết quả|xử lý xong|xử lý được|đã xử lý|đã được xử lý|hoàn thành|hoàn tất|trả cho|(?<![\p{L}])đã giải(?=\s*$|\s+\d)/gu],
];

// "thuộc thẩm quyền giải quyết của cấp xã": whose competence the dossiers are, no action on them
const COMPETENCE_NAME = /thẩm quyền giải quyết/gu;
// ("hệ thống dịch vụ hành chính công trực tuyến tỉnh Đắk Lắk đã tiếp nhận 48.442 hồ sơ": the system's name, not the channel)
const SYSTEM_NAME = /(?:hệ thống|phần mềm) (?:thông tin )?(?:một cửa điện tử|giải quyết (?:tthc|thủ tục hành chính)|quản lý (?:hồ sơ|văn bản)|dịch vụ (?:hành chính )?công trực tuyến)/gu;
// "gồm hồ sơ giải quyết theo cơ chế một cửa, cơ chế một cửa liên thông, theo dịch vụ công trực tuyến": the mechanisms a
// total takes in, not a channel it is limited to
const MECHANISM_LIST = /(?:(?:bao )?gồm (?:cả )?(?:các )?hồ sơ (?:giải quyết |tiếp nhận |được giải quyết )?theo )?cơ chế một cửa(?:,? (?:cơ chế )?một cửa liên thông)?\s*[,;]\s*(?:và\s+)?(?:theo\s+|qua\s+)?(?:dịch vụ công trực tuyến|trực tuyến)/gu;
const AFTER_STEP = /sau khi (?:tiếp nhận|nhận|thụ lý)/gu;
// "Theo số liệu từ Cổng dịch vụ công tỉnh, …": where the figures come from, not the channel the dossiers came by
const SOURCE_CLAUSE = /theo (?:số liệu|báo cáo|thống kê|dữ liệu)(?: thống kê)? (?:từ|của|trên|tại) [^,;.]{0,80}?,/gu;

export interface CueHit {
  cue: DossierCue;
  start: number;
  end: number;
}

/** Cue hits in `s`, longest first where they overlap (trước và đúng hạn is on_time, not early + on_time). */
export function findCues(raw: string): CueHit[] {
  // "Hệ thống thông tin giải quyết TTHC" names a system, not an action on the dossiers
  // (a hard-wrapped line breaks a cue in two: "còn 270 hồ sơ đang trong\nthời hạn giải quyết"; same length, same offsets)
  let s = raw.includes('\n') ? raw.replace(/\s/gu, ' ') : raw;
  if (s.includes('hệ thống')) s = s.replace(SYSTEM_NAME, (m) => ' '.repeat(m.length));
  if (s.includes('theo ')) s = s.replace(SOURCE_CLAUSE, (m) => ' '.repeat(m.length));
  // "Sau khi tiếp nhận, hơn 11.200 hồ sơ đã được giải quyết": the step before, not a count received
  if (s.includes('sau khi')) s = s.replace(AFTER_STEP, (m) => ' '.repeat(m.length));
  if (s.includes('cơ chế một cửa')) s = s.replace(MECHANISM_LIST, (m) => ' '.repeat(m.length));
  if (s.includes('thẩm quyền')) s = s.replace(COMPETENCE_NAME, (m) => ' '.repeat(m.length));
  const hits: CueHit[] = [];
  for (const [cue, re] of CUES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      const start = m.index;
      const end = start + m[0].length;
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      hits.push({ cue, start, end });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

export const ATTRIBUTE_CUES: DossierCue[] = ['carried', 'pending', 'overdue', 'on_time', 'early', 'online'];

const SUBSET_HINT = /trực tiếp|bưu|đến hạn|trả|rút|bổ sung|từ chối|không|lũy kế|đã và đang|lĩnh vực|mức độ|số hó|số hoá|ngày|tuần|tháng|thời điểm|thanh toán|căn cước|định danh|nhà|đất đai/u;
const { field: FIELD_WORDS, ...OTHER_SUBSETS } = SUBSET_WORDS;
const SUBSET_IN_PHRASE = wordsPattern(Object.values(OTHER_SUBSETS).flat(), 'u');
const FIELD_IN_PHRASE = wordsPattern(FIELD_WORDS!, 'u');
const SUBSET_OPENING = new RegExp(`^[\\s\\-–+•*]*(?:${alternation(SUBSET_SENTENCE_OPENINGS)})`, 'u');
const CHANNEL_IN_CLAUSE = wordsPattern(['qua dịch vụ bưu chính', 'qua bưu chính', 'qua bưu điện', 'bưu chính công ích'], 'u');
/** The rest of the figure's clause: up to a comma, semicolon, bracket or "trong đó". */
function clauseAfter(sentenceRight: string): string {
  const end = sentenceRight.search(/[,;:(]|trong đó/u);
  return end < 0 ? sentenceRight : sentenceRight.slice(0, end);
}
const CHANNEL_BRACKET = /^\s*\(\s*(?:trực tiếp|qua bưu|bưu chính|nộp trực tiếp)/u;
const STATE_WORD = /quá hạn|trễ hạn|đúng hạn|trước hạn|chậm|đang giải quyết|giải quyết/u;

/** A count of part of the caseload (by channel, due, returned, one field …), from the words before the figure and
 *  its own phrase after it. A field named after the state ("27 hồ sơ quá hạn thuộc lĩnh vực đất đai") says where
 *  those dossiers are, it makes no subset. */
export function isSubsetCount(left: string, right: string, sentenceLeft: string, sentenceRight = ''): boolean {
  const phrase = `${left} ${right}`;
  // most phrases hold none of the words: a cheap look first (this runs for every figure)
  if (SUBSET_OPENING.test(sentenceLeft)) return true;
  // the channel in the bracket closing the phrase: "190.319 hồ sơ mới tiếp nhận (trực tiếp và bưu chính)"
  if (CHANNEL_BRACKET.test(sentenceRight.slice(right.length, right.length + 40))) return true;
  // the channel closing a clause of coordinated figures: "tiếp nhận 1.200 hồ sơ và trả 2.646 kết quả … qua dịch vụ bưu chính"
  if (sentenceRight.includes('bưu') && CHANNEL_IN_CLAUSE.test(clauseAfter(sentenceRight))) return true;
  if (!SUBSET_HINT.test(phrase)) return false;
  // "chưa đến hạn" is pending, not due
  if (SUBSET_IN_PHRASE.test(phrase.replace(/chưa đến hạn/gu, ' '))) return true;
  const stateAt = right.search(STATE_WORD);
  const fieldPart = `${left} ${stateAt < 0 ? right : right.slice(0, stateAt)}`;
  return FIELD_IN_PHRASE.test(fieldPart) && !/(?:các|mọi|tất cả các|nhiều|\d+) lĩnh vực/u.test(fieldPart);
}

/** Topics whose percentages look like dossier rates but are not (online payment, digitisation, e-signatures). */
export const NOT_DOSSIER_TOPIC = /tại địa chỉ|qua bưu chính|qua bưu điện|đăng ký doanh nghiệp|được đồng bộ|đồng bộ với|số ý kiến|ý kiến phản ánh|phản ánh,? kiến nghị|thời gian (?:giải quyết|xử lý|thực hiện|chờ|trả kết quả)|tỷ lệ (?:cung cấp )?dịch vụ công|trên tổng số (?:tthc|thủ tục)|trong tổng số hồ sơ (?:trễ|quá) hạn|khảo sát|lấy ý kiến|(?:tthc|thủ tục hành chính) (?:được )?công bố|công bố đúng hạn|rút ngắn|chi phí|thanh toán|số hóa|ký số|chữ ký số|kết quả điện tử|hộp thư|thư điện tử|văn bản|email|cán bộ|công chức|định danh|tái sử dụng|khai thác|dữ liệu|cấp điện|tài khoản|ngân sách|giải ngân|vốn|doanh nghiệp thành lập/u;
