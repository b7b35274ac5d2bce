// Departments (Sở), ministries (Bộ) and other bodies, with the abbreviations articles write for them.
// A Sở serves its province; a Bộ and the central bodies serve the nation.

/** The fields a Sở or a Bộ is named after, each with its written forms (full name first). */
export const DEPARTMENT_FIELDS: ReadonlyArray<{ name: string; written: readonly string[] }> = [
  { name: 'Kế hoạch và Đầu tư', written: ['Kế hoạch và Đầu tư', 'KH&ĐT', 'KHĐT', 'KH và ĐT', 'KH-ĐT'] },
  { name: 'Tài nguyên và Môi trường', written: ['Tài nguyên và Môi trường', 'Tài nguyên - Môi trường', 'TN&MT', 'TNMT', 'TN-MT'] },
  { name: 'Nông nghiệp và Phát triển nông thôn', written: ['Nông nghiệp và Phát triển nông thôn', 'NN&PTNT', 'NNPTNT', 'NN và PTNT'] },
  { name: 'Nông nghiệp và Môi trường', written: ['Nông nghiệp và Môi trường', 'NN&MT', 'NNMT'] },
  { name: 'Lao động - Thương binh và Xã hội', written: ['Lao động - Thương binh và Xã hội', 'Lao động, Thương binh và Xã hội', 'LĐ-TB&XH', 'LĐTB&XH', 'LĐ-TBXH', 'LĐTBXH'] },
  { name: 'Văn hóa, Thể thao và Du lịch', written: ['Văn hóa, Thể thao và Du lịch', 'Văn hóa Thể thao và Du lịch', 'VH-TT&DL', 'VHTT&DL', 'VHTTDL'] },
  { name: 'Văn hóa và Thể thao', written: ['Văn hóa và Thể thao', 'VH&TT'] },
  { name: 'Thông tin và Truyền thông', written: ['Thông tin và Truyền thông', 'TT&TT', 'TTTT', 'TT-TT'] },
  { name: 'Khoa học và Công nghệ', written: ['Khoa học và Công nghệ', 'KH&CN', 'KHCN'] },
  { name: 'Giáo dục và Đào tạo', written: ['Giáo dục và Đào tạo', 'GD&ĐT', 'GDĐT'] },
  { name: 'Giao thông vận tải', written: ['Giao thông vận tải', 'Giao thông Vận tải', 'Giao thông - Vận tải', 'GTVT'] },
  { name: 'Xây dựng', written: ['Xây dựng'] },
  { name: 'Tư pháp', written: ['Tư pháp'] },
  { name: 'Nội vụ', written: ['Nội vụ'] },
  { name: 'Tài chính', written: ['Tài chính'] },
  { name: 'Công Thương', written: ['Công Thương', 'Công thương'] },
  { name: 'Y tế', written: ['Y tế'] },
  { name: 'Ngoại vụ', written: ['Ngoại vụ'] },
  { name: 'Du lịch', written: ['Du lịch'] },
  { name: 'Dân tộc và Tôn giáo', written: ['Dân tộc và Tôn giáo'] },
  { name: 'Công an', written: ['Công an'] },
  { name: 'Ngoại giao', written: ['Ngoại giao'] },
  { name: 'Quốc phòng', written: ['Quốc phòng'] },
];

/** Fields only a ministry has (no Sở Công an: the province's police is "Công an tỉnh"). */
export const MINISTRY_ONLY = new Set(['Công an', 'Ngoại giao', 'Quốc phòng']);

/** Other bodies a figure can be about, as patterns over the original-case text (their names vary in their tails). */
export const OTHER_BODIES: readonly string[] = [
  'Văn phòng (?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) (?:tỉnh|thành phố)',
  'Trung tâm (?:Phục vụ |Dịch vụ )?[Hh]ành chính công(?: tỉnh| thành phố)?',
  '(?:Chi nhánh )?Văn phòng [Đđ]ăng ký đất đai',
  'Ban Quản lý (?:các )?[Kk]hu (?:công nghiệp|kinh tế)[^,.;()]{0,20}?',
  'Ban Dân tộc', 'Thanh tra tỉnh', 'Công an tỉnh', 'Cục Thuế(?: tỉnh)?', 'Bảo hiểm [Xx]ã hội(?: tỉnh| Việt Nam)?', 'Kho bạc Nhà nước(?: tỉnh)?',
  'Ngân hàng Nhà nước(?: Việt Nam)?', 'Thanh tra Chính phủ', 'Ủy ban Dân tộc', 'Văn phòng Chính phủ',
];

/** Bodies of the central government: their figures are the nation's. */
export const NATIONAL_BODY = /^(?:Bộ |Ngân hàng Nhà nước|Thanh tra Chính phủ|Ủy ban Dân tộc|Văn phòng Chính phủ|Bảo hiểm [Xx]ã hội Việt Nam)/u;
/** Bodies that serve the province (Sở, Văn phòng UBND tỉnh, the police, tax, social insurance …). */
export const PROVINCIAL_BODY = /^(?:Sở|Văn phòng|Ban|Thanh tra|Công an|Cục|Bảo hiểm|Kho bạc)/u;

/** The full name a field's written form stands for ("GTVT" → "Giao thông vận tải"). */
export function fieldName(written: string): string {
  const key = written.replace(/\s+/g, ' ').toLowerCase();
  for (const f of DEPARTMENT_FIELDS) if (f.written.some((w) => w.toLowerCase() === key)) return f.name;
  return written;
}
