// Reader benchmark: our cheerio/slim reader vs @mozilla/readability 0.6 on linkedom 0.18, on the fixture pages.
// Speed: median ms per page over many iterations. Quality: the same score as the tests (src/read/quality.ts):
// sentence recall and the share of boilerplate lines kept out of the body.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeHtml, readHtml } from '../src/read/index.ts';
import { scoreBody, summarise, type PageQuality } from '../src/read/quality.ts';
import { FIXTURE_PAGES, fixtureBytes } from '../test/fixtures/pages/index.ts';
import { manyParagraphs, nestedDivs } from '../test/hostile/html-shapes.ts';

const ITERATIONS = Number(process.env['READER_BENCH_ITERATIONS'] ?? 200);
const WARMUP = 20;

type Reader = (html: string, url: string) => string; // returns the body text

const ours: Reader = (html, url) => readHtml(html, { url }).paragraphs.join('\n\n');

const readability: Reader = (html, url) => {
  const { document } = parseHTML(html);
  // Readability resolves links against the document's URL; linkedom has none, so give it a <base>.
  const base = document.createElement('base');
  base.setAttribute('href', url);
  document.head?.appendChild(base);
  const article = new Readability(document as unknown as Document).parse();
  return article?.textContent ?? '';
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function timePage(reader: Reader, html: string, url: string): number {
  for (let i = 0; i < WARMUP; i++) reader(html, url);
  const times: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const t0 = process.hrtime.bigint();
    reader(html, url);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

export async function run(): Promise<void> {
  const pages = FIXTURE_PAGES.map((p) => ({ page: p, html: decodeHtml(fixtureBytes(p), `text/html; charset=${p.charset}`).html, url: `http://site.example${p.urlPath}` }));
  const readers: Array<[string, Reader]> = [
    ['cchc reader (cheerio/slim)', ours],
    ['@mozilla/readability + linkedom', readability],
  ];
  console.log(`${pages.length} fixture pages (${Math.round(pages.reduce((n, p) => n + p.html.length, 0) / 1024)} KB), ${ITERATIONS} timed runs per page after ${WARMUP} warm-up runs`);
  const rows: string[][] = [['reader', 'median ms/page', 'sentence recall', 'boilerplate-free', 'perfect pages']];
  const perPage: string[][] = [['page', ...readers.map(([n]) => `${n.split(' ')[0]} ms`), ...readers.map(([n]) => `${n.split(' ')[0]} recall/bp-free`)]];
  const results = readers.map(([name, reader]) => {
    const medians: number[] = [];
    const quality: PageQuality[] = [];
    for (const { page, html, url } of pages) {
      medians.push(timePage(reader, html, url));
      quality.push(scoreBody(reader(html, url), page.expected));
    }
    const s = summarise(quality);
    rows.push([name, median(medians).toFixed(2), s.recall.toFixed(3), s.boilerplateFree.toFixed(3), `${s.perfectPages}/${s.pages}`]);
    return { medians, quality };
  });
  pages.forEach(({ page }, i) => {
    perPage.push([
      page.name,
      ...results.map((r) => r.medians[i]!.toFixed(2)),
      ...results.map((r) => `${r.quality[i]!.recall.toFixed(2)}/${r.quality[i]!.boilerplateFree.toFixed(2)}`),
    ]);
  });
  printTable(rows);
  console.log('');
  printTable(perPage);
  console.log('');
  scaling();
}

/** Reader time against element count and nesting depth: linear means flat µs per element down the column. */
function scaling(): void {
  const rows: string[][] = [['reader scaling', 'elements', 'ms', 'µs/element']];
  const shapes: Array<[string, number, (n: number) => string]> = [
    ['sibling <p>', 25_000, manyParagraphs], ['sibling <p>', 100_000, manyParagraphs],
    ['nested <div>', 5_000, nestedDivs], ['nested <div>', 20_000, nestedDivs],
  ];
  for (const [name, n, make] of shapes) {
    const html = make(n);
    const t0 = performance.now();
    readHtml(html);
    const ms = performance.now() - t0;
    rows.push([name, String(n), ms.toFixed(0), ((ms * 1000) / n).toFixed(1)]);
  }
  printTable(rows);
}

function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  rows.forEach((r, i) => {
    console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  });
}

if (process.argv[1]?.endsWith('reader.bench.ts')) await run();
