import { rebuildCellTables } from './cell-tables.ts';
import { rebuildRowTables } from './row-tables.ts';

// Text as the rules see it. Matching runs on a canonical copy (NFC, spaces and invisible characters cleaned,
// one tone placement, quí→quý); evidence offsets are mapped back to the text exactly as it was given.

export interface NormalizedText {
  /** The article text as given; evidence offsets index into this. */
  readonly original: string;
  /** Canonical text the rules match on. */
  readonly text: string;
  /** Offset in `original` of the character at `i` in `text` (i may equal text.length). */
  toOriginal(i: number): number;
}

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const ODD_SPACE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\v\f]/;
// Quick test for text that needs the slow path (non-NFC, odd spaces, invisible characters).
const NEEDS_WORK = /[\u0300-\u036F\u200B-\u200D\u2060\uFEFF\u00AD\u00A0\u2000-\u200A\u202F\u205F\u3000\t\v\f\r]/;

export function normalizeText(original: string): NormalizedText {
  let text: string;
  let map: Int32Array | null = null;
  if (!NEEDS_WORK.test(original)) {
    text = original;
  } else {
    const out: string[] = [];
    const idx: number[] = [];
    let i = 0;
    const isMark = (c: number) => c >= 0x300 && c <= 0x36f;
    while (i < original.length) {
      const start = i;
      let cluster = original[i]!;
      i++;
      if (cluster >= '\uD800' && cluster <= '\uDBFF' && i < original.length) cluster += original[i++];
      while (i < original.length && isMark(original.charCodeAt(i))) cluster += original[i++];
      if (cluster.length === 1) {
        const c = cluster.charCodeAt(0);
        if (c < 0x80 && c !== 0x0d && c !== 0x09 && c !== 0x0b && c !== 0x0c) { out.push(cluster); idx.push(start); continue; } // plain ASCII: as is
        if (INVISIBLE.test(cluster)) continue;
      }
      if (cluster === '\r') {
        if (original[i] === '\n') continue; // CRLF: keep the LF only
        cluster = '\n';
      } else if (cluster.length === 1 && ODD_SPACE.test(cluster)) cluster = ' ';
      const nfc = cluster.length === 1 ? cluster : cluster.normalize('NFC');
      for (let k = 0; k < nfc.length; k++) {
        out.push(nfc[k]!);
        idx.push(start);
      }
    }
    idx.push(original.length);
    text = out.join('');
    map = Int32Array.from(idx);
  }
  text = canonicalTones(text);
  const toNormalized: (i: number) => number = map ? (i) => map![Math.max(0, Math.min(i, map!.length - 1))]! : (i) => i;
  // tables pasted as text, one cell a line or one row a line, rebuilt into a sentence a row; each map leads back
  let toOriginal = toNormalized;
  for (const rebuild of [rebuildCellTables, rebuildRowTables]) {
    const tables = rebuild(text);
    if (!tables) continue;
    const tableMap = tables.map;
    const before = toOriginal;
    toOriginal = (i) => before(tableMap[Math.max(0, Math.min(i, tableMap.length - 1))]!);
    text = tables.text;
  }
  return { original, text, toOriginal };
}

// Old orthography puts the tone on the second vowel of a closing oa/oe/uy (hoà, thuý); the canonical form
// puts it on the first (hòa, thúy). Both are two characters, so offsets are unchanged.
const TONES: Record<string, string[]> = {
  a: ['à', 'á', 'ả', 'ã', 'ạ'], e: ['è', 'é', 'ẻ', 'ẽ', 'ẹ'], y: ['ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
  o: ['ò', 'ó', 'ỏ', 'õ', 'ọ'], u: ['ù', 'ú', 'ủ', 'ũ', 'ụ'], i: ['ì', 'í', 'ỉ', 'ĩ', 'ị'],
};
const SWAP = new Map<string, string>();
for (const [first, second] of [['o', 'a'], ['o', 'e'], ['u', 'y']] as const) {
  TONES[second]!.forEach((toned, t) => {
    SWAP.set(first + toned, TONES[first]![t]! + second);
    SWAP.set(first.toUpperCase() + toned, TONES[first]![t]!.toUpperCase() + second);
  });
}
const OLD_PLACEMENT = /(?<![qQ])([oO][àáảãạèéẻẽẹ]|[uU][ỳýỷỹỵ])(?![\p{L}\p{M}])/gu;
const QUI = /([qQ][uU])([iìíỉĩị])(?![\p{L}\p{M}])/gu;
const I_TO_Y: Record<string, string> = { i: 'y', ì: 'ỳ', í: 'ý', ỉ: 'ỷ', ĩ: 'ỹ', ị: 'ỵ' };

function canonicalTones(s: string): string {
  return s
    .replace(OLD_PLACEMENT, (m) => SWAP.get(m) ?? m)
    .replace(QUI, (_m, qu: string, i: string) => qu + I_TO_Y[i]!);
}
