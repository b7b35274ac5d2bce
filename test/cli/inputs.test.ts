// Inputs through the real CLI: file-name ids never collide, text files in any encoding are decoded or refused by
// name (never stored as mojibake), and one bad input never stops `extract` or `ingest` from reading the others.
import { mkdirSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './run-cli.ts';

const tmp = tempDir('cchc-inputs-');
afterAll(() => tmp.cleanup());

const REPORT = 'Kết quả cải cách hành chính năm 2023 của huyện Chợ Gạo\n\nNăm 2023, UBND huyện Chợ Gạo đã tiếp nhận 27.366 hồ sơ, đã giải quyết 27.000 hồ sơ, trong đó đúng hạn 26.900 hồ sơ.';
const OTHER = 'Kết quả cải cách hành chính năm 2023 của huyện Cái Bè\n\nNăm 2023, UBND huyện Cái Bè đã tiếp nhận 12.000 hồ sơ, đã giải quyết 11.800 hồ sơ, trong đó đúng hạn 11.700 hồ sơ.';

/** Windows-1258 has â ê ô ă ơ ư đ precomposed but writes the five tones as combining marks after the letter. */
function toCp1258Form(text: string): string {
  const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
  return [...text].map((ch) => {
    const parts = ch.normalize('NFD');
    const tones = parts.match(TONES)?.join('') ?? '';
    return parts.replace(TONES, '').normalize('NFC') + tones;
  }).join('');
}

function storedTexts(db: string): Array<{ doc_id: string; text: string }> {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare('SELECT doc_id, text FROM articles ORDER BY doc_id').all() as Array<{ doc_id: string; text: string }>;
  } finally {
    d.close();
  }
}

