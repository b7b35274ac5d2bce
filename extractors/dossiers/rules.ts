// Dossier counts: tiếp nhận 12.341 hồ sơ; đã giải quyết 12.018; trong đó đúng hạn 107, quá hạn 06;
// giải quyết 113/132 hồ sơ; có 27.366 hồ sơ yêu cầu giải quyết; 8.236 hồ sơ trực tuyến.
import type { Metric } from '../../src/model/fact.ts';
import type { Assignment, Figure, FamilyRule } from '../engine/figure.ts';
import { AGENCY_LC } from '../localities/scope.ts';
import { ATTRIBUTE_CUES, findCues, isSubsetCount, type CueHit, type DossierCue } from './cues.ts';
import { GROUP_BOUND } from '../rates/rules.ts';

/** The rules of this family by name (a fact's `rule` is `dossiers/<name>`), each with the phrasing it documents.
 *  test/extractors/corpus.test.ts fails when one has no corpus example or a fact names a rule not listed here. */
export const RULE_NAMES = {
  verb: 'tiếp nhận 12.341 hồ sơ; đã giải quyết 12.018',
  state: 'trong đó đúng hạn 107, quá hạn 06; 1.758 hồ sơ đang tiếp tục giải quyết',
  'part-of-whole': 'giải quyết 113/132 hồ sơ',
  'competence-split': 'tiếp nhận 83.261 hồ sơ, trong đó thuộc thẩm quyền cấp huyện là 7.512 hồ sơ',
  'shared-verbs': 'tiếp nhận, giải quyết trước và đúng hạn 2.360 hồ sơ',
  'split-total': 'đã tiếp nhận N hồ sơ (trong đó kỳ trước chuyển sang X, mới tiếp nhận Y)',
  'total-as-intake': 'tổng số hồ sơ tiếp nhận là 1.234',
  existence: 'có 27.366 hồ sơ yêu cầu giải quyết',
  'count-of-rate': 'tỷ lệ đúng hạn đạt 99,85%, tương ứng với 94.839 hồ sơ',
  'results-returned': 'Trung tâm đã trả 4.328 kết quả giải quyết thủ tục hành chính',
  'agency-list': 'Các cơ quan có tần suất giao dịch nhiều là Công an tỉnh (590 hồ sơ), …',
  list: 'huyện A tiếp nhận 5.000 hồ sơ, huyện B 4.000 hồ sơ',
} as const;

const METRIC_OF: Record<DossierCue, Metric> = {
  on_time: 'dossiers_on_time', early: 'dossiers_early', overdue: 'dossiers_overdue', pending: 'dossiers_pending',
  online: 'dossiers_online', carried: 'dossiers_carried_over', received: 'dossiers_received', resolved: 'dossiers_resolved',
  total: 'dossiers_total',
};
const ATTRIBUTE_PRIORITY: DossierCue[] = ['carried', 'overdue', 'pending', 'on_time', 'early', 'online'];
// A figure stated as a change is no count of its own ("tăng 500 hồ sơ so với cùng kỳ").
const CHANGE_BEFORE = /(?:tăng|giảm|nhiều hơn|ít hơn|cao hơn|thấp hơn|vượt|chênh lệch)\s*(?:thêm\s*)?$/u;
// Right of the figure only these read as the dossier's state; "hồ sơ giải quyết TTHC" names the dossier's purpose.
const RIGHT_RESOLVED = /(?:đã|được) (?:được )?giải quyết|giải quyết xong|đã (?:được )?trả kết quả|được trả kết quả|đã (?:được )?xử lý/u;
const RIGHT_RECEIVED = /tiếp nhận trong kỳ|phải giải quyết|yêu cầu giải quyết|đề nghị giải quyết|cần giải quyết|được tiếp nhận|đã tiếp nhận|tiếp nhận mới|mới tiếp nhận|nhận mới/u;

