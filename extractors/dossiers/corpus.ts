// Dossier counts in the phrasings reports use, and near misses that are not counts of dossiers.
import type { Corpus } from '../corpus.ts';

export const corpus: Corpus = {
  family: 'dossiers',
  examples: [
    // a total of dossiers in one state, the state said after their owner; a photo's number in its caption is no count;
    // a site's menu of provinces above the article names no subject
    { text: 'xem thêm\nAn Giang\nBình Dương\nBình Phước\nBạc Liêu\n\nQuảng Nam: Nhiều sở trễ hạn hồ sơ phớt lờ xin lỗi dân\n\nTheo báo cáo của Trung tâm Hành chính công tỉnh Quảng Nam, trong 11 tháng đầu năm 2019, có tổng cộng 1.052 hồ sơ của các đơn vị, sở ngành trên địa bàn tỉnh Quảng Nam trễ hạn so với quy định (chiếm 1,5% hồ sơ giải quyết).\n\nQuảng Nam: Nhiều sở trễ hạn hồ sơ phớt lờ xin lỗi dân - Ảnh 1.\n\nTrong đó, Sở Tài nguyên và Môi trường có tổng cộng 143 hồ sơ trễ hạn.', published: '2019-11-26', url: 'https://nld.com.vn/x.htm',
      expect: [['dossiers_overdue', 1052, { place: 'tỉnh Quảng Nam' }], ['overdue_rate', 1.5], ['dossiers_overdue', 143, { place: 'tỉnh Quảng Nam', agency: 'Sở Tài nguyên và Môi trường' }]], only: true },
    // "đúng thời gian quy định" is on time
    { text: 'Năm 2022, TP.HCM đã giải quyết 22,3 triệu hồ sơ. Trong số hồ sơ đã giải quyết, có hơn 22,26 triệu hồ sơ đúng thời gian quy định (tỷ lệ 99,84%).', published: '2023-01-10', url: 'https://sggp.org.vn/x',
      expect: [['dossiers_on_time', 22260000, { approx: 'gt' }], ['on_time_rate', 99.84]] },
    // the passive with its agent: the verbs after the body named
    { text: 'Quý 1/2021 có gần 13.000 lượt yêu cầu của người dân và doanh nghiệp được Trung tâm Phục vụ Hành chính công tỉnh Thái Nguyên tiếp nhận và giải quyết.', published: '2021-04-20',
      expect: [['dossiers_received', 13000, { approx: 'approx' }], ['dossiers_resolved', 13000]], only: true },
    // citizens' requests the centre received and resolved are its dossiers
    { text: 'Quý 1/2021, Trung tâm Phục vụ Hành chính công tỉnh Thái Nguyên tiếp nhận và giải quyết gần 13.000 lượt yêu cầu của người dân và doanh nghiệp.', published: '2021-04-20',
      expect: [['dossiers_received', 13000, { approx: 'approx' }], ['dossiers_resolved', 13000]], only: true },
    // labelled items of a list, each with its part of its whole in brackets, take the first item's pair of metrics
    { rule: 'dossiers/list', text: 'Tháng 7/2023, các đơn vị có số hồ sơ tiếp nhận trực tuyến nhiều gồm: Sở Công Thương (2.968/3.183, tỷ lệ 93,2%); Sở Tài chính (40/48, tỷ lệ 83,3%); Công an tỉnh (86/109, tỷ lệ 78,8%).', published: '2023-08-01', url: 'https://baonghean.vn/x',
      expect: [['dossiers_online', 2968, { of: 3183, agency: 'Sở Công Thương' }], ['dossiers_received', 3183], ['online_rate', 93.2],
        ['dossiers_online', 40, { of: 48, agency: 'Sở Tài chính' }], ['dossiers_received', 48, { agency: 'Sở Tài chính' }], ['online_rate', 83.3, { agency: 'Sở Tài chính' }],
        ['dossiers_online', 86, { of: 109, agency: 'Công an tỉnh' }], ['dossiers_received', 109], ['online_rate', 78.8]], only: true },
    // the verb cut short before its count is still the dossiers resolved
    { text: 'Trong quý II/2018, tỉnh Quảng Nam tiếp nhận mới 82.604 hồ sơ. Qua đó, đã giải 82.864 hồ sơ (giải quyết đúng hạn 82.061 hồ sơ, chiếm 99%); ngoài ra, còn 2.179 hồ sơ đang giải quyết.', published: '2018-07-10',
      expect: [['dossiers_received', 82604], ['dossiers_resolved', 82864], ['dossiers_on_time', 82061], ['on_time_rate', 99], ['dossiers_pending', 2179]], only: true },
    { text: 'Trong tháng 5, trung tâm tiếp nhận 2.500 hồ sơ. Hiện tại, 445 hồ sơ đã giải quyết đúng hạn, 144 hồ sơ bổ sung, 12 hồ sơ trả không giải quyết, 142 hồ sơ đang trong thời hạn xử lý.', published: '2019-06-04',
      expect: [['dossiers_received', 2500], ['dossiers_on_time', 445], ['dossiers_pending', 142]], only: true },
    { text: 'Theo UBND tỉnh, tổng số hồ sơ ghi nhận trên Hệ thống thông tin giải quyết TTHC là gần 730.000 hồ sơ.', published: '2025-12-03',
      expect: [['dossiers_received', 730000, { approx: 'approx' }]], only: true },
    { text: 'Bộ phận một cửa huyện đã tiếp nhận 9.604 hồ sơ, đã giải quyết được 7.846 hồ sơ và đang tiếp tục giải quyết 1.758 hồ sơ.', published: '2020-05-10',
      expect: [['dossiers_received', 9604], ['dossiers_resolved', 7846], ['dossiers_pending', 1758]], only: true },
    // agencies listed with their counts: the list's lead names the metric, intake when it names none (F05)
    { family: 'F05', text: 'Các cơ quan có tần suất giao dịch nhiều là Công an tỉnh (590 hồ sơ), Sở Giao thông vận tải (156 hồ sơ), Sở LĐ-TB&XH (209 hồ sơ), Sở KH&ĐT (107 hồ sơ), Sở Công Thương (209 hồ sơ).', published: '2018-05-18',
      expect: [['dossiers_received', 590, { agency: 'Công an tỉnh' }], ['dossiers_received', 156, { agency: 'Sở Giao thông vận tải' }], ['dossiers_received', 209, { agency: 'Sở Lao động - Thương binh và Xã hội' }], ['dossiers_received', 107, { agency: 'Sở Kế hoạch và Đầu tư' }], ['dossiers_received', 209, { agency: 'Sở Công Thương' }]], only: true },
    { text: 'Các cơ quan có số lượng HS tiếp nhận nhiều trong tháng là: Công an tỉnh 3,8 ngàn HS, Sở Công Thương 1,7 ngàn HS, Sở Giao thông vận tải 829 HS.', published: '2020-11-08',
      expect: [['dossiers_received', 3800], ['dossiers_received', 1700], ['dossiers_received', 829]] },
    { text: 'Kết quả, trong 3 năm qua, UBND thị xã tiếp nhận 12.341 hồ sơ, đã giải quyết 12.018 hồ sơ, trong đó đúng hạn 11.808 hồ sơ (đạt tỷ lệ 98,2%).', published: '2018-10-13',
      expect: [['dossiers_received', 12341], ['dossiers_resolved', 12018], ['dossiers_on_time', 11808], ['on_time_rate', 98.2]], only: true },
    { text: 'Trong quí I/2020, cấp huyện đã tiếp nhận và giải quyết 113/132 hồ sơ, trong đó đúng hạn 107, quá hạn 06.',
      expect: [['dossiers_resolved', 113], ['dossiers_received', 132], ['dossiers_on_time', 107], ['dossiers_overdue', 6]], only: true },
    { text: 'Năm 2023, huyện có 27.366 hồ sơ yêu cầu giải quyết TTHC (trong đó có 23.216 hồ sơ trực tuyến).',
      expect: [['dossiers_received', 27366], ['dossiers_online', 23216]], only: true },
    { text: 'Năm 2024, UBND huyện đã tiếp nhận, giải quyết trước và đúng hạn 2.360 hồ sơ, đạt tỷ lệ 100%, trong đó có 2.284 hồ sơ trực tuyến.',
      expect: [['dossiers_received', 2360], ['dossiers_resolved', 2360], ['dossiers_on_time', 2360], ['on_time_rate', 100], ['dossiers_online', 2284]], only: true },
    { text: 'Năm 2023, huyện đã tiếp nhận và giải quyết 656 hồ sơ.', expect: [['dossiers_received', 656], ['dossiers_resolved', 656]], only: true },
    { text: 'Năm 2023, tổng số hồ sơ tiếp nhận là 45.120 hồ sơ; số hồ sơ đã giải quyết là 44.870 hồ sơ.', expect: [['dossiers_received', 45120], ['dossiers_resolved', 44870]] },
    { text: 'Năm 2023, Trung tâm đã tiếp nhận 45.678 hồ sơ (trong đó kỳ trước chuyển sang 1.234 hồ sơ, mới tiếp nhận 44.444 hồ sơ).',
      expect: [['dossiers_total', 45678], ['dossiers_carried_over', 1234], ['dossiers_received', 44444]] },
    // a figure the headline gives without its period and the body with it is one fact, of the body's period
    // where the figures come from is no channel: "Theo số liệu từ Cổng dịch vụ công tỉnh" (F15)
    { family: 'F15', text: 'Theo số liệu từ Cổng dịch vụ công tỉnh Hà Tĩnh, tính đến nay, toàn tỉnh đã tiếp nhận 434.835 hồ sơ, tỷ lệ xử lý đúng hạn đạt 99,84%.', published: '2020-12-06',
      expect: [['dossiers_received', 434835], ['on_time_rate', 99.84]], only: true },
    // the headline's agency figure restated in a body sentence naming no agency is one fact (F22)
    // the mechanisms a total takes in name no channel; "kỳ báo cáo trước chuyển qua" is the carried part (F07)
    { family: 'F07', text: 'Tổng số hồ sơ yêu cầu giải quyết TTHC trong kỳ, gồm hồ sơ giải quyết theo cơ chế một cửa, cơ chế một cửa liên thông, theo dịch vụ công trực tuyến là 260.752 hồ sơ, trong đó, số hồ sơ mới tiếp nhận là 252.947, số hồ sơ từ kỳ báo cáo trước chuyển qua là 7.805.', published: '2020-07-10',
      expect: [['dossiers_total', 260752], ['dossiers_received', 252947], ['dossiers_carried_over', 7805]], only: true },
    // the national portal alone is where figures are kept, not the online channel (F15)
    { family: 'F15', text: 'Tính đến ngày 29/10/2025, có hơn 14,5 triệu hồ sơ được tiếp nhận qua Cổng Dịch vụ công quốc gia.', published: '2025-10-30',
      expect: [['dossiers_received', 14500000, { approx: 'gt' }]], only: true },
    // "đã được xử lý, trả kết quả" is resolved, not the next item of the channel list before it (F20)
    { family: 'F20', text: 'Trong 45 ngày, Cổng dịch vụ công cấp xã đã tiếp nhận gần 197.000 hồ sơ trực tiếp và hơn 253.000 hồ sơ trực tuyến; trên 338.000 hồ sơ đã được xử lý, trả kết quả.', published: '2025-08-15',
      expect: [['dossiers_online', 253000], ['dossiers_resolved', 338000]] },
    // the parts of a figure of two verbs share both (F12); a restated sum of new intake and carried part is the whole (F07)
    { family: 'F12', text: 'Từ ngày 01/12/2022 đến ngày 30/11/2023, toàn huyện đã tiếp nhận và giải quyết 41.484 hồ sơ TTHC (trong đó cấp huyện là 12.932 hồ sơ, cấp xã là 28.552 hồ sơ).', published: '2023-12-10',
      expect: [['dossiers_received', 41484], ['dossiers_resolved', 41484], ['dossiers_received', 12932], ['dossiers_resolved', 12932], ['dossiers_received', 28552], ['dossiers_resolved', 28552]], only: true },
    { family: 'F07', text: 'Năm 2020, Sở Tư pháp đã tiếp nhận 6.438 hồ sơ TTHC và 338 hồ sơ năm trước chuyển sang.\n\nNhư vậy, trong năm 2020 Sở Tư pháp đã tiếp nhận 6.776 hồ sơ thủ tục hành chính.', published: '2021-01-19',
      expect: [['dossiers_received', 6438], ['dossiers_carried_over', 338], ['dossiers_total', 6776]], only: true },
    // a total split into its carried part and new intake is the whole, whatever its verb (F07)
    { family: 'F07', text: 'Tổng số hồ sơ các sở, ban ngành, UBND phường, xã nhận giải quyết trong kỳ báo cáo được tổng hợp hơn 2,578 triệu hồ sơ (bao gồm: hơn 64.500 hồ sơ kỳ trước chuyển qua, hơn 2,513 triệu hồ sơ tiếp nhận trong kỳ).', published: '2025-12-10',
      expect: [['dossiers_total', 2578000], ['dossiers_carried_over', 64500], ['dossiers_received', 2513000]], only: true },
    // the sentence's topic names the channel of each of its counts (F10)
    { family: 'F10', text: 'Về hồ sơ trực tuyến, trong quý, UBND thành phố tiếp nhận 581 hồ sơ, đạt 28,91%; UBND cấp xã tiếp nhận 1.406 hồ sơ, đạt 21,68%.', published: '2023-10-05',
      expect: [['dossiers_online', 581], ['online_rate', 28.91], ['dossiers_online', 1406, { scope: 'xã' }], ['online_rate', 21.68]], only: true },
    // a part counted out of its whole keeps the whole as `of` (spec) (F07)
    { family: 'F07', rule: 'dossiers/part-of-whole', text: 'Trong quý I/2025, tỷ lệ giải quyết đúng hạn 5.504/5.512 hồ sơ, đạt tỷ lệ 99,85%.', published: '2025-04-10',
      expect: [['dossiers_on_time', 5504, { of: 5512 }], ['dossiers_resolved', 5512]] },
    // the intake split by the tier whose competence it is gives facts with that scope (spec) (F07)
    { family: 'F07', rule: 'dossiers/competence-split', text: 'Trong năm 2016 toàn huyện tiếp nhận 83.261 hồ sơ, trong đó thuộc thẩm quyền cấp huyện là 7.512 hồ sơ, tỷ lệ giải quyết đúng hạn chiếm 98,42%; thuộc thẩm quyền giải quyết cấp xã 75.749 hồ sơ, tỷ lệ giải quyết đúng hạn 99,9%.', published: '2017-01-10',
      expect: [['dossiers_received', 83261], ['dossiers_received', 7512, { scope: 'huyện' }], ['dossiers_received', 75749, { scope: 'xã' }], ['on_time_rate', 98.42], ['on_time_rate', 99.9]], only: true },
    // those who come to get procedures done are the intake; "xử lý được" is resolved (F15)
    { family: 'F15', text: 'Quý III/2025, các lĩnh vực người dân, doanh nghiệp đến giải quyết TTHC nhiều như: Ban Quản lý các Khu công nghiệp tỉnh (1.082 hồ sơ), Sở Kế hoạch và Đầu tư (1.016 hồ sơ).', published: '2025-10-10',
      expect: [['dossiers_received', 1082, { agency: 'Ban Quản lý các Khu công nghiệp' }], ['dossiers_received', 1016, { agency: 'Sở Kế hoạch và Đầu tư' }]], only: true },
    { family: 'F15', text: 'Trong năm qua, huyện Núi Thành đã tiếp nhận 10.718 hồ sơ thủ tục hành chính, xử lý được 9.817 hồ sơ.', published: '2019-01-10',
      expect: [['dossiers_received', 10718], ['dossiers_resolved', 9817]], only: true },
    // a count in a bracket opened right after a count is its aside, and the rate after it is the first count's (F12)
    { family: 'F12', text: 'Năm 2021, trước hạn và đúng hạn 802 hồ sơ, đạt tỷ lệ 97,45%; trễ hạn 21 hồ sơ (13 hồ sơ do lỗi hệ thống), đạt tỷ lệ 2,55%.', published: '2022-01-10',
      expect: [['dossiers_on_time', 802], ['on_time_rate', 97.45], ['dossiers_overdue', 21], ['overdue_rate', 2.55]], only: true },
    // the unit with the most dossiers "với N hồ sơ" states its intake; DVCTT is the online channel (F15)
    { family: 'F15', text: 'Tháng 9/2025, TPHCM vẫn là địa phương có số lượng hồ sơ cao nhất với 645.566 hồ sơ.', published: '2025-10-10',
      expect: [['dossiers_received', 645566, { place: 'thành phố Hồ Chí Minh' }]], only: true },
    { family: 'F15', text: 'Năm 2021, số lượng hồ sơ được cung cấp DVCTT là 591.891 hồ sơ.', published: '2022-01-10',
      expect: [['dossiers_online', 591891]], only: true },
    // a cue broken by a hard-wrapped line is still the cue (F15)
    { family: 'F15', text: 'Năm 2020, Sở Tư pháp đã giải quyết 6.514 hồ sơ, còn 270 hồ sơ đang trong\nthời hạn giải quyết.', published: '2021-01-19',
      expect: [['dossiers_resolved', 6514], ['dossiers_pending', 270]], only: true },
    // a system's name holding "trực tuyến" names no channel (F15)
    { family: 'F15', text: 'Thống kê chi tiết, năm 2017, hệ thống dịch vụ hành chính công trực tuyến tỉnh Đắk Lắk đã tiếp nhận 48.442 hồ sơ, đã giải quyết 42.757 hồ sơ.', published: '2017-11-10',
      expect: [['dossiers_received', 48442], ['dossiers_resolved', 42757]], only: true },
    // labelled items of a sentence's dossiers ("đã giải quyết: 1.200 (trước hạn: 800; …)") (F15)
    { family: 'F15', text: 'Quý III/2025, phường Hạc Thành: tổng số hồ sơ tiếp nhận: 1.234; đã giải quyết: 1.200 (trước hạn: 800; đúng hạn: 390; quá hạn: 10); đang giải quyết: 34.', published: '2025-10-10',
      expect: [['dossiers_received', 1234], ['dossiers_resolved', 1200], ['dossiers_early', 800], ['dossiers_on_time', 390], ['dossiers_overdue', 10], ['dossiers_pending', 34]], only: true },
    // "tổng số hồ sơ phải giải quyết" is the caseload received (F15)
    { family: 'F15', text: 'Theo đó, trong 7 tháng đầu năm 2019, tổng số hồ sơ phải giải quyết trên địa bàn quận Bắc Từ Liêm là 186.136 hồ sơ, giải quyết được 183.009 hồ sơ, đạt tỷ lệ 98,32%.', published: '2019-08-10',
      expect: [['dossiers_received', 186136], ['dossiers_resolved', 183009], ['resolved_rate', 98.32]], only: true },
    // cases received and resolved, counted as procedures, are dossier counts (spec) (F15)
    { family: 'F15', text: 'Tính đến ngày 20/8/2019, Bộ phận một cửa quận Long Biên đã tiếp nhận, giải quyết 60.349 thủ tục hành chính.', published: '2019-08-25',
      expect: [['dossiers_received', 60349], ['dossiers_resolved', 60349]], only: true },
    { family: 'F22', text: 'Trung tâm Hành chính công tỉnh Vĩnh Phúc: Gần 97% hồ sơ trả trước và đúng hạn\n\nTrong tháng 5/2019, hồ sơ có kết quả trả trước và đúng hạn là 2.425 hồ sơ (đạt gần 97%).', published: '2019-06-04',
      expect: [['on_time_rate', 97], ['dossiers_on_time', 2425]], only: true },
    { family: 'F22', text: 'Tỉnh An Giang hiện còn 5.830 hồ sơ xử lý quá hạn\n\nTính đến ngày 30-1, toàn tỉnh còn 5.830 hồ sơ xử lý quá hạn.', published: '2026-02-02',
      expect: [['dossiers_overdue', 5830, { period: '..2026-01-30' }]], only: true },
    // the split of the whole written as the next sentence: the count before it is the whole caseload, and so is the
    // same count as a denominator
    { rule: 'dossiers/split-total', text: 'Được biết, trong quý II.2018, từ cấp tỉnh đến cấp xã có 85.043 hồ sơ TTHC yêu cầu giải quyết. Trong đó, tiếp nhận mới 82.604 hồ sơ, còn lại là hồ sơ từ kỳ báo cáo trước.',
      expect: [['dossiers_total', 85043], ['dossiers_received', 82604]], only: true },
    { rule: 'dossiers/split-total', text: 'Tháng 5-2021, Trung tâm tiếp nhận 5,65 ngàn hồ sơ các loại. Trong đó có 1,07 ngàn hồ sơ kỳ trước chuyển sang, tiếp nhận mới 4,58 ngàn hồ sơ. Trung tâm đã giải quyết: 4.561/5.650 hồ sơ.', published: '2021-06-06',
      expect: [['dossiers_total', 5650], ['dossiers_carried_over', 1070], ['dossiers_received', 4580], ['dossiers_resolved', 4561]], only: true },
    { rule: 'dossiers/split-total', text: 'Năm 2020, tổng số hồ sơ yêu cầu giải quyết trong kỳ của toàn huyện là 59.010 bộ. Trong đó, số hồ sơ mới tiếp nhận là 57.028 bộ; số hồ sơ từ kỳ trước chuyển qua là 1.982 bộ.', published: '2021-01-19',
      expect: [['dossiers_total', 59010], ['dossiers_received', 57028], ['dossiers_carried_over', 1982]], only: true },
    // (a next sentence that splits by channel only, or a count called the new intake, leaves the count the intake)
    { text: 'Năm 2023, huyện tiếp nhận 8.400 hồ sơ. Trong đó, có 6.100 hồ sơ trực tuyến.', published: '2024-01-10',
      expect: [['dossiers_received', 8400], ['dossiers_online', 6100]], only: true },
    { text: 'Năm 2023, huyện tiếp nhận mới 8.400 hồ sơ. Trong đó có 300 hồ sơ kỳ trước chuyển sang.', published: '2024-01-10',
      expect: [['dossiers_received', 8400], ['dossiers_carried_over', 300]], only: true },
    { text: 'Năm 2023, đã giải quyết 40.100 hồ sơ, trong đó trước hạn 20.000 hồ sơ, đúng hạn 19.900 hồ sơ, quá hạn 200 hồ sơ; đang giải quyết 1.500 hồ sơ.',
      expect: [['dossiers_resolved', 40100], ['dossiers_early', 20000], ['dossiers_on_time', 19900], ['dossiers_overdue', 200], ['dossiers_pending', 1500]] },
    { text: 'Năm 2023, có 7.677 hồ sơ quá hạn.', expect: [['dossiers_overdue', 7677]] },
    { text: 'Năm 2023, có 120 hồ sơ trễ hẹn và 35 hồ sơ chưa đến hạn giải quyết.', expect: [['dossiers_overdue', 120], ['dossiers_pending', 35]] },
    { text: 'Năm 2023, số hồ sơ giải quyết trễ hạn là 45 hồ sơ.', expect: [['dossiers_overdue', 45]] },
    { text: 'Năm 2023, hồ sơ tiếp nhận qua dịch vụ công trực tuyến là 30.211 hồ sơ.', expect: [['dossiers_online', 30211]] },
    { text: 'Năm 2023, huyện tiếp nhận 9.300 hồ sơ, trong đó 5.100 hồ sơ nộp trực tuyến.', expect: [['dossiers_received', 9300], ['dossiers_online', 5100]] },
    { text: 'Năm 2023, huyện tiếp nhận 9.300 hồ sơ; đã giải quyết 9.200 hồ sơ, trong đó: trước hạn 3.000 hồ sơ, đúng hạn 6.150 hồ sơ, trễ hạn 50 hồ sơ.',
      expect: [['dossiers_received', 9300], ['dossiers_resolved', 9200], ['dossiers_early', 3000], ['dossiers_on_time', 6150], ['dossiers_overdue', 50]] },
    { text: 'Năm 2023, đã trả kết quả 8.900 hồ sơ.', expect: [['dossiers_resolved', 8900]] },
    { text: 'Năm 2023, tổng số hồ sơ đã giải quyết 3.198 hồ sơ, đạt tỷ lệ 98,55%.', expect: [['dossiers_resolved', 3198], ['resolved_rate', 98.55]], only: true },
    { text: 'Năm 2023, giải quyết trước và đúng hạn 8.850 hồ sơ.', expect: [['dossiers_on_time', 8850]], only: true },
    { text: 'Năm 2023, số hồ sơ giải quyết đúng và trước hạn là 8.850.', expect: [['dossiers_on_time', 8850]] },
    // dossiers digitised measure the archive, not the caseload (F07)
    { family: 'F07', text: 'Về công tác số hóa, Trung tâm đã số hóa thành phần hồ sơ đầu vào cho 11.241 trên tổng số 40.954 hồ sơ, đạt tỷ lệ 27,45%. Số hồ sơ hoàn thành toàn bộ quy trình số hóa là 9.143, với 159 hồ sơ đã tái sử dụng kết quả số hóa.', published: '2025-01-10',
      expect: [], only: true },
    // dossiers still being handled past their due date are overdue; those still in time, pending (F15)
    { family: 'F15', text: 'Năm 2022, trên Cổng Dịch vụ công quốc gia, tỉnh Gia Lai còn 580 hồ sơ đang xử lý quá hạn.', published: '2023-01-10', expect: [['dossiers_overdue', 580]], only: true },
    { family: 'F15', text: 'Năm 2022, số lượng hồ sơ đang giải quyết là 26.068 (19.972 hồ sơ còn trong hạn và 4.104 hồ sơ quá hạn).', published: '2023-01-10',
      expect: [['dossiers_pending', 26068], ['dossiers_pending', 19972], ['dossiers_overdue', 4104]], only: true },
    // results returned are dossiers resolved; the post office's counts are a channel (F07)
    { family: 'F07', text: 'Năm 2022, Trung tâm đã trả 4.328 kết quả giải quyết thủ tục hành chính cho tổ chức, công dân.', published: '2023-01-10', expect: [['dossiers_resolved', 4328]], only: true },
    { family: 'F07', text: '8 tháng đầu năm 2020, Bưu điện tỉnh Điện Biên đã tiếp nhận hơn 4.400 hồ sơ và chuyển trả 42.420 kết quả giải quyết thủ tục hành chính.', published: '2020-09-10', expect: [], only: true },
    { family: 'F07', text: 'Trong năm 2019, các đơn vị Công an toàn tỉnh trả 2.646 kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính.', published: '2020-01-10', expect: [], only: true },
    // "có N hồ sơ" with its carried part and new intake named next is the whole caseload
    { text: 'Năm 2021, Chi nhánh Văn phòng Đăng ký đất đai có 13.039 hồ sơ yêu cầu giải quyết; trong đó 915 hồ sơ kỳ trước chuyển sang, 12.124 hồ sơ nhận mới.', published: '2022-01-10',
      expect: [['dossiers_total', 13039], ['dossiers_carried_over', 915], ['dossiers_received', 12124]], only: true },
    // the count behind a rate just stated (F15)
    { family: 'F15', text: 'Năm 2022, tỷ lệ giải quyết đúng và sớm hạn đạt 99,85%, tương ứng với 94.839 hồ sơ, trong khi tỷ lệ trễ hạn chỉ chiếm 0,15% với 146 hồ sơ.', published: '2023-01-10',
      expect: [['on_time_rate', 99.85], ['dossiers_on_time', 94839], ['overdue_rate', 0.15], ['dossiers_overdue', 146]], only: true },
    { text: 'Năm 2023, có 8.850 hồ sơ được giải quyết đúng hạn.', expect: [['dossiers_on_time', 8850]] },
    { text: 'Năm 2023, có 8.850 hồ sơ đã được giải quyết.', expect: [['dossiers_resolved', 8850]] },
    { text: 'Năm 2023, huyện tiếp nhận 5.000 hồ sơ, giảm 300 hồ sơ so với năm 2022.', expect: [['dossiers_received', 5000]], only: true },
    { text: 'Trên 7.600 hồ sơ bị quá hạn trong quý I', published: '2020-03-18', expect: [['dossiers_overdue', 7600, { approx: 'gt', period: '2020-01-01..2020-03-31' }]] },
    // a flattened table: the noun stands above its rows
    { text: 'Kết quả giải quyết TTHC quý II/2021 của thị xã Hương Thủy\n\n- Tổng số hồ sơ tiếp nhận: 4.512\n- Đã giải quyết: 4.411, trong đó:\n+ Giải quyết trước hạn: 2.310 (tỷ lệ 52,37%)\n+ Giải quyết đúng hạn: 2.101\n+ Trễ hạn: 0\n- Đang giải quyết: 101', published: '2021-07-09',
      expect: [['dossiers_received', 4512], ['dossiers_resolved', 4411], ['dossiers_early', 2310], ['early_rate', 52.37], ['dossiers_on_time', 2101], ['dossiers_overdue', 0], ['dossiers_pending', 101, { place: 'thị xã Hương Thủy', period: '2021-04-01..2021-06-30' }]], only: true },
    { text: 'Quý I/2024, thị xã Sa Pa tiếp nhận gần hai nghìn hồ sơ trực tuyến.', expect: [['dossiers_online', 2000, { approx: 'approx' }]] },
    { text: 'Năm tháng đầu năm, thành phố Thuận An tiếp nhận hơn 48 ngàn lượt hồ sơ.', published: '2024-06-07', expect: [['dossiers_received', 48000, { approx: 'gt', period: '2024-01-01..2024-05-31' }]] },
    { text: 'Từ đầu năm đến ngày 15/11/2022, Sở Tài nguyên và Môi trường tỉnh Bắc Ninh đã tiếp nhận 8.734 hồ sơ.', expect: [['dossiers_received', 8734, { period: '2022-01-01..2022-11-15', agency: 'Sở Tài nguyên và Môi trường' }]] },
    // a table pasted as text, one cell a line
    { text: 'Tình hình giải quyết hồ sơ tháng 10/2022 như sau:\n\nCấp\nTiếp nhận\nĐã giải quyết\nQuá hạn\nTỷ lệ đúng hạn\nCấp tỉnh\n45 210\n44 987\n23\n99,95 %\nCấp xã\n26 733\n26 701\n6\n99.98 %\n\nSở Nội vụ đề nghị các cơ quan xử lý dứt điểm hồ sơ tồn.', published: '2022-11-07',
      expect: [['dossiers_received', 45210, { scope: 'tỉnh' }], ['dossiers_resolved', 44987], ['dossiers_overdue', 23], ['on_time_rate', 99.95], ['dossiers_received', 26733, { scope: 'xã' }], ['dossiers_resolved', 26701], ['dossiers_overdue', 6], ['on_time_rate', 99.98]], only: true },
    // the last item names the metric for the whole list
    { text: 'Trong quý I/2020, ở cấp huyện, TP Đà Lạt có 2.146 hồ sơ, huyện Lâm Hà 1.035 hồ sơ và huyện Di Linh 604 hồ sơ quá hạn.',
      expect: [['dossiers_overdue', 2146, { place: 'thành phố Đà Lạt' }], ['dossiers_overdue', 1035, { place: 'huyện Lâm Hà' }], ['dossiers_overdue', 604, { place: 'huyện Di Linh' }]], only: true },
    // a figure stated for comparison is a fact of the earlier period
    { text: 'Trong 6 tháng đầu năm 2020, thành phố Chí Linh tiếp nhận 19.346 hồ sơ, tăng 8,7% so với cùng kỳ năm 2019 (17.802 hồ sơ).',
      expect: [['dossiers_received', 19346, { period: '2020-01-01..2020-06-30' }], ['dossiers_received', 17802, { period: '2019-01-01..2019-06-30' }]], only: true },
    { text: 'Phường Lào Cai dẫn đầu về số hồ sơ tiếp nhận với 18.230 hồ sơ; phường Yên Bái 15.604 hồ sơ.', published: '2025-12-19',
      expect: [['dossiers_received', 18230, { place: 'phường Lào Cai' }], ['dossiers_received', 15604, { place: 'phường Yên Bái' }]] },
    { text: 'Tính đến cuối tháng 5 năm 2017, UBND TP Mỹ Tho đã giải quyết 116.008 hồ sơ đúng hạn, 375 hồ sơ đang giải quyết, 27 hồ sơ quá hạn thuộc lĩnh vực đất đai.', published: '2017-06-05',
      expect: [['dossiers_on_time', 116008], ['dossiers_pending', 375], ['dossiers_overdue', 27]], only: true },
    { text: 'Năm 2023, huyện có tổng cộng 12.345 hồ sơ.', published: '2024-03-01', rule: 'dossiers/total-as-intake', expect: [['dossiers_received', 12345]], only: true },
    { text: 'Năm 2023, huyện có 27.366 hồ sơ giải quyết theo cơ chế một cửa.', published: '2024-03-01', rule: 'dossiers/existence', expect: [['dossiers_received', 27366]], only: true },
    { text: 'Năm 2021, số hồ sơ đang được giải quyết là: 11.019 hồ sơ.', published: '2022-01-10', expect: [['dossiers_pending', 11019]], only: true },
    { text: 'Trong tháng 10, Trung tâm đã tiếp nhận tổng cộng 19.361 hồ sơ, trong đó có 16.041 hồ sơ tiếp nhận mới, số còn lại từ kỳ trước chuyển sang.', published: '2020-11-10',
      expect: [['dossiers_total', 19361], ['dossiers_received', 16041]] },
    { text: 'Năm 2021, số hồ sơ đang được giải quyết là: 11.019 hồ sơ; trong đó, số hồ sơ trong hạn là: 10.686 hồ sơ.', published: '2022-01-10',
      expect: [['dossiers_pending', 11019], ['dossiers_pending', 10686]], only: true },
    { text: 'Trong tháng 10, số hồ sơ giải quyết trễ hạn của UBND các huyện Phù Mỹ, Vân Canh và Tây Sơn là 40 hồ sơ, trong tổng số hồ sơ trễ hạn của cả tỉnh (58 hồ sơ).', published: '2020-11-10', url: 'https://binhdinh.gov.vn/x',
      expect: [['dossiers_overdue', 58, { place: 'tỉnh Bình Định' }]], only: true },
    { text: 'Theo lãnh đạo UBND phường Phú An, từ ngày 1/7 đến nay, trung tâm phục vụ hành chính công phường Phú An, TPHCM đã tiếp nhận hơn 410 hồ sơ.', published: '2025-07-09',
      expect: [['dossiers_received', 410, { place: 'phường Phú An' }]] },
    { text: 'Tổng số hồ sơ yêu cầu giải quyết trong năm 2021 là 1.150.343 hồ sơ; trong đó số hồ sơ trực tuyến là 69.635 hồ sơ, số hồ sơ từ kỳ trước chuyển qua là 15.641 hồ sơ. Số hồ sơ đã giải quyết là 1.139.324 hồ sơ; trong đó số hồ giải quyết trước hạn là 114.977 và đúng hạn là 1.022.796 hồ sơ.', published: '2022-01-10',
      expect: [['dossiers_total', 1150343], ['dossiers_online', 69635], ['dossiers_carried_over', 15641], ['dossiers_resolved', 1139324], ['dossiers_early', 114977], ['dossiers_on_time', 1022796]], only: true },
    { text: 'Trong năm 2020, tổng số hồ sơ yêu cầu giải quyết của toàn huyện là 59.010 bộ. Trong đó, số hồ sơ mới tiếp nhận là 57.028 bộ; số hồ sơ từ kỳ trước chuyển qua là 1.982 bộ.', published: '2021-01-19',
      expect: [['dossiers_received', 57028], ['dossiers_carried_over', 1982]] },
  ],
  negatives: [
    // one procedure's results are no figures of the unit
    { text: 'Về kết quả thực hiện chứng thực bản sao điện tử từ bản chính năm 2022 (tính đến ngày 23/8/2022), Bình Phước thuộc tốp 10 với tổng số hồ sơ 17.921, hoàn thành 16.864, chiếm tỷ lệ 94,1%.', published: '2022-09-10', metrics: ['dossiers_received', 'dossiers_resolved', 'resolved_rate'] },
    // services that had dossiers are counted, not dossiers
    { text: 'Năm 2024, tổng số DVCTT có phát sinh hồ sơ là 818/1.542 (gồm: 451 DVCTT toàn trình và 367 DVCTT một phần), đạt 53%.', published: '2024-12-06', metrics: ['dossiers_online', 'dossiers_received', 'dossiers_resolved', 'online_rate'] },
    // one group of procedures reported apart is no figure of the unit
    { text: 'Về tình hình thực hiện thủ tục hành chính cải thiện môi trường đầu tư kinh doanh trên địa bàn tỉnh, từ 14/6/2023 đến ngày 15/7/2023 (kỳ báo cáo), tổng số hồ sơ mới là 327 hồ sơ, đã có kết quả: 205 hồ sơ, trong đó: số hồ sơ trả kết quả đúng hạn là 205 hồ sơ (tỷ lệ 100% đúng hạn).', published: '2023-08-01', metrics: ['dossiers_received', 'dossiers_resolved', 'dossiers_on_time', 'on_time_rate'] },
    // the parts, in brackets, of a count by channel are no figures either
    { text: 'Quý III/2021, Bưu điện tỉnh Thanh Hóa đã tiếp nhận và chuyển trả kết quả giải quyết TTHC cho công dân, tổ chức qua dịch vụ bưu chính công ích 2.239 hồ sơ (trong đó: Tiếp nhận 1.076 hồ sơ; trả kết quả cho công dân 1.163 hồ sơ).', published: '2021-10-13', metrics: ['dossiers_received', 'dossiers_resolved'] },
    // procedures delegated, a share of procedures, procedures a centre takes in, one field, the postal road are no caseload (F07)
    { family: 'F07', text: 'Về cải cách TTHC, đến nay UBND tỉnh ban hành quyết định ủy quyền giải quyết 191 TTHC.', published: '2023-05-10', metrics: ['dossiers_resolved', 'dossiers_received'] },
    { family: 'F07', text: 'Hiện nay, Trung tâm đang tiếp nhận 1.932 TTHC của 19 sở, ngành.', published: '2023-05-10', metrics: ['dossiers_received'] },
    { family: 'F07', text: 'Kiến Xương: Tiếp nhận, giải quyết trên 9.700 thủ tục liên quan đến đất đai', published: '2020-11-09', metrics: ['dossiers_received', 'dossiers_resolved'] },
    { family: 'F07', text: 'Năm 2019, quận trả kết quả 575 hồ sơ qua đường bưu điện.', published: '2019-08-25', metrics: ['dossiers_resolved'] },
    // a directive its issuer gives, named anywhere in the sentence, sets levels, not results (F06)
    { family: 'F06', text: 'Năm 2022, Chủ tịch UBND TP. Phan Thiết yêu cầu các cơ quan, đơn vị, UBND các phường, xã đảm bảo 98% hồ sơ hành chính được giải quyết đúng hạn.', published: '2022-03-10', metrics: ['on_time_rate'] },
    // results delivered at home are a channel (F07)
    { family: 'F07', text: 'Trung tâm Phục vụ hành chính công tỉnh: 10 ngày, trả kết quả hơn 1.300 lượt hồ sơ tại nhà.', published: '2019-06-10', metrics: ['dossiers_resolved'] },
    // online payments and identity-card dossiers are other registers (F07)
    { family: 'F07', text: 'Toàn thành phố có 50 hồ sơ thanh toán trực tuyến với tổng số tiền gần 2,6 triệu đồng.', metrics: ['dossiers_online', 'dossiers_received'] },
    { family: 'F07', text: 'Trong tháng 8/2025, tỉnh Tiền Giang tiếp tục thu nhận 26.357 hồ sơ căn cước, 7.769 hồ sơ định danh điện tử mức 2.', published: '2025-09-05', metrics: ['dossiers_received'] },
    // units meeting a bound, and the month after a day ("ngày 15/7"), are no counts (F06, F14)
    { family: 'F06', text: 'Theo thống kê, có 64 xã, phường có phát sinh dưới 150 hồ sơ thủ tục hành chính, từ ngày 1 đến ngày 15/7.', published: '2025-07-20', metrics: ['dossiers_received', 'dossiers_resolved'] },
    // a directive its issuer gives names thresholds, not results (F06)
    { family: 'F06', text: 'UBND thành phố Đà Nẵng yêu cầu UBND các xã, phường có số lượng hồ sơ phát sinh dưới mức trung bình (dưới 150 hồ sơ, từ ngày 1 đến ngày 15/7) khẩn trương kiểm tra, xác định rõ nguyên nhân.', published: '2025-07-20', metrics: ['dossiers_received'] },
    // daily averages and peaks are no counts of the period's caseload; a channel closing the clause holds for each of its figures (F07)
    { family: 'F07', text: 'Ông Cao Thế Viễn cho biết trung tâm có 6 chuyên viên làm việc, tiếp nhận trung bình 50-60 hồ sơ mỗi ngày, có thời điểm đột biến lên hơn 100 hồ sơ.', metrics: ['dossiers_received', 'dossiers_resolved'] },
    { family: 'F07', text: 'Bình quân mỗi ngày, Trung tâm tiếp nhận khoảng 460 hồ sơ.', metrics: ['dossiers_received'] },
    { family: 'F07', text: 'Trong năm 2019, các đơn vị Công an toàn tỉnh tiếp nhận 1.200 hồ sơ và trả 2.646 kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính.', metrics: ['dossiers_received', 'dossiers_resolved'] },
    { family: 'F07', text: 'Trong đó: 19.838 hồ sơ tiếp nhận trực tuyến, 190.319 hồ sơ mới tiếp nhận (trực tiếp và bưu chính).', metrics: ['dossiers_received'] },
    // the new intake by channel ("tiếp nhận mới trực tiếp", "tiếp nhận qua dịch vụ bưu chính") is no figure (F07)
    { family: 'F07', text: 'Tháng 5-2021, trung tâm tiếp nhận mới trực tiếp 3,19 ngàn HS, tiếp nhận qua dịch vụ bưu chính công ích 132 HS.', metrics: ['dossiers_received'] },
    { text: 'Có 18 cơ quan, đơn vị cấp tỉnh phát sinh hồ sơ trực tuyến, trong đó, có 40 hồ sơ nộp mức độ 3 và gần 860 hồ sơ nộp mức độ 4.' },
    { text: '10 tháng đầu năm 2020, huyện Kiến Xương đã tiếp nhận và giải quyết trên 9.700 hồ sơ liên quan đến lĩnh vực đất đai.' },
    // parts of the caseload: by channel, due, returned, handled-and-pending, one field, a subset by competence (F07)
    { family: 'F07', text: 'Trong đó, đa số HS được tiếp nhận trực tiếp (7,7 ngàn HS), còn lại là tiếp nhận trực tuyến và qua dịch vụ bưu chính công ích.' },
    { text: 'Trong tháng 7 năm 2021, trung tâm có hồ sơ đến hạn giải quyết gần 5.300 hồ sơ.' },
    { family: 'F07', text: 'Lũy kế hồ sơ đã và đang giải quyết trong tháng 5 là hơn 4.500 hồ sơ.', metrics: ['dossiers_pending', 'dossiers_resolved', 'dossiers_received'] },
    { text: 'Các cơ quan thụ lý trả lại hồ sơ và người nộp đề nghị rút hồ sơ là 16 hồ sơ.' },
    { text: 'Qua thống kê, hồ sơ về lĩnh vực đất đai chiếm số lượng nhiều nhất với 743 hồ sơ.' },
    { text: 'Riêng các hồ sơ thuộc thẩm quyền cấp xã, có tổng số 2.760, với 2.602 hồ sơ được giải quyết đúng và trước hạn, chiếm 96,2%.' },
    // targets, criteria and directives are no results
    { text: 'Các tiêu chí trong giải quyết thủ tục hành chính gồm: tỷ lệ đúng hạn 99%, tỷ lệ hồ sơ trực tuyến 80%.' },
    { text: 'UBND các huyện được giao chỉ tiêu tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số hồ sơ là 50%.' },
    { text: '- Đề nghị rà soát, báo cáo giải trình rõ nguyên nhân giải quyết quá hạn 100% hồ sơ.' },
    { text: 'Tin liên quan:\nTrên 7.600 hồ sơ bị quá hạn trong quý I\nHuyện Cái Bè tiếp nhận 12.000 hồ sơ năm 2023' },
    { text: 'Riêng tháng 6/2021, thị xã tiếp nhận hồ sơ nhiều hơn so với tháng 5.', metrics: ['dossiers_received'] },
    { text: 'Năm 2023, UBND huyện đã tiếp nhận và xử lý 5.658/5.658 văn bản đến điện tử, phát hành 4.375/4.375 văn bản đi.' },
    { text: 'Năm 2023, 588 hộp thư điện tử đã được cấp cho cá nhân và đơn vị.' },
    { text: 'Năm 2023, huyện tổ chức 12 cuộc kiểm tra công tác tiếp nhận hồ sơ tại 12 xã.' },
    { text: 'Năm 2023, huyện không có hồ sơ trễ hạn, tồn đọng.' },
    { text: 'Đoàn kiểm tra làm việc tại 2 xã An Phước và Tân Công Chí về tiếp nhận hồ sơ.' },
    { text: 'Năm 2023, đã có 35 tập thể, cá nhân được khen thưởng vì giải quyết hồ sơ tốt.' },
  ],
};
