// The reader on every fixture page: metadata, exact paragraphs, captions apart, and the quality score.
import { describe, expect, it } from 'vitest';
import { readHtmlBuffer } from '../../src/read/index.ts';
import { scoreBody, summarise, type PageQuality } from '../../src/read/quality.ts';
import { FIXTURE_PAGES, fixtureBytes } from '../fixtures/pages/index.ts';

const read = (page: (typeof FIXTURE_PAGES)[number]) =>
  readHtmlBuffer(fixtureBytes(page), `text/html; charset=${page.charset}`, { url: `http://site.example${page.urlPath}` });

describe('reader on fixture pages', () => {
  it('has at least 8 pages in several templates, one of them windows-1258', () => {
    expect(FIXTURE_PAGES.length).toBeGreaterThanOrEqual(8);
    expect(new Set(FIXTURE_PAGES.map((p) => p.template)).size).toBeGreaterThanOrEqual(8);
    expect(FIXTURE_PAGES.some((p) => p.charset === 'windows-1258')).toBe(true);
  });

  for (const page of FIXTURE_PAGES) {
    describe(page.name, () => {
      const r = read(page);
      const e = page.expected;

      it('reads title, publication date, author and source', () => {
        expect(r.title).toBe(e.title);
        expect(r.published).toBe(e.published);
        expect(r.author).toBe(e.author);
        expect(r.source).toBe(e.source ?? null);
      });

      it('keeps exactly the article paragraphs, with the captions apart', () => {
        expect(r.paragraphs).toEqual(e.paragraphs);
        expect(r.captions).toEqual(e.captions);
        expect(r.text).toBe([e.title, ...e.paragraphs].join('\n\n'));
      });

      it('scores recall 1 and no boilerplate line', () => {
        const q = scoreBody(r.paragraphs.join('\n\n'), e);
        expect(q.missing).toEqual([]);
        expect(q.leaked).toEqual([]);
        expect(q.recall).toBe(1);
      });

      it('decodes cleanly', () => {
        expect(r.charset).toBe(page.charset);
        expect(r.decodeErrors).toBe(0);
      });
    });
  }

  it('scores perfectly over all pages together', () => {
    const pages: PageQuality[] = FIXTURE_PAGES.map((p) => scoreBody(read(p).paragraphs.join('\n\n'), p.expected));
    expect(summarise(pages)).toEqual({ pages: FIXTURE_PAGES.length, recall: 1, boilerplateFree: 1, perfectPages: FIXTURE_PAGES.length });
  });

  it('each expected.json lists boilerplate that really is on its page (the check is not vacuous)', () => {
    for (const page of FIXTURE_PAGES) {
      const text = new TextDecoder(page.charset).decode(fixtureBytes(page)).normalize('NFC').replace(/&amp;/g, '&');
      for (const line of page.expected.boilerplate) expect(text, `${page.name}: "${line}"`).toContain(line);
    }
  });
});