describe('ingest ids', () => {
  it('keeps two report.txt from different folders apart, and the same text ingested again in place', async () => {
    mkdirSync(tmp.file('a'));
    mkdirSync(tmp.file('b'));
    writeFileSync(tmp.file('a/report.txt'), REPORT);
    writeFileSync(tmp.file('b/report.txt'), OTHER);
    const db = tmp.file('ids.db');
    const r = await runCli(['ingest', '--db', db, tmp.file('a/report.txt'), tmp.file('b/report.txt')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/2 new/);
    const rows = storedTexts(db);
    expect(rows.map((x) => x.text.includes('Chợ Gạo'))).toContain(true);
    expect(rows.map((x) => x.text.includes('Cái Bè'))).toContain(true);
    expect(new Set(rows.map((x) => x.doc_id)).size).toBe(2);
    const again = await runCli(['ingest', '--db', db, tmp.file('b/report.txt')]);
    expect(again.code, again.stderr).toBe(0);
    expect(storedTexts(db)).toEqual(rows);
  });

  it('keeps two stdin ingests apart', async () => {
    const db = tmp.file('stdin.db');
    for (const input of [REPORT, OTHER]) {
      const r = await runCli(['ingest', '--db', db, '-'], { input });
      expect(r.code, r.stderr).toBe(0);
    }
    expect(storedTexts(db)).toHaveLength(2);
  });

  it('refuses a document whose own id another input of the same ingest took with another text, naming both', async () => {
    const one = tmp.file('one.json');
    const two = tmp.file('two.json');
    writeFileSync(one, JSON.stringify({ id: 'same', text: REPORT }));
    writeFileSync(two, JSON.stringify({ id: 'same', text: OTHER }));
    const db = tmp.file('same.db');
    const r = await runCli(['ingest', '--db', db, one, two]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('two.json');
    expect(r.stderr).toContain('one.json');
    expect(storedTexts(db)).toEqual([{ doc_id: 'same', text: REPORT }]);
  });
});

describe('text file encodings', () => {
  const utf16le = Buffer.from(REPORT, 'utf16le');
  const cases: Array<[name: string, bytes: Buffer]> = [
    ['utf16le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le])],
    ['utf16be-bom.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(utf16le).swap16()])],
    ['utf16le-nobom.txt', utf16le],
    ['utf16be-nobom.txt', Buffer.from(utf16le).swap16()],
    ['cp1258.txt', iconv.encode(toCp1258Form(REPORT), 'windows-1258')],
    ['utf8-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(REPORT)])],
  ];
  for (const [name, bytes] of cases) {
    it(`decodes ${name} to the same text and facts as UTF-8`, async () => {
      expect(bytes.includes(0x3f), 'the fixture is encoded without loss').toBe(false);
      writeFileSync(tmp.file(name), bytes);
      writeFileSync(tmp.file(`plain-${name}`), REPORT);
      const db = tmp.file(`${name}.db`);
      const r = await runCli(['ingest', '--db', db, tmp.file(name)]);
      expect(r.code, r.stderr).toBe(0);
      expect(storedTexts(db).map((x) => x.text)).toEqual([REPORT]);
      const facts = await runCli(['extract', '--format', 'json', tmp.file(name)]);
      const plain = await runCli(['extract', '--format', 'json', tmp.file(`plain-${name}`)]);
      expect(facts.code, facts.stderr).toBe(0);
      const strip = (out: string) => (JSON.parse(out) as Array<Record<string, unknown>>).map(({ source: _s, ...f }) => f);
      expect(strip(facts.stdout).length).toBeGreaterThan(0);
      expect(strip(facts.stdout)).toEqual(strip(plain.stdout));
    });
  }

  const refused: Array<[name: string, bytes: Buffer, reason: RegExp]> = [
    ['empty.txt', Buffer.alloc(0), /empty/],
    ['blank.txt', Buffer.from(' \n\t\n'), /empty/],
    ['binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 0, 7, 0]), /binary/],
    ['latin1.txt', Buffer.from('Le r\xe9sultat de la r\xe9forme administrative \xe0 Paris, d\xe9j\xe0 vu', 'latin1'), /not UTF-8/],
  ];
  for (const [name, bytes, reason] of refused) {
    it(`refuses ${name} by name with exit 1, stores nothing of it, and goes on with the next input`, async () => {
      writeFileSync(tmp.file(name), bytes);
      writeFileSync(tmp.file('good.txt'), REPORT);
      const db = tmp.file(`refused-${name}.db`);
      const r = await runCli(['ingest', '--db', db, tmp.file(name), tmp.file('good.txt')]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(name);
      expect(r.stderr).toMatch(reason);
      expect(storedTexts(db).map((x) => x.text)).toEqual([REPORT]);
    });
  }
});

describe('extract, one bad input among good ones', () => {
  it('reports each bad input with its name and reason, prints the others, exits 1', async () => {
    writeFileSync(tmp.file('first.txt'), REPORT);
    writeFileSync(tmp.file('broken.json'), '{"id": ');
    writeFileSync(tmp.file('nul.txt'), Buffer.from([0x41, 0, 0, 0, 0x42, 0, 0x43, 0, 0, 0, 0, 0]));
    const deep = `<html><body>${'<div>'.repeat(20_000)}x${'</div>'.repeat(20_000)}</body></html>`;
    writeFileSync(tmp.file('deep.html'), deep);
    // a document of an array that fails keeps neither its neighbours nor later files from being read
    writeFileSync(tmp.file('array.json'), JSON.stringify([{ id: 'array-first', text: REPORT }, { html: deep }, { id: 'array-last', text: OTHER }]));
    writeFileSync(tmp.file('last.txt'), OTHER);
    const r = await runCli(['extract', tmp.file('first.txt'), tmp.file('broken.json'), tmp.file('missing.txt'), tmp.file('nul.txt'), tmp.file('deep.html'), tmp.file('array.json'), tmp.file('last.txt')]);
    expect(r.code).toBe(1);
    for (const name of ['broken.json', 'missing.txt', 'nul.txt']) expect(r.stderr).toMatch(new RegExp(`${name.replace('.', '\\.')}: \\S`));
    const sources = new Set(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { source: string }).source));
    expect(sources).toEqual(new Set(['first', 'array-first', 'array-last', 'last']));
  }, 180_000);
});
