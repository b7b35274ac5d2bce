// Procedures, online public services by level, surveys and reform tasks.
import type { Corpus } from '../corpus.ts';

export const corpus: Corpus = {
  family: 'services',
  examples: [
    // the level after a bracketed abbreviation; "cấp độ 4/3" are levels; level 2 is no online service
    { text: 'Năm 2022, tỉnh có 1.618 TTHC cung cấp Dịch vụ công trực tuyến (DVCTT) toàn trình, 143 TTHC cung cấp DVCTT một phần.', published: '2023-01-10',
      expect: [['online_services_full', 1618], ['online_services_partial', 143]], only: true },
    { text: 'Năm 2022, đối với cấp xã trong huyện, đã có 1 TTHC giải quyết ở cấp độ 4; 5 TTHC giải quyết ở cấp độ 3 và 155 TTHC ở cấp độ 2.', published: '2023-01-10',
      expect: [['online_services_full', 1], ['online_services_partial', 5]], only: true },
    { text: 'Thị xã thực hiện công khai 295 TTHC thuộc 11 lĩnh vực quản lý. Các xã, phường công khai 158 TTHC, trong đó có 8 TTHC được thực hiện dịch vụ công mức độ 3.',
      expect: [['procedures_total', 295, { scope: 'huyện' }], ['procedures_total', 158, { scope: 'xã' }], ['online_services_partial', 8]] },
    { text: 'UBND huyện cập nhật, rà soát các TTHC gồm 276 thủ tục cấp huyện và 92 thủ tục cấp xã.', expect: [['procedures_total', 276, { scope: 'huyện' }], ['procedures_total', 92, { scope: 'xã' }]] },
    { text: 'UBND huyện đã cung cấp 305 dịch vụ công, trong đó chưa trực tuyến 9 thủ tục; trực tuyến một phần 160 thủ tục và trực tuyến toàn trình 136 thủ tục.',
      expect: [['online_services_partial', 160], ['online_services_full', 136]], only: true },
    { text: 'Tỉnh đã cung cấp 1.250 dịch vụ công trực tuyến toàn trình và 480 dịch vụ công trực tuyến một phần.', expect: [['online_services_full', 1250], ['online_services_partial', 480]] },
    { text: 'Năm 2022, huyện đã triển khai thực hiện 27/27 nhiệm vụ CCHC của tỉnh.', expect: [['tasks_completed', 27, { of: 27, period: '2022-01-01..2022-12-31' }]] },
    { text: 'Năm 2023, đã phát ra 1.200 phiếu khảo sát sự hài lòng.', expect: [['surveys', 1200]] },
    { text: 'Năm 2024, kết quả khảo sát 350 người dân cho thấy mức độ hài lòng đạt 97,1%.', expect: [['surveys', 350], ['satisfaction_rate', 97.1]], only: true },
    { text: 'Đến hết năm 2018, số thủ tục hành chính thuộc thẩm quyền giải quyết của cấp huyện là 281 thủ tục, cấp xã là 124 thủ tục.', published: '2019-03-01', rule: 'services/list',
      expect: [['procedures_total', 281], ['procedures_total', 124]] },
  ],
  negatives: [
    // the procedures delegated are no body's whole set
    { text: 'UBND tỉnh, Chủ tịch UBND tỉnh đã ủy quyền cho thủ trưởng các sở, ban, ngành giải quyết đối với 20 TTHC thuộc thẩm quyền của UBND tỉnh và Chủ tịch UBND tỉnh.', metrics: ['procedures_total'] },
    { text: 'Năm 2023, tỉnh đã cắt giảm, đơn giản hóa 45 TTHC.' },
    { text: 'Đã cung cấp dịch vụ công trực tuyến lên Trang thông tin điện tử huyện với 269 thủ tục hành chính của 46 lĩnh vực và được thực hiện ở mức 2.' },
    { text: 'Năm 2023, tỉnh ban hành 12 quyết định công bố TTHC.' },
  ],
};
