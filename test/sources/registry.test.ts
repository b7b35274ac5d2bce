import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  SourceRegistryError,
  compileScope,
  loadSources,
  parseSources,
  sourceFromSeed,
  toCrawlSource,
  type Source,
} from '../../src/sources/registry.ts';
import { OLD_PROVINCES, PROVINCES_2025, PROVINCE_2025_NAMES, findOldProvince } from '../../src/sources/provinces.ts';

const REGISTRY = new URL('../../data/sources.json', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'cchc-sources-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function validEntry(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'bao-dong-thap',
    name: 'Báo Đồng Tháp',
    province: 'Đồng Tháp',
    provinceSince2025: 'Đồng Tháp',
    kind: 'provincial-newspaper',
    homepage: 'https://baodongthap.vn/',
    startUrls: ['https://baodongthap.vn/'],
    feeds: [],
    sitemaps: [],
    allow: ['^https?://(?:www\\.)?baodongthap\\.vn(?:[/?#]|$)'],
    deny: [],
    evidence: 'test',
    ...over,
  };
}

function writeRegistry(name: string, content: unknown): string {
  const file = join(tmp, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

function errorOf(fn: () => unknown): SourceRegistryError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(SourceRegistryError);
    return err as SourceRegistryError;
  }
  throw new Error('expected an error');
}

describe('provinces', () => {
  it('lists 63 old provinces and 34 new ones, every new one made of at least one old one', () => {
    expect(OLD_PROVINCES).toHaveLength(63);
    expect(PROVINCES_2025).toHaveLength(34);
    expect(new Set(OLD_PROVINCES.map((p) => p.code)).size).toBe(63);
    expect(new Set(OLD_PROVINCES.map((p) => p.slug)).size).toBe(63);
    const targets = new Set(OLD_PROVINCES.map((p) => p.since2025));
    expect([...targets].sort()).toEqual([...PROVINCE_2025_NAMES].sort());
  });

  it('follows the 63 -> 34 table for merged provinces', () => {
    expect(findOldProvince('Tiền Giang')?.since2025).toBe('Đồng Tháp');
    expect(findOldProvince('Bà Rịa - Vũng Tàu')?.since2025).toBe('Hồ Chí Minh');
    expect(findOldProvince('Kon Tum')?.since2025).toBe('Quảng Ngãi');
    expect(findOldProvince('Huế')?.name).toBe('Thừa Thiên Huế');
    expect(OLD_PROVINCES.filter((p) => p.since2025 === 'Vĩnh Long').map((p) => p.name).sort()).toEqual(['Bến Tre', 'Trà Vinh', 'Vĩnh Long']);
  });
});