/** Words that make a count the new intake only, not the whole caseload (lower-case text). */
const COMPETENCE_PART = /(?:^|[\s,;(])(?:thuộc|trong)\s+(?:phạm vi\s+)?thẩm quyền(?:\s+giải quyết)?(?:\s+của)?\s+(?:cấp (?:tỉnh|huyện|xã)|ubnd [^,;]{1,40}?|các [^,;]{1,40}?)\s*(?:là|có|gồm)?\s*$/u;
const PROCEDURES_HANDLED = /(?:tiếp nhận|giải quyết|xử lý|trả kết quả)(?:\s*(?:,|và)\s*(?:tiếp nhận|giải quyết|trả kết quả))?(?:\s+(?:được|xong|gần|hơn|trên|khoảng|cho))*\s*$/u;
const ONLINE_TOPIC = /^[\s\-–+•*]*(?:về|đối với)\s+(?:số\s+|số lượng\s+)?(?:hồ sơ|dịch vụ công)\s+trực tuyến\s*,/u;
export const NEW_INTAKE = /mới tiếp nhận|tiếp nhận mới|nhận mới|mới phát sinh|phát sinh mới|tiếp nhận trong kỳ/u;
const AGENCY_ITEM = new RegExp(`(?:${AGENCY_LC.source})\\s*[(:]?\\s*(?:có|với|là)?\\s*$`, 'iu');
// "Các cơ quan có … là", "Trong đó, nhiều nhất là Sở Tư pháp (188 hồ sơ), đến Sở GTVT (184 hồ sơ)"
const AGENCY_LIST_LEAD = /(?:các|những) (?:cơ quan|đơn vị|sở, ngành|sở, ban, ngành)(?: có)?|(?:nhiều nhất|cao nhất|ít nhất|đứng đầu|dẫn đầu) là/u;

/** A count from a figure: integers only (12,341 written the English way is taken as thousands). */
export function countValue(f: Figure): number | null {
  const m = f.mention;
  if (m.percent) return null;
  if (!m.hasDecimals) return m.value;
  return m.thousandsReading;
}

export function isDossierFigure(f: Figure, earlier: Array<{ figure: Figure }>): boolean {
  if (f.noun === 'dossier') return true;
  // "đã tiếp nhận, giải quyết 60.349 thủ tục hành chính": cases handled, counted as procedures (spec); not procedures published,
  // within a body's competence or brought into a centre ("đưa vào giải quyết 970 TTHC")
  // (nor a share of the procedures, "giải quyết 1.287/1.503 thủ tục", nor procedures delegated, "ủy quyền giải quyết 191 TTHC")
  // (nor the procedures a centre takes in, "đang tiếp nhận 1.932 TTHC của 19 sở, ngành")
  if (f.noun === 'procedure' && f.mention.of === null && PROCEDURES_HANDLED.test(f.left) && !/đang\s+(?:tiếp nhận|giải quyết)\s*$/u.test(f.left)
    && !/^\s*(?:tthc|thủ tục(?: hành chính)?)\s+(?:của|thuộc|cấp)\s/u.test(f.right)
    && !/công bố|thẩm quyền|danh mục|[uủ][yỷ] quyền|phân cấp|(?:đưa|vào)\s+(?:tiếp nhận\s+(?:và\s+)?)?giải quyết/u.test(f.clauseLeft.slice(-80))) return true;
  // "số hồ sơ mới tiếp nhận là 57.028 bộ": sets of dossiers
  if (f.noun === 'other' && /^\s*bộ(?![\p{L}])/u.test(f.right) && /hồ sơ/u.test(f.left)) return true;
  if (f.noun !== 'bare') return false;
  const prev = earlier[earlier.length - 1]?.figure;
  if (prev && (prev.noun === 'dossier' || (prev.noun === 'bare' && /hồ sơ/u.test(prev.clauseLeft)))) return true;
  // "- Đã giải quyết: 4.411", "Cấp huyện: Tiếp nhận 1.234, ...": a table row whose noun stands in the lines above
  const cueRightBefore = findCues(f.left.slice(-30)).length > 0;
  const tableRow = cueRightBefore && /^[\s\-–+•*]*[\p{L}\s]+:/u.test(f.clauseLeft) && /hồ sơ/u.test(f.context.slice(-300));
  // ("Số hồ sơ đã giải quyết là …; trong đó số hồ giải quyết trước hạn là 114.977": the sentence names the dossiers)
  return /hồ sơ/u.test(f.left) || ((/hồ sơ/u.test(f.clauseLeft) && findCues(f.left).length > 0) || tableRow)
    || (/hồ sơ/u.test(f.sentenceLeft) && findCues(f.left).some((h) => ATTRIBUTE_CUES.includes(h.cue)))
    // ("tổng số hồ sơ tiếp nhận: 1.234; đã giải quyết: 1.200 (trước hạn: 800; …)": a labelled item of the sentence's dossiers)
    || (/hồ sơ/u.test(f.sentenceLeft) && /:\s*$/u.test(f.left) && findCues(f.left).length > 0);
}

function rightCues(right: string): CueHit[] {
  return findCues(right).filter((h) => {
    if (ATTRIBUTE_CUES.includes(h.cue)) return true;
    const text = right.slice(Math.max(0, h.start - 12), h.end + 12);
    return h.cue === 'resolved' ? RIGHT_RESOLVED.test(text) : h.cue === 'received' ? RIGHT_RECEIVED.test(text) : false;
  }).map((h) => (h.cue === 'resolved' && RIGHT_RECEIVED.test(right.slice(Math.max(0, h.start - 12), h.end)) ? { ...h, cue: 'received' as const } : h));
}

/** The action cue nearest the figure, and the ones coordinated with it (tiếp nhận và giải quyết, tiếp nhận, giải quyết). */
function coordinatedActions(left: string, hits: CueHit[]): DossierCue[] {
  const actions = hits.filter((h) => h.cue === 'received' || h.cue === 'resolved' || h.cue === 'total');
  if (!actions.length) return [];
  const out = [actions[actions.length - 1]!];
  for (let i = actions.length - 2; i >= 0; i--) {
    // "Tổng số hồ sơ đã giải quyết": the head noun, not a second verb
    if (actions[i]!.cue === 'total') break;
    const between = left.slice(actions[i]!.end, out[0]!.start);
    if (!/^\s*(?:và|,|\/|hoặc|cũng như)?\s*(?:đã\s*)?$/u.test(between)) break;
    out.unshift(actions[i]!);
  }
  return [...new Set(out.map((h) => h.cue))];
}

// ("chuyển trả" is the post carrying results, not the office resolving them)
const RESULTS_RETURNED_LEFT = /(?<![\p{L}])(?<!chuyển\s)(?:đã\s+)?trả\s*$/u;
const RATE_THEN_COUNT = /\d\s*%\s*,?\s*(?:(?:tương ứng|tương đương)(?:\s+với)?|với)\s*$/u;
const CUE_OF_RATE: Partial<Record<string, DossierCue>> = { on_time_rate: 'on_time', early_rate: 'early', overdue_rate: 'overdue', resolved_rate: 'resolved', online_rate: 'online' };

const SERVICES_WITH_DOSSIERS = /(?:dvctt|dvc|dịch vụ công(?: trực tuyến)?|thủ tục(?: hành chính)?|tthc)\s[^,;.\d]{0,30}?(?:có\s+)?phát sinh hồ sơ[^,;.\d]{0,20}$/u;
const STATE_LATER = /^\s*(?:hồ sơ|hs)\s(?:của\s)?[^;.()\d]{0,90}?\s(trễ hạn|quá hạn|chậm trễ|trễ hẹn|đúng hạn|trước hạn)(?![\p{L}])/u;
const PASSIVE_AGENT = /^[^,;.\d]{0,60}?\s(?:được|đã được)\s+(?:[^,;.\d]{0,70}?\s)?(tiếp nhận(?:\s+và\s+giải quyết)?|giải quyết)(?![\p{L}])/u;

/** The split named after a count: its carried-over part and its new intake ("(trong đó kỳ trước chuyển sang X, mới tiếp nhận Y)"). */
function splitAfter(figure: Figure): { carried: boolean; newIntake: boolean } {
  const after = figure.sentenceRight.slice(figure.right.length);
  return { carried: findCues(after.slice(0, 160)).some((h) => h.cue === 'carried'), newIntake: NEW_INTAKE.test(after.slice(0, 200)) };
}

export const dossierCounts: FamilyRule = ({ figure, earlier }) => {
  const { approx } = figure.mention;
  const make = (cue: DossierCue, v: number, rule: string): Assignment => ({ metric: METRIC_OF[cue], value: v, of: null, approx, rule: `dossiers/${rule}` });
  // "Trung tâm đã trả 4.328 kết quả giải quyết thủ tục hành chính": results returned are dossiers resolved
  if (!figure.mention.percent && RESULTS_RETURNED_LEFT.test(figure.left) && /^\s*kết quả(?: giải quyết)?(?![\p{L}])/u.test(figure.right)
    && !isSubsetCount(figure.left, figure.right, figure.sentenceLeft)) {
    const v = countValue(figure);
    return v === null ? null : [make('resolved', v, 'results-returned')];
  }
  if (figure.mention.percent || !isDossierFigure(figure, earlier)) return null;
  // "Tổng số DVCTT có phát sinh hồ sơ là 818/1.542": services that had dossiers are counted, not dossiers
  if (figure.left.includes('phát sinh hồ sơ') && SERVICES_WITH_DOSSIERS.test(figure.left)) return null;
  // "có 64 xã, phường có phát sinh dưới 150 hồ sơ": units meeting a bound, no count of any of them
  if (approx && GROUP_BOUND.test(figure.clauseLeft.slice(-80))) return null;
  const value = countValue(figure);
  if (value === null || CHANGE_BEFORE.test(figure.left)) return null;
  // "tiếp nhận 83.261 hồ sơ, trong đó thuộc thẩm quyền cấp huyện là 7.512 hồ sơ, …; thuộc thẩm quyền giải quyết cấp xã
  // 75.749 hồ sơ": the intake split by the tier whose competence it is (spec: facts with that scope)
  if (COMPETENCE_PART.test(figure.left) && /(?:tiếp nhận|tổng số|phát sinh).{0,200}?\d.{0,60}?trong đó/u.test(figure.sentenceLeft)) {
    return [make('received', value, 'competence-split')];
  }
  const left = findCues(figure.left);
  // (a figure whose own words came before it: what follows "và" is the next item's — "trước hạn là 114.977 và đúng
  // hạn là …"; "1.234 hồ sơ trước và đúng hạn" keeps its words)
  const ownStateBefore = findCues(figure.left.slice(-30)).some((h) => ATTRIBUTE_CUES.includes(h.cue));
  const right = rightCues(ownStateBefore ? figure.right.split(/\s(?:và|hoặc)\s/u)[0]! : figure.right);
  const attrs = [...left, ...right].filter((h) => ATTRIBUTE_CUES.includes(h.cue)).map((h) => h.cue);
  // ("Về hồ sơ trực tuyến, … UBND thành phố tiếp nhận 581 hồ sơ …; UBND cấp xã tiếp nhận 1.406 hồ sơ": the sentence's topic)
  // ("có tổng cộng 1.052 hồ sơ của các đơn vị, sở ngành trên địa bàn tỉnh trễ hạn so với quy định": a total of dossiers in
  // one state, the state said after the dossiers' owner)
  const stateLater = !attrs.length && left.some((h) => h.cue === 'total') && !left.some((h) => h.cue === 'received' || h.cue === 'resolved')
    ? STATE_LATER.exec(figure.sentenceRight)?.[1] : undefined;
  if (stateLater) attrs.push(findCues(stateLater)[0]?.cue ?? 'overdue');
  const attr = ATTRIBUTE_PRIORITY.find((c) => attrs.includes(c)) ?? (ONLINE_TOPIC.test(figure.sentenceLeft) ? 'online' : null);
  const actions = coordinatedActions(figure.left, left);
  for (const h of right) if ((h.cue === 'received' || h.cue === 'resolved') && !actions.includes(h.cue)) actions.push(h.cue);
  // "gần 13.000 lượt yêu cầu của người dân và doanh nghiệp được Trung tâm … tiếp nhận và giải quyết": the passive with its
  // agent, the verbs after the body named
  if (!actions.length && !attrs.length && figure.noun === 'dossier') {
    const agent = PASSIVE_AGENT.exec(figure.sentenceRight);
    if (agent) actions.push(...(agent[1]!.includes('tiếp nhận') ? ['received' as const] : []), ...(agent[1]!.includes('giải quyết') ? ['resolved' as const] : []));
  }

  // "tỷ lệ đúng hạn đạt 99,85%, tương ứng với 94.839 hồ sơ", "chiếm 0,15% với 146 hồ sơ": the count behind the rate
  const rate = earlier[earlier.length - 1]?.assigned.find((a) => a.metric.endsWith('_rate'))?.metric;
  const rateCue = rate ? CUE_OF_RATE[rate] : undefined;
  if (rateCue && figure.noun === 'dossier' && figure.mention.of === null && RATE_THEN_COUNT.test(figure.sentenceLeft)) return [make(rateCue, value, 'count-of-rate')];
  if (figure.mention.of !== null) {
    // giải quyết 113/132 hồ sơ: the part over the intake (or over the resolved, for a state of the resolved)
    const num: DossierCue | null = attr ?? (actions.includes('resolved') ? 'resolved' : null);
    if (!num) return null;
    const den: DossierCue = num === 'resolved' || num === 'online' || num === 'carried' ? 'received' : 'resolved';
    // (the spec's `of` is the whole a part is counted out of: "đúng hạn 5.504/5.512 hồ sơ" is 5504 of 5512)
    return [{ ...make(num, value, 'part-of-whole'), of: figure.mention.of }, make(den, figure.mention.of, 'part-of-whole')];
  }
  if (attr) {
    // "Số hồ sơ đang được giải quyết là 11.019; trong đó, số hồ sơ trong hạn là 10.686": still in time, still pending
    const pendingBefore = attr === 'on_time' && /trong hạn/u.test(`${figure.left} ${figure.right.slice(0, 30)}`) && /đang (?:được |tiếp tục )?(?:giải quyết|xử lý).{0,80}?(?:trong đó|\()/u.test(figure.sentenceLeft);
    const out = [make(pendingBefore ? 'pending' : attr, value, 'state')];
    // tiếp nhận, giải quyết trước và đúng hạn 2.360 hồ sơ: one number for each coordinated verb
    if (actions.includes('received') && actions.includes('resolved') && (attr === 'on_time' || attr === 'early')) {
      out.push(make('received', value, 'shared-verbs'), make('resolved', value, 'shared-verbs'));
    }
    return out;
  }
  if (actions.length) {
    return actions.map((cue) => {
      if (cue === 'total' || cue === 'received') {
        // đã tiếp nhận N hồ sơ (trong đó kỳ trước chuyển sang X, mới tiếp nhận Y): N is the whole caseload
        // (the figure's own words saying "tiếp nhận mới" make it the new intake, not the whole)
        const split = splitAfter(figure);
        // ("Tổng số hồ sơ … là N; trong đó … từ kỳ trước chuyển qua là X": a total with its carried part is the whole too)
        if (split.carried && !NEW_INTAKE.test(figure.right) && (split.newIntake || left.some((h) => h.cue === 'total'))) return make('total', value, 'split-total');
        return make('received', value, cue === 'total' ? 'total-as-intake' : 'verb');
      }
      // ("Tổng số hồ sơ … nhận giải quyết … là N (bao gồm: X hồ sơ kỳ trước chuyển qua, Y hồ sơ tiếp nhận trong kỳ)": whatever the
      // verb, a total split into its carried part and new intake is the whole caseload)
      if (cue === 'resolved' && left.some((h) => h.cue === 'total')) {
        const split = splitAfter(figure);
        if (split.carried && split.newIntake) return make('total', value, 'split-total');
      }
      return make(cue, value, 'verb');
    });
  }
  // "Các cơ quan có tần suất giao dịch nhiều là Công an tỉnh (590 hồ sơ), …": an agency's count in a list of agencies,
  // of the state or action the list's lead names (intake when it names none)
  if (figure.noun === 'dossier' && AGENCY_LIST_LEAD.test(figure.sentenceLeft) && AGENCY_ITEM.test(figure.left)) {
    const lead = findCues(figure.sentenceLeft.slice(0, AGENCY_LIST_LEAD.exec(figure.sentenceLeft)!.index + 80));
    const cue = ATTRIBUTE_PRIORITY.find((c) => lead.some((h) => h.cue === c)) ?? lead.find((h) => h.cue === 'resolved')?.cue ?? 'received';
    return [make(cue, value, 'agency-list')];
  }
  // có N hồ sơ (yêu cầu giải quyết): intake stated as existence
  // ("TPHCM vẫn là địa phương có số lượng hồ sơ cao nhất với 645.566 hồ sơ")
  if (/(?:^|\s)(?:có|với|gồm|là)\s*$/u.test(figure.left) && figure.noun === 'dossier' && (/thủ tục|tthc|giải quyết|một cửa/u.test(figure.sentenceLeft + figure.right) || /số lượng hồ sơ (?:cao|nhiều|thấp|ít) nhất với\s*$/u.test(figure.sentenceLeft))) {
    // (with its carried part and new intake named next, it is the whole caseload: "có 13.039 hồ sơ …; trong đó 915 hồ sơ
    // kỳ trước chuyển sang, 12.124 hồ sơ nhận mới")
    const split = splitAfter(figure);
    const whole = split.carried && split.newIntake;
    // ("đã tiếp nhận và giải quyết 41.484 hồ sơ (trong đó cấp huyện là 12.932 hồ sơ": the part shares both verbs of the whole)
    const shared = [...earlier].reverse().find((e) => e.assigned.length)?.assigned;
    if (!whole && shared?.length === 2 && shared[0]!.value === shared[1]!.value && shared.every((a) => a.metric === 'dossiers_received' || a.metric === 'dossiers_resolved')
      && (/(?:trong đó|trong số đó)/u.test(figure.left) || (shared[0]!.rule === 'dossiers/shared-verbs' && /^\s*[,;]/u.test(figure.left)))) return [make('received', value, 'shared-verbs'), make('resolved', value, 'shared-verbs')];
    return [make(whole ? 'total' : 'received', value, whole ? 'split-total' : 'existence')];
  }
  return null;
};
