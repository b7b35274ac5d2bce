// Rates: on time, overdue, online, resolved, satisfaction; and percentages of other things.
import type { Corpus } from '../corpus.ts';

export const corpus: Corpus = {
  family: 'rates',
  examples: [
    { text: 'Trong 6 tháng đầu năm 2022, tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn đạt 99%.', expect: [['on_time_rate', 99]], only: true },
    { text: 'Năm 2022, tỷ lệ giải quyết hồ sơ đúng hạn đạt 98,5%, tỷ lệ trễ hạn 1,5%.', expect: [['on_time_rate', 98.5], ['overdue_rate', 1.5]] },
    { text: 'Năm 2022, tỷ lệ hồ sơ trực tuyến đạt 62,3%.', expect: [['online_rate', 62.3]] },
    { text: 'Năm 2022, tỷ lệ tiếp nhận hồ sơ trực tuyến đạt 45%.', expect: [['online_rate', 45]] },
    { text: 'Năm 2022, huyện tiếp nhận 10.000 hồ sơ, trong đó 4.500 hồ sơ trực tuyến, chiếm 45%.', expect: [['online_rate', 45], ['dossiers_online', 4500]] },
    { text: 'Năm 2022, đã giải quyết 9.740 hồ sơ, đạt 97,4%.', expect: [['resolved_rate', 97.4], ['dossiers_resolved', 9740]] },
    { text: 'Năm 2022, tỷ lệ giải quyết hồ sơ đạt 97,4%.', expect: [['resolved_rate', 97.4]] },
    { text: 'Năm 2022, 100% hồ sơ được giải quyết đúng hạn.', expect: [['on_time_rate', 100]] },
    { text: 'Năm 2023, khảo sát mức độ hài lòng người dân đạt 100% (27.366/27.366 phiếu).', expect: [['satisfaction_rate', 100], ['surveys', 27366]] },
    { text: 'Năm 2023, tỷ lệ người dân, tổ chức hài lòng với sự phục vụ của Trung tâm đạt 99,5%.', expect: [['satisfaction_rate', 99.5]] },
    { text: 'Năm 2023, tỷ lệ hài lòng của người dân đạt 98,7%.', expect: [['satisfaction_rate', 98.7]] },
    { text: 'Năm 2023, tỷ lệ hồ sơ trễ hạn chỉ chiếm 0,8%.', expect: [['overdue_rate', 0.8]] },
    { text: 'Năm 2023, tỷ lệ giải quyết hồ sơ trước hạn đạt 45,2%.', expect: [['early_rate', 45.2]] },
    { text: 'Năm 2023, tỷ lệ hồ sơ đúng hạn đạt 98%, tăng 2% so với cùng kỳ.', expect: [['on_time_rate', 98]], only: true },
    { text: 'Năm 2024, mức độ hài lòng của người dân đạt 97%, tỷ lệ hồ sơ đúng hạn đạt 99%.', expect: [['satisfaction_rate', 97], ['on_time_rate', 99]], only: true },
    { text: 'Năm 2019, khảo sát tại quầy cho thấy 98,7% người dân hài lòng với thái độ phục vụ.', expect: [['satisfaction_rate', 98.7]], only: true },
    { text: 'Năm 2022, TP Hội An, TP Tam Kỳ có tỷ lệ giải quyết đúng hạn đạt trên 99,5%.', expect: [['on_time_rate', 99.5, { place: 'thành phố Hội An', approx: 'gt' }], ['on_time_rate', 99.5, { place: 'thành phố Tam Kỳ' }]] },
    { text: 'Trong tháng 10/2025, phường Ba Đình giải quyết 2.204 hồ sơ, 100% trước và đúng hạn.', published: '2025-11-08', expect: [['on_time_rate', 100]] },
    { text: 'Trong 9 tháng năm 2022, tỷ lệ hồ sơ trễ hạn là 1,5%, giảm 2,1% so với cùng kỳ năm 2021 (3,6%).', expect: [['overdue_rate', 1.5], ['overdue_rate', 3.6, { period: '2021-01-01..2021-09-30' }]], only: true },
  ],
  negatives: [
    { text: 'Năm 2018, thời gian giải quyết nhiều thủ tục trong lĩnh vực hộ tịch được rút ngắn khoảng 30% so với quy định.' },
    { text: 'Năm 2025, 100% hồ sơ sau khi giải quyết được số hóa theo quy định.' },
    { text: 'Năm 2025, phường phấn đấu 100% hồ sơ được giải quyết đúng hạn và tỷ lệ hài lòng đạt trên 95%.' },
    { text: 'Mục tiêu năm 2025: tỷ lệ hồ sơ trực tuyến đạt 80%, tỷ lệ hồ sơ đúng hạn đạt 98%.' },
    { text: 'Dự kiến trong năm 2025, Trung tâm sẽ tiếp nhận khoảng 200.000 hồ sơ.' },
    { text: 'Đến nay 100% cơ quan hành chính và UBND các xã đã ứng dụng chữ ký số, 100% cán bộ, công chức đã ứng dụng hộp thư điện tử công vụ.' },
    { text: 'Năm 2023, tỷ lệ hộp thư điện tử thường xuyên sử dụng trong công việc đạt 95%.' },
    { text: 'Năm 2023, tỷ lệ thanh toán trực tuyến đạt 35%.' },
    { text: 'Năm 2023, tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 80%.' },
    { text: 'Năm 2023, 100% TTHC đủ điều kiện đã được cung cấp dịch vụ công trực tuyến toàn trình.' },
  ],
};
