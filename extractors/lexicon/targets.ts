// Words that make what follows a plan, a target or a criterion, not a result: "phấn đấu 100% hồ sơ đúng hạn",
// "được giao chỉ tiêu tỷ lệ … 80%", "Các tiêu chí … gồm: tỷ lệ đúng hạn 99%".
export const TARGET_WORDS: readonly string[] = [
  'phấn đấu', 'mục tiêu', 'chỉ tiêu đề ra', 'chỉ tiêu đặt ra', 'chỉ tiêu giao', 'chỉ tiêu là', 'được giao chỉ tiêu', 'được giao tỷ lệ',
  'giao chỉ tiêu', 'đề ra là', 'đề ra với', 'đặt ra là', 'đặt ra với', 'phải đạt', 'cần đạt', 'yêu cầu đạt', 'yêu cầu bảo đảm', 'yêu cầu đảm bảo',
  'dự kiến', 'dự báo', 'sẽ đạt', 'sẽ tiếp nhận', 'sẽ giải quyết', 'sẽ cung cấp', 'nhằm đạt', 'hướng tới', 'kế hoạch đề ra', 'kế hoạch đặt ra',
  'các tiêu chí', 'tiêu chí đánh giá', 'bộ tiêu chí',
];
/** Openings of a directive: the whole sentence asks for something ("- Đề nghị rà soát …"). */
export const DIRECTIVE_OPENINGS: readonly string[] = ['đề nghị', 'yêu cầu', 'chỉ đạo', 'giao', 'đôn đốc', 'kiến nghị'];
/** Words right before a target word that make it a result again ("vượt mục tiêu", "hoàn thành chỉ tiêu"). */
export const TARGET_MET_BEFORE: readonly string[] = ['vượt', 'hoàn thành', 'đạt được', 'so với'];
