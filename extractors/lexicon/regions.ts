// The six socio-economic regions (vùng kinh tế - xã hội) of the PAR Index and SIPAS reports, with the ways
// articles write them. A region is a place (type `vùng`) when a figure is about it; after "khu vực" it names
// a ranking ("đứng thứ 3 khu vực ĐBSCL"), which the index rules read as `among`.
export const REGIONS: ReadonlyArray<{ name: string; written: readonly string[] }> = [
  { name: 'Đồng bằng sông Hồng', written: ['Đồng bằng sông Hồng', 'ĐBSH'] },
  { name: 'Trung du và miền núi phía Bắc', written: ['Trung du và miền núi phía Bắc', 'Trung du miền núi phía Bắc', 'Trung du và miền núi Bắc Bộ', 'miền núi phía Bắc'] },
  { name: 'Bắc Trung Bộ và Duyên hải miền Trung', written: ['Bắc Trung Bộ và Duyên hải miền Trung', 'Bắc Trung Bộ và Duyên hải Trung Bộ', 'Bắc Trung Bộ và duyên hải Nam Trung Bộ', 'Bắc Trung bộ và Duyên hải miền Trung'] },
  { name: 'Tây Nguyên', written: ['Tây Nguyên'] },
  { name: 'Đông Nam Bộ', written: ['Đông Nam Bộ'] },
  { name: 'Đồng bằng sông Cửu Long', written: ['Đồng bằng sông Cửu Long', 'ĐBSCL', 'Tây Nam Bộ'] },
];

/** Words before a region that make it a ranking's scope, not the figure's place. */
export const RANKING_SCOPE_BEFORE: readonly string[] = ['khu vực', 'trong khu vực', 'các tỉnh', 'các địa phương', 'toàn vùng', 'dẫn đầu', 'đứng đầu', 'xếp đầu'];
