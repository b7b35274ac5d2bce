// Bridge to the reader (src/read/): bytes + Content-Type in, article fields out, with decode trouble reported
// so a badly decoded page is stored as an error, never as mojibake text.
import { readHtmlBuffer, type ReadBufferResult } from '../read/index.ts';

export interface PageRead {
  read: ReadBufferResult;
  /** Set when the bytes did not decode cleanly: the page is stored with this error and no article. */
  decodeError: string | null;
}

/** UTF-8 read as a single-byte charset: "Ã¡", "áº¿", "Æ°", "Ä‘"… (no U+FFFD, so decodeErrors misses it). */
const UTF8_AS_LATIN = /(?:Ã[\u0080-\u00bf]|á[\u00ba\u00bb][\u0080-\u00bf]|Æ[\u00a0-\u00b0]|Ä[\u0080-\u0091])/g;

export function readPage(body: Buffer, contentType: string | null, url: string): PageRead {
  const read = readHtmlBuffer(body, contentType, { url });
  return { read, decodeError: decodeTrouble(read, body.length) };
}

function decodeTrouble(read: ReadBufferResult, bytes: number): string | null {
  // A stray bad byte in a footer is tolerated; more than ~1 per KB (at least 4) means the charset is wrong.
  const allowed = Math.max(3, Math.floor(bytes / 1000));
  if (read.decodeErrors > allowed) return `bad charset: ${read.decodeErrors} undecodable bytes as ${read.charset}`;
  const mojibake = (read.text.match(UTF8_AS_LATIN) ?? []).length;
  if (mojibake > 3) return `bad charset: UTF-8 text read as ${read.charset} (${mojibake} mojibake sequences)`;
  return null;
}
