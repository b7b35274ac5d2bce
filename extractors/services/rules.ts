// Counts around the dossiers: procedures published (công khai 295 TTHC), online public services by level
// (toàn trình / một phần, mức độ 4 / 3), surveys (27.366 phiếu), reform tasks (27/27 nhiệm vụ).
import type { Assignment, FamilyRule } from '../engine/figure.ts';
import { countValue } from '../dossiers/rules.ts';

/** The rules of this family by name (a fact's `rule` is `services/<name>`), each with the phrasing it documents. */
export const RULE_NAMES = {
  procedures: 'công bố 1.932 thủ tục hành chính',
  'online-level': '1.200 dịch vụ công trực tuyến toàn trình',
  surveys: 'khảo sát 350 người dân',
  tasks: 'hoàn thành 27/27 nhiệm vụ CCHC',
  list: '… 415 TTHC, 96 TTHC …',
} as const;

const FULL = /toàn trình|(?:mức|cấp) độ 4|mức 4/u;
const PARTIAL = /một phần|(?:mức|cấp) độ 3|mức 3/u;
const NOT_OFFERED = /chưa (?:cung cấp |thực hiện )?trực tuyến|không trực tuyến|chưa đủ điều kiện/u;
const PROCEDURE_TOTAL = /công khai|niêm yết|công bố|thuộc thẩm quyền|gồm|bao gồm|tổng số|bộ thủ tục|danh mục|kiểm soát|áp dụng|cập nhật|thực hiện|có|với/u;
const PROCEDURE_CHANGE = /cắt giảm|đơn giản hóa|bãi bỏ|sửa đổi|bổ sung|ban hành mới|thay thế|phân cấp|ủy quyền|đề nghị|kiến nghị|phương án|tái cấu trúc|liên thông|tăng|giảm/u;
const SURVEY_CUE = /khảo sát|phiếu|lấy ý kiến|đánh giá|phát ra|thu về|hỏi/u;
const TASK_DONE = /hoàn thành|thực hiện|triển khai|đạt|xong/u;

export const serviceCounts: FamilyRule = ({ figure, earlier }) => {
  const m = figure.mention;
  if (m.percent) return null;
  const value = countValue(figure);
  if (value === null || CHANGE_BEFORE.test(figure.left)) return null;
  const near = figure.left.slice(-70) + ' #' + figure.right;
  const make = (metric: Assignment['metric'], v: number, rule: string, of: number | null = null): Assignment[] =>
    [{ metric, value: v, of, approx: m.approx, rule: `services/${rule}` }];

  if (figure.noun === 'procedure' || figure.noun === 'service') {
    if (NOT_OFFERED.test(figure.left.slice(-40))) return null;
    // (the level may follow a bracketed abbreviation: "1.618 TTHC cung cấp Dịch vụ công trực tuyến (DVCTT) toàn trình")
    // (its own words after it first: the words before may hold the previous figure's level)
    const own = figure.sentenceRight.slice(0, 60).split(/[,;]|\s(?:và|còn)\s/u)[0]!;
    const local = figure.left.slice(-40) + ' #' + own;
    if (FULL.test(own) || (!PARTIAL.test(own) && FULL.test(local))) return make('online_services_full', value, 'online-level');
    if (PARTIAL.test(local)) return make('online_services_partial', value, 'online-level');
    if (figure.noun === 'service' || /trực tuyến|dịch vụ công/u.test(figure.clauseLeft + figure.right)) return null;
    if (PROCEDURE_CHANGE.test(figure.left.slice(-30))) return null;
    // ("đã ủy quyền cho thủ trưởng các sở, ban, ngành giải quyết đối với 20 TTHC thuộc thẩm quyền của UBND tỉnh": the
    // procedures delegated, not the body's whole set)
    if (/(?<![\p{L}])(?:[uủ][yỷ] quyền|phân cấp)(?![\p{L}])/u.test(figure.clauseLeft.slice(-100))) return null;
    // "276 thủ tục cấp huyện và 92 thủ tục cấp xã": the second of a list takes the first's metric
    const prev = earlier[earlier.length - 1];
    if (prev?.assigned[0]?.metric === 'procedures_total' && /^\s*(?:và|,)\s*$/u.test(figure.left)) return make('procedures_total', value, 'procedures');
    if (PROCEDURE_TOTAL.test(figure.left.slice(-60)) || /^\s*(?:tthc|thủ tục(?: hành chính)?)\s*(?:cấp|thuộc|của|được|đã được|đang|áp dụng)/u.test(figure.right)) {
      return make('procedures_total', value, 'procedures');
    }
    return null;
  }
  // "khảo sát 350 người dân", "lấy ý kiến 1.200 lượt tổ chức, cá nhân"
  if (figure.noun === 'other' && /(?:khảo sát|lấy ý kiến|phỏng vấn|điều tra)(?:\s+(?:lấy ý kiến|đánh giá|ý kiến))*(?:\s+(?:của|đối với))?\s*(?:được\s*)?$/u.test(figure.left) && /^\s*(?:người|lượt|tổ chức|công dân|cá nhân)/u.test(figure.right)) {
    return make('surveys', value, 'surveys');
  }
  if (figure.noun === 'survey' && SURVEY_CUE.test(near + figure.clauseLeft.slice(-80))) {
    // (27.366/27.366 phiếu): the forms collected are the denominator
    return make('surveys', m.of ?? value, 'surveys');
  }
  if (figure.noun === 'task' && (m.of !== null || TASK_DONE.test(figure.left.slice(-40)))) {
    if (/đề ra|giao|kế hoạch có|tổng số/u.test(figure.left.slice(-25)) && m.of === null) return null;
    return make('tasks_completed', value, 'tasks', m.of);
  }
  return null;
};

const CHANGE_BEFORE = /(?:tăng|giảm|nhiều hơn|ít hơn)\s*$/u;
