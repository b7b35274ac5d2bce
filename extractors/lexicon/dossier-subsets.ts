// Dossiers counted by a part of the caseload are no figure of the unit's intake or results (spec, "Conventions"):
// by channel, those merely due, returned or withdrawn, running totals of handled-and-pending, one field, a subset
// by competence. Words are matched in a figure's own phrase (the words since the previous figure, and after it).
export const SUBSET_WORDS: Readonly<Record<string, readonly string[]>> = {
  channel: ['tiếp nhận trực tiếp', 'mới trực tiếp', 'nộp trực tiếp', 'hồ sơ trực tiếp', 'trực tiếp tại', 'qua bưu chính', 'qua dịch vụ bưu chính', 'bưu chính công ích', 'qua bưu điện', 'trực tiếp và bưu chính', 'bưu điện tỉnh', 'bưu điện huyện', 'bưu điện thành phố', 'bưu điện văn hóa xã', 'hồ sơ tại nhà', 'kết quả tại nhà', 'tận nhà', 'qua đường bưu điện', 'qua đường bưu chính'],
  due: ['đến hạn giải quyết', 'hồ sơ đến hạn', 'số hồ sơ đến hạn', 'đến hạn trả kết quả'],
  returned: ['trả lại', 'rút hồ sơ', 'hồ sơ bổ sung', 'yêu cầu bổ sung', 'trả không giải quyết', 'không giải quyết', 'từ chối', 'không đủ điều kiện', 'bị trả về'],
  cumulative: ['lũy kế đã và đang', 'đã và đang giải quyết', 'đã và đang xử lý'],
  // one service level's dossiers ("40 hồ sơ nộp mức độ 3 và gần 860 hồ sơ nộp mức độ 4"); levels 3 and 4 together are the online channel
  level: ['nộp mức độ 3', 'nộp mức độ 4', 'nộp mức độ 2'],
  // dossiers digitised are a measure of the archive, not of the caseload ("số hóa kết quả giải quyết cho 51.574 trên 58.202 hồ sơ")
  digitised: ['số hóa', 'số hoá'],
  // a daily or monthly average, or a peak, is no count of the period's caseload ("tiếp nhận trung bình 50-60 hồ sơ mỗi ngày,
  // có thời điểm đột biến lên hơn 100 hồ sơ")
  average: ['mỗi ngày', 'một ngày', 'hồ sơ/ngày', 'mỗi tuần', 'hồ sơ/tuần', 'mỗi tháng', 'bình quân mỗi', 'trung bình mỗi', 'có thời điểm', 'có ngày'],
  // online payment, identity cards and e-identification (Đề án 06) are other registers
  // ("90% hồ sơ công việc tại tỉnh … được xử lý trên môi trường mạng": the e-office's work files, no citizen's dossiers)
  other_register: ['thanh toán trực tuyến', 'hồ sơ thanh toán', 'hồ sơ căn cước', 'căn cước công dân', 'định danh điện tử', 'hồ sơ định danh', 'hồ sơ công việc', 'chứng thực bản sao điện tử'],
  field: ['hồ sơ về lĩnh vực', 'hồ sơ thuộc lĩnh vực', 'hồ sơ lĩnh vực', 'trong lĩnh vực', 'liên quan đến lĩnh vực', 'liên quan lĩnh vực', 'thuộc lĩnh vực', 'về lĩnh vực', 'liên quan đến đất đai', 'thủ tục về đất đai'],
};

/** Openings that make a whole sentence a subset: "Riêng các hồ sơ thuộc thẩm quyền cấp xã, có tổng số 2.760, …". */
// (one group of procedures reported apart: "Về tình hình thực hiện thủ tục hành chính cải thiện môi trường đầu tư kinh doanh …")
export const SUBSET_SENTENCE_OPENINGS: readonly string[] = ['riêng các hồ sơ thuộc thẩm quyền', 'riêng hồ sơ thuộc thẩm quyền', 'riêng số hồ sơ thuộc thẩm quyền', 'về công tác số hóa', 'về số hóa', 'công tác số hóa',
  'về tình hình thực hiện thủ tục hành chính cải thiện môi trường', 'về thủ tục hành chính cải thiện môi trường', 'về tình hình giải quyết thủ tục đầu tư', 'về thủ tục đầu tư',
  // (one procedure's results: "Về kết quả thực hiện chứng thực bản sao điện tử từ bản chính năm 2022, … tổng số hồ sơ 17.921")
  'về kết quả thực hiện chứng thực', 'về chứng thực', 'về kết quả chứng thực'];
