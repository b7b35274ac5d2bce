import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_GAZETTEER_PATH, allUnits, findProvince, findUnits, getUnit, provinceOf, successorsOf, useGazetteerFile,
  type Era, type GazetteerUnit,
} from '../../extractors/localities/gazetteer.ts';

const count = (era: Era, level: 1 | 2 | 3) => [...allUnits(era)].filter((u) => u.level === level).length;
const codes = (units: GazetteerUnit[]) => units.map((u) => `${u.era}:${u.code}`);

describe('gazetteer counts', () => {
  it('has 63 old provinces and 34 new ones', () => {
    expect(count('pre2025', 1)).toBe(63);
    expect(count('2025', 1)).toBe(34);
  });
  it('has the old district level, vanished districts included, and none in 2025', () => {
    expect(count('pre2025', 2)).toBeGreaterThanOrEqual(696);
    expect(count('pre2025', 2)).toBeLessThanOrEqual(720);
    expect(count('2025', 2)).toBe(0);
  });
  it('has 3,321 communes in 2025 (2,621 xã, 687 phường, 13 đặc khu) and 10-11k+ old ones', () => {
    const c2025 = [...allUnits('2025')].filter((u) => u.level === 3);
    expect(c2025.length).toBe(3321);
    const byType = (t: string) => c2025.filter((u) => u.type === t).length;
    expect([byType('xã'), byType('phường'), byType('đặc khu')]).toEqual([2621, 687, 13]);
    expect(count('pre2025', 3)).toBeGreaterThan(10_000);
    expect(count('pre2025', 3)).toBeLessThan(12_000);
  });
  it('has 6 centrally-run cities in 2025', () => {
    expect([...allUnits('2025')].filter((u) => u.level === 1 && u.type === 'thành phố').map((u) => u.name).sort())
      .toEqual(['Cần Thơ', 'Hà Nội', 'Hải Phòng', 'Hồ Chí Minh', 'Huế', 'Đà Nẵng'].sort());
  });
});

describe('old targets', () => {
  it('finds Tân Phú Đông and Chợ Gạo in Tiền Giang', () => {
    for (const [name, code] of [['Tân Phú Đông', '825'], ['Chợ Gạo', '822']] as const) {
      const [u] = findUnits(name, { levels: [2], era: 'pre2025' });
      expect(u?.code).toBe(code);
      expect(u?.type).toBe('huyện');
      expect(provinceOf(u!).code).toBe('82');
      expect(provinceOf(u!).name).toBe('Tiền Giang');
    }
  });
  it('finds Bắc Yên in Sơn La and Tân Hồng in Đồng Tháp', () => {
    expect(findUnits('Bắc Yên', { levels: [2] }).map((u) => [u.code, u.provinceCode])).toEqual([['121', '14']]);
    expect(findUnits('huyện Tân Hồng').map((u) => [u.code, u.provinceCode])).toEqual([['869', '87']]);
  });
  it('keeps Sơn Tây ambiguous until a province is given', () => {
    const both = findUnits('Sơn Tây', { levels: [2] });
    expect(both.map((u) => [u.code, u.type, u.provinceCode]).sort()).toEqual([['269', 'thị xã', '01'], ['530', 'huyện', '51']]);
    expect(findUnits('Sơn Tây', { levels: [2], provinceCode: '51' }).map((u) => u.code)).toEqual(['530']);
    expect(findUnits('Sơn Tây', { types: ['thị xã'] }).map((u) => u.code)).toEqual(['269']);
  });
  it('returns several Châu Thành districts in different provinces', () => {
    const found = findUnits('Châu Thành', { levels: [2] });
    expect(found.length).toBeGreaterThanOrEqual(5);
    expect(new Set(found.map((u) => u.provinceCode)).size).toBe(found.length);
  });
});

