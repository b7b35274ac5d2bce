import { describe, expect, it } from 'vitest';
import { findDates, isDateLine, normaliseMachineDate } from '../../src/read/dates.ts';

describe('Vietnamese date lines', () => {
  const cases: Array<[string, string, string]> = [
    ['Thứ Hai, 24/06/2024, 09:51 (GMT+7)', '2024-06-24T09:51:00+07:00', 'unlabelled'],
    ['08:03 | 13/10/2018', '2018-10-13T08:03:00+07:00', 'unlabelled'],
    ['Fri, 04/05/2018 10:00 | GMT +7', '2018-05-04T10:00:00+07:00', 'unlabelled'],
    ['Cập nhật lúc 08:48, Thứ Năm, 12/07/2018 (GMT+7)', '2018-07-12T08:48:00+07:00', 'updated'],
    ['Ngày đăng: 15/03/2019 14:20', '2019-03-15T14:20:00+07:00', 'published'],
    ['Thứ năm - 04/04/2024 04:18', '2024-04-04T04:18:00+07:00', 'unlabelled'],
    ['25/05/2022 11:17    132', '2022-05-25T11:17:00+07:00', 'unlabelled'],
    ['Post date: 06/06/2023', '2023-06-06', 'published'],
    ['Thứ ba, 25 Tháng 1 2022 16:22', '2022-01-25T16:22:00+07:00', 'unlabelled'],
    ['12 Tháng Mười Hai, 2019', '2019-12-12', 'unlabelled'],
    ['08/11/2020 - 21:07', '2020-11-08T21:07:00+07:00', 'unlabelled'],
    ['Tin đăng lúc : 06-05-2020', '2020-05-06', 'published'],
    ['Xuất bản: Thứ năm, 18/04/2024 05:40 (GMT+7)', '2024-04-18T05:40:00+07:00', 'published'],
  ];
  for (const [line, iso, kind] of cases) {
    it(`reads "${line}" day-first`, () => {
      expect(findDates(line)[0]).toEqual({ iso, kind });
      expect(isDateLine(line)).toBe(true);
    });
  }

  it('treats 1/1/0001 (DateTime.MinValue) as missing', () => {
    expect(findDates('Ngày cập nhật: 1/1/0001')).toEqual([]);
    expect(findDates('Ngày đăng: 15/03/2019 | Ngày cập nhật: 1/1/0001')).toEqual([{ iso: '2019-03-15', kind: 'published' }]);
  });

  it('tells the published date from the updated one on one line', () => {
    expect(findDates('Ngày đăng: 12/03/2024 08:00 | Cập nhật: 13/03/2024 09:00')).toEqual([
      { iso: '2024-03-12T08:00:00+07:00', kind: 'published' },
      { iso: '2024-03-13T09:00:00+07:00', kind: 'updated' },
    ]);
  });

  it('rejects impossible dates and never reads month first', () => {
    expect(findDates('31/02/2024')).toEqual([]);
    expect(findDates('13/10/2018')[0]?.iso).toBe('2018-10-13');
    expect(findDates('10/13/2018')).toEqual([]);
  });

  it('does not take a sentence with a date in it for a date line', () => {
    expect(isDateLine('Ngày 30/9/2021, UBND tỉnh ban hành kế hoạch cải cách hành chính giai đoạn 2021-2025.')).toBe(false);
    expect(isDateLine('Quyết định số 2345/QĐ-UBND')).toBe(false);
  });
});

describe('machine dates (meta, JSON-LD)', () => {
  it('converts offsets to Vietnam time and keeps date-only values', () => {
    expect(normaliseMachineDate('2024-05-12T09:30:00+07:00')).toBe('2024-05-12T09:30:00+07:00');
    expect(normaliseMachineDate('2024-05-12T20:30:00Z')).toBe('2024-05-13T03:30:00+07:00');
    expect(normaliseMachineDate('2024-05-12T09:30:00.000000+0700')).toBe('2024-05-12T09:30:00+07:00');
    expect(normaliseMachineDate('2024-05-12 09:30:00')).toBe('2024-05-12T09:30:00+07:00');
    expect(normaliseMachineDate('2024-05-12')).toBe('2024-05-12');
    expect(normaliseMachineDate('24/06/2024 09:51')).toBe('2024-06-24T09:51:00+07:00');
    expect(normaliseMachineDate('0001-01-01T00:00:00')).toBeNull();
    expect(normaliseMachineDate('không rõ')).toBeNull();
  });
});
