// Rates: on time, overdue, online, resolved, satisfaction; and percentages of other things.
import type { Corpus } from '../corpus.ts';

export const corpus: Corpus = {
  family: 'rates',
  examples: [
    // the members of a group that passes or stays under a bound get the bound, listed in the sentence or the next one;
    // a name cut short by the excerpt is no member
    { rule: 'rates/bound-list', text: 'Năm 2024, cả nước có 4 cơ quan, địa phương đạt tỷ lệ hồ sơ trực tuyến toàn trình trên 50%, bao gồm: Bộ Tài chính, Bảo hiểm xã hội Việt Nam và các tỉnh Hà Nam, Đà Nẵng. Ngược lại, hệ thống EMC ghi nhận 15 bộ, ngành và địa phương có tỷ lệ hồ sơ trực tuyến toàn trình thấp dưới 10%. Những đơn vị này bao gồm: Bộ Y tế, Bộ Ngoại giao; các tỉnh Đắk Lắk, Hải Dương, TP.HCM, Hà', published: '2025-01-10',
      expect: [['online_rate', 50, { approx: 'gt', agency: 'Bộ Tài chính', place: 'quốc gia Việt Nam' }], ['online_rate', 50, { approx: 'gt', agency: 'Bảo hiểm xã hội Việt Nam', place: 'quốc gia Việt Nam' }], ['online_rate', 50, { place: 'tỉnh Hà Nam' }], ['online_rate', 50, { place: 'thành phố Đà Nẵng' }],
        ['online_rate', 10, { approx: 'lt', agency: 'Bộ Y tế' }], ['online_rate', 10, { agency: 'Bộ Ngoại giao' }], ['online_rate', 10, { place: 'tỉnh Đắk Lắk' }], ['online_rate', 10, { place: 'tỉnh Hải Dương' }], ['online_rate', 10, { place: 'thành phố Hồ Chí Minh' }]], only: true },
    // a series by period continues the rate it opened, whatever index the article is about
    { text: 'Chỉ số cải cách hành chính của thành phố Tam Kỳ nằm trong nhóm cao. Sự hài lòng của cá nhân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm 2016 đạt 89%; năm 2017 là 91%; năm 2018 đạt 96,1% và 6 tháng đầu năm 2019 đạt 96,97%.', published: '2019-08-10',
      expect: [['satisfaction_rate', 89, { period: '2016-01-01..2016-12-31' }], ['satisfaction_rate', 91, { period: '2017-01-01..2017-12-31' }], ['satisfaction_rate', 96.1], ['satisfaction_rate', 96.97, { period: '2019-01-01..2019-06-30' }]], only: true },
    // a rate named without a figure is carried to "tỷ lệ này"; agencies named as a list's items with their values in brackets;
    // a bound a group of ministries and provinces stays under is no unit's figure
    { text: 'Bộ TT&TT vừa công bố số liệu về tỷ lệ hồ sơ trực tuyến toàn trình của các bộ, ngành và địa phương trong năm 2024. Đáng chú ý, ba Bộ dẫn đầu về tỷ lệ này trong số 83 bộ, ngành và địa phương cung cấp dịch vụ công là Bộ Công Thương (83,49%), Bộ Tài chính (78,44%) và Bộ Tư pháp (77,66%). Ngược lại, hệ thống EMC ghi nhận 15 bộ, ngành và địa phương có tỷ lệ hồ sơ trực tuyến toàn trình thấp dưới 10%.', published: '2025-01-10',
      expect: [['online_rate', 83.49, { agency: 'Bộ Công Thương', place: 'quốc gia Việt Nam' }], ['online_rate', 78.44, { agency: 'Bộ Tài chính' }], ['online_rate', 77.66, { agency: 'Bộ Tư pháp' }]], only: true },
    // the rate named after "với tỉ lệ" is the next figure's, not the words of the one before
    { text: 'Cụ thể, 9 tháng đầu năm 2025, phường Sài Gòn đã giải quyết được 13.528/14.430 hồ sơ thủ tục hành chính, đạt 93,7% với tỉ lệ hồ sơ trả đúng hẹn đạt 100%.', published: '2025-10-01',
      expect: [['dossiers_resolved', 13528, { of: 14430 }], ['dossiers_received', 14430], ['resolved_rate', 93.7], ['on_time_rate', 100]], only: true },
    // a commune's own survey worded like the SIPAS definition is measured satisfaction, not the index (F17)
    { family: 'F17', text: '6 tháng đầu năm 2024, xã Tân Phú Đông tiếp nhận 3.105 hồ sơ. Tỷ lệ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính đạt 99,1%.', published: '2024-07-10',
      expect: [['satisfaction_rate', 99.1, { period: '2024-01-01..2024-06-30' }], ['dossiers_received', 3105]], only: true },
    // a clause about satisfaction is a satisfaction rate whatever action it names on the way (F15)
    { family: 'F15', text: 'Năm 2023, mức độ hài lòng chung về sự phục vụ của cơ quan, đơn vị có chức năng giải quyết thủ tục hành chính trong Công an nhân dân đạt 97,71%.', published: '2023-11-10',
      expect: [['satisfaction_rate', 97.71]], only: true },
    // the SIPAS index by its definition, the satisfaction the clause is about (F17)
    { family: 'F17', text: 'Mức độ hài lòng của người dân được khảo sát đối với sự phục vụ của cơ quan hành chính nhà nước nói chung trong cả nước năm 2022 là 80,08%.', published: '2023-05-10',
      expect: [['sipas_score', 80.08, { place: 'quốc gia Việt Nam' }]], only: true },
    // the blocs of the rate just named are national figures; a target in brackets is an aside, a plan only within (F18, F06)
    { family: 'F18', text: 'Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 31,9%. Khối bộ, ngành đạt 63,47% (mục tiêu 70%), còn khối tỉnh, thành chỉ đạt 18,54% (mục tiêu 30%).', published: '2025-01-10',
      expect: [['online_rate', 31.9, { place: 'quốc gia Việt Nam' }], ['online_rate', 63.47, { place: 'quốc gia Việt Nam' }], ['online_rate', 18.54, { place: 'quốc gia Việt Nam' }]], only: true },
    // the nation's mean of the same rate, named in brackets for comparison, is a national fact (F18)
    { family: 'F18', text: 'Tỉnh Thanh Hóa: Tỷ lệ hồ sơ trực tuyến toàn trình năm 2025 đạt 45%, cao hơn bình quân chung cả nước (39%).', published: '2025-12-10', url: 'https://thanhhoa.gov.vn/x',
      expect: [['online_rate', 45, { place: 'tỉnh Thanh Hóa' }], ['online_rate', 39, { place: 'quốc gia Việt Nam', aggregate: 'mean' }]], only: true },
    // a rate named after the state words before it is the one it names ("…đúng hạn, tỷ lệ giải quyết hồ sơ đạt 100%") (F15)
    { family: 'F15', text: 'Cũng trong quý I năm 2025, hơn 800 hồ sơ đã được tiếp nhận và trả kết quả đúng hạn, tỷ lệ giải quyết hồ sơ đạt 100%.', published: '2025-04-10',
      expect: [['resolved_rate', 100]], only: false },
    // an aside in brackets and a state denied name no rate; "Sau khi tiếp nhận" is the step before, no count received (F15)
    { family: 'F15', text: 'Năm 2021, sau khi tiếp nhận, hơn 11.200 hồ sơ đã được giải quyết (phần lớn là giải quyết trước hạn và đúng hạn), không có hồ sơ giải quyết quá hạn, chiếm tỷ lệ gần 99,4% trong tổng số hồ sơ tiếp nhận.', published: '2022-01-10',
      expect: [['dossiers_resolved', 11200], ['resolved_rate', 99.4]], only: true },
    // a service's own "chỉ số hài lòng" is measured satisfaction; the level compared with in "(82,2% so với 75,3%)" is no fact (F23)
    { family: 'F23', text: 'Kết quả ban đầu cho thấy, Hà Nội có 3 dịch vụ có chỉ số hài lòng cao hơn mức trung bình của 6 địa phương trên là cấp chứng minh nhân dân (82,2% so với 75,3%), cấp giấy phép xây dựng (72,2% so với 64,9%) và cấp giấy chứng nhận quyền sử dụng đất (65% so với 61,4%).', url: 'https://hanoimoi.vn/x',
      expect: [['satisfaction_rate', 82.2], ['satisfaction_rate', 72.2], ['satisfaction_rate', 65]], only: true },
    // an amount of change after a comparison is no level of the compared period (F03)
    { family: 'F03', text: 'Trong tháng 8/2021, tỷ lệ hồ sơ chậm hạn tiếp tục giảm mạnh, đạt 3,45%, trong đó so với kỳ báo cáo tháng 7 giảm 3,86%.', published: '2021-08-30',
      expect: [['overdue_rate', 3.45]], only: true },
    // a percentage with no words of its own takes the rate of the sentence before (F10, F11)
    { family: 'F11', text: 'Năm 2024, Hà Nam đã xử lý trực tuyến toàn trình 68,54% trong tổng số 168.000 hồ sơ thủ tục hành chính. Đà Nẵng (58,89%), Hà Giang (55,76%) và Nam Định (52,96%) là những địa phương xếp sau.', published: '2025-01-10',
      expect: [['online_rate', 68.54], ['online_rate', 58.89, { place: 'thành phố Đà Nẵng' }], ['online_rate', 55.76, { place: 'tỉnh Hà Giang' }], ['online_rate', 52.96, { place: 'tỉnh Nam Định' }]] },
    { family: 'F11', text: 'Tỷ lệ hồ sơ trực tuyến toàn trình năm 2024 của tỉnh đạt 40,2%. Tuy vậy, tỷ lệ này vẫn thấp hơn mục tiêu. Bộ Công Thương dẫn đầu với tỷ lệ 83,48%. Bộ Tài chính (78,44%) và Bộ Tư pháp (77,66%) xếp sau.', published: '2025-01-10',
      expect: [['online_rate', 40.2], ['online_rate', 83.48, { agency: 'Bộ Công Thương' }], ['online_rate', 78.44, { agency: 'Bộ Tài chính' }], ['online_rate', 77.66, { agency: 'Bộ Tư pháp' }]] },
    { family: 'F23', text: 'Tỷ lệ hồ sơ trực tuyến năm 2024 của Hà Nam đạt 68,54%. Các tỉnh, thành còn lại đều đạt tỷ lệ dưới 50%.', published: '2025-01-10', expect: [['online_rate', 68.54]], only: true },
    { family: 'F10', text: 'Năm 2024, tỷ lệ hồ sơ trực tuyến của cả nước đạt 50,2%. Đến cuối năm 2024, tỷ lệ này chỉ đạt 45,8%.', published: '2025-01-10', expect: [['online_rate', 45.8]] },
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
    // a rate of another topic after "đạt tỉ lệ" refers to no dossier rate carried from before (F23)
    { family: 'F23', text: 'Năm 2022, tỷ lệ hồ sơ quá hạn là 1,2%. Đồng thời, thực hiện khảo sát lấy ý kiến đánh giá của 23.336 người dân đạt tỉ lệ 59,8 %.', expect: [['overdue_rate', 1.2], ['surveys', 23336]], only: true },
    // a bound some criteria or units fall under is a threshold (F23)
    { family: 'F23', text: 'Năm 2024, một số tiêu chí thành phần có tỷ lệ hài lòng dưới 80%, đặc biệt là các vấn đề về kinh tế gia đình.', expect: [], only: true },
    { text: 'Năm 2023, tỷ lệ hồ sơ giải quyết đúng hạn tại các xã đạt trên 98%.', expect: [['on_time_rate', 98, { scope: 'xã' }]] },
    { text: 'Năm 2023, tỷ lệ hài lòng của người dân đạt 98,7%.', expect: [['satisfaction_rate', 98.7]] },
    { text: 'Năm 2023, tỷ lệ hồ sơ trễ hạn chỉ chiếm 0,8%.', expect: [['overdue_rate', 0.8]] },
    { text: 'Năm 2023, tỷ lệ giải quyết hồ sơ trước hạn đạt 45,2%.', expect: [['early_rate', 45.2]] },
    { text: 'Năm 2023, tỷ lệ hồ sơ đúng hạn đạt 98%, tăng 2% so với cùng kỳ.', expect: [['on_time_rate', 98]], only: true },
    { text: 'Năm 2024, mức độ hài lòng của người dân đạt 97%, tỷ lệ hồ sơ đúng hạn đạt 99%.', expect: [['satisfaction_rate', 97], ['on_time_rate', 99]], only: true },
    { text: 'Trong 6 tháng, tỷ lệ hồ sơ giải quyết đúng hạn của cấp huyện đạt 97,3%, cấp xã đạt 99,5%.', published: '2019-07-05', expect: [['on_time_rate', 97.3, { scope: 'huyện' }], ['on_time_rate', 99.5, { scope: 'xã' }]] },
    { text: 'Tỷ lệ hồ sơ giải quyết trước và đúng hạn năm 2023 đạt 99,42%, trong khi năm 2022 là 98,76% và năm 2021 là 96,5%.', published: '2024-01-15',
      expect: [['on_time_rate', 99.42, { period: '2023-01-01..2023-12-31' }], ['on_time_rate', 98.76, { period: '2022-01-01..2022-12-31' }], ['on_time_rate', 96.5, { period: '2021-01-01..2021-12-31' }]], only: true },
    { text: 'Trên phạm vi cả nước, tỷ lệ hồ sơ giải quyết đúng hạn ở cấp tỉnh đạt 96,2%, cấp huyện 97,5%.', published: '2023-07-20', expect: [['on_time_rate', 96.2, { place: 'quốc gia Việt Nam' }], ['on_time_rate', 97.5, { place: 'quốc gia Việt Nam' }]] },
    { text: 'Năm 2019, khảo sát tại quầy cho thấy 98,7% người dân hài lòng với thái độ phục vụ.', expect: [['satisfaction_rate', 98.7]], only: true },
    { text: 'Năm 2022, TP Hội An, TP Tam Kỳ có tỷ lệ giải quyết đúng hạn đạt trên 99,5%.', expect: [['on_time_rate', 99.5, { place: 'thành phố Hội An', approx: 'gt' }], ['on_time_rate', 99.5, { place: 'thành phố Tam Kỳ' }]] },
    { text: 'Trong tháng 10/2025, phường Ba Đình giải quyết 2.204 hồ sơ, 100% trước và đúng hạn.', published: '2025-11-08', expect: [['on_time_rate', 100]] },
    { text: 'Trong 9 tháng năm 2022, tỷ lệ hồ sơ trễ hạn là 1,5%, giảm 2,1% so với cùng kỳ năm 2021 (3,6%).', expect: [['overdue_rate', 1.5], ['overdue_rate', 3.6, { period: '2021-01-01..2021-09-30' }]], only: true },
    { text: 'Tháng 8/2021, huyện Lập Thạch có tỷ lệ chậm, quá hạn 0,33%. Huyện Sông Lô có chuyển biến rõ rệt (giảm từ 10,85% xuống còn 1,31%).', published: '2021-08-30',
      expect: [['overdue_rate', 0.33], ['overdue_rate', 10.85, { period: '2021-07-01..2021-07-31' }], ['overdue_rate', 1.31, { period: '2021-08-01..2021-08-31' }]] },
    { text: 'Kết quả ban đầu cho thấy, Hà Nội có 3 dịch vụ có chỉ số hài lòng cao hơn mức trung bình, là cấp giấy phép xây dựng (72,2%).', published: '2013-05-10',
      expect: [['satisfaction_rate', 72.2]] },
    { text: 'Tỷ lệ giải quyết đúng hạn năm 2023 đạt 98,5%, so với năm 2022 (đạt 95,93%).', published: '2024-03-01', rule: 'rates/compared-rate',
      expect: [['on_time_rate', 98.5, { period: '2023-01-01..2023-12-31' }], ['on_time_rate', 95.93, { period: '2022-01-01..2022-12-31' }]], only: true },
    { text: 'Tháng 8/2021, tỷ lệ quá hạn của huyện Sông Lô giảm từ 10,85% xuống còn 1,31%.', published: '2021-08-30', rule: 'rates/rate-to',
      expect: [['overdue_rate', 10.85, { period: '2021-07-01..2021-07-31' }], ['overdue_rate', 1.31, { period: '2021-08-01..2021-08-31' }]], only: true },
    { text: 'Quý I/2020, hồ sơ tiếp nhận qua dịch vụ công trực tuyến mức độ 3, 4 đạt 20,43%.', published: '2020-04-10', expect: [['online_rate', 20.43]], only: true },
    // one value for the places listed after it (F12)
    { family: 'F12', text: 'Những địa phương có tỷ lệ hồ sơ giải quyết trước và đúng hạn đạt 100% là các xã, phường, thị trấn thuộc TP.Thủ Dầu Một, TX.Bến Cát, TX.Tân Uyên.', published: '2019-05-10',
      expect: [['on_time_rate', 100, { place: 'thành phố Thủ Dầu Một' }], ['on_time_rate', 100, { place: 'thị xã Bến Cát' }], ['on_time_rate', 100, { place: 'thị xã Tân Uyên' }]] },
    // the rate's words after the figure (F15)
    { family: 'F15', text: 'Bộ phận Tiếp nhận và trả kết quả tại 16 phường, xã trực thuộc đã tiếp nhận giải quyết tổng cộng gần 102.150 hồ sơ, đạt 100% tỷ lệ đúng hạn.', published: '2020-12-10',
      expect: [['on_time_rate', 100]] },
    { family: 'F15', text: 'Từ đầu năm 2024 đến nay, Chi nhánh Văn phòng Đăng ký đất đai huyện đã tiếp nhận và xử lý 1.728 hồ sơ, trong đó chỉ có 867 hồ sơ được giải quyết, với 23,18% trong số đó quá hạn.', published: '2024-06-10',
      expect: [['overdue_rate', 23.18]] },
    { family: 'F15', text: 'Trong tháng 10, số quá hạn còn 634 hồ sơ, chiếm đến 3,6%. Cơ quan chức năng đã giải quyết 59,72 ngàn HS các loại (đạt tỷ lệ (97,4%).', published: '2020-11-10',
      expect: [['dossiers_overdue', 634], ['overdue_rate', 3.6], ['resolved_rate', 97.4]] },
    { family: 'F10', text: 'Tháng 8/2021, huyện Lập Thạch có tỷ lệ chậm, quá hạn 0,33%; huyện Vĩnh Tường tiếp tục là địa phương có tỷ lệ này cao nhất (9,98%).', published: '2021-08-30',
      expect: [['overdue_rate', 0.33], ['overdue_rate', 9.98, { place: 'huyện Vĩnh Tường' }]] },
  ],
  negatives: [
    // shares of the services or procedures counted, and the e-office's work files, are no dossier rates
    { text: 'Năm 2024, tổng số dịch vụ công trực tuyến (DVCTT) của tỉnh là 1.542, đạt 100% đối với những thủ tục hành chính (TTHC) đủ điều kiện (đạt 82% so với tổng số TTHC thuộc thẩm quyền giải quyết). 1.407/1.542 DVCTT được tích hợp lên Cổng dịch vụ công quốc gia, đạt 91%.', published: '2024-12-06', metrics: ['online_rate', 'resolved_rate', 'on_time_rate'] },
    { text: 'Năm 2024, có 90% hồ sơ công việc tại tỉnh, 80% hồ sơ công việc tại cấp huyện và 60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng.', published: '2025-01-06', metrics: ['online_rate', 'resolved_rate', 'on_time_rate'] },
    // shares of a channel (returned at the address, by post) and of one field (business registration) are no unit rates (F23)
    { family: 'F23', text: 'Cũng trong năm 2020, tỷ lệ hồ sơ trả kết quả tại địa chỉ là 24,45%; trong đó, hồ sơ đăng ký doanh nghiệp qua mạng điện tử đạt 99,4%.', published: '2021-03-10', metrics: ['resolved_rate', 'online_rate'] },
    // the share of one rating band is no satisfaction rate (F23)
    { family: 'F23', text: 'Kết quả khảo sát 786 lượt đánh giá: Rất hài lòng 95,3%, hài lòng 4,7%.', published: '2024-01-10', metrics: ['satisfaction_rate'], },
    // all the units of a tier meeting a level names no unit's rate (F06)
    { family: 'F06', text: 'Trong tháng 11/2025, có 15/15 xã, phường đạt tỷ lệ giải quyết hồ sơ đúng hạn 100%.', published: '2025-12-05', metrics: ['on_time_rate'] },
    // a level "để đạt" by a target year is a target (F06)
    { family: 'F06', text: 'Điều này cho thấy các cơ quan hành chính nhà nước cần nhiều nỗ lực hơn nữa để đạt mức hài lòng của người dân và tổ chức từ 80% trở lên vào năm 2020.', published: '2019-06-10', metrics: ['satisfaction_rate'] },
    // satisfaction with policy-making is no satisfaction with administrative services (F23)
    { family: 'F23', text: 'Chỉ số SIPAS năm 2023:\n+ Mức độ hài lòng đối với trách nhiệm giải trình của chính quyền: đạt 79.95 %, xếp thứ 45/63;', published: '2024-06-18', metrics: ['satisfaction_rate', 'sipas_score'] },
    // a level to bring a rate under, a ratio to another period, a gap, feedback handled on time, a part's share of the whole (F06, F03, F23)
    { family: 'F06', text: 'Cùng với đó, đơn vị cũng đẩy nhanh tiến độ thực hiện công tác đăng ký đất đai, giảm tỷ lệ trễ hạn hồ sơ đo đạc xuống dưới 2%, giảm tỷ lệ trễ hạn hồ sơ cấp giấy chứng nhận xuống dưới 1%.', metrics: ['overdue_rate'] },
    { family: 'F23', text: 'Số lượng hồ sơ trực tuyến của quý I năm 2023 bằng trên 90% số hồ sơ trực tuyến của cả năm 2021.', metrics: ['online_rate'] },
    { family: 'F03', text: 'Cùng với Chỉ số PAR INDEX, Chỉ số SIPAS năm 2019 tỉnh Quảng Ninh lần đầu tiên vươn lên vị trí dẫn đầu trong bảng xếp hạng với tỷ lệ hài lòng đạt 95,26% cao hơn tỷ lệ đánh giá hài lòng chung của tỉnh năm 2018 là 4,11%.', published: '2020-05-10', metrics: ['satisfaction_rate'] },
    { family: 'F23', text: 'Trong đó, số ý kiến được các cơ quan chức năng xử lý, trả lời cho công dân kịp thời và đúng hạn quy định chiếm tỷ lệ trên 80%.', metrics: ['on_time_rate'] },
    { family: 'F23', text: 'Tỉnh An Giang hiện còn 5.830 hồ sơ xử lý quá hạn, trong đó, đặc khu Phú Quốc có 3.845 hồ sơ (chiếm 65,9%).', published: '2026-02-02', metrics: ['overdue_rate'] },
    // a bound the rest of the units stay under is no rate (F06); a number glued to its change word is still a change (F14)
    { family: 'F06', text: 'Đáng chú ý, có 18 cơ quan, đơn vị trả kết quả giải quyết TTHC trước và đúng hạn đạt 100%; các đơn vị còn lại đều có tỷ lệ giải quyết chậm, quá hạn dưới 1%.', metrics: ['overdue_rate'] },
    { family: 'F14', text: 'So với cùng kỳ năm ngoái, tỷ lệ hồ sơ trực tuyến toàn trình trên tổng hồ sơ giải quyết thủ tục hành chính của cả nước tháng 11/2025 đã tăng12,42%.', metrics: ['online_rate'] },
    // satisfaction with complaint handling is no fact; a rate over the level-3/4 dossiers only is no unit rate (F23)
    { family: 'F23', text: 'Trên Cổng Dịch vụ công quốc gia, tỉ lệ hài lòng với xử lý phản ánh, kiến nghị đạt 100%.', metrics: ['satisfaction_rate'] },
    { family: 'F23', text: 'Trong quý III năm 2021, có 8.694 hồ sơ tiếp nhận qua hình thức trực tuyến (chiếm 73,02 % trên tổng số 11.906 hồ sơ mức độ 3, mức độ 4 đã tiếp nhận).', metrics: ['online_rate'] },
    // a rate over some procedures only is not the unit's (F23); a target word after a target met starts a plan again (F06)
    { family: 'F23', text: 'Tỷ lệ hồ sơ trực tuyến hiện nay luôn đạt trên 90% đối với những thủ tục hành chính đã công bố trực tuyến mức độ 3, 4.', metrics: ['online_rate'] },
    { family: 'F06', text: 'Kết quả này vượt xa so với mục tiêu của tỉnh đề ra là phải đạt 80% hồ sơ trực tuyến trong năm 2020.', metrics: ['online_rate'] },
    { text: 'Đáng chú ý, có 18 cơ quan, đơn vị trả kết quả giải quyết TTHC trước và đúng hạn đạt 100%.' },
    { text: 'Đến nay, đã có 365 trong số 1.234 thủ tục hành chính (TTHC) thuộc thẩm quyền giải quyết của các sở, ban, ngành được tiếp nhận, thẩm định, phê duyệt và trả kết quả tại Trung tâm Hành chính công tỉnh, đạt tỷ lệ 29%.', metrics: ['resolved_rate', 'on_time_rate'] },
    { text: 'Đồng thời, thực hiện khảo sát lấy ý kiến đánh giá của 23.336 người dân đạt tỉ lệ 59,8 %.', metrics: ['overdue_rate', 'on_time_rate', 'online_rate', 'resolved_rate'] },
    { family: 'F23', text: '- Tỷ lệ TTHC công bố đúng hạn: 73,91%.' },
    { text: 'Tỷ lệ chậm, quá hạn của tỉnh tháng 8 giảm. Có đến 5/9 huyện, thành phố đạt tỷ lệ này dưới 3% và cả 9/9 huyện, thành phố đạt tỷ lệ dưới 10%.', metrics: ['overdue_rate', 'on_time_rate'] },
    { text: 'Toàn tỉnh đã triển khai thực hiện việc tiếp nhận, giải quyết 100% hồ sơ TTHC trên Hệ thống phần mềm một cửa điện tử.' },
    { text: 'Năm 2018, xã tiếp tục duy trì 100% hồ sơ được giải quyết đúng hạn.', published: '2017-12-20' },
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
