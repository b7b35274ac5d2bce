// Index announcements: PAR Index (Chỉ số CCHC), SIPAS and the service index; what is not an index result.
import type { Corpus } from '../corpus.ts';

export const corpus: Corpus = {
  family: 'indices',
  examples: [
    { text: 'Năm 2017, chỉ số CCHC của huyện Bắc Yên đạt 88 điểm, mặc dù tăng 2,63 điểm so với năm 2016 và xếp hạng 11/12 huyện, thành phố.',
      expect: [['par_index_score', 88, { period: '2017-01-01..2017-12-31' }], ['par_index_change', 2.63], ['par_index_rank', 11, { of: 12, period: '2017-01-01..2017-12-31' }]], only: true },
    { text: 'Chỉ số CCHC năm 2023 của tỉnh Tiền Giang đạt 88,52%, xếp thứ 15/63 tỉnh, thành phố, tăng 5 bậc so với năm 2022.', published: '2024-05-10',
      expect: [['par_index_score', 88.52, { place: 'tỉnh Tiền Giang', period: '2023-01-01..2023-12-31' }], ['par_index_rank', 15, { of: 63 }], ['par_rank_change', 5]], only: true },
    { text: 'PAR Index 2022 của Quảng Ninh đạt 91,92%, đứng đầu cả nước.', published: '2023-05-30',
      expect: [['par_index_score', 91.92, { place: 'tỉnh Quảng Ninh' }], ['par_index_rank', 1, { place: 'tỉnh Quảng Ninh' }]] },
    { text: 'Năm 2022, Chỉ số CCHC của tỉnh giảm 7 bậc, xếp thứ 40/63.', published: '2023-06-01', expect: [['par_rank_change', -7], ['par_index_rank', 40, { of: 63 }]] },
    { text: 'Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2023 của tỉnh đạt 84,56%, xếp thứ 20/63, tăng 6 bậc.', published: '2024-05-10',
      expect: [['sipas_score', 84.56], ['sipas_rank', 20, { of: 63 }], ['sipas_rank_change', 6]] },
    { text: 'Chỉ số SIPAS năm 2021 của tỉnh đạt 85,12%, tăng 2,58% so với năm 2020.', published: '2022-04-10', expect: [['sipas_score', 85.12], ['sipas_change', 2.58]] },
    { text: 'Năm 2023, Chỉ số CCHC của tỉnh Đồng Tháp đạt 89,5%, đứng thứ 3 khu vực Đồng bằng sông Cửu Long.', published: '2024-05-10',
      expect: [['par_index_rank', 3, { among: 'khu vực đồng bằng sông cửu long' }]] },
    { text: 'Năm 2023, giá trị trung bình Chỉ số CCHC của 63 tỉnh, thành phố đạt 85,44%.', published: '2024-05-10',
      expect: [['par_index_score', 85.44, { aggregate: 'mean', place: 'quốc gia Việt Nam' }]] },
    { text: 'Chỉ số CCHC năm 2022 của tỉnh đạt 86,1%. Với kết quả này, tỉnh xếp thứ 12/63 tỉnh, thành phố.', published: '2023-06-01',
      expect: [['par_index_score', 86.1], ['par_index_rank', 12, { of: 63, period: '2022-01-01..2022-12-31' }]] },
    { text: 'Kết quả Chỉ số CCHC năm 2023 của các sở, ngành: Sở Tư pháp xếp thứ 1/19 với 92,5 điểm.', published: '2024-03-01',
      expect: [['par_index_rank', 1, { of: 19, agency: 'Sở Tư pháp' }], ['par_index_score', 92.5, { agency: 'Sở Tư pháp' }]] },
    { text: 'Năm 2023, Chỉ số phục vụ người dân, doanh nghiệp của tỉnh đạt 85,6 điểm, xếp hạng 10/63.', published: '2024-03-01',
      expect: [['service_index_score', 85.6], ['service_index_rank', 10, { of: 63 }]] },
    { text: 'Chỉ số CCHC năm 2021 của thị xã đạt 89,65 điểm, dẫn đầu khối huyện, thị xã, thành phố.', published: '2022-03-01', expect: [['par_index_score', 89.65], ['par_index_rank', 1]] },
    // a rank implied by order (tiếp theo là) is no fact; the leader's is
    { text: 'Quảng Ninh đứng đầu Chỉ số CCHC năm 2023, tiếp theo là Hải Phòng, Bắc Giang.', published: '2024-05-10', expect: [['par_index_rank', 1, { place: 'tỉnh Quảng Ninh' }]], only: true },
  ],
  negatives: [
    { text: 'Trong 9 chỉ số thành phần CCHC, có 5 chỉ số thành phần đạt điểm tối đa.' },
    { text: 'Năm 2023, chỉ số PCI của tỉnh đạt 68,5 điểm, xếp thứ 10/63.' },
    { text: 'Năm 2023, 9 sở đạt trên 90% trong Chỉ số CCHC; 63/63 tỉnh đạt trên 80%.', metrics: ['par_index_score', 'par_index_rank'] },
    { text: 'Năm 2023, Chỉ số CCHC của tỉnh ở lĩnh vực thành phần cải cách thủ tục hành chính đạt 12,5/13 điểm.' },
  ],
};
