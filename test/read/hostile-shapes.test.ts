// The reader on the shapes that broke it: it must finish (no stack overflow) and find the text. Time is the
// benchmark's business (npm run bench, "reader scaling"); the bound here only catches a return to quadratic.
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../src/read/index.ts';
import { manyParagraphs, nestedDivs } from '../hostile/html-shapes.ts';

describe('reader on hostile shapes', () => {
  it('reads 100,000 paragraphs with comments between them', () => {
    const r = readHtml(manyParagraphs(100_000));
    expect(r.paragraphs.length).toBe(100_000);
    expect(r.paragraphs[99_999]).toContain('Đoạn 99999');
    expect(r.text).not.toContain('c99999');
  }, 60_000);

  it('reads a paragraph under 20,000 nested divs without overflowing the stack', () => {
    const r = readHtml(nestedDivs(20_000));
    expect(r.paragraphs.length).toBe(3);
    expect(r.paragraphs[0]).toContain('đúng hạn đạt 98,5%');
  }, 60_000);
});
