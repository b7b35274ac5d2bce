// Words that make what follows a plan, a target or a criterion, not a result: "phấn đấu 100% hồ sơ đúng hạn",
// "được giao chỉ tiêu tỷ lệ … 80%", "Các tiêu chí … gồm: tỷ lệ đúng hạn 99%".
export const TARGET_WORDS: readonly string[] = [
  'phấn đấu', 'mục tiêu', 'chỉ tiêu đề ra', 'chỉ tiêu đặt ra', 'chỉ tiêu giao', 'chỉ tiêu là', 'được giao chỉ tiêu', 'được giao tỷ lệ',
  'giao chỉ tiêu', 'đề ra là', 'đề ra với', 'đặt ra là', 'đặt ra với', 'phải đạt', 'cần đạt', 'yêu cầu đạt', 'yêu cầu bảo đảm', 'yêu cầu đảm bảo',
  'dự kiến', 'dự báo', 'sẽ đạt', 'sẽ tiếp nhận', 'sẽ giải quyết', 'sẽ cung cấp', 'nhằm đạt', 'để đạt', 'hướng tới', 'kế hoạch đề ra', 'kế hoạch đặt ra',
  'các tiêu chí', 'tiêu chí đánh giá', 'bộ tiêu chí',
];
/** Openings of a directive: the whole sentence asks for something ("- Đề nghị rà soát …"). */
export const DIRECTIVE_OPENINGS: readonly string[] = ['đề nghị', 'yêu cầu', 'chỉ đạo', 'giao', 'đôn đốc', 'kiến nghị'];
/** Who a directive is addressed to: "UBND thành phố yêu cầu UBND các xã, phường có số lượng hồ sơ dưới 150 … khẩn trương kiểm tra". */
export const DIRECTIVE_ADDRESSEES: readonly string[] = ['ubnd', 'ủy ban', 'uỷ ban', 'các', 'những', 'sở', 'phòng', 'trung tâm', 'chủ tịch', 'cán bộ', 'công chức', 'thủ trưởng', 'người đứng đầu', 'lãnh đạo', 'bộ phận', 'địa phương', 'đơn vị'];
/** Words right before a target word that make it a result again ("vượt mục tiêu", "hoàn thành chỉ tiêu"). */
export const TARGET_MET_BEFORE: readonly string[] = ['vượt', 'hoàn thành', 'đạt được', 'so với'];
