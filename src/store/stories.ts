// Near-duplicate articles: MinHash over shingles of folded Vietnamese syllables, with LSH banding so a new
// article is compared only with the stored articles sharing a band (never the whole archive).
import { asciiFold } from '../../extractors/text/fold.ts';

/** Three-syllable shingles: long enough that two different reports of the same genre share few of them. */
export const SHINGLE = 3;
export const BANDS = 32;
export const ROWS = 2; // 32 bands of 2: a pair at Jaccard 0.4 shares a band with probability 0.996
export const HASHES = BANDS * ROWS;
/** Estimated Jaccard at which two articles are one story; chosen on labelled pairs (scripts/story-threshold.ts). */
export const STORY_THRESHOLD = 0.4;

export function syllables(text: string): string[] {
  return asciiFold(text).split(/[^a-z0-9]+/).filter(Boolean);
}

export function shingles(text: string): Set<string> {
  const syl = syllables(text);
  const out = new Set<string>();
  if (syl.length < SHINGLE) {
    if (syl.length) out.add(syl.join(' '));
    return out;
  }
  for (let i = 0; i + SHINGLE <= syl.length; i++) out.add(syl.slice(i, i + SHINGLE).join(' '));
  return out;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

// Fixed odd multipliers and offsets: the i-th hash is a universal-style remix of one FNV value.
const SEEDS = Array.from({ length: HASHES }, (_, i) => [(Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0, Math.imul(i + 7, 0x85ebca6b) >>> 0] as const);

function mix(h: number, a: number, b: number): number {
  let x = (Math.imul(h, a) + b) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  return x >>> 0;
}

export function minhash(text: string): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const sh of shingles(text)) {
    const h = fnv1a(sh);
    for (let i = 0; i < HASHES; i++) {
      const v = mix(h, SEEDS[i]![0], SEEDS[i]![1]);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}

export function bandHashes(sig: Uint32Array): string[] {
  const out: string[] = [];
  for (let b = 0; b < BANDS; b++) out.push(Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS), (v) => v.toString(36)).join('.'));
  return out;
}

export function toBlob(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function fromBlob(buf: Buffer): Uint32Array {
  const copy = new Uint8Array(buf);
  return new Uint32Array(copy.buffer, 0, copy.byteLength / 4);
}
