// A small dataset with known counts for the report tests: 3 provinces × 4 months of dossier rates (2 metrics),
// PAR Index and SIPAS score and rank for 3 provinces × 3 years, one regional rank, one flagged fact.
import { syncGazetteer } from '../../src/pipeline/gazetteer.ts';
import { openStore } from '../../src/store/sqlite.ts';
import { article, fact } from '../store/helpers.ts';

export const PROVINCES = ['Đồng Tháp', 'Tiền Giang', 'Cà Mau'];
export const MONTHS = ['2024-01', '2024-02', '2024-03', '2024-04'];
export const YEARS = [2021, 2022, 2023];
/** Expected marks per chart. */
export const EXPECTED = {
  dossiers: PROVINCES.length * MONTHS.length * 2,
  par_index_rank: PROVINCES.length * YEARS.length,
  par_index_score: PROVINCES.length * YEARS.length,
  sipas_rank: PROVINCES.length * YEARS.length,
  sipas_score: PROVINCES.length * YEARS.length,
};
export const EVIDENCE_SAMPLE = 'Tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh Đồng Tháp tháng 2024-01 đạt 90%.';

export function buildFixtureDb(path: string): void {
  const store = openStore(path);
  try {
    syncGazetteer(store);
    PROVINCES.forEach((province, p) => {
      const sourceId = `src-${p}`;
      store.upsertSource({ id: sourceId, name: `Cổng ${province}`, province, provinceSince2025: province === 'Tiền Giang' ? 'Đồng Tháp' : province, kind: 'portal', homepage: null });
      const locality = { name: province, type: 'tỉnh', province, code: null };
      MONTHS.forEach((month, m) => {
        const sentence = `Tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh ${province} tháng ${month} đạt ${90 + m - p}%.`;
        const online = `Tỷ lệ hồ sơ trực tuyến của tỉnh ${province} tháng ${month} đạt ${40 + 5 * m}%.`;
        const text = `Kết quả CCHC ${province} ${month}\n\n${sentence} ${online}`;
        const period = { start: `${month}-01`, end: `${month}-28`, label: `tháng ${month}` };
        store.saveArticle(article(`dossier-${p}-${m}`, text, { sourceId, published: `${month}-28`, url: `https://example.gov.vn/${p}/${month}` }), [
          fact('on_time_rate', 90 + m - p, { locality, period, evidence: { text: sentence, start: 0, end: sentence.length } }),
          fact('online_rate', 40 + 5 * m, { locality, period, evidence: { text: online, start: 0, end: online.length } }),
        ], null);
      });
      YEARS.forEach((year, y) => {
        const period = { start: `${year}-01-01`, end: `${year}-12-31`, label: `năm ${year}` };
        const s = (what: string) => `${what} năm ${year} của ${province}.`;
        store.saveArticle(article(`index-${p}-${y}`, `Chỉ số CCHC ${province} ${year}\n\nPAR Index và SIPAS`, { sourceId, published: `${year + 1}-05-01` }), [
          fact('par_index_score', 80 + p + y, { locality, period, evidence: { text: s('PAR Index đạt điểm'), start: 0, end: 5 } }),
          fact('par_index_rank', 1 + ((p + y) % 3) * 10, { of: 63, locality, period, evidence: { text: s('PAR Index xếp hạng'), start: 0, end: 5 } }),
          fact('sipas_score', 85 + y - p, { locality, period, evidence: { text: s('SIPAS đạt'), start: 0, end: 5 } }),
          fact('sipas_rank', 5 + p * 7 + y, { of: 63, locality, period, evidence: { text: s('SIPAS xếp hạng'), start: 0, end: 5 } }),
          ...(y === 0 ? [fact('par_index_rank', 2 + p, { of: 13, among: 'vùng Đồng bằng sông Cửu Long', locality, period, evidence: { text: s('Trong vùng, PAR Index xếp thứ'), start: 0, end: 5 } })] : []),
        ], null);
      });
    });
    // A stated rate above 100%: the consistency checks flag it, the dossier chart leaves it out.
    store.saveArticle(article('flagged', 'Báo cáo lỗi\n\nTỷ lệ đúng hạn đạt 120%.', { sourceId: 'src-0', published: '2024-05-10' }), [
      fact('on_time_rate', 120, { locality: { name: 'Đồng Tháp', type: 'tỉnh', province: 'Đồng Tháp', code: null }, evidence: { text: 'Tỷ lệ đúng hạn đạt 120%.', start: 0, end: 10 } }),
    ], null);
  } finally {
    store.close();
  }
}