describe('shipped registry data/sources.json', () => {
  const sources = loadSources(REGISTRY);

  it('validates and has a newspaper and a portal for each of the 63 old provinces', () => {
    const papers = new Set(sources.filter((s) => s.kind === 'provincial-newspaper').map((s) => s.province));
    const portals = new Set(sources.filter((s) => s.kind === 'provincial-portal').map((s) => s.province));
    const all = OLD_PROVINCES.map((p) => p.name);
    expect([...papers].sort()).toEqual([...all].sort());
    expect([...portals].sort()).toEqual([...all].sort());
    expect(sources.length).toBeGreaterThan(126);
    expect(sources.some((s) => s.kind === 'home-affairs')).toBe(true);
  });

  it('tags every provincial source with its 2025 province, as the table says', () => {
    for (const s of sources) {
      if (s.kind === 'national') {
        expect(s.province).toBeNull();
        continue;
      }
      expect(PROVINCE_2025_NAMES).toContain(s.provinceSince2025);
      expect(findOldProvince(s.province!)?.since2025, s.id).toBe(s.provinceSince2025);
    }
  });

  it('has unique ids, compiling patterns, and seed URLs inside each source scope', () => {
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
    for (const s of sources) {
      for (const p of [...s.allow, ...s.deny]) expect(() => new RegExp(p), `${s.id}: ${p}`).not.toThrow();
      const scope = compileScope(s);
      for (const url of [s.homepage, ...s.startUrls, ...s.feeds, ...s.sitemaps]) expect(scope.inScope(url), `${s.id}: ${url}`).toBe(true);
    }
  });

  it('keeps each source on its own hosts and drops boilerplate URLs', () => {
    const byId = new Map(sources.map((s) => [s.id, s]));
    const dongKhoi = compileScope(byId.get('bao-dong-khoi')!);
    expect(dongKhoi.inScope('https://baodongkhoi.vn/tin-08112020-a79925.html')).toBe(true);
    expect(dongKhoi.inScope('https://dongkhoi.baovinhlong.vn/x-a1.html')).toBe(true);
    expect(dongKhoi.inScope('https://baovinhlong.com.vn/x/')).toBe(false);
    const portal = compileScope(byId.get('cong-dong-thap')!);
    expect(portal.inScope('https://dongthap.gov.vn/tin-tuc/abc')).toBe(true);
    expect(portal.inScope('https://stttt.dongthap.gov.vn/')).toBe(false);
    expect(portal.inScope('https://dongthap.gov.vn.evil.example/')).toBe(false);
    expect(portal.inScope('https://dongthap.gov.vn/Documents/anh.JPG')).toBe(true); // patterns are case-sensitive...
    expect(portal.inScope('https://dongthap.gov.vn/documents/anh.jpg')).toBe(false); // ...the crawler canonicalises first
    expect(portal.inScope('https://dongthap.gov.vn/c/portal/login?x=1')).toBe(false);
  });

  it('records evidence for every verified entry and a rate from the defaults', () => {
    for (const s of sources) {
      if (s.verified) expect(s.evidence, s.id).toBeTruthy();
      expect(s.rate?.minDelayMs, s.id).toBeGreaterThanOrEqual(1000);
    }
  });
});

describe('loadSources errors', () => {
  it('names the file and each bad entry path with its reason', () => {
    const file = writeRegistry('bad.json', {
      version: 1,
      sources: [
        validEntry({ province: 'Sài Gòn' }),
        validEntry({ id: 'bao-x', allow: ['(unclosed'] }),
        validEntry({ id: 'bao-y', provinceSince2025: 'Cần Thơ' }),
        validEntry({ id: 'bao-z', startUrls: ['https://elsewhere.vn/'] }),
      ],
    });
    const err = errorOf(() => loadSources(file));
    expect(err.message).toContain(file);
    expect(err.message).toContain(`sources[0].province: "Sài Gòn" is not one of the 63 provinces before July 2025`);
    expect(err.message).toMatch(/sources\[1\]\.allow\[0\]: not a valid regular expression/);
    expect(err.message).toMatch(/sources\[2\]\.provinceSince2025: Đồng Tháp belongs to Đồng Tháp since 1 July 2025, not Cần Thơ/);
    expect(err.message).toMatch(/sources\[3\]\.startUrls\[0\]: https:\/\/elsewhere\.vn\/ matches none of the allow patterns/);
    expect(err.problems).toHaveLength(4);
  });

  it('rejects duplicate ids, naming both places', () => {
    const err = errorOf(() => parseSources([validEntry(), validEntry()], 'mem.json'));
    expect(err.message).toContain('mem.json');
    expect(err.message).toContain('[1].id: duplicate id "bao-dong-thap" (first at [0])');
  });

  it('rejects unknown fields, bad kinds and a national source with a province', () => {
    const err = errorOf(() =>
      parseSources([validEntry({ colour: 'red' }), validEntry({ id: 'b', kind: 'blog' }), validEntry({ id: 'c', kind: 'national' })], 'x.json'),
    );
    expect(err.message).toMatch(/\[0\]: .*colour/);
    expect(err.message).toMatch(/\[1\]\.kind: /);
    expect(err.message).toMatch(/\[2\]\.province: a national source has province null/);
  });

  it('reports unreadable and non-JSON files with their path', () => {
    expect(errorOf(() => loadSources(join(tmp, 'missing.json'))).message).toMatch(/missing\.json:\n\s+- cannot read/);
    const file = writeRegistry('broken.json', '{"version": 1, "sources": [');
    expect(errorOf(() => loadSources(file)).message).toMatch(/broken\.json:\n\s+- not valid JSON/);
  });

  it('applies file defaults: deny patterns added, rate filled in', () => {
    const [s] = parseSources(
      { version: 1, defaults: { deny: ['/login'], rate: { minDelayMs: 5000, concurrency: 2 } }, sources: [validEntry({ rate: { concurrency: 1 } })] },
      'd.json',
    );
    expect(s!.deny).toEqual(['/login']);
    expect(s!.rate).toEqual({ minDelayMs: 5000, concurrency: 1 });
    expect(s!.verified).toBe(true);
  });
});

