// The PAR Index's component areas (lĩnh vực) and sub-scores, as articles name them: a figure said of one of
// them is the component's, never the index's ("cải cách tổ chức bộ máy hành chính nhà nước xếp thứ 49/63",
// "Công tác chỉ đạo, điều hành cải cách hành chính 7,14 điểm").
export const COMPONENT_WORDS: readonly string[] = [
  'chỉ số thành phần', 'lĩnh vực thành phần', 'tiêu chí thành phần', 'tiêu chí', 'lĩnh vực', 'nội dung thành phần', 'chỉ số con', 'yếu tố', 'nhóm chỉ tiêu',
  'công tác chỉ đạo, điều hành', 'công tác chỉ đạo điều hành', 'chỉ đạo, điều hành cải cách hành chính',
  'xây dựng và tổ chức thực hiện văn bản', 'cải cách thể chế', 'cải cách thủ tục hành chính', 'cải cách tổ chức bộ máy',
  'xây dựng và nâng cao chất lượng đội ngũ', 'cải cách chế độ công vụ', 'cải cách tài chính công', 'hiện đại hóa nền hành chính', 'hiện đại hóa hành chính', 'hiện đại hoá hành chính',
  'xây dựng và phát triển chính quyền điện tử', 'chính quyền điện tử, chính quyền số', 'tác động của cải cách hành chính', 'tác động đến phát triển kinh tế',
  'điểm đánh giá tác động', 'điểm tác động', 'tác động cải cách hành chính', 'điều tra xã hội học', 'khảo sát lãnh đạo', 'điểm thẩm định kết quả thực hiện nhiệm vụ',
  // the service index's (Quyết định 766) component groups
  'công khai, minh bạch', 'tiến độ giải quyết', 'dịch vụ trực tuyến', 'thanh toán trực tuyến', 'số hóa hồ sơ', 'mức độ hài lòng:',
];
/** Stages of the assessment whose scores are not the index's ("Kết quả tự đánh giá … của khối Sở là 64,75 điểm",
 *  "số điểm được các sở ngành cấp tỉnh thẩm định là 86,39"). */
// (the appraisal council's own score is the index: "Hội đồng thẩm định là 62,62 điểm")
export const ASSESSMENT_STAGE_WORDS: readonly string[] = ['tự đánh giá', 'tự chấm', 'sở ngành cấp tỉnh thẩm định', 'sở, ngành cấp tỉnh thẩm định', 'các sở ngành thẩm định'];
/** Gaps between units, or to a mean, are no changes over time and no scores ("thấp hơn 2,19% so với giá trị trung bình",
 *  "khoảng cách chênh lệch giữa tỉnh với đơn vị cao nhất là 4,79%"). */
/** Sub-scores the index is summed from, by the stage that gave them ("điểm thẩm định trung bình năm 2022 đạt 84,19%",
 *  "điểm tài liệu kiểm chứng thành phố được 62.88 điểm"): parts when a total stands beside them (a "Trong đó" after the
 *  score, or the "tổng điểm" after them); in a table row with no total the appraised score is the index's. */
/** The total of the parts, as a pattern source: "tổng điểm là 95.44", "với tổng số điểm đạt …". */
export const TOTAL_POINTS = '(?:với\\s+)?tổng (?:số )?điểm(?: đạt| là| được)?';
export const SUB_SCORE_WORDS: readonly string[] = ['điểm thẩm định', 'điểm tài liệu kiểm chứng', 'điểm đánh giá tài liệu kiểm chứng', 'điểm điều tra xã hội học', 'điểm điều tra', 'điểm khảo sát', 'điểm tự đánh giá', 'điểm chỉ số hài lòng'];
export const GAP_WORDS: readonly string[] = ['khoảng cách', 'chênh lệch', 'so với giá trị trung bình', 'so với mức trung bình', 'hơn giá trị trung bình', 'hơn mức trung bình', 'so với đơn vị', 'so với tỉnh dẫn đầu', 'so với địa phương'];