describe('name matching', () => {
  it('ignores tone placement and case', () => {
    const a = findProvince('Hoà Bình', 'pre2025');
    expect(a?.code).toBe('17');
    expect(findProvince('hòa bình', 'pre2025')).toBe(a);
    expect(findUnits('Qui Nhơn', { levels: [2] }).map((u) => u.code)).toEqual(['540']);
  });
  it('matches Đắk Lắk written Đăk Lăk and Bà Rịa - Vũng Tàu with any dash', () => {
    expect(findProvince('Đăk Lăk', '2025')?.code).toBe('66');
    for (const n of ['Bà Rịa - Vũng Tàu', 'Bà Rịa-Vũng Tàu', 'Bà Rịa – Vũng Tàu', 'Bà Rịa Vũng Tàu']) expect(findProvince(n)?.code).toBe('77');
  });
  it('understands numbered units and type words', () => {
    const q1 = findUnits('Quận 1', { era: 'pre2025' });
    expect(q1.map((u) => [u.code, u.name, u.type])).toEqual([['760', '1', 'quận']]);
    const p6 = findUnits('Phường 06', { provinceCode: '79', era: 'pre2025' });
    expect(p6.length).toBeGreaterThan(1);
    // a ward renamed since keeps "Phường 6" as an alias
    expect(p6.every((u) => [{ name: u.name, type: u.type }, ...u.aliases].some((a) => a.name === '6' && a.type === 'phường'))).toBe(true);
    expect(findProvince('Thành phố Hồ Chí Minh', '2025')?.code).toBe('79');
    expect(findProvince('TP Hồ Chí Minh', '2025')?.name).toBe('Hồ Chí Minh');
  });
  it('falls back to accent-blind matching only when toned lookup fails', () => {
    expect(findUnits('cho gao', { levels: [2] }).map((u) => u.code)).toEqual(['822']);
    // "Hà Nam" exists, so the accent-blind "Hà Năm"/"Ha Nam" neighbours are not mixed in.
    expect(findProvince('Hà Nam', 'pre2025')?.code).toBe('35');
    expect(findUnits('Không Có Nơi Này')).toEqual([]);
  });
  it('finds units by older names and types from earlier snapshots', () => {
    const sapa = findUnits('Sa Pa', { levels: [2], types: ['huyện'] });
    expect(sapa.map((u) => [u.code, u.type])).toEqual([['088', 'thị xã']]);
    expect(findUnits('Tĩnh Gia', { levels: [2] }).map((u) => [u.name, u.type])).toEqual([['Nghi Sơn', 'thị xã']]);
    const hue = findProvince('Thừa Thiên Huế', 'pre2025');
    expect([hue?.code, hue?.name, hue?.type, hue?.level]).toEqual(['46', 'Huế', 'thành phố', 1]);
    expect(findProvince('Thừa Thiên Huế', '2025')?.code).toBe('46');
    expect(findProvince('Huế', 'pre2025')).toBe(hue);
  });
  it('prefers the pre-2025 unit when no era is given', () => {
    expect(findProvince('Đồng Tháp')?.era).toBe('pre2025');
  });
});

describe('levels and types', () => {
  it('tells a centrally-run city from a provincial city by level', () => {
    expect(findUnits('Cần Thơ', { types: ['thành phố'], era: 'pre2025' }).map((u) => u.level)).toEqual([1]);
    const haLong = findUnits('Hạ Long', { levels: [2] });
    expect(haLong.map((u) => [u.type, u.level, u.provinceCode])).toEqual([['thành phố', 2, '22']]);
  });
  it('links every unit to a province of its own era', () => {
    for (const era of ['pre2025', '2025'] as const) {
      for (const u of allUnits(era)) {
        const p = provinceOf(u);
        expect(p.level).toBe(1);
        expect(p.era).toBe(era);
        if (u.parentCode) expect(getUnit(era, u.parentCode)?.level).toBe(u.level === 3 && era === '2025' ? 1 : u.level - 1);
      }
    }
  });
});

