// The 63 provinces before 1 July 2025 and the 34 they merged into, after the table in
// shared/reference/geography-and-sources.md (the team's reference notes) §3.2 (Công văn 915/CTK-CSCL; dvhcvn/20250701 mapping).

/** The 34 provinces from 1 July 2025 (NQ 202/2025/QH15), by their new code; names without the type word. */
export const PROVINCES_2025 = [
  { code: '01', name: 'Hà Nội' },
  { code: '04', name: 'Cao Bằng' },
  { code: '08', name: 'Tuyên Quang' },
  { code: '11', name: 'Điện Biên' },
  { code: '12', name: 'Lai Châu' },
  { code: '14', name: 'Sơn La' },
  { code: '15', name: 'Lào Cai' },
  { code: '19', name: 'Thái Nguyên' },
  { code: '20', name: 'Lạng Sơn' },
  { code: '22', name: 'Quảng Ninh' },
  { code: '24', name: 'Bắc Ninh' },
  { code: '25', name: 'Phú Thọ' },
  { code: '31', name: 'Hải Phòng' },
  { code: '33', name: 'Hưng Yên' },
  { code: '37', name: 'Ninh Bình' },
  { code: '38', name: 'Thanh Hóa' },
  { code: '40', name: 'Nghệ An' },
  { code: '42', name: 'Hà Tĩnh' },
  { code: '44', name: 'Quảng Trị' },
  { code: '46', name: 'Huế' },
  { code: '48', name: 'Đà Nẵng' },
  { code: '51', name: 'Quảng Ngãi' },
  { code: '52', name: 'Gia Lai' },
  { code: '56', name: 'Khánh Hòa' },
  { code: '66', name: 'Đắk Lắk' },
  { code: '68', name: 'Lâm Đồng' },
  { code: '75', name: 'Đồng Nai' },
  { code: '79', name: 'Hồ Chí Minh' },
  { code: '80', name: 'Tây Ninh' },
  { code: '82', name: 'Đồng Tháp' },
  { code: '86', name: 'Vĩnh Long' },
  { code: '91', name: 'An Giang' },
  { code: '92', name: 'Cần Thơ' },
  { code: '96', name: 'Cà Mau' },
] as const;

export type Province2025 = (typeof PROVINCES_2025)[number]['name'];

export interface OldProvince {
  /** GSO code before 1 July 2025 (codes were re-used for other units afterwards: never join on code alone). */
  code: string;
  name: string;
  /** ASCII slug used in source ids, e.g. `dong-thap`. */
  slug: string;
  since2025: Province2025;
  /** Other names the same province went by (Thừa Thiên Huế became the city of Huế on 1 January 2025). */
  aliases?: string[];
}

