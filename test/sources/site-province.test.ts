// The province a page's site belongs to: from the registry, else from the host's name.
import { describe, expect, it } from 'vitest';
import { siteProvinceOf } from '../../src/sources/site-province.ts';

describe('siteProvinceOf', () => {
  it('knows the registry\'s hosts, with or without www', () => {
    expect(siteProvinceOf('http://www.baodongthap.vn/phap-luat/kiem-tra-106767.aspx')).toBe('Đồng Tháp');
  });
  it('reads the province from provincial host names the registry does not list', () => {
    expect(siteProvinceOf('https://sonoivu.kontum.gov.vn/tin-tuc/x')).toBe('Kon Tum');
    expect(siteProvinceOf('https://chauthanh.tayninh.gov.vn/a')).toBe('Tây Ninh');
    // the province's party committee and its paper fold the name into one label
    expect(siteProvinceOf('https://tinhuyquangtri.vn/mot-so-ket-qua')).toBe('Quảng Trị');
    expect(siteProvinceOf('https://baoyenbai.com.vn/12/1.aspx')).toBe('Yên Bái');
  });
  it('gives no province for national or unknown sites and bad URLs', () => {
    expect(siteProvinceOf('https://baomoi.com/x')).toBeNull();
    expect(siteProvinceOf('https://tuoitre.vn/x')).toBeNull();
    expect(siteProvinceOf('not a url')).toBeNull();
    expect(siteProvinceOf(null)).toBeNull();
  });
});
