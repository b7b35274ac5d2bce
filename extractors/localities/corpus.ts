// Places: type words and abbreviations, ambiguous names, the article's subject, scope and agency.
import type { Corpus } from '../corpus.ts';

export const corpus: Corpus = {
  family: 'localities',
  examples: [
    // a department and a district, each with its own figure "lần lượt": the department's is the province's with the agency
    { text: 'Theo đó, Sở Giao thông-Vận tải và huyện Ia Grai đứng đầu bảng Chỉ số Cải cách hành chính năm 2022 với số điểm lần lượt là 91,39 và 80,94.', published: '2023-06-20', url: 'https://baogialai.com.vn/x-post241065.html',
      expect: [['par_index_score', 91.39, { place: 'tỉnh Gia Lai', agency: 'Sở Giao thông-Vận tải' }], ['par_index_score', 80.94, { place: 'huyện Ia Grai', agency: null }]] },
    // a place another rank names ("thứ 2 là thành phố Hải Phòng") is no part of the next rank's subject
    { text: 'Năm 2023, tỉnh Quảng Ninh tiếp tục dẫn đầu bảng xếp hạng Chỉ số cải cách hành chính; xếp vị trí thứ 2 là thành phố Hải Phòng và Hà Nội xếp thứ 3.', published: '2024-04-17',
      expect: [['par_index_rank', 1, { place: 'tỉnh Quảng Ninh' }], ['par_index_rank', 2, { place: 'thành phố Hải Phòng' }], ['par_index_rank', 3, { place: 'thành phố Hà Nội' }]], only: true },
    // the national portal as the subject is the nation's; "trên Cổng dịch vụ công Quốc gia" is a unit's channel
    { text: 'Cụ thể, Cổng DVC quốc gia được khai trương và đưa vào vận hành từ tháng 12/2019, đến nay đã có hơn 4,78 triệu hồ sơ trực tuyến thực hiện từ Cổng. 8 tháng đầu năm 2022, tỉnh Bình Phước tiếp nhận 52.000 hồ sơ.', published: '2022-09-10', url: 'https://binhphuoc.gov.vn/x.html',
      expect: [['dossiers_online', 4780000, { place: 'quốc gia Việt Nam' }], ['dossiers_received', 52000, { place: 'tỉnh Bình Phước' }]], only: true },
    { text: '9 tháng đầu năm 2025, hồ sơ của phường Sài Gòn tiếp nhận trực tuyến trên Cổng dịch vụ công Quốc gia là 1.644 hồ sơ.', published: '2025-10-01',
      expect: [['dossiers_online', 1644, { place: 'phường Sài Gòn' }]], only: true },
    // a headline naming a department and a district, each first of its own ranking, is on the province's ranking; a
    // district named bare in a list may stand before "với" and its figure
    { text: 'Sở Giao thông-Vận tải và huyện Ia Grai đứng đầu về Chỉ số Cải cách hành chính năm 2022\n\n(GLO)- UBND tỉnh Gia Lai vừa ban hành Quyết định số 677/QĐ-UBND phê duyệt và công bố Chỉ số Cải cách hành chính năm 2022 của các sở, ban, ngành tỉnh và UBND các huyện, thị xã, thành phố trên địa bàn.\n\nỞ khối các sở, ban, ngành, Sở Thông tin và Truyền thông xếp thứ 2 với 91,31 điểm. Nằm ở vị trí cuối bảng trong tổng số 20 đơn vị là Ban Quản lý Khu Kinh tế tỉnh với 74,31 điểm. Ở bảng xếp các địa phương, tiếp theo là huyện Đak Pơ với 80,34 điểm, Kông Chro với 79,85 điểm.', published: '2023-06-20', url: 'https://baogialai.com.vn/x-post241065.html',
      expect: [['par_index_score', 74.31, { place: 'tỉnh Gia Lai' }], ['par_index_rank', 20, { of: 20, place: 'tỉnh Gia Lai' }], ['par_index_score', 79.85, { place: 'huyện Kông Chro' }]] },
    // a paragraph opening on the body of a place is about that place: "Trung tâm" after it is that body
    { text: 'Chủ tịch UBND TPHCM kiểm tra hoạt động trung tâm phục vụ hành chính công\n\nTrung tâm Phục vụ hành chính công phường Phú An đặt tại trụ sở Đảng ủy - HĐND - UBND phường Phú An (trụ sở phường Hiệp An cũ). Từ ngày 1-7 đến nay, Trung tâm đã tiếp nhận 414 hồ sơ, đã trả kết quả 378 hồ sơ.', published: '2025-08-10', url: 'https://www.sggp.org.vn/x-post803082.html',
      expect: [['dossiers_received', 414, { place: 'phường Phú An' }], ['dossiers_resolved', 378, { place: 'phường Phú An' }]], only: true },
    // the central bodies that assess are no subject: the province named before the figure is its place
    { text: 'Theo kết quả đánh giá của các bộ, ngành Trung ương về các chỉ số liên quan đến cải cách hành chính năm 2023: Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính Nhà nước (SIPAS), tỉnh Phú Yên đạt 79,66%, xếp vị thứ 51/63.', published: '2024-05-10',
      expect: [['sipas_score', 79.66, { place: 'tỉnh Phú Yên' }], ['sipas_rank', 51, { of: 63, place: 'tỉnh Phú Yên' }]], only: true },
    // an excerpt without its headline, its address naming the ministry or the police force: a national report, whatever
    // city the links to other articles above it name; the business-environment ranking is no index figure
    { text: '- Việt Nam tăng 14 bậc về xếp hạng môi trường kinh doanh, vượt Trung Quốc 10 bậc\n- Hà Nội: Thi tuyên truyền viên, tìm sáng kiến về cải cách hành chính\nKết quả xác định chỉ số cải cách hành chính năm 2017 đã ghi nhận những nỗ lực của toàn lực lượng; giá trị trung bình trong công tác cải cách hành chính của Công an các đơn vị, địa phương ở mức tương đối cao (82.08%), tăng 7,43 % so với năm 2016.',
      url: 'https://www.anninhthudo.vn/bo-cong-an-cong-bo-chi-so-cai-cach-hanh-chinh-trong-cand-nam-2017-post334408.antd',
      expect: [['par_index_score', 82.08, { place: 'quốc gia Việt Nam' }], ['par_index_change', 7.43, { place: 'quốc gia Việt Nam' }]], only: true },
    // after an abbreviation's dot an unknown name opens the next sentence: the figure is the district's the text is about
    { text: 'Năm 2023, quận Bắc Từ Liêm tiếp tục triển khai phần mềm một cửa điện tử dùng chung 3 cấp của TP. Tiếp nhận và trả kết quả đúng hạn 100% hồ sơ hành chính.', published: '2024-01-10',
      expect: [['on_time_rate', 100, { place: 'quận Bắc Từ Liêm' }]] },
    // districts of the article's province named bare as the items of a list place their figures, and are no subject (F19)
    { family: 'F19', text: '71 hồ sơ bị trễ hạn do lỗi của cán bộ\n\n5 tháng đầu năm 2022, Văn phòng đăng ký đất đai tỉnh Bình Định và 11 chi nhánh các địa phương đã tiếp nhận 63.349 hồ sơ đất đai. Trong đó, có 71 hồ sơ trễ hạn do lỗi từ cán bộ văn phòng đăng ký đất đai (Phù Cát 19 hồ sơ, Tuy Phước 11 hồ sơ, Hoài Nhơn 9 hồ sơ).', published: '2022-06-10', url: 'https://baobinhdinh.vn/x',
      expect: [['dossiers_overdue', 71, { place: 'tỉnh Bình Định' }], ['dossiers_overdue', 19, { place: 'huyện Phù Cát' }], ['dossiers_overdue', 11, { place: 'huyện Tuy Phước' }], ['dossiers_overdue', 9]] },
    // the pool of a ranking ("11/63 tỉnh, thành phố trong cả nước") is no place; a ranked unit's "giá trị trung bình" is its own (F18)
    { family: 'F18', text: 'Kết quả chỉ số CCHC năm 2019 của tỉnh An Giang xếp hạng 11/63 tỉnh, thành phố trong cả nước, đạt 83,32% (tăng 2,55% so năm 2018).', published: '2020-05-20',
      expect: [['par_index_score', 83.32, { place: 'tỉnh An Giang' }], ['par_index_rank', 11, { of: 63, place: 'tỉnh An Giang' }]] },
    { family: 'F18', text: 'Theo đó, tỉnh Lào Cai đứng thứ 19/63 tỉnh, thành phố ở Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (chỉ số SIPAS) với giá trị trung bình đạt 84,92%.', published: '2025-04-08',
      expect: [['sipas_score', 84.92, { place: 'tỉnh Lào Cai', aggregate: null }], ['sipas_rank', 19, { of: 63 }]] },
    // a name written without the tone of its k-closed syllables is the same place (F19); a region the rank is given to is the place (F02)
    { family: 'F19', text: 'Chỉ số SIPAS năm 2023 của Kon Tum xếp trước các tỉnh: Đăk Lăk (81.49%), Đăk Nông (81.21%).', published: '2024-06-18',
      expect: [['sipas_score', 81.49, { place: 'tỉnh Đắk Lắk' }], ['sipas_score', 81.21, { place: 'tỉnh Đắk Nông' }]] },
    { family: 'F02', text: 'Năm 2023, Chỉ số CCHC: đứng thứ hai là khu vực Đông Nam Bộ, đạt 87,79%, đây cũng là khu vực có giá trị tăng trưởng bình quân cao nhất.', published: '2024-04-20',
      expect: [['par_index_score', 87.79, { place: 'vùng Đông Nam Bộ' }], ['par_index_rank', 2]], only: true },
    { text: 'Năm 2023, trên địa bàn huyện Chợ Gạo có 27.366 hồ sơ yêu cầu giải quyết TTHC.', expect: [['dossiers_received', 27366, { place: 'huyện Chợ Gạo', province: 'Tiền Giang', scope: null }]] },
    { text: 'Năm 2023, TP. Hồ Chí Minh tiếp nhận 1.234.000 hồ sơ.', expect: [['dossiers_received', 1234000, { place: 'thành phố Hồ Chí Minh', province: 'Hồ Chí Minh' }]] },
    { text: 'Năm 2023, TP.HCM tiếp nhận 1.234.000 hồ sơ.', expect: [['dossiers_received', 1234000, { place: 'thành phố Hồ Chí Minh' }]] },
    { text: 'Năm 2023, thành phố Cần Thơ tiếp nhận 300.000 hồ sơ.', expect: [['dossiers_received', 300000, { place: 'thành phố Cần Thơ', province: 'Cần Thơ' }]] },
    { text: 'Năm 2023, TX. Sơn Tây tiếp nhận 12.000 hồ sơ.', expect: [['dossiers_received', 12000, { place: 'thị xã Sơn Tây', province: 'Hà Nội' }]] },
    { text: 'Năm 2023, UBND Quận 1 tiếp nhận 40.000 hồ sơ.', expect: [['dossiers_received', 40000, { place: 'quận 1', province: 'Hồ Chí Minh' }]] },
    { text: 'Năm 2023, huyện Sơn Tây, tỉnh Quảng Ngãi tiếp nhận 3.000 hồ sơ.', expect: [['dossiers_received', 3000, { place: 'huyện Sơn Tây', province: 'Quảng Ngãi' }]] },
    // an ambiguous name is settled by the province in context
    { text: 'Năm 2022, tỉnh Bến Tre đẩy mạnh CCHC. Huyện Châu Thành tiếp nhận 9.000 hồ sơ.', expect: [['dossiers_received', 9000, { place: 'huyện Châu Thành', province: 'Bến Tre' }]] },
    { text: 'Năm 2022, huyện Châu Thành (Tiền Giang) tiếp nhận 9.000 hồ sơ.', expect: [['dossiers_received', 9000, { place: 'huyện Châu Thành', province: 'Tiền Giang' }]] },
    // a sentence with no place takes the article's subject from the headline
    { text: 'Huyện Tân Hồng đẩy mạnh cải cách hành chính\n\nNăm 2022, Bộ phận một cửa tiếp nhận 5.000 hồ sơ.', expect: [['dossiers_received', 5000, { place: 'huyện Tân Hồng', province: 'Đồng Tháp' }]] },
    { text: 'Bắc Yên rút kinh nghiệm công tác cải cách hành chính\n\nNăm 2017, UBND huyện Bắc Yên tiếp nhận 3.000 hồ sơ. Năm 2018, huyện tiếp nhận 3.500 hồ sơ.', expect: [['dossiers_received', 3500, { place: 'huyện Bắc Yên' }]] },
    // a province named in passing does not take a district's figure
    { text: 'Huyện Chợ Gạo tăng cường CCHC\n\nThực hiện Kế hoạch của UBND tỉnh Tiền Giang, năm 2023 UBND huyện tiếp nhận 2.000 hồ sơ.', expect: [['dossiers_received', 2000, { place: 'huyện Chợ Gạo', scope: 'huyện' }]] },
    // one sentence, several places, each number to its own place
    { text: 'Năm 2023, huyện Cái Bè tiếp nhận 5.000 hồ sơ, huyện Cai Lậy tiếp nhận 4.000 hồ sơ.', expect: [['dossiers_received', 5000, { place: 'huyện Cái Bè' }], ['dossiers_received', 4000, { place: 'huyện Cai Lậy' }]] },
    { text: 'Năm 2023, huyện Cái Bè tiếp nhận 5.000 hồ sơ, huyện Cai Lậy 4.000 hồ sơ, còn thị xã Cai Lậy là 3.500 hồ sơ.', expect: [['dossiers_received', 5000, { place: 'huyện Cái Bè' }], ['dossiers_received', 4000, { place: 'huyện Cai Lậy' }], ['dossiers_received', 3500, { place: 'thị xã Cai Lậy' }]], only: true },
    // "lần lượt" (respectively): the k-th figure to the k-th place of the list
    { text: 'Năm 2023, số hồ sơ tiếp nhận tại các xã An Phú, Bình Chuẩn và Thuận Giao lần lượt là 3.210, 2.876 và 4.001 hồ sơ.', expect: [['dossiers_received', 3210, { place: 'xã An Phú' }], ['dossiers_received', 2876, { place: 'xã Bình Chuẩn' }], ['dossiers_received', 4001, { place: 'xã Thuận Giao' }]], only: true },
    // an apposition settles an ambiguous name even when the article names other provinces
    { text: 'Năm 2024, huyện Châu Thành tỉnh Hậu Giang tiếp nhận 5.600 hồ sơ; huyện Châu Thành tỉnh Sóc Trăng tiếp nhận 4.100 hồ sơ.', expect: [['dossiers_received', 5600, { place: 'huyện Châu Thành', province: 'Hậu Giang' }], ['dossiers_received', 4100, { place: 'huyện Châu Thành', province: 'Sóc Trăng' }]] },
    // a centre serves the unit named after it
    { text: 'Trong quý III/2025, Trung tâm Phục vụ hành chính công phường Thủ Dầu Một (TP. Hồ Chí Minh) đã tiếp nhận 10.245 hồ sơ.', published: '2025-10-13', expect: [['dossiers_received', 10245, { place: 'phường Thủ Dầu Một', agency: null }]] },
    // ... while the provincial centre is a body of the province
    { text: 'Năm 2023, Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh tiếp nhận 150.000 hồ sơ.', expect: [['dossiers_received', 150000, { agency: 'Trung tâm Phục vụ hành chính công', place: 'tỉnh Quảng Ninh' }]] },
    // a national report: its figures are the nation's
    { text: '9 tháng năm 2024: Tỷ lệ hồ sơ trực tuyến đạt 45,6%\n\nTheo báo cáo của Văn phòng Chính phủ, 9 tháng năm 2024, các bộ, ngành, địa phương đã tiếp nhận khoảng 49,3 triệu hồ sơ thủ tục hành chính, tỷ lệ hồ sơ trực tuyến đạt 45,6%. Trong khối địa phương, Bình Dương dẫn đầu về tỷ lệ trực tuyến.', published: '2024-10-10',
      expect: [['dossiers_received', 49300000, { place: 'quốc gia Việt Nam' }], ['online_rate', 45.6, { place: 'quốc gia Việt Nam' }]], only: true },
    // post-2025 units
    { text: 'Trong tháng 9/2025, phường Sài Gòn (TP. Hồ Chí Minh) tiếp nhận 3.120 hồ sơ.', published: '2025-10-05', expect: [['dossiers_received', 3120, { place: 'phường Sài Gòn', province: 'Hồ Chí Minh' }]] },
    // scope
    { text: 'Trong quý I/2020, cấp huyện đã tiếp nhận và giải quyết 113/132 hồ sơ; cấp xã đã tiếp nhận và giải quyết 2.280/2.286 hồ sơ.', expect: [['dossiers_resolved', 113, { scope: 'huyện' }], ['dossiers_received', 132, { scope: 'huyện' }], ['dossiers_resolved', 2280, { scope: 'xã' }], ['dossiers_received', 2286, { scope: 'xã' }]] },
    { text: 'Năm 2018, tỷ lệ giải quyết hồ sơ đúng hạn tại các xã, phường đạt 99,8%.', expect: [['on_time_rate', 99.8, { scope: 'xã' }]] },
    { text: 'Năm 2018, UBND các xã, thị trấn tiếp nhận 9.000 hồ sơ.', expect: [['dossiers_received', 9000, { scope: 'xã' }]] },
    { text: 'Năm 2022, Bộ phận một cửa huyện và các xã, thị trấn đã tiếp nhận 13.800 hồ sơ.', expect: [['dossiers_received', 13800, { scope: null }]] },
    { text: 'Năm 2022, các cơ quan cấp tỉnh tiếp nhận 80.000 hồ sơ.', expect: [['dossiers_received', 80000, { scope: 'tỉnh' }]] },
    // agency: a department's own figure is the province's, with the agency
    { text: 'Năm 2023, Sở Tư pháp tỉnh Long An tiếp nhận 25.000 hồ sơ, tỷ lệ đúng hạn đạt 99,9%.', expect: [['dossiers_received', 25000, { agency: 'Sở Tư pháp', place: 'tỉnh Long An' }], ['on_time_rate', 99.9, { agency: 'Sở Tư pháp' }]] },
    { text: 'Năm 2023, Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh tiếp nhận 150.000 hồ sơ.', expect: [['dossiers_received', 150000, { agency: 'Trung tâm Phục vụ hành chính công', place: 'tỉnh Quảng Ninh' }]] },
    { text: 'Năm 2023, Chỉ số CCHC của Bộ Tư pháp đạt 90,5%, xếp thứ 2/17 bộ, cơ quan ngang bộ.', expect: [['par_index_score', 90.5, { agency: 'Bộ Tư pháp', place: 'quốc gia Việt Nam' }]] },
    // who said it is not what it is about
    { text: 'Theo Sở Nội vụ tỉnh Đồng Tháp, năm 2022 huyện Tân Hồng tiếp nhận 10.000 hồ sơ.', expect: [['dossiers_received', 10000, { agency: null, place: 'huyện Tân Hồng' }]] },
    // a paper not named after its province: the registry knows its old host (F04)
    { family: 'F04', text: 'BDK - Trong tháng 10-2020, Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận 10,18 ngàn hồ sơ (HS) các loại.', published: '2020-11-08', url: 'https://baodongkhoi.vn/trung-tam-phuc-vu-hanh-chinh-cong-tinh-giai-quyet-tren-8-9-ngan-ho-so-08112020-a79925.html',
      expect: [['dossiers_received', 10180, { place: 'tỉnh Bến Tre' }]] },
    // a district's own site names the article's subject (F19)
    // the paper's section for the district names it (baodaknong.org.vn/huyen-dak-glong/…)
    { family: 'F19', text: 'Trong năm 2020, toàn huyện đã tiếp nhận 57.028 hồ sơ thủ tục hành chính.', published: '2021-01-19', url: 'http://baodaknong.org.vn/huyen-dak-glong/giai-quyet-duoc-hon-57-000-ho-so-thu-tuc-hanh-chinh-84218.html',
      expect: [['dossiers_received', 57028, { place: 'huyện Đăk Glong' }]] },
    { family: 'F19', text: 'Năm 2023, toàn huyện đã tiếp nhận và giải quyết 41.484 hồ sơ TTHC.', published: '2024-01-10', url: 'https://tuyphong.binhthuan.dcs.vn/Trang-chu/post/256034/tuy-phong-tong-ket.aspx',
      expect: [['dossiers_received', 41484, { place: 'huyện Tuy Phong' }]] },
    { family: 'F19', text: 'Chỉ số cải cách hành chính hàng năm của huyện luôn nằm trong top dẫn đầu. Năm 2018, đạt 90,75/100 điểm, đứng thứ 1/10.', published: '2021-05-10', url: 'https://tinhuyquangtri.vn/mot-so-ket-qua-cai-cach-hanh-chinh-o-huyen-trieu-phong',
      expect: [['par_index_score', 90.75, { place: 'huyện Triệu Phong' }], ['par_index_rank', 1, { place: 'huyện Triệu Phong' }]] },
    // ... but a district site reposting its province's news is about the province
    { family: 'F19', text: 'Ngày 27/4/2023, UBND tỉnh tổ chức cuộc họp thường kỳ. Các chỉ số của tỉnh trong năm 2022 được cải thiện: Chỉ số CCHC đạt 84,31 điểm, xếp thứ 41/63.', published: '2023-05-18', url: 'https://anbien.kiengiang.gov.vn/trang/TinTuc/inbaiviet.aspx?nid=1215',
      expect: [['par_index_score', 84.31, { place: 'tỉnh Kiên Giang' }], ['par_index_rank', 41, { place: 'tỉnh Kiên Giang' }]] },
    // a report on ministries or the police force is about central bodies: the nation's figures, wherever the meeting was held (F18)
    { family: 'F18', text: 'Bộ Y tế xếp áp chót về chỉ số cải cách hành chính 2017\n\nBộ Kế hoạch - Đầu tư cũng có sự sụt giảm về điểm số. Bộ này đã tụt từ thứ hạng 9/19 năm 2016 xuống thứ 17/19.', published: '2018-05-02',
      expect: [['par_index_rank', 9, { of: 19, place: 'quốc gia Việt Nam' }]] },
    { family: 'F18', text: 'Chiều ngày 15-11, tại Hà Nội, Bộ Công an đã tổ chức Hội nghị công bố kết quả xác định chỉ số cải cách hành chính trong Công an nhân dân (CAND) năm 2023. Theo công bố, Chỉ số cải cách hành chính trung bình của Công an các tỉnh, thành phố trực thuộc Trung ương đạt 91,16%.', published: '2023-11-16',
      expect: [['par_index_score', 91.16, { place: 'quốc gia Việt Nam' }]] },
    // a wire dateline is where the story was filed, not what it is about (F18)
    { family: 'F18', text: 'Hà Nội (TTXVN 18/4/2024) Người dân hài lòng đối với sự phục vụ của cơ quan hành chính Nhà nước nói chung trong cả nước năm 2023 (SIPAS 2023) ở mức 82,66%.', published: '2024-04-18',
      expect: [['sipas_score', 82.66, { place: 'quốc gia Việt Nam' }]] },
  ],
  negatives: [],
};
