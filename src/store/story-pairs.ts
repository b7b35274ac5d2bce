// A labelled sample of article pairs for choosing the story threshold, built from real article texts:
// positives are syndicated copies (other boilerplate), small edits and cut copies; negatives are different
// articles of the same collection (same genre, often the same province: the hard ones).
import { bandHashes, minhash, similarity } from './stories.ts';

export interface LabelledPair {
  kind: 'syndicated' | 'edited' | 'cut' | 'different';
  same: boolean;
  a: string;
  b: string;
}

const BOILERPLATE_HEAD = 'Trang chủ | Tin tức - Sự kiện | Cải cách hành chính\nCập nhật lúc 08:15, thứ Hai\n';
const BOILERPLATE_TAIL = '\nNguồn: Cổng thông tin điện tử tỉnh. Chia sẻ bài viết. Tin liên quan: Hội nghị tổng kết công tác năm; Đẩy mạnh chuyển đổi số.';

/** Changes every third number and drops one sentence in five: the kind of edit an outlet makes to a release. */
function edit(text: string): string {
  let n = 0;
  const renumbered = text.replace(/\d+/g, (d) => (n++ % 3 === 0 ? String(Number(d) + 1) : d));
  return renumbered.split(/(?<=\.)\s+/).filter((_, i) => i % 5 !== 4).join(' ');
}

export function labelledPairs(texts: string[]): LabelledPair[] {
  const long = texts.filter((t) => t.length >= 400);
  const pairs: LabelledPair[] = [];
  long.forEach((t, i) => {
    pairs.push({ kind: 'syndicated', same: true, a: t, b: BOILERPLATE_HEAD + t + BOILERPLATE_TAIL });
    pairs.push({ kind: 'edited', same: true, a: t, b: edit(t) });
    pairs.push({ kind: 'cut', same: true, a: t, b: t.slice(0, Math.floor(t.length * 0.6)) });
    for (const step of [1, 2, 7]) {
      const other = long[(i + step) % long.length]!;
      if (other !== t) pairs.push({ kind: 'different', same: false, a: t, b: other });
    }
  });
  return pairs;
}

export interface ThresholdScore {
  threshold: number;
  precision: number;
  recall: number;
  falsePositives: number;
  falseNegatives: number;
}

export function scoreThresholds(pairs: LabelledPair[], thresholds: number[]): ThresholdScore[] {
  // A pair is found only if the LSH bands make it a candidate, as in the store.
  const sims = pairs.map((p) => {
    const [a, b] = [minhash(p.a), minhash(p.b)];
    const [ba, bb] = [bandHashes(a), bandHashes(b)];
    return { same: p.same, s: ba.some((h, i) => h === bb[i]) ? similarity(a, b) : 0 };
  });
  return thresholds.map((threshold) => {
    let tp = 0, fp = 0, fn = 0;
    for (const { same, s } of sims) {
      if (s >= threshold) same ? tp++ : fp++;
      else if (same) fn++;
    }
    return { threshold, precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn), falsePositives: fp, falseNegatives: fn };
  });
}
