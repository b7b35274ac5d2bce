// Words that make a figure a change rather than a level: "tăng 2,63 điểm", "cao hơn 1,85% so với năm 2023",
// "tăng mạnh nhất với 6,39%", "nơi giảm nhiều nhất là 2,94%", "tăng cao nhất là Bình Thuận (6,39%)".
export const RISE_WORDS: readonly string[] = ['tăng', 'cao hơn', 'nhiều hơn', 'cải thiện', 'thăng', 'vượt lên', 'mức tăng', 'tăng trưởng'];
export const FALL_WORDS: readonly string[] = ['giảm', 'thấp hơn', 'ít hơn', 'tụt', 'lùi', 'mức giảm', 'sụt giảm'];
/** After a change word, these make the figure the level reached or left, not the change: "tăng lên 88%", "giảm từ 10,85%". */
export const TO_LEVEL_AFTER: readonly string[] = ['lên', 'lên mức', 'lên thành', 'đến', 'tới', 'từ', 'xuống', 'xuống còn', 'còn'];
/** Between a change word and its figure, these start a new statement: the figure is a level ("tăng 5 bậc, đạt 88%"). */
export const LEVEL_VERBS: readonly string[] = ['đạt', 'xếp', 'đứng', 'chỉ số', 'với số điểm', 'điểm số', 'kết quả', 'mức'];
