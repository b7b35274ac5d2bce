// Column headers of tables pasted as text with one row a line ("STT TÊN CƠ QUAN Điểm tối đa Điểm thẩm định Tỷ lệ
// đạt Xếp loại"): which columns hold a row's figures, in order, and which hold its name or a word.
export const FIGURE_COLUMNS: readonly string[] = [
  'điểm tối đa', 'điểm thẩm định', 'điểm tự đánh giá', 'điểm đạt được', 'điểm đạt', 'tổng điểm', 'điểm số', 'tỷ lệ đạt', 'tỷ lệ điểm', 'tỷ lệ',
  'chỉ số', 'số hồ sơ tiếp nhận', 'tổng số hồ sơ', 'tiếp nhận', 'đã giải quyết', 'giải quyết', 'trước hạn', 'đúng hạn', 'trước và đúng hạn',
  'quá hạn', 'trễ hạn', 'đang giải quyết', 'tỷ lệ đúng hạn', 'tỷ lệ trước và đúng hạn', 'tỷ lệ quá hạn', 'tỷ lệ trực tuyến', 'trực tuyến',
  'điểm', 'xếp hạng', 'thứ hạng',
];
/** Columns that name the row or hold a word, not a figure. */
export const LABEL_COLUMNS: readonly string[] = ['stt', 'tt', 'tên cơ quan', 'tên đơn vị', 'cơ quan, đơn vị', 'cơ quan', 'đơn vị', 'địa phương', 'xếp loại', 'phân loại', 'ghi chú'];
