// Reads the documents `cchc extract` and `cchc ingest` take: .json ({id,url,published,text|html}, one or an
// array), .jsonl (one a line), .txt, .html, or "-" for standard input. Each failure names its input.
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Article } from '../model/document.ts';
import { InputDocumentSchema, type InputDocument } from '../model/document.ts';
import { readHtml } from '../read/index.ts';
import { isBoilerplateLine } from '../read/boilerplate.ts';
import { siteProvinceOf } from '../sources/site-province.ts';

export interface LoadedDocument {
  path: string;
  article?: Article;
  error?: string;
}

export interface LoadOptions {
  /** Publication date (YYYY-MM-DD) for inputs that carry none. */
  published?: string | null;
  /** Source URL for inputs that carry none. */
  url?: string | null;
  stdin?: NodeJS.ReadableStream;
}

export async function* loadDocuments(paths: string[], opts: LoadOptions = {}): AsyncIterable<LoadedDocument> {
  for (const path of paths) {
    let raw: string;
    try {
      raw = path === '-' ? await readStream(opts.stdin ?? process.stdin) : await readFile(path, 'utf8');
    } catch (err) {
      yield { path, error: `cannot read: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}` };
      continue;
    }
    yield* parseDocuments(path, raw, opts);
  }
}

export function* parseDocuments(path: string, raw: string, opts: LoadOptions = {}): Iterable<LoadedDocument> {
  const ext = path === '-' ? sniff(raw) : extname(path).toLowerCase();
  const name = path === '-' ? 'stdin' : basename(path, extname(path));
  raw = raw.replace(/^\uFEFF/, '');
  if (ext === '.json' || ext === '.jsonl') {
    const records: Array<{ where: string; text: string }> = ext === '.jsonl'
      ? raw.split('\n').map((text, i) => ({ where: `${path}:${i + 1}`, text })).filter((r) => r.text.trim())
      : [{ where: path, text: raw }];
    for (const { where, text } of records) {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (err) {
        yield { path: where, error: `not valid JSON: ${(err as Error).message}` };
        continue;
      }
      const items = Array.isArray(json) ? json : [json];
      for (const [i, item] of items.entries()) {
        const label = Array.isArray(json) ? `${where}[${i}]` : where;
        const parsed = InputDocumentSchema.safeParse(item);
        if (!parsed.success) {
          yield { path: label, error: `not a document: ${parsed.error.issues.map((x) => `${x.path.join('.') || '(root)'}: ${x.message}`).join('; ')}` };
          continue;
        }
        yield { path: label, article: toArticle(parsed.data, Array.isArray(json) || ext === '.jsonl' ? `${name}-${i}` : name, opts) };
      }
    }
    return;
  }
  if (ext === '.html' || ext === '.htm') {
    yield { path, article: toArticle({ id: name, html: raw }, name, opts) };
    return;
  }
  if (ext === '.txt' || ext === '' || ext === '.text') {
    yield { path, article: toArticle({ id: name, text: raw }, name, opts) };
    return;
  }
  yield { path, error: `unsupported file type "${ext}" (expected .json, .jsonl, .txt or .html)` };
}

function toArticle(doc: InputDocument, fallbackId: string, opts: LoadOptions): Article {
  const url = doc.url ?? opts.url ?? null;
  if (typeof doc.text === 'string') {
    return { id: doc.id ?? fallbackId, url, title: doc.title ?? headlineOf(doc.text), published: doc.published ?? opts.published ?? null, author: null, text: doc.text, siteProvince: siteProvinceOf(url) };
  }
  const read = readHtml(doc.html!, { url });
  return {
    id: doc.id ?? fallbackId, url: url ?? read.canonicalUrl, title: doc.title ?? read.title, published: doc.published ?? read.published ?? opts.published ?? null,
    author: read.author, text: read.text, siteProvince: siteProvinceOf(url ?? read.canonicalUrl),
  };
}

/** A plain text's headline: its first line that reads like one (not a skip link, a date line or a counter). */
function headlineOf(text: string): string | null {
  for (const raw of text.split('\n').slice(0, 12)) {
    const line = raw.trim();
    if (line.length < 20 || line.length > 250 || isBoilerplateLine(line) || /^[\d\s/:.,|()-]+$/u.test(line) || /^(?:thứ|cập nhật|ngày đăng)/iu.test(line)) continue;
    return line;
  }
  return null;
}

function sniff(raw: string): string {
  const head = raw.trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return '.json';
  if (head.startsWith('<')) return '.html';
  return '.txt';
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks).toString('utf8');
}
