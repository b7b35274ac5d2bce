// Index announcements: PAR Index (Chỉ số CCHC), SIPAS and the service index; what is not an index result.
import type { Corpus } from '../corpus.ts';

export const corpus: Corpus = {
  family: 'indices',
  examples: [
    // last of the pool the sentence names, the unit named after "xếp cuối cùng là"
    { rule: 'indices/rank-last', text: 'Trong số 17 sở, ban, ngành được đánh giá, xếp hạng Chỉ số cải cách hành chính năm 2015, Văn phòng UBND tỉnh là đơn vị dẫn đầu với 92.50 điểm; xếp cuối cùng là Ban Dân tộc với kết quả Chỉ số đạt 51.00 điểm.', published: '2016-12-20', url: 'https://dienbien.gov.vn/x',
      expect: [['par_index_rank', 17, { of: 17, agency: 'Ban Dân tộc' }], ['par_index_rank', 1, { of: 17 }], ['par_index_score', 92.5], ['par_index_score', 51]], only: true },
    // names before "lần lượt xếp thứ hạng cao nhất", with no count, hold ranks 1, 2, 3 in turn; a lead-in is no name
    { rule: 'indices/top-in-turn', text: 'Năm 2023, Chỉ số cải cách hành chính: kết quả xếp hạng cho thấy, đối với nhóm của bộ, ngành, Bộ Tư pháp, Ngân hàng Nhà nước Việt Nam và Bộ Tài chính lần lượt xếp thứ hạng cao nhất.', published: '2024-04-17',
      expect: [['par_index_rank', 1, { agency: 'Bộ Tư pháp', place: 'quốc gia Việt Nam' }], ['par_index_rank', 2, { agency: 'Ngân hàng Nhà nước Việt Nam' }], ['par_index_rank', 3, { agency: 'Bộ Tài chính' }]], only: true },
    // "vị thứ" is a rank word; a list of years before the rank gives a fact for each
    { rule: 'indices/rank-word', text: 'Cũng theo báo cáo phân tích Chỉ số cải cách hành chính năm 2018 của thành phố Tam Kỳ, xếp hạng của Tam Kỳ so với các địa phương khác trong năm 2016, 2017 xếp vị thứ nhất; năm 2018 vị thứ nhì.', published: '2019-08-10', url: 'https://tamky.quangnam.gov.vn/x',
      expect: [['par_index_rank', 1, { period: '2016-01-01..2016-12-31' }], ['par_index_rank', 1, { period: '2017-01-01..2017-12-31' }], ['par_index_rank', 2, { period: '2018-01-01..2018-12-31' }]], only: true },
    // after a sentence that only names several indices, the one the document names most is carried
    { text: 'Chỉ số cải cách hành chính của tỉnh Kon Tum năm 2023 tăng 12 bậc\n\nSáng 17/4, Ban Chỉ đạo tổ chức Hội nghị công bố Chỉ số hài lòng về sự phục vụ hành chính năm 2023 (SIPAS) và Chỉ số cải cách hành chính năm 2023 (PAR INDEX) của các bộ, ngành, địa phương.\n\nĐối với nhóm địa phương, tỉnh Quảng Ninh tiếp tục dẫn đầu. Chỉ số cải cách hành chính năm 2023 của tỉnh Kon Tum xếp hạng thứ 43/63.', published: '2024-04-17', url: 'https://kontumtoday.net/x.html',
      expect: [['par_index_rank', 1, { place: 'tỉnh Quảng Ninh' }], ['par_index_rank', 43, { of: 63, place: 'tỉnh Kon Tum' }]] },
    // the value in brackets stands between the lead and its pool
    { text: 'Năm 2020, Ngân hàng Nhà nước là đơn vị có Chỉ số cải cách hành chính cao nhất (95,88%) trong 17 bộ, cơ quan ngang bộ.', published: '2021-06-24',
      expect: [['par_index_rank', 1, { of: 17 }], ['par_index_score', 95.88]], only: true },
    // a ranking named by its table ("bảng xếp hạng cải cách hành chính") makes the document's index; "tỷ lệ chỉ số" is the
    // index as a share; the maximum a unit could reach is the scale; "Đối với 10, huyện" counts units
    { text: 'Trong số 19 sở, ngành được xếp hạng, có tới 18 đơn vị xếp loại tốt, trong đó sở Nội vụ đạt 93,95 điểm, tỷ lệ chỉ số đạt 95,27%. Với tổng điểm 93.76, nhưng với điểm chuẩn tối đa là 95 điểm/98.5 điểm của các sở ngành khác, Văn phòng UBND tỉnh Bình Thuận đứng đầu bảng xếp hạng cải cách hành chính 2018 với tỷ lệ chỉ số đạt 98,7%.\n\nĐối với 10, huyện, thị trong tỉnh, chỉ có 2 huyện là Đức Linh (tỷ lệ chỉ số 89,33%) và Bắc Bình (tỷ lệ chỉ số 83,68%) xếp loại tốt. Căn cứ kết quả Chỉ số cải cách hành chính năm 2018, các sở rà soát.', published: '2019-05-10', url: 'https://baobinhthuan.com.vn/x',
      expect: [['par_index_score', 93.95], ['par_index_score', 95.27], ['par_index_score', 93.76], ['par_index_score', 98.7], ['par_index_rank', 1], ['par_index_score', 89.33, { place: 'huyện Đức Linh' }], ['par_index_score', 83.68, { place: 'huyện Bắc Bình' }]], only: true },
    // bodies named by what they lack are no denial of the figure
    { text: 'Theo công bố, trong năm 2023, Chỉ số cải cách hành chính trung bình của khối các đơn vị thuộc Bộ không có chức năng giải quyết thủ tục hành chính đạt 83,18%; khối các đơn vị thuộc Bộ có chức năng giải quyết thủ tục hành chính đạt 86,72%.', published: '2023-11-10', url: 'https://plo.vn/bo-cong-an-cong-bo-x-post761744.html',
      expect: [['par_index_score', 83.18, { aggregate: 'mean' }], ['par_index_score', 86.72]], only: true },
    // after "trong đó" a unit of the mean has its own value, placed where it is named; a bloc after it stays a mean
    { text: 'Đối với UBND 30 quận, huyện, thị xã, Chỉ số cải cách hành chính năm 2019 trung bình đạt từ 83% trở lên, trong đó quận Cầu Giấy có chỉ số cao nhất (95,61%), tiếp đến các quận Long Biên (95,56%), Đống Đa (94,93%)…', published: '2020-05-05', url: 'https://hanoi.gov.vn/x',
      expect: [['par_index_score', 95.61, { place: 'quận Cầu Giấy', aggregate: null }], ['par_index_score', 95.56, { place: 'quận Long Biên', aggregate: null }], ['par_index_score', 94.93, { place: 'quận Đống Đa' }], ['par_index_rank', 1, { of: 30, place: 'quận Cầu Giấy' }]], only: true },
    // a sub-score beside its total, and the sub-score's change, are parts; the total after its parts is the index's, the
    // component named among the parts no index of the sentence
    { rule: 'indices/score', text: 'Năm 2021, chỉ số CCHC của thành phố Yên Bái tăng. Kết quả điểm tài liệu kiểm chứng thành phố được 62.88 điểm, đánh giá tác động của CCHC qua phiếu điều tra xã hội học đạt 24.42 điểm, điểm chỉ số hài lòng đạt 8.135 điểm, tổng điểm là 95.44 điểm, đạt tỷ lệ 95,44% cao nhất trong khối các huyện, thị xã, thành phố.', published: '2022-06-17',
      expect: [['par_index_score', 95.44, { period: '2021-01-01..2021-12-31' }], ['par_index_rank', 1]], only: true },
    { rule: 'indices/score', text: 'Chỉ số CCHC năm 2022 của TP Hà Nội: ở khối Sở, kết quả trung bình năm 2022 là 85,73%, tăng 3,78% so với năm 2021. Trong đó, điểm thẩm định trung bình năm 2022 đạt 84,19%, so với năm 2021 tăng 5,43%, điểm điều tra xã hội học trung bình năm 2022 đạt 89,19%, tăng 0,04% so với năm 2021.', published: '2023-03-23',
      expect: [['par_index_score', 85.73, { aggregate: 'mean' }], ['par_index_change', 3.78]], only: true },
    // after the exact score, a bound the score passes is no second score (F06)
    { family: 'F06', text: 'Năm 2021, Chỉ số CCHC của các tỉnh, thành phố có giá trị trung bình đạt 86,37%, cao hơn 2,65% so với năm 2020 và có năm thứ 3 liên tiếp đạt giá trị trung bình trên 80%.', published: '2022-05-25',
      expect: [['par_index_score', 86.37, { aggregate: 'mean' }], ['par_index_change', 2.65]], only: true },
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
    { text: 'Theo đó, Quảng Ninh dẫn đầu cả nước về Chỉ số CCHC với 91,05%. Xếp thứ hai là thành phố Hải Phòng với 88,90%; tiếp theo là Đồng Tháp (87,86%).', published: '2020-05-20',
      expect: [['par_index_rank', 2, { place: 'thành phố Hải Phòng' }], ['par_index_score', 88.9, { place: 'thành phố Hải Phòng' }], ['par_index_score', 87.86, { place: 'tỉnh Đồng Tháp' }]] },
    { text: 'Chỉ số CCHC năm 2022: tỉnh Quảng Ngãi đứng cuối trong 63 tỉnh, thành phố với 75,68%.', published: '2023-05-31', expect: [['par_index_rank', 63, { of: 63 }], ['par_index_score', 75.68]] },
    { text: 'Chỉ số CCHC năm 2018 của tỉnh Long An đạt 78,52%, xếp hạng 22/63; đứng thứ 4 trong 13 tỉnh, thành phố khu vực Đồng bằng sông Cửu Long.', published: '2019-05-20',
      expect: [['par_index_rank', 22, { of: 63 }], ['par_index_rank', 4, { of: 13 }]], only: false },
    { text: 'Năm 2022, Chỉ số SIPAS cả nước đạt 80,08%.', published: '2023-05-31', expect: [['sipas_score', 80.08, { place: 'quốc gia Việt Nam' }]] },
    { text: 'Đối với khối bộ, Ngân hàng Nhà nước Việt Nam dẫn đầu Chỉ số CCHC với 90,56%.', published: '2023-05-31', expect: [['par_index_score', 90.56, { place: 'quốc gia Việt Nam' }]] },
    { text: 'Đối với Chỉ số SIPAS 2023, Hậu Giang đạt 82,46%, xếp thứ 31/63.', published: '2024-05-09', expect: [['sipas_score', 82.46, { period: '2023-01-01..2023-12-31' }], ['sipas_rank', 31, { of: 63, period: '2023-01-01..2023-12-31' }]] },
    { text: 'Năm 2023, Chỉ số CCHC của huyện đạt 88,56 điểm, xếp thứ 3/9, tăng 3 bậc so với năm 2022 (xếp thứ 6/9).', published: '2025-01-08', expect: [['par_index_rank', 3, { of: 9, period: '2023-01-01..2023-12-31' }], ['par_index_rank', 6, { of: 9, period: '2022-01-01..2022-12-31' }]] },
    { text: 'Chỉ số CCHC của tỉnh: năm 2016 xếp thứ 9, năm 2017 thứ 6, năm 2018 thứ 3, năm 2019 thứ 5 và năm 2020 xếp thứ 2/63.', published: '2021-06-10', expect: [['par_index_rank', 5, { period: '2019-01-01..2019-12-31' }], ['par_index_rank', 2, { of: 63, period: '2020-01-01..2020-12-31' }]] },
    { text: 'Theo kết quả, giá trị trung bình Chỉ số CCHC năm 2023 của các tỉnh đạt 87,16%, tăng 2,70% so với năm 2022.', published: '2024-04-09',
      expect: [['par_index_score', 87.16, { place: 'quốc gia Việt Nam', aggregate: 'mean' }], ['par_index_change', 2.7, { place: 'quốc gia Việt Nam', aggregate: 'mean' }]], only: true },
    // an index named earlier does not claim a dossier rate
    { text: 'Năm 2024, tỉnh đưa Chỉ số CCHC vào nhóm khá.\n\nKết quả giải quyết TTHC năm 2023: tiếp nhận 456.789 hồ sơ, giải quyết đúng hạn 99,12%.', published: '2023-12-15',
      expect: [['dossiers_received', 456789], ['on_time_rate', 99.12]], only: true },
    { text: 'An Giang xếp thứ 14/63 về Chỉ số CCHC năm 2021 với 85,12%, tăng 7 bậc so với năm 2020 (xếp thứ 21/63, đạt 83,05%), đứng thứ 3 khu vực Đồng bằng sông Cửu Long.', published: '2022-06-03',
      expect: [['par_index_rank', 14, { period: '2021-01-01..2021-12-31' }], ['par_index_rank', 21, { period: '2020-01-01..2020-12-31' }], ['par_index_score', 83.05, { period: '2020-01-01..2020-12-31' }], ['par_index_rank', 3, { period: '2021-01-01..2021-12-31' }]] },
    { text: 'Chỉ số CCHC năm 2018 của tỉnh Long An đạt 80,12%, tăng 1,96% so với năm 2017 (năm 2017 đạt 78,16%), xếp hạng 18/63 tỉnh, thành phố.', published: '2019-06-05',
      expect: [['par_index_score', 78.16, { period: '2017-01-01..2017-12-31' }], ['par_index_rank', 18, { of: 63, period: '2018-01-01..2018-12-31' }]] },
    { text: 'Năm 2023, Sở Y tế đứng cuối bảng xếp hạng 19 sở, cơ quan thuộc UBND tỉnh về Chỉ số CCHC với 72,10 điểm.', published: '2024-03-01', expect: [['par_index_rank', 19, { of: 19 }], ['par_index_score', 72.1]], only: true },
    // two units leading together: rank 1 each (F19)
    { family: 'F19', text: 'Văn phòng UBND tỉnh và thành phố Yên Bái tiếp tục dẫn đầu bảng xếp hạng chỉ số cải cách hành chính năm 2021.', published: '2022-03-01',
      expect: [['par_index_rank', 1, { agency: 'Văn phòng UBND tỉnh' }], ['par_index_rank', 1, { agency: null }]], only: true },
    // a rank held over years the text writes out is a fact of each year; without the years, of the year reported
    { text: 'Sở Tư pháp dẫn đầu bảng xếp hạng Chỉ số cải cách hành chính trong 3 năm liên tiếp, từ 2019 đến 2021.', published: '2022-03-01',
      expect: [['par_index_rank', 1, { period: '2019-01-01..2019-12-31' }], ['par_index_rank', 1, { period: '2020-01-01..2020-12-31' }], ['par_index_rank', 1, { period: '2021-01-01..2021-12-31' }]], only: true },
    { text: 'Năm 2021, Sở Tư pháp 3 năm liên tiếp dẫn đầu bảng xếp hạng Chỉ số cải cách hành chính.', published: '2022-03-01',
      expect: [['par_index_rank', 1, { period: '2021-01-01..2021-12-31' }]], only: true },
    // from→to without a change word right before it: a move up or down (F10)
    { family: 'F10', text: 'Chỉ số CCHC năm 2022 của tỉnh giảm nhẹ, gần 1 điểm % so với năm 2021,  từ 87,61% xuống 86,78% (trên tổng điểm tối đa 100).', published: '2023-06-01',
      expect: [['par_index_change', -1], ['par_index_score', 87.61, { period: '2021-01-01..2021-12-31' }], ['par_index_score', 86.78, { period: '2022-01-01..2022-12-31' }]], only: true },
    { family: 'F10', text: 'Năm 2022, thứ hạng Chỉ số CCHC vẫn tăng 2 bậc, từ vị trí 15 lên 13 trong cả nước.', published: '2023-06-01',
      expect: [['par_rank_change', 2], ['par_index_rank', 15, { period: '2021-01-01..2021-12-31' }], ['par_index_rank', 13, { period: '2022-01-01..2022-12-31' }]], only: true },
    // shares of units counted and the scale are no scores (F06)
    { family: 'F06', text: 'Chỉ số CCHC năm 2022 của tỉnh Sơn La đạt 84,79 (%/100 điểm tối đa). Cả nước có 10 tỉnh (15,87%) tăng điểm, 53 tỉnh (84,13%) giảm điểm.', published: '2023-06-01',
      expect: [['par_index_score', 84.79]], only: true },
    // a level after "tăng với tỷ lệ"; a year in a closed bracket dates only the bracket (F21)
    { family: 'F21', text: 'Chỉ số hài lòng của người dân (SIPAS) năm 2021, tỉnh Yên Bái tiếp tục tăng với tỷ lệ hài lòng 89,24%, tăng 0,63% (năm 2020 là 88,61%), xếp thứ 14/63 tỉnh, thành phố.', published: '2022-06-01',
      expect: [['sipas_score', 89.24, { period: '2021-01-01..2021-12-31' }], ['sipas_change', 0.63], ['sipas_score', 88.61, { period: '2020-01-01..2020-12-31' }], ['sipas_rank', 14, { of: 63, period: '2021-01-01..2021-12-31' }]], only: true },
    // in a SIPAS ranking of units, the satisfaction rate is the unit's SIPAS (F17)
    { family: 'F17', text: 'Tỉnh Lào Cai vừa công bố Chỉ số hài lòng của người dân (SIPAS) năm 2023. Theo đó, huyện Si Ma Cai đứng thứ nhất với tỷ lệ hài lòng đạt 86,91%.', published: '2024-03-05',
      expect: [['sipas_score', 86.91, { place: 'huyện Si Ma Cai' }], ['sipas_rank', 1]], only: true },
    // ... but a one-stop satisfaction rate after a SIPAS mention stays a rate
    { text: 'Tỉnh Lào Cai vừa công bố Chỉ số SIPAS năm 2023. Năm 2023, tỷ lệ hài lòng của người dân tại Bộ phận một cửa huyện Bảo Yên đạt 99,5%.', published: '2024-03-05',
      expect: [['satisfaction_rate', 99.5]] },
    { family: 'F06', text: 'Năm 2022, 03 huyện có nhiều phòng chuyên môn có Chỉ số đánh giá công tác cải cách hành chính xếp loại tốt như huyện Bắc Hà, Bảo Yên (9/12 đạt 75%); Thị xã Sa Pa (1/12 phòng đạt 8,33%).', published: '2023-03-01',
      expect: [], only: true },
    // a stage of the assessment is no index score (F17)
    { family: 'F17', text: 'Chỉ số CCHC năm 2020: kết quả tự đánh giá, chấm điểm trung bình của khối Sở là 64,75 điểm. Huyện Vĩnh Linh xếp thứ 3 trong 10 huyện với số điểm được các sở ngành cấp tỉnh thẩm định là 86,39.', published: '2021-05-01',
      expect: [['par_index_rank', 3, { of: 10 }]], only: true },
    // a bound all units pass is a threshold, no score (F06)
    { family: 'F06', text: 'Chỉ số CCHC năm 2022: tất cả địa phương đều đạt chỉ số cải cách hành chính trên 80%.', published: '2023-05-01', expect: [], only: true },
    { text: 'Chỉ số CCHC năm 2022 của tỉnh Long An đạt trên 90%.', published: '2023-05-01', expect: [['par_index_score', 90]] },
    // a carried index survives a tail about procedures after the sentence's figures (F17)
    { family: 'F17', text: 'Theo kết quả công bố Chỉ số cải cách hành chính - Par Index 2020, tỉnh Tây Ninh tăng 17 bậc so với năm 2019.\n\nTheo đó, Tây Ninh xếp thứ 27 với 84,59%, thuộc nhóm B (đạt kết quả chỉ số từ 80% đến dưới 90%, có 56 tỉnh, thành phố trong nhóm này) từ bước đột phá cải cách thủ tục hành chính của trung tâm phục vụ hành chính công.', published: '2021-06-01',
      expect: [['par_rank_change', 17], ['par_index_rank', 27], ['par_index_score', 84.59]], only: true },
    // a place over its pool in the compared year's brackets, with no rank word (F21)
    { family: 'F21', text: 'Năm 2023, chỉ số cải cách hành chính của tỉnh Quảng Trị đạt 86,25/100 điểm, xếp thứ 41/63 tỉnh, thành; tăng 11 bậc so với năm 2022 (52/63 tỉnh, xếp thứ 5/6 tỉnh Bắc Trung bộ).', published: '2024-05-01',
      expect: [['par_index_rank', 41, { of: 63 }], ['par_index_rank', 52, { of: 63, period: '2022-01-01..2022-12-31' }], ['par_index_rank', 5, { of: 6, period: '2022-01-01..2022-12-31' }], ['par_rank_change', 11], ['par_index_score', 86.25]], only: true },
    // a lead said of "both indices" is rank 1 in each (F17)
    { family: 'F17', text: 'Năm 2019, tỉnh Quảng Ninh có Chỉ số CCHC đạt 90,5% và Chỉ số SIPAS đạt 88%. Cả hai chỉ số này, Quảng Ninh đều là địa phương đứng đầu.', published: '2020-05-01',
      expect: [['par_index_rank', 1], ['sipas_rank', 1]] },
    // the service index is a running score: undated, it is the score to the day of publication; named by the portal
    { text: 'Đến nay tỉnh Đồng Nai được Cổng dịch vụ công quốc gia đánh giá kết quả triển khai thực hiện nghị quyết cơ chế một cửa đạt 92,2/100 điểm, xếp hạng 3/34 tỉnh, thành phố.', published: '2025-12-03',
      expect: [['service_index_score', 92.2, { period: '..2025-12-03' }], ['service_index_rank', 3, { of: 34, period: '..2025-12-03' }]], only: true },
    // a bracket opened on the compared year holds that year's level, not the change (F03)
    { family: 'F03', text: 'Chỉ số SIPAS năm 2024 của tỉnh Bắc Kạn đạt 76,2%. Mặc dù tăng nhẹ so với năm 2023 (75,03%), tỉnh Bắc Kạn vẫn đứng cuối bảng xếp hạng.', published: '2025-04-01',
      expect: [['sipas_score', 76.2, { period: '2024-01-01..2024-12-31' }], ['sipas_score', 75.03, { period: '2023-01-01..2023-12-31' }]], only: true },
    // a rank word takes the index named right after it (F17)
    { family: 'F17', text: 'Năm 2022, Sở Nội vụ xếp thứ nhất về Chỉ số cải cách hành chính năm 2022; Sở Giáo dục và Đào tạo xếp thứ nhất về kết quả Chỉ số hài lòng của người dân.', published: '2023-05-01',
      expect: [['par_index_rank', 1, { agency: 'Sở Nội vụ' }], ['sipas_rank', 1, { agency: 'Sở Giáo dục và Đào tạo' }]], only: true },
    // "cao nhất" after "chỉ số cải cách" ("các" inside "cách" is no group word); a question ranks no one (F19)
    { family: 'F19', text: 'Sở Tài chính Hà Nội có Chỉ số cải cách hành chính năm 2020 đạt cao nhất với tổng điểm đạt 92,76 điểm.', published: '2021-05-10', expect: [['par_index_rank', 1], ['par_index_score', 92.76]], only: true },
    { family: 'F19', text: 'Hai tỉnh nào có chỉ số cải cách hành chính năm 2020 cao nhất?', published: '2021-05-10', expect: [], only: true },
    // the top or bottom unit left unnamed: its figure is no one's; named after "là", it is that unit's (F11)
    { family: 'F11', text: 'Năm 2022, chỉ số SIPAS của tỉnh Vĩnh Long đạt 81,75%; khoảng cách giữa tỉnh với đơn vị cao nhất cả nước là 12,93% (tỉnh cao nhất cả nước 91,10%). Vĩnh Long đứng thứ 11/13 (tỉnh có mức độ hài lòng cao nhất khu vực đạt 86,58% và tỉnh thấp nhất đạt 80,21%).', published: '2023-05-01',
      expect: [['sipas_score', 81.75], ['sipas_rank', 11, { of: 13 }]], only: true },
    { family: 'F11', text: 'Chỉ số SIPAS năm 2022: tỉnh có chỉ số cao nhất là Quảng Ninh với 90,5%.', published: '2023-05-01', expect: [['sipas_score', 90.5, { place: 'tỉnh Quảng Ninh' }]] },
    // one change word for two coordinated amounts (F03)
    { family: 'F03', text: 'Năm 2021, Hà Nam ở vị trí 60/63 tỉnh, thành phố về chỉ số PAR INDEX với 81,51 điểm (giảm 17 bậc và 1,94 điểm so với năm 2020).', published: '2022-06-01',
      expect: [['par_index_rank', 60, { of: 63 }], ['par_index_score', 81.51], ['par_rank_change', -17], ['par_index_change', -1.94]], only: true },
    // ranks in turn: the k-th name of the list holds rank k (F20)
    { family: 'F20', text: 'Kết quả Chỉ số cải cách hành chính năm 2022 của các sở, 5 vị trí đứng đầu lần lượt là: Sở Tư pháp, Sở Giáo dục và Đào tạo, Sở Nội vụ, Sở Tài chính, Sở Giao thông vận tải.', published: '2023-03-01',
      expect: [['par_index_rank', 1, { agency: 'Sở Tư pháp' }], ['par_index_rank', 2, { agency: 'Sở Giáo dục và Đào tạo' }], ['par_index_rank', 5, { agency: 'Sở Giao thông vận tải' }]] },
    { family: 'F20', text: 'Văn phòng UBND tỉnh, Sở Giao thông vận tải, Sở Giáo dục và Đào tạo lần lượt chiếm 3 vị trí đầu tiên trong bảng xếp hạng chỉ số cải cách hành chính năm 2021.', published: '2022-03-01',
      expect: [['par_index_rank', 1], ['par_index_rank', 2, { agency: 'Sở Giao thông vận tải' }], ['par_index_rank', 3, { agency: 'Sở Giáo dục và Đào tạo' }]], only: true },
    // a list that does not hold as many names as places is no ranking
    { text: 'Chỉ số cải cách hành chính năm 2022: 3 vị trí dẫn đầu lần lượt là các sở Tư pháp và Nội vụ.', published: '2023-03-01', expect: [], only: true },
    // moved to a place written as a fraction; a last place is no date (F14)
    { family: 'F14', text: 'Chỉ số CCHC năm 2022: huyện Lâm Bình tụt xuống 5/7 địa phương, Yên Sơn năm 2021 xếp cuối 7/7 huyện, thành phố.', published: '2023-03-01', expect: [['par_index_rank', 5, { of: 7 }], ['par_index_rank', 7, { of: 7 }]], only: true },
    // the last place written out gives the pool's size (F20)
    { family: 'F20', text: 'Năm 2022, Ban Dân tộc tỉnh có chỉ số cải cách hành chính đạt 81.33% đứng vị trí thứ cuối bảng trong tổng số 20 Sở, ban ngành.', published: '2023-03-01', expect: [['par_index_rank', 20, { of: 20 }], ['par_index_score', 81.33]], only: true },
    { family: 'F20', text: 'Chỉ số CCHC năm 2022 của các sở: Sở Y tế vị trí cuối cùng - thứ 19.', published: '2023-03-01', expect: [['par_index_rank', 19, { of: 19 }]], only: true },
    { family: 'F20', text: 'Chỉ số CCHC năm 2020: xếp thứ 19 cuối bảng là Ban Quản lý các khu công nghiệp.', published: '2021-03-01', expect: [['par_index_rank', 19, { of: 19 }]], only: true },
    // a rank implied by order (tiếp theo là) is no fact; the leader's is
    { text: 'Quảng Ninh đứng đầu Chỉ số CCHC năm 2023, tiếp theo là Hải Phòng, Bắc Giang.', published: '2024-05-10', expect: [['par_index_rank', 1, { place: 'tỉnh Quảng Ninh' }]], only: true },
    // changes said with a comparative, a superlative or a bracket are changes, never scores (real-errors F03)
    { text: 'Chỉ số CCHC năm 2024 có giá trị trung bình toàn quốc đạt mức cao kỷ lục 88,37%, cao hơn 1,39% so với năm 2023.', published: '2025-05-10',
      expect: [['par_index_score', 88.37, { aggregate: 'mean' }], ['par_index_change', 1.39]], only: false },
    { family: 'F03', text: 'Chỉ số CCHC năm 2024: có 53 địa phương ghi nhận mức tăng, trong đó, tỉnh Bình Thuận tăng mạnh nhất với 6,39%; Lai Châu có mức tăng thấp nhất là 0,19%.', published: '2025-05-10',
      expect: [['par_index_change', 6.39, { place: 'tỉnh Bình Thuận' }], ['par_index_change', 0.19]], only: true },
    { text: 'Chỉ số CCHC của 53 địa phương tăng so với năm 2023, tăng cao nhất là Bình Thuận (6,39%), tăng thấp nhất là Lai Châu (0,19%).', published: '2025-05-10',
      expect: [['par_index_change', 6.39], ['par_index_change', 0.19]], only: true },
    { text: 'Chỉ số CCHC có 9 địa phương giảm, nơi giảm nhiều nhất là 2,94% và ít nhất là 0,21%.', published: '2025-05-10',
      expect: [['par_index_change', -2.94]] },
    { text: 'Chỉ số CCHC của tỉnh tăng lên 88,1%, xếp thứ 12/63.', published: '2025-05-10', expect: [['par_index_score', 88.1], ['par_index_rank', 12, { of: 63 }]] },
    // a region is a place: the mean of its provinces (real-errors F02)
    { family: 'F02', text: 'Chỉ số CCHC năm 2023: giá trị trung bình cao nhất là vùng Đồng bằng sông Hồng với kết quả đạt 88,33%.', published: '2024-04-18',
      expect: [['par_index_score', 88.33, { place: 'vùng Đồng bằng sông Hồng', aggregate: 'mean' }]] },
    { text: 'Chỉ số CCHC năm 2023: tiếp theo là Trung du miền núi phía Bắc, đạt 87,72%.', published: '2024-04-18',
      expect: [['par_index_score', 87.72, { place: 'vùng Trung du và miền núi phía Bắc' }]] },
    // a component area's heading: the figures under it are the component's, until an index is named again (F13)
    { family: 'F13', text: 'Chỉ số CCHC năm 2023 tỉnh Kon Tum đạt 86,14 điểm.\n\n- Lĩnh vực Cải cách thể chế\n\nĐạt 9,42/10 điểm, chỉ số đạt 94,15%, xếp thứ 22/63 tỉnh thành, tăng 21 bậc so với năm 2022.', published: '2024-04-25',
      expect: [['par_index_score', 86.14]], only: true },
    { text: 'Chỉ số CCHC năm 2023 tỉnh Kon Tum đạt 86,14 điểm (gồm Chỉ số SIPAS đạt 8,5/10 điểm). Xếp hạng thứ 43/63 tỉnh, thành phố.', published: '2024-04-25',
      expect: [['par_index_score', 86.14], ['par_index_rank', 43, { of: 63 }]], only: true },
    { text: 'Bộ Nội vụ công bố Chỉ số xếp hạng cải cách hành chính (PAR index) năm 2022. Đứng đầu các bộ, ngành là Ngân hàng Nhà nước (91,77% điểm).', published: '2023-04-19',
      expect: [['par_index_score', 91.77]] },
    { text: 'Chỉ số SIPAS năm 2021: đứng thứ 2-3 tại ĐBSCL là tỉnh Đồng Tháp (đạt 89,51%) và Cà Mau (87,92%).', published: '2022-05-26',
      expect: [['sipas_score', 89.51], ['sipas_score', 87.92]] },
    { text: 'Đà Nẵng dẫn đầu chỉ số cải cách hành chính cấp tỉnh năm 2014 với tổng số điểm là 92.54.', published: '2015-05-10', expect: [['par_index_score', 92.54]] },
    // an article about one index: its figures take it even before it is named (F17)
    { family: 'F17', text: 'Về phía địa phương, Đà Nẵng dẫn đầu đạt 93,31 điểm. Hải Phòng duy trì vị trí thứ hai với 92,59 điểm. Đứng 3 vị trí cuối bảng là Kon Tum, Cao Bằng và Điện Biên.\n\nKết quả chỉ số CCHC năm 2015 của các địa phương cho thấy nhiều tiến bộ. Theo Bộ Nội vụ, chỉ số CCHC là công cụ quan trọng.', published: '2016-05-10',
      expect: [['par_index_score', 93.31, { place: 'thành phố Đà Nẵng' }], ['par_index_rank', 1, { place: 'thành phố Đà Nẵng' }], ['par_index_rank', 2, { place: 'thành phố Hải Phòng' }], ['par_index_score', 92.59]], only: true },
    { text: 'Giá trị trung bình chỉ số CCHC của 19 bộ, cơ quan ngang bộ đạt được là 85,3%, cao hơn so với năm 2014 là 8,31%.', published: '2016-05-10',
      expect: [['par_index_score', 85.3, { aggregate: 'mean' }], ['par_index_change', 8.31]], only: true },
    // the two ends of a change said from→to are levels, the first of the year before (F10)
    { family: 'F10', text: 'Riêng tỉnh Khánh Hòa, SIPAS 2021 của tỉnh tuy tăng từ 81,82% lên 84,4%, nhưng thứ hạng lại bị giảm từ 51/63 xuống 56/63 tỉnh, thành phố.', published: '2022-05-10',
      expect: [['sipas_score', 81.82, { period: '2020-01-01..2020-12-31' }], ['sipas_score', 84.4, { period: '2021-01-01..2021-12-31' }], ['sipas_rank', 51, { of: 63, period: '2020-01-01..2020-12-31' }], ['sipas_rank', 56, { of: 63, period: '2021-01-01..2021-12-31' }]], only: true },
    // ranks said in words at a clause's start, the ranking's size said once at the head (F20)
    { family: 'F20', text: 'Cụ thể, trong 21 sở, ban, ngành cấp tỉnh: Sở Thông tin và Truyền thông dẫn đầu chỉ số cải cách hành chính năm 2022 với 95,73 điểm; thứ hai là Văn phòng UBND tỉnh 95,43 điểm; thứ ba là Sở Nội vụ 95,39 điểm.', published: '2023-02-23',
      expect: [['par_index_rank', 1, { of: 21 }], ['par_index_rank', 2, { of: 21 }], ['par_index_rank', 3, { of: 21 }], ['par_index_score', 95.73], ['par_index_score', 95.43], ['par_index_score', 95.39]], only: true },
    { text: 'Chỉ số CCHC năm 2019 của tỉnh Tây Ninh đạt 80,05%, nằm vị trí số 44 (tăng 4 bậc so với 2018).', published: '2020-05-10',
      expect: [['par_index_score', 80.05], ['par_index_rank', 44], ['par_rank_change', 4]], only: true },
    { family: 'F16', text: 'Theo bảng xếp hạng chỉ số CCHC năm 2021, Văn phòng UBND tỉnh có tỷ lệ điểm số cao nhất 97,14%.', published: '2022-03-01', expect: [['par_index_score', 97.14]] },
    { family: 'F15', text: 'Về chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính Nhà nước (SIPAS), năm 2021 có 87,16% người dân, tổ chức hài lòng về sự phục vụ nói chung của cơ quan hành chính Nhà nước ở địa phương.', published: '2022-05-25',
      expect: [['sipas_score', 87.16]], only: true },
    { family: 'F15', text: 'Năm 2020, có 85,48% người dân, tổ chức hài lòng về sự phục vụ của cơ quan hành chính Nhà nước, cao hơn mức 84,45% của năm 2019.', published: '2021-05-10',
      expect: [['sipas_score', 85.48, { period: '2020-01-01..2020-12-31' }], ['sipas_score', 84.45, { period: '2019-01-01..2019-12-31' }]] },
    { family: 'F19', text: 'Ở chỉ số SIPAS, tỉnh Quảng Ninh dẫn đầu với kết quả đạt 90,61%; đứng thứ 2 tỉnh Thái Nguyên đạt 90,29%.', published: '2024-04-20',
      expect: [['sipas_rank', 2, { place: 'tỉnh Thái Nguyên' }], ['sipas_score', 90.29, { place: 'tỉnh Thái Nguyên' }]] },
    { family: 'F17', text: 'Chỉ số CCHC năm 2023 của Cà Mau đứng thứ 5 khu vực ĐBSCL. Năm 2023, kinh tế Cà Mau tiếp tục tăng trưởng nhanh, đứng thứ 3 khu vực và thứ 16 cả nước.', published: '2024-04-20',
      expect: [['par_index_rank', 5]], only: true },
    // a table pasted as text, one row a line under a header naming its columns (tables family)
    { text: 'UBND tỉnh công bố Chỉ số cải cách hành chính năm 2023 đối với các sở, ban, ngành. Cụ thể như sau:\nSTT TÊN CƠ QUAN Điểm tối đa Điểm thẩm định  Tỷ lệ đạt  Xếp loại\nI Các sở, ban, ngành tỉnh\n1 Văn phòng UBND tỉnh 71.5 69.25 96.85% Tốt\n2 Sở Tư pháp 100 94.00 94.00% Tốt\nII UBND huyện, thị xã, thành phố\n1 UBND thị xã Hòa Thành 100 88.35 88.35% Tốt', published: '2023-12-25', url: 'https://tayninh.gov.vn/x.html',
      expect: [['par_index_score', 96.85, { agency: 'Văn phòng UBND tỉnh' }], ['par_index_score', 69.25], ['par_index_score', 94], ['par_index_score', 88.35, { place: 'thị xã Hòa Thành' }]], only: true },
    { family: 'F14', text: 'Chỉ số CCHC năm 2023: Ban Quản lý Khu kinh tế Nghi Sơn có tổng số điểm đạt được 91.651 điểm.', published: '2024-02-06', expect: [['par_index_score', 91.651]] },
    { text: 'Bộ Nội vụ công bố Chỉ số cải cách hành chính năm 2019. Theo đó, tỉnh Lào Cai đạt được 82,85 điểm (tăng 4,38 điểm so với năm 2018), gồm: Điểm thẩm định kết quả thực hiện nhiệm vụ cải cách hành chính: 52,90 điểm; điểm đánh giá tác động của CCHC: 29,95 điểm (Chỉ số SIPAS: 8,30 điểm; khảo sát lãnh đạo quản lý: 17,65 điểm), xếp thứ 15/63 tỉnh, thành phố (tăng 06 bậc so với năm 2018).', published: '2020-05-20',
      expect: [['par_index_score', 82.85], ['par_index_change', 4.38], ['par_index_rank', 15, { of: 63 }], ['par_rank_change', 6]], only: true },
    { text: 'Năm 2021, Quảng Ninh xếp thứ 2 trong bảng Chỉ số cải cách hành chính (PAR INDEX) và lần thứ 3 liên tiếp xếp thứ 1 trong bảng Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS).', published: '2022-05-26',
      expect: [['par_index_rank', 2], ['sipas_rank', 1]], only: true },
    { text: 'Chỉ số cải cách hành chính năm 2015 được công bố. Đà Nẵng xếp vị trí đầu tiên trong danh sách xếp hạng các tỉnh, thành phố, với chỉ số 93,31.', published: '2016-05-10',
      expect: [['par_index_rank', 1, { place: 'thành phố Đà Nẵng' }], ['par_index_score', 93.31, { place: 'thành phố Đà Nẵng' }]], only: true },
    { family: 'F21', text: 'Chỉ số SIPAS đạt 79,46%, xếp thứ 53/63, tăng 02 bậc so với năm 2022 (Năm 2022 đạt 76,43%, xếp thứ 55/63).', published: '2024-04-20',
      expect: [['sipas_score', 79.46, { period: '2023-01-01..2023-12-31' }], ['sipas_rank', 53, { of: 63, period: '2023-01-01..2023-12-31' }], ['sipas_score', 76.43, { period: '2022-01-01..2022-12-31' }], ['sipas_rank', 55, { of: 63, period: '2022-01-01..2022-12-31' }]] },
    { family: 'F21', text: 'Cụ thể, Chỉ số Par Index năm 2017 của Đắk Lắk đạt 75,37 điểm, tăng 1,95 điểm so với năm 2016 (Lâm Đồng: 48 điểm, Gia Lai: 50 điểm).', published: '2018-05-10',
      expect: [['par_index_score', 75.37, { period: '2017-01-01..2017-12-31' }], ['par_index_score', 48, { period: '2017-01-01..2017-12-31' }], ['par_index_score', 50, { period: '2017-01-01..2017-12-31' }]] },
    { text: 'Từ năm 2012 đến nay, Quảng Ninh có 6 lần đứng đầu bảng xếp hạng Chỉ số CCHC. Năm 2023, xếp vị trí thứ 2 là TP Hải Phòng, đạt 91,87%.', published: '2024-04-20',
      expect: [['par_index_score', 91.87, { period: '2023-01-01..2023-12-31' }]] },
    // gaps to a mean or to another unit are no changes (F03); the mean in brackets is the nation's
    { family: 'F03', text: 'Chỉ số SIPAS năm 2024 của tỉnh đạt 81,75%. So với giá trị trung bình cả nước, tỉnh thấp hơn 2,19% (cả nước là 83,94%); khoảng cách chênh lệch giữa tỉnh với đơn vị cao nhất khu vực là 4,79%.', published: '2025-04-20', url: 'https://baovinhlong.com.vn/x',
      expect: [['sipas_score', 81.75], ['sipas_score', 83.94, { place: 'quốc gia Việt Nam' }]], only: true },
    { text: 'Theo kết quả công bố của Bộ Nội vụ, Chỉ số CCHC năm 2017 của thành phố Cần Thơ đạt 83,53% cao hơn giá trị trung bình 5,81%.', published: '2018-05-10',
      expect: [['par_index_score', 83.53]], only: true },
    { text: 'Chỉ số CCHC năm 2020 của các tỉnh có kết quả đạt giá trị trung bình là 83,72%, cao hơn 2,57% so với giá trị trung bình năm 2019 (đạt 81,15%).', published: '2021-05-10',
      expect: [['par_index_score', 83.72], ['par_index_change', 2.57], ['par_index_score', 81.15, { period: '2019-01-01..2019-12-31' }]] },
    // a restated figure is one fact, however its ranking is worded (F22)
    { family: 'F22', text: 'Chỉ số cải cách hành chính của Nghệ An năm 2020 xếp thứ 18/63 tỉnh, thành.\n\nNăm 2020 Nghệ An đạt 85,28 điểm, xếp thứ 18/63 tỉnh, thành phố.', published: '2021-06-25',
      expect: [['par_index_rank', 18, { of: 63 }], ['par_index_score', 85.28]], only: true },
    // the other extreme of a set of changes is a change too, not a score (F03)
    { family: 'F03', text: 'Chỉ số CCHC năm 2022 có 9 địa phương giảm, tuy nhiên, mức giảm đều không lớn, nơi giảm nhiều nhất là 2,94% và ít nhất là 0,21%.', published: '2023-06-01',
      expect: [['par_index_change', -2.94], ['par_index_change', -0.21]], only: true },
    { family: 'F03', text: 'Năm 2023, 57/63 tỉnh, thành phố có Chỉ số CCHC tăng so với năm 2022, trong đó tỉnh có mức tăng cao nhất là 9,39% và thấp nhất là 0,03%.', published: '2024-04-20',
      expect: [['par_index_change', 9.39], ['par_index_change', 0.03]], only: true },
    // a bound written as a sign after the exact score is no second score (F06); points lost on a component are no score (F13)
    { family: 'F06', text: 'Chỉ số CCHC năm 2023: xếp vị trí thứ 2 là TP Hải Phòng, đạt 91,87% và cũng là năm thứ 4 liên tiếp Hải Phòng đạt kết quả chỉ số >90%.', published: '2024-04-20',
      expect: [['par_index_rank', 2], ['par_index_score', 91.87]], only: true },
    { family: 'F13', text: 'Chỉ số CCHC năm 2020 của tỉnh đạt 80,5%. Trong đó, nội dung hiện đại hóa hành chính có số điểm mất cao nhất (mất 7,14/16 điểm); cải cách tài chính công (mất 1,96/7 điểm).', published: '2021-05-20',
      expect: [['par_index_score', 80.5]], only: true },
    // a ranking's size in brackets before its leader is no group (F06)
    { family: 'F06', text: 'Chỉ số CCHC năm 2022 của Quảng Nam: đối với khối sở, ban, ngành (21 đơn vị): Sở Tư pháp dẫn đầu với 92,30 điểm.', published: '2023-03-29',
      expect: [['par_index_rank', 1, { agency: 'Sở Tư pháp' }], ['par_index_score', 92.3]] },
    // an item after a bullet following a full stop is a sentence of its own ("…Tân Phước. + Chỉ số CCHC …") (F14)
    { family: 'F14', text: 'Trung tâm Kiểm soát bệnh tật giám sát hoạt động phòng chống sốt xuất huyết tại xã Tân Lập I, lĩnh vực văn hóa. + Chỉ số cải cách hành chính năm 2019 của tỉnh Tiền Giang đạt 79,68 điểm, đứng vị trí 48/63 tỉnh thành trong cả nước.', published: '2020-05-20',
      expect: [['par_index_score', 79.68, { place: 'tỉnh Tiền Giang' }], ['par_index_rank', 48, { of: 63 }]], only: true },
    // numbers in brackets are positions where the text says the list is in order (spec) (F06)
    { family: 'F06', rule: 'indices/numbered-ranking', text: 'Chỉ số CCHC năm 2024 của các sở, ban, ngành cấp tỉnh: có 10 đơn vị xếp ở nhóm đầu lần lượt là: (1) Sở Tài chính đạt 90,05%, Sở Nội vụ đạt 90,02%, (3) Văn phòng UBND tỉnh đạt 90,02%, (4) Sở Tư pháp đạt 89,3%.', published: '2025-02-20',
      expect: [['par_index_rank', 1, { agency: 'Sở Tài chính' }], ['par_index_score', 90.05], ['par_index_rank', 2, { agency: 'Sở Nội vụ' }], ['par_index_rank', 3], ['par_index_rank', 4, { agency: 'Sở Tư pháp' }], ['par_index_score', 89.3]] },
    // "kết quả chấm điểm CCHC" names the index; the share of those asked who are satisfied is the SIPAS value; the announcer is no agency (F17, F05)
    { family: 'F17', text: 'Năm 2023, theo kết quả chấm điểm CCHC của UBND tỉnh, UBND huyện Ia Grai đạt 87,16/100 điểm (tăng 6,22 điểm so với năm 2022), đứng thứ 3/17 huyện, thị xã, thành phố.', published: '2024-09-10', url: 'https://iagrai.gialai.gov.vn/x',
      expect: [['par_index_score', 87.16, { place: 'huyện Ia Grai' }], ['par_index_rank', 3, { of: 17 }], ['par_index_change', 6.22]] },
    { family: 'F17', text: 'Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm 2019 tỉnh An Giang đạt 89,81% đối tượng khảo sát đánh giá hài lòng, xếp hạng 8/63 tỉnh, thành phố.', published: '2020-05-20',
      expect: [['sipas_score', 89.81], ['sipas_rank', 8, { of: 63 }]] },
    { family: 'F05', text: 'Theo công bố từ Bộ Nội vụ, Hà Tĩnh xếp thứ 15 cả nước về Chỉ số CCHC năm 2024, tăng 3 bậc so với năm 2023.', published: '2025-04-07',
      expect: [['par_index_rank', 15, { place: 'tỉnh Hà Tĩnh', agency: null }], ['par_rank_change', 3]], only: true },
    // a full stop that lost its space still ends the sentence ("… 8,82 điểm.Về Chỉ số …") (F14)
    { family: 'F14', text: 'Năm 2021, Chỉ số CCHC của tỉnh Hà Nam đạt 86,2%, cải cách tài chính công 8,99 điểm.Về Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2021, Hà Nam giảm 1 bậc so với năm 2020, xếp thứ 19/63 tỉnh, thành phố với 88,38 điểm.', published: '2022-05-20',
      expect: [['par_index_score', 86.2], ['sipas_rank', 19, { of: 63 }], ['sipas_score', 88.38], ['sipas_rank_change', -1]], only: true },
    // "N địa phương dẫn đầu … lần lượt là A (x%), B (y%), …" gives ranks 1…N in order (spec), each to its own name (F11)
    { family: 'F11', rule: 'indices/top-in-turn', text: 'Năm 2023, 5 địa phương dẫn đầu Chỉ số CCHC lần lượt là Quảng Ninh (92,18%), Hải Phòng (91,87%), Hà Nội (91,43%), Bình Dương (90,12%), Đồng Tháp (89,89%).', published: '2024-04-20',
      expect: [['par_index_rank', 1, { place: 'tỉnh Quảng Ninh' }], ['par_index_rank', 2, { place: 'thành phố Hải Phòng' }], ['par_index_rank', 5, { place: 'tỉnh Đồng Tháp' }], ['par_index_score', 92.18, { place: 'tỉnh Quảng Ninh' }]] },
    // "thấp nhất trong 91 xã" is last of the pool named; "xếp vị trí thứ nhất trong 63 tỉnh" is first of 63 (spec) (F20)
    { family: 'F20', rule: 'indices/rank-last', text: 'Chỉ số CCHC năm 2017 của cấp xã: phường Bình Thắng, TX.Dĩ An là địa phương có kết quả thấp nhất trong 91 xã, phường, thị trấn.', published: '2018-03-10', url: 'https://binhduong.gov.vn/x',
      expect: [['par_index_rank', 91, { of: 91, place: 'phường Bình Thắng' }]] },
    { family: 'F20', text: 'Về chỉ số SIPAS năm 2021, tỉnh Quảng Ninh xếp vị trí thứ nhất trong 63 tỉnh, thành với 94,07%.', published: '2022-05-10',
      expect: [['sipas_rank', 1, { of: 63 }], ['sipas_score', 94.07]], only: true },
    // after two indices named as a pair ("ở cả A và B"), a rank belongs to the one the article is about (F17)
    { family: 'F17', text: 'PAR INDEX 2023: Quảng Ninh đứng đầu\n\nQuảng Ninh xuất sắc đoạt vị trí quán quân ở cả Chỉ số cải cách hành chính và Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước, trong khi Hà Nội đứng ở vị trí thứ 3.', published: '2024-04-20',
      expect: [['par_index_rank', 1, { place: 'tỉnh Quảng Ninh' }], ['sipas_rank', 1], ['par_index_rank', 3, { place: 'thành phố Hà Nội' }]], only: true },
    // an item's number inside a line ("; 2. Huyện Yên Lạc: …") is no figure and no sentence end (F14)
    { family: 'F14', text: 'Kết quả Chỉ số CCHC năm 2022 của 9 huyện, thành phố như sau: 1. Thành phố Vĩnh Yên: 90,12 điểm; 2. Huyện Yên Lạc: 89,5 điểm; 3. Huyện Tam Dương: 88,7 điểm.', published: '2023-03-10', url: 'https://vinhphuc.gov.vn/x',
      expect: [['par_index_score', 90.12, { place: 'thành phố Vĩnh Yên' }], ['par_index_score', 89.5, { place: 'huyện Yên Lạc' }], ['par_index_score', 88.7, { place: 'huyện Tam Dương' }]], only: true },
    // the total of the component areas' points is the index's score in points, no component's (F13)
    { family: 'F13', text: 'Năm 2022, Sở Tư pháp đứng đầu về chỉ số cải cách hành chính với tổng điểm các lĩnh vực là 62,62 điểm, chỉ số cải cách hành chính đạt 94,49%.', published: '2023-02-10',
      expect: [['par_index_score', 62.62, { agency: 'Sở Tư pháp' }], ['par_index_score', 94.49], ['par_index_rank', 1, { agency: 'Sở Tư pháp' }]], only: true },
    // a ranking's size named with "của N sở" at the head of the sentence (F06)
    { family: 'F06', text: 'Chỉ số cải cách hành chính năm 2019 của 22 sở, cơ quan ngang sở thuộc thành phố trung bình đạt khoảng 72% trở lên, trong đó cao nhất là Sở Nội vụ (86,93%).', published: '2020-05-10', url: 'https://hanoi.gov.vn/x',
      expect: [['par_index_rank', 1, { of: 22 }], ['par_index_score', 86.93, { agency: 'Sở Nội vụ' }]] },
    // the SIPAS index named by what it measures ("đo lường sự hài lòng đối với sự phục vụ hành chính") (F17)
    { family: 'F17', text: 'Kết quả đo lường sự hài lòng đối với sự phục vụ hành chính năm 2025 của các sở, ban, ngành: Sở Công thương xếp thứ nhất, Văn phòng UBND thành phố xếp thứ 2.', published: '2026-01-10', url: 'https://haiphong.gov.vn/x',
      expect: [['sipas_rank', 1], ['sipas_rank', 2]], only: true },
    // "trong số 17 bộ" is a pool, no document number; "thấp nhất trong số 17 bộ" is 17/17 (F14, F20)
    { family: 'F14', text: 'Bộ Giáo dục Đào tạo xếp cuối bảng về chỉ số cải cách hành chính (PAR INDEX) năm 2020, thấp nhất trong số 17 bộ, cơ quan ngang bộ với 78,4%.', published: '2021-05-10',
      expect: [['par_index_rank', 17, { of: 17 }], ['par_index_score', 78.4]], only: true },
    // the highest yearly mean of a run of years is that year's mean, no average over years (F06)
    { family: 'F06', text: 'Chỉ số CCHC năm 2020 của 17 bộ, cơ quan ngang bộ đạt giá trị trung bình cao nhất trong 9 năm triển khai xác định Chỉ số CCHC đạt được là 87,56%, tăng 1,93% so với năm 2019 (chỉ đạt 85,63%).', published: '2021-05-10',
      expect: [['par_index_score', 87.56, { period: '2020-01-01..2020-12-31' }], ['par_index_change', 1.93], ['par_index_score', 85.63, { period: '2019-01-01..2019-12-31' }]], only: true },
    // a rank restated without its denominator (the headline's "xếp thứ 9 cả nước") is the body's 9/63 (F22)
    { family: 'F22', text: 'Phú Thọ xếp thứ 9 cả nước về Chỉ số cải cách hành chính năm 2023\n\nNăm 2023, Chỉ số CCHC của tỉnh Phú Thọ đạt 89,19%, xếp thứ 9/63 tỉnh, thành phố.', published: '2024-05-23',
      expect: [['par_index_rank', 9, { of: 63 }], ['par_index_score', 89.19]], only: true },
    { family: 'F22', text: 'Tam Kỳ tiếp tục dẫn đầu về chỉ số cải cách hành chính\n\nTP.Tam Kỳ vừa được UBND tỉnh công nhận với vị trí thứ nhất khối 18 huyện, thị xã, thành phố cả tỉnh về cải cách hành chính năm 2017.', published: '2018-03-10',
      expect: [['par_index_rank', 1, { of: 18, period: '2017-01-01..2017-12-31' }]], only: true },
    // N năm liên tiếp dẫn đầu is rank 1 for the year reported; cao nhất within a ranking by the index is rank 1 (spec)
    { text: 'Năm 2019, đây là năm thứ 3 liên tiếp Quảng Ninh dẫn đầu cả nước về Chỉ số CCHC.', published: '2020-05-10', expect: [['par_index_rank', 1, { place: 'tỉnh Quảng Ninh', period: '2019-01-01..2019-12-31' }]], only: true },
    { text: 'Chỉ số CCHC năm 2015: về phía các bộ, Ngân hàng Nhà nước đạt chỉ số cao nhất với giá trị 89,42.', published: '2016-05-10', expect: [['par_index_rank', 1], ['par_index_score', 89.42]], only: true },
    { text: 'Chỉ số CCHC năm 2023: giá trị trung bình cao nhất là vùng Đồng bằng sông Hồng với kết quả đạt 88,33%, tăng cao nhất là Bình Thuận (6,39%).', published: '2024-04-18',
      expect: [['par_index_rank', 1, { place: 'vùng Đồng bằng sông Hồng' }], ['par_index_score', 88.33], ['par_index_change', 6.39]], only: true },
    { family: 'F11', rule: 'indices/rank-bracketed', text: 'Chỉ số PARINDEX năm 2023: xét trong khu vực Tây Nguyên, tỉnh Kon Tum xếp thứ 2, xếp trên các tỉnh: Lâm Đồng (46/63), Đăk Nông (51/63), Gia Lai (58/63).', published: '2024-04-25',
      expect: [['par_index_rank', 2], ['par_index_rank', 46, { of: 63, place: 'tỉnh Lâm Đồng' }], ['par_index_rank', 51, { of: 63 }], ['par_index_rank', 58, { of: 63, place: 'tỉnh Gia Lai' }]] },
    { text: 'Theo đánh giá của Bộ chỉ số 766 trên Cổng Dịch vụ công quốc gia, Hải Phòng đạt 93,01 điểm, xếp thứ 9/34 tỉnh, thành phố.', published: '2026-02-10',
      expect: [['service_index_score', 93.01], ['service_index_rank', 9, { of: 34 }]], only: true },
    { family: 'F20', text: 'Tỉnh Tây Ninh, chỉ số SIPAS năm 2019 đạt 83,45% xếp vị trí thứ 40 trên cả nước.', published: '2020-05-10', expect: [['sipas_score', 83.45], ['sipas_rank', 40]], only: true },
    { family: 'F20', text: 'Chỉ số PAR INDEX năm 2021: Hải Phòng đạt 91.80%, cao hơn 0.66% so với đơn vị xếp vị trí thứ 2 là Quảng Ninh (đạt 91.14%).', published: '2022-05-26',
      expect: [['par_index_score', 91.8], ['par_index_rank', 2, { place: 'tỉnh Quảng Ninh' }], ['par_index_score', 91.14, { place: 'tỉnh Quảng Ninh' }]] },
  ],
  negatives: [
    // one of a leading group is no rank 1, for any of the years it names
    { text: 'Đây là năm thứ 10 liên tiếp (2014-2023), Bộ Tài chính nằm trong nhóm 3 bộ, cơ quan ngang bộ dẫn đầu về Chỉ số cải cách hành chính.', published: '2024-05-10', metrics: ['par_index_rank'] },
    { text: 'Năm 2023, tỉnh thuộc top 5 địa phương dẫn đầu cả nước về Chỉ số CCHC.', published: '2024-05-10', metrics: ['par_index_rank'] },
    // compared with another unit named after "so với", the difference is a gap, no change over time
    { text: 'Ngân hàng Nhà nước Việt Nam đạt Chỉ số CCHC năm 2022 cao nhất với kết quả là 91,77%, cao hơn 19,12% so với Bộ Ngoại giao, đơn vị có kết quả chỉ số năm 2022 thấp nhất, với giá trị là 72,65%.', metrics: ['par_index_change'] },
    // a band with the units in it, a scale, satisfaction with policy-making are no results (F06, F23)
    { family: 'F06', text: 'Chỉ số CCHC năm 2022 của các bộ: trong đó, chỉ số CCHC trên 90%, bao gồm 2 đơn vị: Ngân hàng Nhà nước Việt Nam và Bộ Tư pháp.', published: '2023-05-10', metrics: ['par_index_score'] },
    { family: 'F06', text: 'Điều cần biết là trong thang điểm đánh giá Par Index 100 điểm, có 22 điểm được khảo sát ý kiến của đại biểu HĐND cấp tỉnh.', published: '2023-05-10', metrics: ['par_index_score'] },
    { family: 'F23', text: 'Chỉ số SIPAS năm 2022: theo kết quả đo lường, mức độ hài lòng của người dân đối với việc xây dựng, tổ chức thực hiện chính sách nói chung trong cả nước là 77,37%.', published: '2023-05-10', metrics: ['sipas_score', 'satisfaction_rate'] },
    // other articles' headlines run together on a line are no figures of this article (F17)
    { family: 'F17', text: 'Bà Rịa – Vũng Tàu: Nhiều giải pháp nâng cao chỉ số cải cách hành chính Bộ Quốc phòng ban hành Chỉ số cải cách hành chính Thái Nguyên: Sở Công Thương tiếp tục dẫn đầu về Chỉ số cải cách hành chính\n\nChỉ số CCHC năm 2024 của các sở được công bố.', published: '2025-02-20', metrics: ['par_index_rank'] },
    // no unit below a bound, a group's bound, an average over years are no results (F06)
    { family: 'F06', text: 'Chỉ số CCHC năm 2020 của các bộ: không có bộ, ngành nào có kết quả chỉ số cải cách hành chính dưới 70%.', published: '2021-05-10', metrics: ['par_index_score'] },
    { family: 'F06', text: 'Chỉ số CCHC năm 2015:\n-Nhóm A, đạt Chỉ số CCHC trên 90; bao gồm 06 tỉnh, thành phố.', published: '2016-05-10', metrics: ['par_index_score'] },
    { family: 'F06', text: 'Trung bình chỉ số CCHC của tỉnh Thừa Thiên Huế qua 4 năm đạt 81,76 điểm.', published: '2016-05-10', metrics: ['par_index_score'] },
    // component areas listed with their points, and the share of units a fraction counts, are no index results (F13, F06)
    { family: 'F13', text: 'Chỉ số CCHC năm 2021 của tỉnh: Kết quả cụ thể như sau: cải cách tài chính công 8,99 điểm; hiện đại hóa hành chính 12,30 điểm.', published: '2022-06-01', metrics: ['par_index_score', 'sipas_score'] },
    { family: 'F06', text: 'Chỉ số CCHC năm 2022 các huyện: số phòng chuyên môn có chỉ số ở mức yếu như Thị xã Sa Pa (8/12 phòng có chỉ số đánh giá về công tác cải cách hành chính ở mức yếu đạt 66,66%).', published: '2023-03-01', metrics: ['par_index_score'] },
    // a group of provinces at the top ranks no one (F06)
    { family: 'F06', text: 'Đây là năm thứ 3 liên tiếp, Chỉ số cải cách hành chính tỉnh Thái Nguyên nằm trong nhóm 10 tỉnh, thành phố dẫn đầu trong cả nước.', published: '2025-04-07', metrics: ['par_index_rank'] },
    // leading in a topic that is no index, and what the sentences on a component area say of it, are no index results (F17, F13)
    { family: 'F17', text: 'Bắc Giang 3 năm dẫn đầu về xây dựng chính quyền điện tử\n\nChỉ số CCHC năm 2022 của tỉnh được công bố.', published: '2023-04-25', metrics: ['par_index_rank'] },
    { family: 'F13', text: 'Chỉ số CCHC năm 2022 được công bố. Đây là lần thứ 3 liên tiếp Bắc Giang đạt ngôi vị dẫn đầu bảng xếp hạng Chỉ số thành phần này. Một số địa phương khác cũng đạt kết quả khá cao là Quảng Ninh (87,31%), Đà Nẵng (87,44%).', published: '2023-04-25', metrics: ['par_index_score', 'par_index_rank'] },
    // the aspects a satisfaction index is made of, line by line, are no index results (F13); a weekday on a date line is no rank (F14)
    { family: 'F13', text: 'Chỉ số SIPAS năm 2023 của tỉnh Kon Tum:\n+ Mức độ hài lòng đối với trách nhiệm giải trình của chính quyền: đạt 79.95 %, xếp thứ 45/63;\n+ Mức độ hài lòng đối với cơ hội tham gia xây dựng chính sách: đạt 79.75 %, xếp thứ 43/63;', published: '2024-06-18', metrics: ['sipas_score', 'sipas_rank'] },
    { family: 'F14', text: 'Chỉ số SIPAS năm 2023 của tỉnh Kon Tum\n\nThứ 3, Ngày 18/06/2024 - 10:05', published: '2024-06-18', metrics: ['sipas_rank'] },
    // the rank of a component area named after it is no index rank (F13)
    { family: 'F13', text: 'Tại Hội nghị công bố Chỉ số CCHC năm 2023, tỉnh Lai Châu xếp thứ 7/63 tỉnh, thành phố trực thuộc Trung ương về cải cách thủ tục hành chính, tăng 27 bậc so với năm 2022.', metrics: ['par_index_rank'] },
    // "cao nhất" said of a group of units ranks no one (F06)
    { family: 'F06', text: 'Chỉ số CCHC năm 2022: khu vực Đồng bằng Sông Hồng và khu vực Đông Nam Bộ vẫn là 2 vùng kinh tế có giá trị trung bình cao nhất.', metrics: ['par_index_rank'] },
    // counts of units in a list whose noun closes it ("lần lượt là 4 và 18 đơn vị"), not scores (F06)
    { family: 'F06', text: 'Năm 2021, 62 địa phương đạt kết quả Chỉ số CCHC trên 80%, nhiều hơn các năm 2020 và 2019 lần lượt là 4 và 18 đơn vị.', metrics: ['par_index_score'] },
    { family: 'F06', text: 'Chỉ số SIPAS năm 2023 có 12 tỉnh tăng, số tỉnh giảm ở hai khu vực lần lượt là 3 hoặc 5 tỉnh.', metrics: ['sipas_score'] },
    { text: 'Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 9/2025:\nCông khai, minh bạch: Đạt 9,9 điểm.\nMức độ hài lòng: Đạt 18 điểm.' },
    { text: 'Kết quả Chỉ số CCHC năm 2021 cụ thể như sau: Công tác chỉ đạo, điều hành cải cách hành chính 7,14 điểm; xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật 8,81 điểm; cải cách thủ tục hành chính 12,97 điểm.' },
    { text: 'Chỉ số CCHC năm 2019 của tỉnh còn một số lĩnh vực xếp hạng thấp như: cải cách tổ chức bộ máy hành chính nhà nước xếp thứ 49/63 tỉnh, thành phố; công tác chỉ đạo điều hành xếp thứ 48/63 tỉnh, thành phố.' },
    { text: 'Chỉ số CCHC cấp bộ được sử dụng đánh giá, xếp hạng 17 bộ, cơ quan ngang bộ; Chỉ số CCHC cấp tỉnh đánh giá, xếp hạng 63 UBND tỉnh, thành phố.' },
    { text: 'Theo kết quả phân tích Chỉ số CCHC năm 2024, trong 6 lĩnh vực tăng chỉ số và tăng vị trí xếp hạng, lĩnh vực cải cách thể chế tăng 26 bậc, xếp thứ 35.' },
    { text: 'Chỉ số CCHC năm 2023 của Cà Mau đứng thứ 3 khu vực ĐBSCL. Năm 2023, kinh tế Cà Mau tiếp tục tăng trưởng nhanh, đứng thứ 3 khu vực và thứ 16 cả nước.', metrics: ['par_index_score'] },
    { text: 'Kết quả Chỉ số CCHC năm 2023\n10:20, Thứ Năm, 23-2-2023', metrics: ['par_index_rank'] },
    // numbers in index articles that are no results (F06): bands, scales, meeting numbers, pool sizes
    { family: 'F06', text: 'Nhóm B, đạt kết quả Chỉ số CCHC từ 80 điểm - dưới 90 điểm, gồm 56 tỉnh, thành phố.' },
    { text: '+ Nhóm C, đạt kết quả Chỉ số CCHC từ 70% - dưới 80%, gồm 01 tỉnh, thành phố.' },
    { text: 'Chỉ số SIPAS của 63 tỉnh, thành phố nằm trong khoảng 75,03% - 90,61%.' },
    { text: 'Chỉ số CCHC: tổng điểm đánh giá là 100 điểm, trong đó, 32 điểm là đánh giá thông qua điều tra xã hội học.' },
    { family: 'F06', text: 'Sáng 19/4, tại phiên họp thứ 4 Ban Chỉ đạo cải cách hành chính, Bộ Nội vụ đã công bố kết quả Chỉ số SIPAS.' },
    { text: 'Chỉ số PAR INDEX tỉnh Quảng Ninh đạt 90,09 điểm trên thang điểm 100.', metrics: ['par_index_rank'] },
    { text: 'Chủ tịch UBND tỉnh yêu cầu các cơ quan, đơn vị có Chỉ số CCHC dưới 75 điểm phải xây dựng kế hoạch khắc phục.' },
    { text: 'Kết quả Chỉ số CCHC và SIPAS là cơ sở để đánh giá mức độ hoàn thành nhiệm vụ của người đứng đầu.' },
    { text: 'Năm 2023, có 5 cơ quan xếp loại Tốt về Chỉ số CCHC cấp tỉnh; tỉnh đứng thứ 3 khu vực về Chỉ số PCI.' },
    { text: 'Năm 2023, Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của Long An đạt 68,52 điểm, xếp thứ 8/63; Chỉ số chuyển đổi số (DTI) xếp thứ 15/63.' },
    { text: 'Trong 5 yếu tố thành phần của SIPAS, yếu tố tiếp cận dịch vụ đạt 82,1%, yếu tố kết quả dịch vụ đạt 81,9%.' },
    { text: 'Theo phân nhóm, Quảng Trị thuộc nhóm các địa phương có Chỉ số SIPAS từ 80% đến dưới 85%.' },
    { text: 'Có 5 đơn vị cấp huyện đạt từ 85 điểm trở lên Chỉ số CCHC (nhóm A).' },
    { text: '5 năm liên tiếp Quảng Ninh trong top 3 Chỉ số CCHC.', metrics: ['par_index_rank'] },

    { text: 'Tỉnh phấn đấu năm 2024 giữ vững vị trí trong nhóm 10 địa phương dẫn đầu cả nước về Chỉ số CCHC.' },
    { text: 'Có 9 sở, ngành đạt trên 90 điểm Chỉ số CCHC, không có đơn vị nào dưới 70%.' },
    { text: 'Về Chỉ số CCHC, Cần Thơ: 100% TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến.' },
    { text: 'Trong 9 chỉ số thành phần CCHC, có 5 chỉ số thành phần đạt điểm tối đa.' },
    { text: 'Năm 2023, chỉ số PCI của tỉnh đạt 68,5 điểm, xếp thứ 10/63.' },
    { text: 'Năm 2023, 9 sở đạt trên 90% trong Chỉ số CCHC; 63/63 tỉnh đạt trên 80%.', metrics: ['par_index_score', 'par_index_rank'] },
    { text: 'Năm 2023, Chỉ số CCHC của tỉnh ở lĩnh vực thành phần cải cách thủ tục hành chính đạt 12,5/13 điểm.' },
  ],
};
