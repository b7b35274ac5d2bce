// How Vietnamese reports write figures, and the numbers that are never figures.
import type { Corpus } from '../corpus.ts';

export const corpus: Corpus = {
  family: 'numbers',
  examples: [
    // a space slipped in after a decimal comma, before a score's "điểm"; a list of integers keeps its items
    { text: 'Chỉ số CCHC năm 2022 của các huyện: đứng thứ 2 là huyện Chư Sê với 80, 48 điểm; tiếp theo là huyện Đak Pơ với 80,34 điểm.', published: '2023-06-20', url: 'https://baogialai.com.vn/x',
      expect: [['par_index_score', 80.48, { place: 'huyện Chư Sê' }], ['par_index_rank', 2], ['par_index_score', 80.34]], only: true },
    { text: 'Năm 2023, huyện Cái Bè tiếp nhận 12.341 hồ sơ.', expect: [['dossiers_received', 12341]] },
    { text: 'Năm 2023, huyện Cái Bè tiếp nhận 1.234.567 hồ sơ.', expect: [['dossiers_received', 1234567]] },
    { text: 'Năm 2023, tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh đạt 98,2%.', expect: [['on_time_rate', 98.2]] },
    { text: 'Năm 2023, tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh đạt 98.2%.', expect: [['on_time_rate', 98.2]] },
    { text: 'Năm 2023, tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,25 phần trăm.', expect: [['on_time_rate', 99.25]] },
    { text: 'Trong quý I, cấp xã giải quyết 2.280 hồ sơ, trong đó đúng hạn 2.274, quá hạn 06.', expect: [['dossiers_overdue', 6]] },
    { text: 'Năm 2022, Trung tâm đã tiếp nhận 10,18 ngàn hồ sơ.', expect: [['dossiers_received', 10180]] },
    { text: 'Năm 2022, toàn tỉnh tiếp nhận gần 49 nghìn hồ sơ trực tuyến.', expect: [['dossiers_online', 49000, { approx: 'approx' }]] },
    { text: 'Năm 2022, toàn tỉnh tiếp nhận hơn 1,2 triệu hồ sơ.', expect: [['dossiers_received', 1200000, { approx: 'gt' }]] },
    { text: 'Trên 7.600 hồ sơ bị quá hạn trong quý I/2020', expect: [['dossiers_overdue', 7600, { approx: 'gt', period: '2020-01-01..2020-03-31' }]] },
    { text: 'Năm 2021, huyện tiếp nhận khoảng 5.000 hồ sơ.', expect: [['dossiers_received', 5000, { approx: 'approx' }]] },
    { text: 'Năm 2021, huyện tiếp nhận xấp xỉ 5.000 hồ sơ.', expect: [['dossiers_received', 5000, { approx: 'approx' }]] },
    { text: 'Năm 2021, số hồ sơ quá hạn chỉ còn dưới 50 hồ sơ.', expect: [['dossiers_overdue', 50, { approx: 'lt' }]] },
    { text: 'Năm 2019, huyện đã giải quyết 1.850/2.000 hồ sơ.', expect: [['dossiers_resolved', 1850], ['dossiers_received', 2000]] },
    { text: 'Năm 2023, UBND huyện tiếp nhận 12,341 hồ sơ.', expect: [['dossiers_received', 12341]] },
    { text: 'Năm 2023, toàn tỉnh tiếp nhận 90 349 hồ sơ, đã giải quyết 1 098 hồ sơ.', expect: [['dossiers_received', 90349], ['dossiers_resolved', 1098]], only: true },
    // the number scanner on real text: a figure glued to its verb, a score after "ở mức" (F14)
    { family: 'F14', text: '6 tháng đầu năm 2016, Trung tâm Hành chính công tỉnh giải quyết được14.292 hồ sơ.', published: '2016-07-10', expect: [['dossiers_resolved', 14292]] },
    { family: 'F14', text: 'Năm 2023, Chỉ số SIPAS của cả nước ở mức 82,66%.', published: '2024-04-18', expect: [['sipas_score', 82.66]] },
  ],
  negatives: [
    { text: 'Tổng số lượt truy cập: 44540891\nSố người đang truy cập: 70' },
    { text: 'Thống kê truy cập / Trực tuyến : 5257 / Đã truy cập : 43590091' },
    { text: 'Thực hiện Chương trình 08-CTr/TU của Thành ủy và Nghị định số 130 về giải quyết hồ sơ.' },
    { text: 'Theo Quyết định số 93/2007/QĐ-TTg, hồ sơ được tiếp nhận tại Bộ phận một cửa.' },
    { text: 'Ngày 12/7, Đoàn kiểm tra đã làm việc tại huyện về tiếp nhận hồ sơ.' },
    { text: 'Từ 2.1.2018 đến 17.5.2018 huyện tiếp nhận hồ sơ theo quy trình mới.', metrics: ['dossiers_received'] },
    { text: 'Cập nhật lúc 08:48, Thứ Năm, 12/07/2018 (GMT+7): hồ sơ tiếp nhận tại một cửa.' },
    { text: 'Đường dây nóng tiếp nhận phản ánh về TTHC: 0254 3826 567.' },
    { text: 'Mọi thắc mắc về hồ sơ xin liên hệ điện thoại 0273.3871.234 hoặc 02733 871 234.' },
    { text: 'Thống kê truy cập\nĐang trực tuyến: 23\nHôm nay: 1.204' },
    { text: '1. Kết quả tiếp nhận hồ sơ\n2. Kết quả giải quyết hồ sơ' },
    { text: 'Các cơ quan chuyên môn áp dụng Hệ thống quản lý chất lượng TCVN ISO 9001:2015 trong giải quyết hồ sơ.' },
    { text: 'Năm 2023, UBND huyện đã tiếp nhận và xử lý 5.658/5.658 văn bản đến điện tử.' },
    { text: 'Đến nay có 12/12 cơ quan chuyên môn tiếp nhận hồ sơ qua phần mềm.' },
    { text: 'Trong năm 2023, không có hồ sơ quá hạn.' },
  ],
};
