// The PAR Index's component areas (lĩnh vực) and sub-scores, as articles name them: a figure said of one of
// them is the component's, never the index's ("cải cách tổ chức bộ máy hành chính nhà nước xếp thứ 49/63",
// "Công tác chỉ đạo, điều hành cải cách hành chính 7,14 điểm").
export const COMPONENT_WORDS: readonly string[] = [
  'chỉ số thành phần', 'lĩnh vực thành phần', 'tiêu chí thành phần', 'tiêu chí', 'lĩnh vực', 'nội dung thành phần', 'chỉ số con', 'yếu tố', 'nhóm chỉ tiêu',
  'công tác chỉ đạo, điều hành', 'công tác chỉ đạo điều hành', 'chỉ đạo, điều hành cải cách hành chính',
  'xây dựng và tổ chức thực hiện văn bản', 'cải cách thể chế', 'cải cách thủ tục hành chính', 'cải cách tổ chức bộ máy',
  'xây dựng và nâng cao chất lượng đội ngũ', 'cải cách chế độ công vụ', 'cải cách tài chính công', 'hiện đại hóa nền hành chính',
  'xây dựng và phát triển chính quyền điện tử', 'chính quyền điện tử, chính quyền số', 'tác động của cải cách hành chính', 'tác động đến phát triển kinh tế',
  'điểm đánh giá tác động', 'điều tra xã hội học', 'khảo sát lãnh đạo', 'điểm thẩm định kết quả thực hiện nhiệm vụ',
];
