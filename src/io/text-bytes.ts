// Bytes of a document file to text: UTF-8, UTF-16 (with or without BOM) or windows-1258 decoded; empty and
// binary inputs refused, so no mojibake is ever stored. The error says what is wrong; the caller names the file.
import iconv from 'iconv-lite';

export type DecodedText = { text: string; encoding: string } | { error: string };

const SNIFF_BYTES = 4096;

export function decodeTextBytes(buf: Buffer): DecodedText {
  if (buf.length === 0) return { error: 'empty file (no text)' };
  const bom = bomOf(buf);
  const decoded = bom
    ? { text: new TextDecoder(bom.encoding).decode(buf.subarray(bom.skip)), encoding: bom.encoding }
    : withoutBom(buf);
  if ('error' in decoded) return decoded;
  if (!decoded.text.trim()) return { error: 'empty file (only white space)' };
  if (looksBinary(decoded.text)) return { error: `binary content, not text (control characters after decoding as ${decoded.encoding})` };
  return { text: decoded.text.normalize('NFC'), encoding: decoded.encoding };
}

function bomOf(buf: Buffer): { encoding: string; skip: number } | null {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

function withoutBom(buf: Buffer): DecodedText {
  const utf16 = utf16WithoutBom(buf);
  if (utf16) return { text: new TextDecoder(utf16).decode(buf), encoding: utf16 };
  if (buf.includes(0)) return { error: 'binary content, not text (NUL bytes)' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    // not UTF-8: the legacy Vietnamese Windows code page is the one 8-bit encoding we accept, and only when
    // the result reads as Vietnamese (VISCII, TCVN3 or Latin-1 text would decode to nonsense without error)
    const text = iconv.decode(buf, 'windows-1258').normalize('NFC');
    if (readsAsVietnamese(text)) return { text, encoding: 'windows-1258' };
    return { error: 'not UTF-8, UTF-16 or windows-1258 text; convert the file to UTF-8' };
  }
}

/** UTF-16 without a BOM: ASCII-range text leaves a NUL in every other byte (the high byte of each unit). */
function utf16WithoutBom(buf: Buffer): 'utf-16le' | 'utf-16be' | null {
  const head = buf.subarray(0, SNIFF_BYTES);
  if (head.length < 4 || head.length % 2 !== 0) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) (i % 2 === 0 ? evenNul++ : oddNul++);
  const units = head.length / 2;
  if (oddNul > units * 0.3 && evenNul < units * 0.05) return 'utf-16le';
  if (evenNul > units * 0.3 && oddNul < units * 0.05) return 'utf-16be';
  return null;
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, SNIFF_BYTES);
  const controls = sample.match(/[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/gu)?.length ?? 0;
  return controls > Math.max(2, sample.length * 0.01);
}

/** Windows-1258 Vietnamese: letters specific to Vietnamese, and no tone mark left uncomposed after a non-letter. */
function readsAsVietnamese(text: string): boolean {
  const vietnamese = text.match(/[đĐăĂâÂêÊôÔơƠưƯ\u1ea0-\u1ef9]/gu)?.length ?? 0;
  const strayMarks = text.match(/(?<!\p{L})[\u0300-\u036f]/gu)?.length ?? 0;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return vietnamese > 0 && vietnamese >= letters * 0.02 && strayMarks <= letters * 0.01;
}
