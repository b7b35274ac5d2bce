// Units named as the members of a group that passes or stays under a bound: "cả nước có 8 cơ quan, địa phương đạt tỷ lệ
// hồ sơ trực tuyến toàn trình trên 50%, bao gồm: Bộ Tài chính, …, các tỉnh Hà Nam, Đà Nẵng"; "… 15 bộ, ngành và địa
// phương có tỷ lệ … thấp dưới 10%. Những đơn vị này bao gồm: Bộ Y tế, …". Each named unit gets the bound as its figure,
// marked above or below (approx gt / lt), as the reviewed gold does (a021); the count of the group is no figure.
import type { Metric } from '../../src/model/fact.ts';
import type { Assignment } from '../engine/figure.ts';
import { rateNamed } from './rules.ts';

export interface PendingBound { metric: Metric; value: number; approx: 'gt' | 'lt' }

const GROUP_WITH_BOUND = /(?<![\d.,])\d{1,3}\s+(?:bộ|cơ quan|địa phương|tỉnh|đơn vị|huyện|xã|sở)(?![\p{L}])[^.;%]{0,80}?(?:đạt|có)\s+(t[ỷỉ] lệ[^.;%\d]{0,80}?)\s*(trên|hơn|cao hơn|dưới|thấp dưới|thấp hơn)\s*(\d{1,3}(?:,\d+)?)\s*%/u;
const LIST_AFTER = /^[^.;:]{0,30}?(?:bao gồm|gồm|là)\s*:?\s*/u;
const LIST_OPENING = /^\s*(?:những|các) (?:đơn vị|cơ quan|địa phương|bộ, ngành(?: và địa phương)?)(?: này| đó| nói trên)?\s+(?:bao gồm|gồm|là)\s*:?\s*/u;
// an item opens on a body's word or is a name of two syllables or more (an excerpt may cut the last one: "…, Hà")
const ITEM = /^(?:các\s+(?:tỉnh|thành phố)\s+|tỉnh\s+|thành phố\s+)?((?:bộ|ngân hàng|bảo hiểm|ủy ban|văn phòng|kho bạc|tổng cục|sở|ban)\s[^,;]{2,60}|[\p{L}.]+(?:[\s-][\p{L}.]+){1,3}|tp\.\s?hcm|tp\.\s?hồ chí minh|tphcm)\s*$/u;

/** The members of a bounded group listed in this sentence, after its own bound or the one the sentence before set
 *  (`pending`); and the bound this sentence leaves for the next when it lists no members. */
export function boundListsIn(lower: string, pending: PendingBound | null): { items: Array<Assignment & { anchor: number }>; pending: PendingBound | null } {
  const bound = boundOf(lower);
  if (bound?.listAt != null) return { items: boundListItems(lower, bound, bound.listAt), pending: null };
  const listAt = pending ? pendingListAt(lower) : -1;
  return { items: pending && listAt >= 0 ? boundListItems(lower, pending, listAt) : [], pending: bound };
}

/** The bound a sentence sets for a group of units, and where its list of members opens (null: in the next sentence). */
function boundOf(lower: string): (PendingBound & { listAt: number | null }) | null {
  if (!lower.includes('%') || !(lower.includes('trên') || lower.includes('dưới') || lower.includes('hơn'))) return null;
  const m = GROUP_WITH_BOUND.exec(lower);
  if (!m) return null;
  const metric = rateNamed(m[1]!);
  if (!metric) return null;
  const list = LIST_AFTER.exec(lower.slice(m.index + m[0].length));
  return { metric, value: Number(m[3]!.replace(',', '.')), approx: /dưới|thấp/u.test(m[2]!) ? 'lt' : 'gt', listAt: list ? m.index + m[0].length + list[0].length : null };
}

/** One assignment per unit listed from `from` (anchored at the end of its name), with the bound as its figure. */
function boundListItems(lower: string, bound: PendingBound, from: number): Array<Assignment & { anchor: number }> {
  const out: Array<Assignment & { anchor: number }> = [];
  const tail = lower.slice(from);
  const end = tail.search(/[.]\s|[.]$|$/u);
  const list = tail.slice(0, end < 0 ? tail.length : end);
  let at = 0;
  for (const part of list.split(/(,\s+|;\s+|\s+và\s+)/u)) {
    if (/^(?:,\s+|;\s+|\s+và\s+)$/u.test(part)) { at += part.length; continue; }
    const item = ITEM.exec(part.trim());
    if (item) out.push({ metric: bound.metric, value: bound.value, of: null, approx: bound.approx, rule: 'rates/bound-list', anchor: from + at + part.trimEnd().length });
    at += part.length;
  }
  return out.length >= 2 ? out : [];
}

/** Where the list of the pending bound opens in this sentence ("Những đơn vị này bao gồm: …"), or -1. */
function pendingListAt(lower: string): number {
  const m = LIST_OPENING.exec(lower);
  return m ? m[0].length : -1;
}
