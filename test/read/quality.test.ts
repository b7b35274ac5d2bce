import { describe, expect, it } from 'vitest';
import { scoreBody, splitSentences, summarise } from '../../src/read/quality.ts';

describe('reader quality score', () => {
  const expected = {
    paragraphs: ['Năm 2023, tỉnh đạt 99,2%. Chỉ số CCHC tăng 3 bậc.', 'UBND tỉnh yêu cầu xin lỗi người dân.'],
    boilerplate: ['Tin liên quan', 'Lượt xem: 12'],
  };

  it('splits paragraphs into sentences at a capital after the full stop, not inside numbers', () => {
    expect(splitSentences('Năm 2023, tỉnh đạt 99,2%. Chỉ số CCHC tăng 3 bậc. TP. Hồ Chí Minh đạt 89.5 điểm.')).toEqual([
      'Năm 2023, tỉnh đạt 99,2%.',
      'Chỉ số CCHC tăng 3 bậc.',
      'TP.',
      'Hồ Chí Minh đạt 89.5 điểm.',
    ]);
  });

  it('is perfect for the exact body, whatever the whitespace between paragraphs', () => {
    const q = scoreBody('Năm 2023, tỉnh đạt 99,2%.Chỉ số CCHC tăng 3 bậc.\nUBND tỉnh yêu cầu xin lỗi người dân.', expected);
    expect(q).toMatchObject({ sentences: 3, missing: [], leaked: [], recall: 1, boilerplateFree: 1 });
  });

  it('counts a missing sentence and a leaked boilerplate line', () => {
    const q = scoreBody('Năm 2023, tỉnh đạt 99,2%. Tin liên quan UBND tỉnh yêu cầu xin lỗi người dân.', expected);
    expect(q.missing).toEqual(['Chỉ số CCHC tăng 3 bậc.']);
    expect(q.leaked).toEqual(['Tin liên quan']);
    expect(q.recall).toBeCloseTo(2 / 3);
    expect(q.boilerplateFree).toBe(0.5);
    const sum = summarise([q, scoreBody('', expected)]);
    expect(sum).toMatchObject({ pages: 2, boilerplateFree: 0.75, perfectPages: 0 });
    expect(sum.recall).toBeCloseTo(2 / 6);
  });
});