export const OLD_PROVINCES: readonly OldProvince[] = [
  { code: '01', name: 'Hà Nội', slug: 'ha-noi', since2025: 'Hà Nội' },
  { code: '02', name: 'Hà Giang', slug: 'ha-giang', since2025: 'Tuyên Quang' },
  { code: '04', name: 'Cao Bằng', slug: 'cao-bang', since2025: 'Cao Bằng' },
  { code: '06', name: 'Bắc Kạn', slug: 'bac-kan', since2025: 'Thái Nguyên' },
  { code: '08', name: 'Tuyên Quang', slug: 'tuyen-quang', since2025: 'Tuyên Quang' },
  { code: '10', name: 'Lào Cai', slug: 'lao-cai', since2025: 'Lào Cai' },
  { code: '11', name: 'Điện Biên', slug: 'dien-bien', since2025: 'Điện Biên' },
  { code: '12', name: 'Lai Châu', slug: 'lai-chau', since2025: 'Lai Châu' },
  { code: '14', name: 'Sơn La', slug: 'son-la', since2025: 'Sơn La' },
  { code: '15', name: 'Yên Bái', slug: 'yen-bai', since2025: 'Lào Cai' },
  { code: '17', name: 'Hòa Bình', slug: 'hoa-binh', since2025: 'Phú Thọ' },
  { code: '19', name: 'Thái Nguyên', slug: 'thai-nguyen', since2025: 'Thái Nguyên' },
  { code: '20', name: 'Lạng Sơn', slug: 'lang-son', since2025: 'Lạng Sơn' },
  { code: '22', name: 'Quảng Ninh', slug: 'quang-ninh', since2025: 'Quảng Ninh' },
  { code: '24', name: 'Bắc Giang', slug: 'bac-giang', since2025: 'Bắc Ninh' },
  { code: '25', name: 'Phú Thọ', slug: 'phu-tho', since2025: 'Phú Thọ' },
  { code: '26', name: 'Vĩnh Phúc', slug: 'vinh-phuc', since2025: 'Phú Thọ' },
  { code: '27', name: 'Bắc Ninh', slug: 'bac-ninh', since2025: 'Bắc Ninh' },
  { code: '30', name: 'Hải Dương', slug: 'hai-duong', since2025: 'Hải Phòng' },
  { code: '31', name: 'Hải Phòng', slug: 'hai-phong', since2025: 'Hải Phòng' },
  { code: '33', name: 'Hưng Yên', slug: 'hung-yen', since2025: 'Hưng Yên' },
  { code: '34', name: 'Thái Bình', slug: 'thai-binh', since2025: 'Hưng Yên' },
  { code: '35', name: 'Hà Nam', slug: 'ha-nam', since2025: 'Ninh Bình' },
  { code: '36', name: 'Nam Định', slug: 'nam-dinh', since2025: 'Ninh Bình' },
  { code: '37', name: 'Ninh Bình', slug: 'ninh-binh', since2025: 'Ninh Bình' },
  { code: '38', name: 'Thanh Hóa', slug: 'thanh-hoa', since2025: 'Thanh Hóa' },
  { code: '40', name: 'Nghệ An', slug: 'nghe-an', since2025: 'Nghệ An' },
  { code: '42', name: 'Hà Tĩnh', slug: 'ha-tinh', since2025: 'Hà Tĩnh' },
  { code: '44', name: 'Quảng Bình', slug: 'quang-binh', since2025: 'Quảng Trị' },
  { code: '45', name: 'Quảng Trị', slug: 'quang-tri', since2025: 'Quảng Trị' },
  { code: '46', name: 'Thừa Thiên Huế', slug: 'thua-thien-hue', since2025: 'Huế', aliases: ['Huế'] },
  { code: '48', name: 'Đà Nẵng', slug: 'da-nang', since2025: 'Đà Nẵng' },
  { code: '49', name: 'Quảng Nam', slug: 'quang-nam', since2025: 'Đà Nẵng' },
  { code: '51', name: 'Quảng Ngãi', slug: 'quang-ngai', since2025: 'Quảng Ngãi' },
  { code: '52', name: 'Bình Định', slug: 'binh-dinh', since2025: 'Gia Lai' },
  { code: '54', name: 'Phú Yên', slug: 'phu-yen', since2025: 'Đắk Lắk' },
  { code: '56', name: 'Khánh Hòa', slug: 'khanh-hoa', since2025: 'Khánh Hòa' },
  { code: '58', name: 'Ninh Thuận', slug: 'ninh-thuan', since2025: 'Khánh Hòa' },
  { code: '60', name: 'Bình Thuận', slug: 'binh-thuan', since2025: 'Lâm Đồng' },
  { code: '62', name: 'Kon Tum', slug: 'kon-tum', since2025: 'Quảng Ngãi' },
  { code: '64', name: 'Gia Lai', slug: 'gia-lai', since2025: 'Gia Lai' },
  { code: '66', name: 'Đắk Lắk', slug: 'dak-lak', since2025: 'Đắk Lắk' },
  { code: '67', name: 'Đắk Nông', slug: 'dak-nong', since2025: 'Lâm Đồng' },
  { code: '68', name: 'Lâm Đồng', slug: 'lam-dong', since2025: 'Lâm Đồng' },
  { code: '70', name: 'Bình Phước', slug: 'binh-phuoc', since2025: 'Đồng Nai' },
  { code: '72', name: 'Tây Ninh', slug: 'tay-ninh', since2025: 'Tây Ninh' },
  { code: '74', name: 'Bình Dương', slug: 'binh-duong', since2025: 'Hồ Chí Minh' },
  { code: '75', name: 'Đồng Nai', slug: 'dong-nai', since2025: 'Đồng Nai' },
  { code: '77', name: 'Bà Rịa - Vũng Tàu', slug: 'ba-ria-vung-tau', since2025: 'Hồ Chí Minh' },
  { code: '79', name: 'Hồ Chí Minh', slug: 'ho-chi-minh', since2025: 'Hồ Chí Minh' },
  { code: '80', name: 'Long An', slug: 'long-an', since2025: 'Tây Ninh' },
  { code: '82', name: 'Tiền Giang', slug: 'tien-giang', since2025: 'Đồng Tháp' },
  { code: '83', name: 'Bến Tre', slug: 'ben-tre', since2025: 'Vĩnh Long' },
  { code: '84', name: 'Trà Vinh', slug: 'tra-vinh', since2025: 'Vĩnh Long' },
  { code: '86', name: 'Vĩnh Long', slug: 'vinh-long', since2025: 'Vĩnh Long' },
  { code: '87', name: 'Đồng Tháp', slug: 'dong-thap', since2025: 'Đồng Tháp' },
  { code: '89', name: 'An Giang', slug: 'an-giang', since2025: 'An Giang' },
  { code: '91', name: 'Kiên Giang', slug: 'kien-giang', since2025: 'An Giang' },
  { code: '92', name: 'Cần Thơ', slug: 'can-tho', since2025: 'Cần Thơ' },
  { code: '93', name: 'Hậu Giang', slug: 'hau-giang', since2025: 'Cần Thơ' },
  { code: '94', name: 'Sóc Trăng', slug: 'soc-trang', since2025: 'Cần Thơ' },
  { code: '95', name: 'Bạc Liêu', slug: 'bac-lieu', since2025: 'Cà Mau' },
  { code: '96', name: 'Cà Mau', slug: 'ca-mau', since2025: 'Cà Mau' },
];

export const PROVINCE_2025_NAMES: readonly Province2025[] = PROVINCES_2025.map((p) => p.name);
export const OLD_PROVINCE_NAMES: readonly string[] = OLD_PROVINCES.map((p) => p.name);

const byOldName = new Map<string, OldProvince>();
for (const p of OLD_PROVINCES) {
  byOldName.set(p.name, p);
  for (const alias of p.aliases ?? []) byOldName.set(alias, p);
}

/** The pre-July-2025 province by its name or alias, if it is one of the 63. */
export function findOldProvince(name: string): OldProvince | undefined {
  return byOldName.get(name.normalize('NFC'));
}
