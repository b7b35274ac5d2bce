// Bytes to text for HTML pages: charset from BOM, HTTP header, then <meta>; NFC; count of undecodable bytes.
import iconv from 'iconv-lite';
import { z } from 'zod';

export interface DecodedHtml {
  html: string;
  /** The charset used, as its canonical name ("utf-8", "windows-1258"…). */
  charset: string;
  /** Where the charset came from. */
  charsetSource: 'bom' | 'header' | 'meta' | 'default';
  /** Number of U+FFFD replacement characters: bytes that did not decode. Mojibake shows up here. */
  decodeErrors: number;
}

const BOMS: Array<[bytes: number[], charset: string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

function fromBom(buf: Buffer): { charset: string; skip: number } | null {
  for (const [bytes, charset] of BOMS) {
    if (bytes.every((b, i) => buf[i] === b)) return { charset, skip: bytes.length };
  }
  return null;
}

export function charsetFromContentType(header: string | undefined | null): string | null {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(header ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

// The HTML spec prescans the first 1024 bytes; real Vietnamese portals put the tag after long <script>s,
// so a few KB are scanned.
const META_SCAN_BYTES = 4096;

function charsetFromMeta(buf: Buffer): string | null {
  const head = buf.subarray(0, META_SCAN_BYTES).toString('latin1');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct) return direct[1]!.toLowerCase();
  }
  return null;
}

/** A decoder for a label: Node's TextDecoder (WHATWG labels, windows-1258 with full ICU), else iconv-lite (VISCII, TCVN…). */
function decoderFor(label: string): { name: string; decode: (b: Buffer) => string } | null {
  try {
    const td = new TextDecoder(label);
    return { name: td.encoding, decode: (b) => td.decode(b) };
  } catch {
    if (iconv.encodingExists(label)) return { name: label, decode: (b) => iconv.decode(b, label) };
    return null;
  }
}

const BufferInput = z.instanceof(Uint8Array, { message: 'readHtmlBuffer: the page body must be a Buffer or Uint8Array' });

export function decodeHtml(input: Buffer | Uint8Array, contentTypeHeader?: string | null): DecodedHtml {
  const buf = Buffer.from(BufferInput.parse(input));
  let start = 0;
  let chosen: { name: string; decode: (b: Buffer) => string } | null = null;
  let source: DecodedHtml['charsetSource'] = 'default';
  const bom = fromBom(buf);
  if (bom) {
    // A BOM is the most reliable signal there is (the HTML spec lets it override the HTTP header).
    chosen = decoderFor(bom.charset);
    start = bom.skip;
    source = 'bom';
  }
  if (!chosen) {
    const label = charsetFromContentType(contentTypeHeader);
    chosen = label ? decoderFor(label) : null;
    if (chosen) source = 'header';
  }
  if (!chosen) {
    const label = charsetFromMeta(buf);
    // A <meta> claiming UTF-16 in a byte stream we could scan as ASCII is wrong by construction (HTML spec).
    chosen = label ? decoderFor(/^utf-?16/.test(label) ? 'utf-8' : label) : null;
    if (chosen) source = 'meta';
  }
  chosen ??= decoderFor('utf-8')!;
  const text = chosen.decode(buf.subarray(start)).normalize('NFC');
  let errors = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) errors++;
  return { html: text, charset: chosen.name, charsetSource: source, decodeErrors: errors };
}
