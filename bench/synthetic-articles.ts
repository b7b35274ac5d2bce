// Synthetic Vietnamese CCHC articles for benchmarks: headline, boilerplate and body paragraphs built from
// the phrasings the extractors handle and plenty they must skip. Deterministic (seeded), generated lazily.

const PLACES = ['huyện Chợ Gạo', 'huyện Tân Hồng', 'thị xã Sơn Tây', 'huyện Bắc Yên', 'thành phố Mỹ Tho', 'huyện Cái Bè', 'quận Ninh Kiều', 'huyện Châu Thành', 'tỉnh Đồng Tháp', 'tỉnh Quảng Ninh'];
const PERIODS = ['Năm 2023', 'Trong quý I/2022', '6 tháng đầu năm 2024', 'Từ đầu năm đến nay', '9 tháng năm 2021', 'Trong tháng 5/2024'];
const FILLER = [
  'Công tác chỉ đạo, điều hành cải cách hành chính được quan tâm thực hiện, đã ban hành và triển khai đến các cơ quan, đơn vị kế hoạch thực hiện nhiệm vụ trên địa bàn.',
  'Công tác tuyên truyền về cải cách hành chính được thực hiện liên tục trên hệ thống truyền thanh, trang thông tin điện tử và các cuộc họp của cơ quan, đơn vị.',
  'Thực hiện Chương trình 08-CTr/TU của Thành ủy và Nghị định số 61/2018/NĐ-CP, ngày 12/7 Đoàn kiểm tra đã làm việc tại 2 xã.',
  'Đến nay 100% cơ quan hành chính đã ứng dụng chữ ký số, 588 hộp thư điện tử được cấp, tỷ lệ sử dụng đạt 95%.',
  'UBND huyện quan tâm chỉ đạo thủ trưởng các phòng, ban, ngành và Chủ tịch UBND các xã, thị trấn thường xuyên tự kiểm tra và phối hợp với các sở, ngành tỉnh trong thực hiện rà soát quy định, thủ tục hành chính thuộc thẩm quyền giải quyết, nhất là các quy định liên quan đến người dân, doanh nghiệp; niêm yết công khai tại Bộ phận tiếp nhận và trả kết quả theo đúng quy định.',
  'Bên cạnh những kết quả đạt được, công tác cải cách hành chính vẫn còn một số tồn tại, hạn chế như chưa cập nhật kiến trúc chính quyền điện tử phiên bản mới, tỷ lệ hồ sơ thực hiện dịch vụ công mức độ 3 và 4 còn thấp; thời gian tới cần tiếp tục tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến và bưu chính công ích.',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const fmt = (n: number) => n.toLocaleString('de-DE'); // 12.341
const pct = (n: number) => n.toFixed(1).replace('.', ',');

export function* syntheticArticles(count: number, seed = 1): Generator<{ id: string; published: string; text: string }> {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  for (let i = 0; i < count; i++) {
    const place = pick(PLACES);
    const period = pick(PERIODS);
    const received = 1000 + Math.floor(r() * 50000);
    const resolved = received - Math.floor(r() * 500);
    const overdue = Math.floor(r() * 90);
    const paras = [
      `Kết quả cải cách hành chính ${period.toLowerCase()} của ${place}`,
      'Truy cập nội dung luôn\n\nChi tiết tin\n\n24/04/2024',
      `${period}, ${place} tiếp nhận ${fmt(received)} hồ sơ, đã giải quyết ${fmt(resolved)} hồ sơ, trong đó đúng hạn ${fmt(resolved - overdue)} hồ sơ (đạt tỷ lệ ${pct(100 - (overdue * 100) / resolved)}%), quá hạn ${String(overdue).padStart(2, '0')}.`,
      pick(FILLER),
      pick(FILLER),
      `Tỷ lệ hồ sơ trực tuyến đạt ${pct(30 + r() * 60)}%; khảo sát mức độ hài lòng người dân đạt ${pct(95 + r() * 5)}% (${fmt(received)}/${fmt(received)} phiếu).`,
      pick(FILLER),
      `Chỉ số CCHC năm 2022 của ${place} đạt ${pct(80 + r() * 15)} điểm, xếp thứ ${1 + Math.floor(r() * 12)}/12 huyện, thành phố, tăng ${1 + Math.floor(r() * 5)} bậc so với năm 2021.`,
      pick(FILLER),
      pick(FILLER),
      pick(FILLER),
      'Tổng số lượt truy cập: 44540891\nSố người đang truy cập: 70',
    ];
    yield { id: `synthetic-${i}`, published: '2024-06-24', text: paras.join('\n\n') };
  }
}