describe('successors and validity', () => {
  it('maps old provinces to new ones even when codes are reused', () => {
    expect(successorsOf(getUnit('pre2025', '82')!).map((u) => [u.code, u.name])).toEqual([['82', 'Đồng Tháp']]);
    expect(successorsOf(getUnit('pre2025', '24')!).map((u) => [u.code, u.name])).toEqual([['24', 'Bắc Ninh']]);
    expect(getUnit('2025', '24')?.name).toBe('Bắc Ninh');
    expect(getUnit('pre2025', '24')?.name).toBe('Bắc Giang');
  });
  it('maps a district to its new province and old communes to new communes', () => {
    expect(successorsOf(getUnit('pre2025', '822')!).map((u) => u.code)).toEqual(['82']);
    const tanPhuDong = findUnits('Tân Phú Đông', { era: '2025' });
    expect(tanPhuDong.map((u) => [u.type, u.provinceCode])).toEqual([['xã', '82']]);
    const phuThanh = findUnits('Phú Thạnh', { levels: [3], era: 'pre2025' }).find((u) => u.parentCode === '825')!;
    expect(successorsOf(phuThanh).map((u) => u.code)).toEqual([tanPhuDong[0]!.code]);
  });
  it('gives every pre-2025 unit a successor in 2025, of the right province', () => {
    for (const u of allUnits('pre2025')) {
      const succ = successorsOf(u);
      expect(succ.length, `${u.code} ${u.name}`).toBeGreaterThan(0);
      const newProvince = successorsOf(provinceOf(u))[0]!;
      for (const s of succ) expect(provinceOf(s)).toBe(newProvince);
    }
    expect(successorsOf(getUnit('2025', '82')!)).toEqual([]);
  });
  it('keeps vanished units with an end date, and dates the two eras', () => {
    for (const code of ['204', '763', '762']) {
      const u = getUnit('pre2025', code)!;
      expect(u.validTo).not.toBeNull();
      expect(u.validTo! < '2025-06-30').toBe(true);
    }
    expect(findUnits('huyện Hoành Bồ').map((u) => u.code)).toEqual(['204']);
    expect(findUnits('Quận 9').map((u) => u.code)).toEqual(['763']);
    expect(getUnit('pre2025', '822')?.validTo).toBe('2025-06-30');
    for (const u of allUnits('2025')) expect([u.validFrom, u.validTo]).toEqual(['2025-07-01', null]);
  });
});

describe('data file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gaz-'));
  afterAll(() => useGazetteerFile(DEFAULT_GAZETTEER_PATH));

  it('rejects a malformed file with an error naming it', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 1, types: [], generatedFrom: [], snapshots: [], pre2025: { units: [['1', 'x']] }, '2025': { units: [] } }));
    useGazetteerFile(bad);
    expect(() => getUnit('2025', '01')).toThrow(/bad\.json/);
  });
  it('rejects a missing file', () => {
    useGazetteerFile(join(dir, 'missing.json'));
    expect(() => findUnits('Hà Nội')).toThrow(/missing\.json.*gazetteer:build/);
  });
  it('loads a small file and derives level and province', () => {
    const small = join(dir, 'small.json');
    writeFileSync(small, JSON.stringify({
      format: 1, types: ['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn', 'đặc khu'],
      generatedFrom: [], snapshots: [],
      pre2025: { units: [['82', 'Tiền Giang', 0, null, null, '2025-06-30', [], ['82']], ['822', 'Chợ Gạo', 2, '82', null, '2025-06-30', [], ['82']], ['28480', 'Chợ Gạo', 7, '822', null, '2025-06-30', [], []]] },
      '2025': { units: [['82', 'Đồng Tháp', 0, null, '2025-07-01', null, [], []]] },
    }));
    useGazetteerFile(small);
    const found = findUnits('Chợ Gạo');
    expect(codes(found)).toEqual(['pre2025:822', 'pre2025:28480']);
    expect(found.map((u) => [u.level, u.provinceCode])).toEqual([[2, '82'], [3, '82']]);
    expect(findUnits('thị trấn Chợ Gạo').map((u) => u.code)).toEqual(['28480']);
  });
});
