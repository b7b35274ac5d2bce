// Every date that enters is a real calendar date: the CLI's --published, a document's "published" and a page's
// publication date. A bad one is refused, naming the input and the value (README, "Dates").
import { writeFileSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { isCalendarDate } from '../../src/model/document.ts';
import { readHtml } from '../../src/read/index.ts';
import { openStore } from '../../src/store/sqlite.ts';
import { tempDir } from './helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
afterEach(() => {
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

async function cchc(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  try {
    const code = await main(['node', 'cchc', ...args]);
    return { code, out, err };
  } finally {
    process.exitCode = undefined;
    vi.restoreAllMocks();
  }
}

const BAD = ['2024-13-45', '15/04/2024', '0000-00-00', '2023-02-29', '2024-04-31', '2024-4-5', '2024-04-15T25:00', 'hôm qua', ''];
const GOOD = ['2024-04-15', '2024-02-29', '2024-04-15T08:30:00+07:00', '2024-04-15T01:30:00Z', '2024-04-15T08:30'];

describe('calendar dates', () => {
  it('tells real days from impossible ones and placeholders', () => {
    for (const d of BAD) expect(isCalendarDate(d), d).toBe(false);
    for (const d of GOOD) expect(isCalendarDate(d), d).toBe(true);
  });

  it('cchc extract --published refuses a date that does not exist, naming the option and the value (exit 2)', async () => {
    const doc = tmp.file('doc.txt');
    writeFileSync(doc, 'Huyện Chợ Gạo tiếp nhận 4.512 hồ sơ.');
    const bad = await cchc('extract', '--published', '2024-13-45', doc);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("option '--published <date>' argument '2024-13-45' is invalid");
    expect((await cchc('extract', '--published', '2024-02-29', doc)).code).toBe(0);
  });

  it('cchc ingest refuses documents with a bad "published", naming each and its value, and stores the others', async () => {
    const db = tmp.file('dates.db');
    const docs = tmp.file('docs.json');
    writeFileSync(docs, JSON.stringify([
      { id: 'slash', published: '15/04/2024', text: 'Huyện Chợ Gạo tiếp nhận 4.512 hồ sơ trong quý I/2024.' },
      { id: 'zero', published: '0000-00-00', text: 'Huyện Chợ Gạo tiếp nhận 4.512 hồ sơ.' },
      { id: 'month-13', published: '2024-13-45', text: 'Huyện Chợ Gạo tiếp nhận 4.512 hồ sơ.' },
      { id: 'good', published: '2024-04-15', text: 'Huyện Chợ Gạo tiếp nhận 4.512 hồ sơ trong quý I/2024.' },
      { id: 'none', published: null, text: 'Huyện Gò Công tiếp nhận 6.214 hồ sơ.' },
    ]));
    const r = await cchc('ingest', '--db', db, docs);
    expect(r.code).toBe(1);
    for (const [i, value] of [[0, '15/04/2024'], [1, '0000-00-00'], [2, '2024-13-45']] as const) {
      expect(r.err).toContain(`${docs}[${i}]: not a document: published: "${value}" is not a calendar date`);
    }
    const store = openStore(db, { readonly: true });
    expect(store.db.prepare('SELECT doc_id, published_at FROM articles ORDER BY doc_id').all()).toEqual([
      { doc_id: 'good', published_at: '2024-04-15' }, { doc_id: 'none', published_at: null },
    ]);
    store.close();
  });

  it("a page's publication date is a real day or none", () => {
    const page = (meta: string, line: string) =>
      `<html><head><meta property="article:published_time" content="${meta}"></head><body><article><h1>Kết quả cải cách hành chính</h1>` +
      `<p>${line}</p><p>${'Huyện Chợ Gạo tiếp nhận 4.512 hồ sơ, đã giải quyết đúng hạn 4.361 hồ sơ. '.repeat(6)}</p></article></body></html>`;
    expect(readHtml(page('2024-13-45', 'Ngày đăng: 45/13/2024'), { url: 'https://x.gov.vn/a' }).published).toBeNull();
    expect(readHtml(page('0000-00-00T00:00:00', 'Ngày đăng: 00/00/0000'), { url: 'https://x.gov.vn/b' }).published).toBeNull();
    const good = readHtml(page('2024-04-15T08:30:00+07:00', ''), { url: 'https://x.gov.vn/c' }).published;
    expect(good).toBe('2024-04-15T08:30:00+07:00');
    expect(isCalendarDate(good!)).toBe(true);
  });
});
