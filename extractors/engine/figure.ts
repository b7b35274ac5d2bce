// What a rule sees of one figure: the figure, the words that lead to it since the previous figure, the noun
// phrase it heads, and the figures before it in the same clause.
import type { Metric } from '../../src/model/fact.ts';
import type { NumberMention, Approx } from '../numbers/rules.ts';

/** What the figure counts, read from the noun after it (or the clause's noun for a bare figure). */
export type NounClass = 'dossier' | 'procedure' | 'service' | 'survey' | 'task' | 'percent' | 'points' | 'places' | 'other' | 'bare';

export interface Figure {
  mention: NumberMention;
  noun: NounClass;
  /** Lower-case text from the end of the previous figure's phrase (or the clause start) to this figure. */
  left: string;
  /** Lower-case text after the figure up to the end of its phrase (first comma, bracket or semicolon). */
  right: string;
  /** Lower-case clause text before the figure. */
  clauseLeft: string;
  /** Lower-case sentence text before the figure. */
  sentenceLeft: string;
  /** Lower-case sentence text after the figure. */
  sentenceRight: string;
  /** Lower-case text of the lines before the sentence: a flattened table states its noun once, above its rows. */
  context: string;
}

export interface Assignment {
  metric: Metric;
  value: number;
  of: number | null;
  approx: Approx | null;
  rule: string;
  among?: string | null;
  aggregate?: 'mean' | null;
  /** Evidence and place attach here instead of at the figure (rank 1 from `dẫn đầu` has no figure). */
  anchor?: number;
  /** The level of the period before the reported one ("tăng từ 81,82% lên 84,4%": 81,82). */
  previous?: boolean;
}

export interface RuleInput {
  figure: Figure;
  /** Assignments already made for earlier figures of the same sentence, in order. */
  earlier: Array<{ figure: Figure; assigned: Assignment[] }>;
  /** The index named nearest before this figure in the sentence or carried from the previous one. */
  index: IndexName | null;
}

export type IndexName = 'par' | 'sipas' | 'service' | 'other-index';

export type FamilyRule = (input: RuleInput) => Assignment[] | null;

const NOUNS: Array<[RegExp, NounClass]> = [
  [/^\s?(?:%|phần trăm)/u, 'percent'],
  // ("gần 13.000 lượt yêu cầu của người dân và doanh nghiệp được Trung tâm … tiếp nhận và giải quyết": citizens' requests)
  [/^\s*(?:\/\s*\d[\d.,]*\s*)?(?:(?:bộ\s+|lượt\s+)?(?:hồ sơ|hs\b|hồ\s+sơ)|lượt yêu cầu(?! hỗ trợ| tư vấn))/u, 'dossier'],
  [/^\s*(?:\/\s*\d[\d.,]*\s*)?(?:tthc|thủ tục)/u, 'procedure'],
  [/^\s*(?:\/\s*\d[\d.,]*\s*)?(?:dịch vụ công|dvc)/u, 'service'],
  [/^\s*(?:\/\s*\d[\d.,]*\s*)?(?:phiếu|lượt (?:người|khảo sát|đánh giá)|người (?:được )?(?:khảo sát|hỏi)|ý kiến)/u, 'survey'],
  [/^\s*(?:\/\s*\d[\d.,]*\s*)?nhiệm vụ/u, 'task'],
  [/^\s*điểm/u, 'points'],
  [/^\s*(?:bậc|hạng|vị trí|vị thứ)(?![\p{L}])/u, 'places'],
  [/^\s*(?:và|hoặc|đến|tới)\s+\d/u, 'bare'], // "3.210, 2.876 và 4.001 hồ sơ": the noun comes at the list's end
  [/^\s*(?:và|hoặc)\s/u, 'bare'], // "trước hạn là 114.977 và đúng hạn là 1.022.796 hồ sơ": the next item, not a noun
  [/^\s*(?:[\p{Ll}\p{Lu}][\p{L}\p{M}]*)/u, 'other'],
];

// "lần lượt là 4 và 18 đơn vị", "3.210 và 4.001 hồ sơ": the noun at the list's end is each item's
const NEXT_ITEM = /^\s*(?:và|hoặc|đến|tới)\s+\d[\d.,]*(?:\s*%)?/u;

export function nounOf(after: string): NounClass {
  const next = NEXT_ITEM.exec(after);
  if (next) {
    const listEnd = nounOf(after.slice(next[0].length));
    if (listEnd !== 'bare' && listEnd !== 'percent') return listEnd;
  }
  for (const [re, cls] of NOUNS) if (re.test(after)) return cls;
  return 'bare';
}

// A figure's phrase ends at a comma, bracket, semicolon or colon, or where the next clause starts.
// ("và" ends it unless it joins two states of one figure: "1.234 hồ sơ trước và đúng hạn"; a comma between the two
// names of the thing counted does not: "100% hồ sơ, thủ tục hành chính … trước và đúng hạn"; "đạt 93,7% với tỉ lệ hồ sơ trả
// đúng hẹn đạt 100%": the rate named next is the next figure's)
const PHRASE_END = /,(?!\s*(?:thủ tục hành chính|tthc)\s)|[;:()[\]]|(?<!trước|sớm|đúng|hạn|hẹn)\svà\s|\s(?:nhưng|trong đó|đạt|chiếm|tăng|giảm|cao hơn|thấp hơn|xếp|đứng|với t[ỷỉ] lệ)\s/u;

export function phraseAfter(lowerAfter: string): string {
  const m = PHRASE_END.exec(lowerAfter);
  return (m ? lowerAfter.slice(0, m.index) : lowerAfter).slice(0, 60);
}
