// Vietnamese string keys for comparison. Tone placement differs between the old and new orthography
// (hoà/hòa, thuý/thúy) and i/y alternate after some consonants (quí/quý, Kì/Kỳ): keys make them equal.

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g; // huyền, sắc, ngã, hỏi, nặng
const ANY_MARK = /\p{M}/gu;

/** Moves each syllable's tone mark to its end and unifies qui/quy-type spellings; keeps the other diacritics. */
export function toneKey(s: string): string {
  return s
    .normalize('NFD')
    .toLowerCase()
    .split(/(\s+|[-–/,.;:()])/)
    .map((syl) => {
      const tones = syl.match(TONE_MARKS);
      let base = syl.replace(TONE_MARKS, '');
      base = base.replace(/^(qu|[bcdđghklmnprstvx]|[ckgnpt]h|ngh?|tr|gi)y$/u, '$1i');
      return tones ? base + tones[0] : base;
    })
    .join('')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Accent-blind ASCII key: strips every diacritic, folds đ to d, lower-cases. For recall-oriented matching and search. */
export function asciiFold(s: string): string {
  return s.normalize('NFD').replace(ANY_MARK, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}
