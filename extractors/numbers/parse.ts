// Vietnamese numerals: dot groups thousands (12.341), comma marks decimals (98,2; 1.234,5); some sites
// write the English way (98.2%, 12,341 hồ sơ), which the shape of the groups usually gives away.

export interface ParsedNumeral {
  value: number;
  /** The reading with the separator taken as a thousands mark, when the written form allows both. */
  thousandsReading: number | null;
  hasDecimals: boolean;
  /** Dotted groups that are not thousands groups (2.1.2018, 0273.3871.234): a date or a phone, not a figure. */
  irregular: boolean;
}

export function parseNumeral(raw: string): ParsedNumeral {
  const dots = raw.split('.').length - 1;
  const commas = raw.split(',').length - 1;
  const digits = (s: string) => Number(s.replace(/[.,]/g, ''));
  if (dots === 0 && commas === 0) return plain(Number(raw));
  if (dots > 0 && commas > 0) {
    const decimalMark = raw.lastIndexOf(',') > raw.lastIndexOf('.') ? ',' : '.';
    const [intPart, dec] = splitLast(raw, decimalMark);
    return { value: Number(`${digits(intPart)}.${dec}`), thousandsReading: null, hasDecimals: true, irregular: false };
  }
  const mark = dots > 0 ? '.' : ',';
  const groups = raw.split(mark);
  const thousandsShape = groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3);
  if (groups.length > 2) {
    return thousandsShape ? plain(digits(raw)) : { value: NaN, thousandsReading: null, hasDecimals: false, irregular: true };
  }
  const decimal = Number(`${groups[0]}.${groups[1]}`);
  if (mark === '.') {
    // 12.341 is twelve thousand; 98.2 and 2.63 can only be decimals
    return thousandsShape ? { ...plain(digits(raw)), thousandsReading: digits(raw) } : { value: decimal, thousandsReading: null, hasDecimals: true, irregular: false };
  }
  // 98,2 and 2,63 are decimals; 12,341 may be an English thousands group (decided by the unit)
  return { value: decimal, thousandsReading: thousandsShape ? digits(raw) : null, hasDecimals: true, irregular: false };
}

function plain(value: number): ParsedNumeral {
  return { value, thousandsReading: null, hasDecimals: false, irregular: false };
}

function splitLast(s: string, mark: string): [string, string] {
  const i = s.lastIndexOf(mark);
  return [s.slice(0, i), s.slice(i + 1)];
}

export const SCALE_WORDS: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };
