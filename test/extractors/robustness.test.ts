// Odd input never throws, and every fact's evidence is the exact slice of the text as given.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { extractFacts } from '../../extractors/index.ts';

const corpus = readdirSync('test/fixtures/heldout/docs').map((f) => JSON.parse(readFileSync(`test/fixtures/heldout/docs/${f}`, 'utf8')).text as string).join('\n');
const PIECES = ['', ' ', '\n', '\u00A0', '\u200B', '%', '/', '.', ',', '(', ')', ';', ':', '0', '06', '1.234', '12,5', '2024', 'năm', 'quý', 'IV',
  'tháng', 'huyện', 'TP.', 'Q.', 'xã', 'Chỉ số CCHC', 'xếp thứ', 'đứng cuối', 'lần lượt', 'tiếp nhận', 'hồ sơ', 'đúng hạn', '𝔘', '\uD800',
  'a\u0323\u0302', 'hoà', 'Tin liên quan:', '100%', '99 999 999 999'];

it('extracts from 1,000 scrambled articles without throwing, with exact evidence', () => {
  let seed = 7;
  const r = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  for (let i = 0; i < 1000; i++) {
    let text = '';
    for (let k = Math.floor(r() * 50); k > 0; k--) {
      text += r() < 0.5 ? `${PIECES[Math.floor(r() * PIECES.length)]} ` : corpus.slice(Math.floor(r() * corpus.length)).slice(0, Math.floor(r() * 80));
    }
    const published = [null, '2024-06-24', 'garbage'][i % 3]!;
    for (const f of extractFacts({ text, published, url: null })) {
      expect(f.evidence.text).toBe(text.slice(f.evidence.start, f.evidence.end));
      expect(Number.isFinite(f.value)).toBe(true);
    }
  }
});
