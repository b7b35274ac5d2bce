// CCHC relevance: a score in [0,1] from domain phrases, matched accent-insensitively (đ folded to d).

/** Phrases of administrative reform with their weights (written with accents; folded before matching). */
const PHRASES: Array<[string, number]> = [
  ['cải cách hành chính', 0.8], ['cchc', 0.8], ['chỉ số cải cách hành chính', 0.8], ['par index', 0.8], ['sipas', 0.8],
  ['chỉ số hài lòng', 0.6], ['thủ tục hành chính', 0.6], ['tthc', 0.5], ['dịch vụ công trực tuyến', 0.6],
  ['trung tâm phục vụ hành chính công', 0.6], ['bộ phận một cửa', 0.6], ['một cửa', 0.4], ['liên thông', 0.2],
  ['dịch vụ công', 0.3], ['đúng hạn', 0.3], ['trễ hạn', 0.3], ['quá hạn', 0.2], ['trước hạn', 0.2],
  ['hồ sơ', 0.15], ['hài lòng', 0.2], ['papi', 0.3], ['chỉ số', 0.1], ['tiếp nhận', 0.1], ['giải quyết', 0.1],
];

/** Lower case, no tone or vowel marks, đ -> d: "Cải cách hành chính" -> "cai cach hanh chinh". */
export function foldVietnamese(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

const MATCHERS = PHRASES.map(([phrase, weight]) => ({
  weight,
  re: new RegExp(`(?<![\\p{L}\\p{N}])${foldVietnamese(phrase).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'gu'),
}));

function count(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

/**
 * Each phrase found adds weight * (1 + log2(count)); phrases in the title count twice. The sum maps to [0,1)
 * by 1 - e^-sum, so one strong phrase gives ~0.55 and a typical CCHC report saturates near 1.
 */
export function relevanceScore(text: string, title: string | null = null): number {
  const body = foldVietnamese(text);
  const head = title ? foldVietnamese(title) : '';
  let sum = 0;
  for (const { weight, re } of MATCHERS) {
    const n = count(re, body);
    if (n) sum += weight * (1 + Math.log2(n));
    if (head && count(re, head)) sum += weight;
  }
  return Math.round((1 - Math.exp(-sum)) * 1000) / 1000;
}

export const DEFAULT_RELEVANCE_THRESHOLD = 0.3;