describe('sourceFromSeed', () => {
  const inScope = (s: Source, url: string) => compileScope(s).inScope(url);

  it('stays on the seed host (with or without www, same port)', () => {
    const s = sourceFromSeed('https://www.baodongthap.vn/chinh-tri/');
    expect(s.id).toBe('seed:www.baodongthap.vn');
    expect(s.startUrls).toEqual(['https://www.baodongthap.vn/chinh-tri/']);
    expect(inScope(s, 'https://baodongthap.vn/a-a1.html')).toBe(true);
    expect(inScope(s, 'http://www.baodongthap.vn/')).toBe(true);
    expect(inScope(s, 'https://cdn.baodongthap.vn/a.html')).toBe(false);
    expect(inScope(s, 'https://baodongthap.vn.evil.example/')).toBe(false);
    expect(inScope(s, 'https://baodongthap.vn@evil.example/')).toBe(false);
    expect(inScope(s, 'https://baodongthap.vnx/')).toBe(false);

    const local = sourceFromSeed('http://127.0.0.1:8123/');
    expect(inScope(local, 'http://127.0.0.1:8123/news/1')).toBe(true);
    expect(inScope(local, 'http://127.0.0.1:9999/news/1')).toBe(false);
    expect(inScope(local, 'http://127.0.0.1/news/1')).toBe(false);
  });

  it('lets --allow narrow the scope but never widen it', () => {
    const s = sourceFromSeed('http://127.0.0.1:8123/', '/tin-tuc/');
    expect(inScope(s, 'http://127.0.0.1:8123/tin-tuc/a.html')).toBe(true);
    expect(inScope(s, 'http://127.0.0.1:8123/khac/a.html')).toBe(false);
    expect(inScope(s, 'http://other.example/tin-tuc/a.html')).toBe(false);

    const wide = sourceFromSeed('http://127.0.0.1:8123/', '.*');
    expect(inScope(wide, 'http://other.example/')).toBe(false);
    const anchored = sourceFromSeed('http://127.0.0.1:8123/', '^http://127\\.0\\.0\\.1:8123/a/\\d+$');
    expect(inScope(anchored, 'http://127.0.0.1:8123/a/12')).toBe(true);
    expect(inScope(anchored, 'http://127.0.0.1:8123/a/12x')).toBe(false);
  });

  it('rejects bad seeds and bad patterns with a clear error', () => {
    expect(() => sourceFromSeed('not a url')).toThrow(/--seed: "not a url" is not an absolute URL/);
    expect(() => sourceFromSeed('ftp://example.org/')).toThrow(/--seed: .* not an http\(s\) URL/);
    expect(() => sourceFromSeed('https://example.org/', '([')).toThrow(/--allow: "\(\[" is not a valid regular expression/);
  });

  it('maps onto the crawler shape', () => {
    const [s] = parseSources([validEntry({ rate: { minDelayMs: 2500, concurrency: 2 } })], 'm.json');
    expect(toCrawlSource(s!).rate).toEqual({ delayMs: 2500, concurrency: 2 });
    expect(toCrawlSource(sourceFromSeed('https://example.org/')).rate).toBeNull();
  });
});
