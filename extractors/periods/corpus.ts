// Periods as reports write them, and how a period carries through the text.
import type { Corpus } from '../corpus.ts';

export const corpus: Corpus = {
  family: 'periods',
  examples: [
    // an index result compared with a year and dated by nothing else is of the year after it (F21)
    { family: 'F21', text: 'Cải cách hành chính: Nhìn từ các chỉ số\n\nTheo công bố chỉ số cải cách hành chính (CCHC) của Ban Chỉ đạo CCHC của Chính phủ, Tuyên Quang đạt 86,57%, xếp thứ 34/63 tỉnh, thành phố, tăng 2,76%, tăng 1 bậc so với năm 2020.',
      expect: [['par_index_score', 86.57, { period: '2021-01-01..2021-12-31' }], ['par_index_rank', 34, { of: 63, period: '2021-01-01..2021-12-31' }]] },
    // a headline's undated figure is of the period the body reports on (F10)
    { family: 'F10', text: 'Tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt gần 100%\n\nTrong tháng 7 (từ ngày 21/6 đến 20/7/2021), Trung tâm Phục vụ hành chính công tỉnh tiếp nhận mới hơn 5.360 hồ sơ.', published: '2021-08-02',
      expect: [['on_time_rate', 100, { period: '2021-06-21..2021-07-20' }], ['dossiers_received', 5360, { period: '2021-06-21..2021-07-20' }]] },
    // a change said against an earlier year is the change into the year reported, not of the earlier one (F21)
    { family: 'F21', text: 'Năm 2021, Chỉ số SIPAS của tỉnh Sóc Trăng đạt 86,2%. So với năm 2020, chỉ số SIPAS của Sóc Trăng tăng 0,84%, tăng 5 bậc.', published: '2022-05-10',
      expect: [['sipas_change', 0.84, { period: '2021-01-01..2021-12-31' }], ['sipas_rank_change', 5, { period: '2021-01-01..2021-12-31' }]] },
    { family: 'F21', text: 'Chỉ số SIPAS năm 2024 của tỉnh Vĩnh Long đạt 84,1%. So với năm 2023, tăng 1,64% nhưng giảm 5 bậc (năm 2023 đứng thứ 48/63).', published: '2025-04-10',
      expect: [['sipas_change', 1.64, { period: '2024-01-01..2024-12-31' }], ['sipas_rank_change', -5, { period: '2024-01-01..2024-12-31' }], ['sipas_rank', 48, { of: 63, period: '2023-01-01..2023-12-31' }]] },
    // a year written in the first end of a change from→to dates that end only; the second end and the change are of the
    // year reported, also when the sentence opens on the year compared with (F21)
    { family: 'F21', text: 'Bộ Y tế xếp áp chót về chỉ số cải cách hành chính 2017\n\nBộ Y tế từ thứ hạng 11 trên 19 đơn vị được xếp hạng năm 2016 tụt xuống hạng 18 trong kết quả Chỉ số cải cách hành chính 2017. Điểm số của Bộ Y tế từ 79,69% năm 2016 giảm xuống còn 72,40%, giảm 7,29%. So với năm 2016, điểm số của Bộ Kế hoạch - Đầu tư đã giảm tới 7,98% (từ 80,59% xuống 72,61%).', published: '2018-05-02',
      expect: [['par_index_rank', 11, { of: 19, period: '2016-01-01..2016-12-31' }], ['par_index_rank', 18, { of: null, period: '2017-01-01..2017-12-31' }],
        ['par_index_score', 79.69, { period: '2016-01-01..2016-12-31' }], ['par_index_score', 72.4, { period: '2017-01-01..2017-12-31' }], ['par_index_change', -7.29, { period: '2017-01-01..2017-12-31' }],
        ['par_index_change', -7.98, { period: '2017-01-01..2017-12-31' }], ['par_index_score', 80.59, { period: '2016-01-01..2016-12-31' }], ['par_index_score', 72.61, { period: '2017-01-01..2017-12-31' }]], only: true },
    { family: 'F21', text: 'Năm 2023, tỷ lệ hồ sơ giải quyết quá hạn của tỉnh giảm từ 10,85% năm 2022 xuống còn 1,31%.', published: '2024-01-10',
      expect: [['overdue_rate', 10.85, { period: '2022-01-01..2022-12-31' }], ['overdue_rate', 1.31, { period: '2023-01-01..2023-12-31' }]] },
    // a period named once with its range keeps the range wherever it is named again (F01)
    { family: 'F01', text: 'Trong quý I năm 2020 (tính từ 1/12/2019 đến 29/2/2020) toàn tỉnh đã tiếp nhận 659.245 hồ sơ.\n\nVới cấp tỉnh, quý I đã tiếp nhận 54.575 hồ sơ.', published: '2020-03-18',
      expect: [['dossiers_received', 659245, { period: '2019-12-01..2020-02-29' }], ['dossiers_received', 54575, { period: '2019-12-01..2020-02-29' }]] },
    { family: 'F01', text: 'Kết quả giải quyết TTHC tại bộ phận một cửa cấp huyện, xã từ ngày 21/7đến 20/8/2021\n\nTrong tháng 8/2021 đã tiếp nhận mới 19.630 hồ sơ.', published: '2021-08-30',
      expect: [['dossiers_received', 19630, { period: '2021-07-21..2021-08-20' }]] },
    // the publication date comes from a dateline only, never from a range in the first sentence (F08)
    { family: 'F08', text: 'Tỷ lệ đúng hạn đạt 99,4%\n\nTin từ Trung tâm, từ ngày 2.1.2018 đến 17.5.2018 đã tiếp nhận 25.368 hồ sơ.\n\nTrong tuần (từ ngày 11.5.2018 đến 17.5.2018), trung tâm giải quyết đúng hạn 1.447 hồ sơ.',
      expect: [['dossiers_received', 25368, { period: '2018-01-02..2018-05-17' }], ['dossiers_on_time', 1447, { period: '2018-05-11..2018-05-17' }]] },
    { family: 'F08', text: 'Trên 7.600 hồ sơ bị quá hạn\n\n06:03, 18/03/2020\n\nNăm 2020, toàn tỉnh đã tiếp nhận 659.245 hồ sơ.', expect: [['dossiers_received', 659245]] },
    { text: 'Năm 2023, huyện Cái Bè tiếp nhận 500 hồ sơ.', expect: [['dossiers_received', 500, { period: '2023-01-01..2023-12-31' }]] },
    // a run of whole months, with the year on both ends, on the last only, or from the article
    { text: 'Theo số liệu thống kê, từ tháng 1-2019 đến tháng 11-2019, UBND quận Tây Hồ đã tiếp nhận hơn 16.000 hồ sơ yêu cầu giải quyết thủ tục hành chính.', expect: [['dossiers_received', 16000, { period: '2019-01-01..2019-11-30' }]] },
    { text: 'Từ tháng 7 đến hết tháng 12 năm 2023, xã Tân Phú tiếp nhận 1.200 hồ sơ.', published: '2024-01-10', expect: [['dossiers_received', 1200, { period: '2023-07-01..2023-12-31' }]] },
    { text: 'Từ tháng 3 đến tháng 5, huyện tiếp nhận 800 hồ sơ.', published: '2024-06-05', expect: [['dossiers_received', 800, { period: '2024-03-01..2024-05-31' }]] },
    // the year of what a figure is compared with, said in a clause after "so với", is no period of the figure
    { text: 'Chỉ số cải cách hành chính năm 2018 của tỉnh Bình Thuận: Thanh tra tỉnh chỉ đạt 74.34 điểm, xếp loại khá, rớt hạng so với loại tốt mà ngành này đã đạt được năm 2017.', published: '2019-05-10', url: 'https://baobinhthuan.com.vn/x',
      expect: [['par_index_score', 74.34, { period: '2018-01-01..2018-12-31' }]] },
    // in an undated page, a running period from the start of a range the article defines is that range
    { text: 'Trong thời gian từ 1/7 đến 14/9/2025, công tác cải cách hành chính trên địa bàn phường Phù Liễn đạt kết quả tích cực. Từ ngày 1/7 đến nay, phường Phù Liễn tiếp nhận 3.718 hồ sơ.', published: null, url: 'https://phulien.haiphong.gov.vn/x',
      expect: [['dossiers_received', 3718, { period: '2025-07-01..2025-09-14' }]] },
    { text: 'Trong quý I/2020, huyện tiếp nhận 500 hồ sơ.', expect: [['dossiers_received', 500, { period: '2020-01-01..2020-03-31' }]] },
    { text: 'Được biết, trong quý II.2018, từ cấp tỉnh đến cấp xã tiếp nhận mới 82.604 hồ sơ.', expect: [['dossiers_received', 82604, { period: '2018-04-01..2018-06-30' }]] },
    { text: 'Trong quí I năm 2020, huyện tiếp nhận 500 hồ sơ.', expect: [['dossiers_received', 500, { period: '2020-01-01..2020-03-31' }]] },
    { text: 'Quý 3/2021, huyện tiếp nhận 500 hồ sơ.', expect: [['dossiers_received', 500, { period: '2021-07-01..2021-09-30' }]] },
    // a period without a year that would lie after publication is last year's
    { text: 'Trong quý IV, huyện tiếp nhận 500 hồ sơ.', published: '2019-01-10', expect: [['dossiers_received', 500, { period: '2018-10-01..2018-12-31' }]] },
    { text: 'Trong quý II, huyện tiếp nhận 500 hồ sơ.', published: '2019-07-10', expect: [['dossiers_received', 500, { period: '2019-04-01..2019-06-30' }]] },
    { text: '6 tháng đầu năm 2024, huyện tiếp nhận 500 hồ sơ.', expect: [['dossiers_received', 500, { period: '2024-01-01..2024-06-30' }]] },
    { text: 'Sáu tháng đầu năm, huyện tiếp nhận 500 hồ sơ.', published: '2022-07-15', expect: [['dossiers_received', 500, { period: '2022-01-01..2022-06-30' }]] },
    { text: '9 tháng năm 2024, huyện tiếp nhận 500 hồ sơ.', expect: [['dossiers_received', 500, { period: '2024-01-01..2024-09-30' }]] },
    { text: 'Trong 10 tháng đầu năm 2023, huyện tiếp nhận 500 hồ sơ.', expect: [['dossiers_received', 500, { period: '2023-01-01..2023-10-31' }]] },
    { text: '6 tháng cuối năm 2024, huyện tiếp nhận 500 hồ sơ.', published: '2025-01-15', expect: [['dossiers_received', 500, { period: '2024-07-01..2024-12-31' }]] },
    { text: 'Trong tháng 5/2024, huyện tiếp nhận 500 hồ sơ.', expect: [['dossiers_received', 500, { period: '2024-05-01..2024-05-31' }]] },
    { text: 'Trong tháng 2 năm 2024, huyện tiếp nhận 500 hồ sơ.', expect: [['dossiers_received', 500, { period: '2024-02-01..2024-02-29' }]] },
    { text: 'Giai đoạn 2016 - 2020, huyện tiếp nhận 50.000 hồ sơ.', expect: [['dossiers_received', 50000, { period: '2016-01-01..2020-12-31' }]] },
    { text: 'Từ đầu năm đến nay, huyện tiếp nhận 500 hồ sơ.', published: '2024-06-24', expect: [['dossiers_received', 500, { period: '2024-01-01..2024-06-24' }]] },
    { text: 'Tính đến ngày 15/6/2024, huyện tiếp nhận 500 hồ sơ.', expect: [['dossiers_received', 500, { period: '..2024-06-15' }]] },
    { text: 'Đến nay, huyện đã tiếp nhận 500 hồ sơ.', published: '2024-06-24', expect: [['dossiers_received', 500, { period: '..2024-06-24' }]] },
    { text: 'Tính từ ngày 1/12/2019 đến 29/2/2020, huyện tiếp nhận 500 hồ sơ.', expect: [['dossiers_received', 500, { period: '2019-12-01..2020-02-29' }]] },
    { text: 'Từ 2.1.2018 đến 17.5.2018, huyện tiếp nhận 500 hồ sơ.', expect: [['dossiers_received', 500, { period: '2018-01-02..2018-05-17' }]] },
    { text: 'Từ ngày 15/12/2023 đến ngày 14/6/2024, huyện tiếp nhận 500 hồ sơ.', expect: [['dossiers_received', 500, { period: '2023-12-15..2024-06-14' }]] },
    { text: 'Huyện tiếp nhận 500 hồ sơ trong quý II/2023.', expect: [['dossiers_received', 500, { period: '2023-04-01..2023-06-30' }]] },
    // carried: the period of one sentence holds for the next until another replaces it
    { text: 'Trong năm 2022, huyện đẩy mạnh cải cách hành chính. Huyện tiếp nhận 500 hồ sơ.', expect: [['dossiers_received', 500, { period: '2022-01-01..2022-12-31' }]] },
    { text: 'Kết quả cải cách hành chính quý III/2021 của huyện Gò Công Tây\n\nBộ phận một cửa huyện tiếp nhận 500 hồ sơ.', expect: [['dossiers_received', 500, { period: '2021-07-01..2021-09-30' }]] },
    { text: 'Năm 2021, huyện tiếp nhận 400 hồ sơ. Riêng quý I/2022, huyện tiếp nhận 120 hồ sơ.', expect: [['dossiers_received', 400, { period: '2021-01-01..2021-12-31' }], ['dossiers_received', 120, { period: '2022-01-01..2022-03-31' }]] },
    // a sentence running through several months does not move the frame
    { published: '2024-10-05', text: 'Trong 9 tháng năm 2024, phường tiếp nhận 3.245 hồ sơ. Trong tháng 9, phường tiếp nhận 402 hồ sơ; tháng 8 tiếp nhận 389 hồ sơ. Mức độ hài lòng của người dân đạt 97,1%.',
      expect: [['dossiers_received', 389, { period: '2024-08-01..2024-08-31' }], ['satisfaction_rate', 97.1, { period: '2024-01-01..2024-09-30' }]] },
    // an aside ("Riêng quí III") does not become the frame; a comparison's bracket keeps its year
    { text: 'Trong 9 tháng đầu năm 2016, các sở tiếp nhận 18.640 hồ sơ. Riêng quí III/2016, hồ sơ quá hạn tập trung ở lĩnh vực đất đai.\n\nSở Tài nguyên và Môi trường đã tiếp nhận 2.145 hồ sơ.', published: '2016-10-12',
      expect: [['dossiers_received', 2145, { period: '2016-01-01..2016-09-30' }]] },
    { text: 'Cùng kỳ năm 2024, tỉnh Hà Giang tiếp nhận 98.450 hồ sơ.', published: '2025-11-07', expect: [['dossiers_received', 98450, { period: '2024-01-01..2024-12-31' }]] },
    // a comparison states a figure of the earlier period without moving the frame
    { text: 'Năm 2020, tỷ lệ hồ sơ đúng hạn đạt 83,72%, tăng 2,57% so với năm 2019 (đạt 81,15%).', expect: [['on_time_rate', 83.72, { period: '2020-01-01..2020-12-31' }], ['on_time_rate', 81.15, { period: '2019-01-01..2019-12-31' }]] },
    // a plan's year names the plan, not the figures
    { text: 'Thực hiện Kế hoạch cải cách hành chính năm 2020, trong quý I/2020 huyện tiếp nhận 500 hồ sơ.', expect: [['dossiers_received', 500, { period: '2020-01-01..2020-03-31' }]] },
    // range grammar: a start written as a day, a date to a month's end, a running total to a month's end (F09)
    { family: 'F09', text: 'Có 64 xã, phường phát sinh dưới 150 hồ sơ. Nhiều xã, phường có tỷ lệ giải quyết đúng hạn 100% từ ngày 1 đến ngày 15/7, như phường Tam Kỳ và phường Hội An Đông.', published: '2025-07-16',
      expect: [['on_time_rate', 100, { period: '2025-07-01..2025-07-15' }]] },
    { family: 'F09', text: 'Từ ngày 1-7-2025 đến hết tháng 12-2025, toàn tỉnh tiếp nhận hơn 174.470 hồ sơ đất đai.', published: '2026-01-10',
      expect: [['dossiers_received', 174470, { period: '2025-07-01..2025-12-31' }]] },
    { family: 'F09', text: 'Từ ngày 5-12-2020 đến 15- 11-2021, bộ phận một cửa thị xã Tân Uyên đã tiếp nhận 7.604 hồ sơ.', published: '2021-11-20',
      expect: [['dossiers_received', 7604, { period: '2020-12-05..2021-11-15' }]] },
    { family: 'F09', text: 'Tính đến cuối tháng 5 năm 2017, UBND TP Mỹ Tho tiếp nhận 116.383 hồ sơ thủ tục hành chính.', published: '2017-06-05',
      expect: [['dossiers_received', 116383, { period: '..2017-05-31' }]] },
  ],
  negatives: [],
};
