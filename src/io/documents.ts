// Reads the documents `cchc extract` and `cchc ingest` take: .json ({id,url,published,text|html}, one or an
// array), .jsonl (one a line), .txt, .html, or "-" for standard input. Each failure names its input; one
// input that fails (undecodable bytes, a reader error) is reported and the others are still read.
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Article } from '../model/document.ts';
import { InputDocumentSchema, type InputDocument } from '../model/document.ts';
import { decodeHtml } from '../read/decode.ts';
import { readHtml } from '../read/index.ts';
import { isBoilerplateLine } from '../read/boilerplate.ts';
import { siteProvinceOf } from '../sources/site-province.ts';
import { decodeTextBytes } from './text-bytes.ts';

export interface LoadedDocument {
  path: string;
  article?: Article;
  error?: string;
  /** The article's id was made from the file name (or "stdin"), not given by the document. */
  idFromName?: boolean;
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
    let bytes: Buffer;
    try {
      bytes = path === '-' ? await readStream(opts.stdin ?? process.stdin) : await readFile(path);
    } catch (err) {
      yield { path, error: `cannot read: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}` };
      continue;
    }
    const decoded = decodeDocumentBytes(path, bytes);
    if ('error' in decoded) {
      yield { path, error: decoded.error };
      continue;
    }
    try {
      yield* parseDocuments(path, decoded.text, opts);
    } catch (err) {
      // whatever one input does to the reader (a stack overflow on deep nesting, a bug), the others go on
      yield { path, error: `cannot read the document: ${err instanceof Error ? err.message : String(err)}` };
    }
  }
}

/** HTML files take their charset from a BOM or <meta> like a fetched page; every other input is sniffed as text. */
function decodeDocumentBytes(path: string, bytes: Buffer): { text: string } | { error: string } {
  const ext = extname(path).toLowerCase();
  if (path !== '-' && (ext === '.html' || ext === '.htm')) {
    if (!bytes.length) return { error: 'empty file (no text)' };
    const html = decodeHtml(bytes);
    if (html.decodeErrors > 0) return { error: `${html.decodeErrors} byte sequence(s) invalid in ${html.charset} (from ${html.charsetSource}); declare the charset in a <meta> tag or convert the file to UTF-8` };
    return { text: html.html };
  }
  return decodeTextBytes(bytes);
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
        yield loaded(label, () => toArticle(parsed.data, Array.isArray(json) || ext === '.jsonl' ? `${name}-${i}` : name, opts), parsed.data.id == null);
      }
    }
    return;
  }
  if (ext === '.html' || ext === '.htm') {
    yield loaded(path, () => toArticle({ id: name, html: raw }, name, opts), true);
    return;
  }
  if (ext === '.txt' || ext === '' || ext === '.text') {
    yield loaded(path, () => toArticle({ id: name, text: raw }, name, opts), true);
    return;
  }
  yield { path, error: `unsupported file type "${ext}" (expected .json, .jsonl, .txt or .html)` };
}

/** One document read: whatever its reading throws (a stack overflow on deep nesting, a bug) stays with it. */
function loaded(path: string, read: () => Article, idFromName: boolean): LoadedDocument {
  try {
    return { path, article: read(), idFromName };
  } catch (err) {
    return { path, error: `cannot read the document: ${err instanceof Error ? err.message : String(err)}` };
  }
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

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}
