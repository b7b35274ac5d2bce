// Page shapes that broke the reader: very many elements, and very deep nesting. Shared by the reader test,
// the crawl suite and the reader benchmark.

/** `n` sibling paragraphs in the body (100,000 took 208 s at 687 MB with the quadratic comment removal). */
export function manyParagraphs(n: number): string {
  const ps: string[] = [];
  for (let i = 0; i < n; i++) ps.push(`<p>Đoạn ${i}: cải cách hành chính, hồ sơ đúng hạn.</p><!-- c${i} -->`);
  return `<!doctype html><html><head><meta charset="utf-8"><title>Nhiều đoạn</title></head><body>${ps.join('')}</body></html>`;
}

/** One paragraph under `depth` nested <div> (20,000 overflowed the call stack). */
export function nestedDivs(depth: number): string {
  const paras = [1, 2, 3].map((i) => `<p>Đoạn ${i}: tỉnh tiếp tục đẩy mạnh cải cách hành chính, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%.</p>`);
  return `<!doctype html><html><head><meta charset="utf-8"><title>Lồng sâu</title></head><body>${'<div>'.repeat(depth)}${paras.join('')}${'</div>'.repeat(depth)}</body></html>`;
}
