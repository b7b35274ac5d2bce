// "tăng từ 81,82% lên 84,4%", "giảm từ 51/63 xuống 56/63", "giảm từ 10,85% xuống còn 1,31%": the two ends of a
// change are levels, the first of the period before, the second of the period reported.
import type { Period } from '../../src/model/fact.ts';
import { alternation } from '../lexicon/patterns.ts';
import { FALL_WORDS, RISE_WORDS } from '../lexicon/changes.ts';
import type { Figure } from './figure.ts';

const TO_WORDS = ['lên mức', 'lên', 'xuống còn', 'xuống mức', 'xuống', 'còn', 'đến', 'tới'];
const CHANGE = alternation([...RISE_WORDS, ...FALL_WORDS, 'vươn lên', 'tụt xuống', 'nâng', 'hạ']);
const FROM_LEFT = new RegExp(`(?:${CHANGE})\\s+(?:[\\p{L}]+\\s+){0,3}?từ\\s*(?:mức\\s*|vị trí\\s*(?:thứ\\s*)?|(?:thứ\\s*)?hạng\\s*)?$`, 'u');
const FROM_RIGHT = new RegExp(`^\\s*(?:%|điểm)?\\s*(?:(?:của\\s+)?năm\\s+\\d{4}\\s*)?(?:${alternation(TO_WORDS)})\\s`, 'u');
const TO_LEFT = new RegExp(`(?:${CHANGE})\\s+(?:[\\p{L}]+\\s+){0,3}?từ\\s*(?:mức\\s*|vị trí\\s*(?:thứ\\s*)?|(?:thứ\\s*)?hạng\\s*)?[\\d.,]+\\s*(?:\\/\\s*\\d+\\s*)?(?:%|điểm)?\\s*(?:(?:của\\s+)?năm\\s+\\d{4}\\s*)?(?:${alternation(TO_WORDS)})\\s*(?:mức\\s*|vị trí\\s*(?:thứ\\s*)?|(?:thứ\\s*)?hạng\\s*|xếp thứ\\s*|thứ\\s*)?$`, 'u');

// with no change word before it, only a move up or down makes "từ X lên/xuống Y" a change ("từ 80 đến 90 điểm" is a band)
const YEAR_NOTE = '(?:\\(\\s*(?:năm\\s+)?\\d{4}\\s*\\)\\s*)?';
const LEVEL_WORD = '(?:mức\\s*|vị trí\\s*(?:thứ\\s*)?|(?:thứ\\s*)?hạng\\s*|thứ\\s*)?';
const MOVE = '(?:lên|xuống)(?:\\s+(?:mức|còn))?';
const BARE_FROM_LEFT = new RegExp(`(?:^|[\\s,;(])từ\\s*${LEVEL_WORD}$`, 'u');
const BARE_FROM_RIGHT = new RegExp(`^\\s*(?:%|điểm)?\\s*${YEAR_NOTE}${MOVE}\\s`, 'u');
const BARE_TO_LEFT = new RegExp(`(?:^|[\\s,;(])từ\\s*${LEVEL_WORD}[\\d.,]+\\s*(?:\\/\\s*\\d+\\s*)?(?:%|điểm)?\\s*${YEAR_NOTE}${MOVE}\\s*${LEVEL_WORD}$`, 'u');

export type FromTo = 'from' | 'to';

/** Whether the figure is the first or the second end of a change said as from→to. */
export function fromToRole(figure: Figure): FromTo | null {
  const left = figure.sentenceLeft.slice(-90);
  if (!left.includes('từ')) return null;
  if (FROM_LEFT.test(left) && FROM_RIGHT.test(figure.sentenceRight)) return 'from';
  if (TO_LEFT.test(left)) return 'to';
  if (BARE_FROM_LEFT.test(left) && BARE_FROM_RIGHT.test(figure.sentenceRight)) return 'from';
  if (BARE_TO_LEFT.test(left)) return 'to';
  return null;
}

const DAY = 86_400_000;
const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isoOf = (d: Date) => d.toISOString().slice(0, 10);

/** The period as long as `p` that ends the day before it starts: last year for a year, last month for a month
 *  ("21/7–20/8" → "21/6–20/7"). Vague: the text does not name it. */
export function previousPeriod(p: Period | null): Period | null {
  if (!p?.start || !p.end) return null;
  const s = toDate(p.start);
  const after = new Date(toDate(p.end).getTime() + DAY);
  const months = (after.getUTCFullYear() - s.getUTCFullYear()) * 12 + after.getUTCMonth() - s.getUTCMonth();
  if (after.getUTCDate() === s.getUTCDate() && months > 0) {
    const shift = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, d.getUTCDate()));
    return { start: isoOf(shift(s)), end: isoOf(new Date(shift(after).getTime() - DAY)), vague: true };
  }
  const len = after.getTime() - s.getTime();
  return { start: isoOf(new Date(s.getTime() - len)), end: isoOf(new Date(s.getTime() - DAY)), vague: true };
}
