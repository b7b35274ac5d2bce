// Turns the chosen content element into paragraphs, setting image captions apart.
import type { AnyNode, Element } from 'domhandler';
import { BLOCK_TAGS, classAndId, isElement, rawText, walk } from './dom.ts';
import { cleanText } from './text.ts';

export interface Paragraph {
  text: string;
  /** The block element the text came from (for alignment tests on bylines). */
  block: Element;
  /** Share of the characters inside <strong>/<b>, and inside <em>/<i>. */
  boldShare: number;
  italicShare: number;
  /** An image appeared since the previous paragraph, or inside this one. */
  nearImage: boolean;
}

const CAPTION_CLASS =
  /(caption|chuthich|chu-thich|chu_thich|image_desc|image-desc|img-desc|img_desc|pic-desc|photo-desc|desc-img|imgdesc|photocms_caption|expnoedit|note-img|img-note)/;
const MAX_CAPTION = 400;

function isCaptionElement(el: Element): boolean {
  return el.name === 'figcaption' || CAPTION_CLASS.test(classAndId(el));
}

function containsImage(node: AnyNode): boolean {
  let found = false;
  walk(node, (n) => {
    if (found || !isElement(n)) return false;
    if (n.name === 'img' || n.name === 'picture') found = true;
    return !found;
  });
  return found;
}

/** A small table or figure built around a picture: its text is the caption (common in CKEditor output). */
function isImageBox(el: Element): boolean {
  if (el.name !== 'table' && el.name !== 'figure') return false;
  if (!containsImage(el)) return false;
  return cleanText(rawText(el)).length <= MAX_CAPTION;
}

export interface Extracted {
  paragraphs: Paragraph[];
  captions: string[];
}

export function extractParagraphs(root: Element): Extracted {
  const paragraphs: Paragraph[] = [];
  const captions: string[] = [];
  let buf = '';
  let bold = 0;
  let italic = 0;
  let block: Element = root;
  let imageSeen = false;

  const addCaption = (text: string): void => {
    const t = cleanText(text);
    if (t && !captions.includes(t)) captions.push(t);
  };
  const flush = (): void => {
    const text = cleanText(buf);
    const len = buf.replace(/\s+/g, '').length || 1;
    if (text) {
      const p: Paragraph = { text, block, boldShare: bold / len, italicShare: italic / len, nearImage: imageSeen };
      if (looksLikeCaption(p)) addCaption(text);
      else paragraphs.push(p);
      imageSeen = false;
    }
    buf = '';
    bold = 0;
    italic = 0;
  };

  // Bold/italic of the open elements, innermost last (the walk is iterative: no recursion on deep trees).
  const styles: Array<[bold: boolean, italic: boolean]> = [[false, false]];
  const enter = (node: AnyNode): boolean => {
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      buf += data;
      const n = data.replace(/\s+/g, '').length;
      const [inBold, inItalic] = styles[styles.length - 1]!;
      if (inBold) bold += n;
      if (inItalic) italic += n;
      return false;
    }
    if (!isElement(node)) return false;
    const name = node.name;
    if (name === 'img' || name === 'picture') {
      imageSeen = true;
      return false;
    }
    if (isCaptionElement(node) || isImageBox(node)) {
      flush();
      addCaption(rawText(node)); // a figure's only text is its caption; the picture has none
      imageSeen = false;
      return false;
    }
    if (name === 'table') {
      flush();
      for (const text of tableSentences(node)) paragraphs.push({ text, block: node, boldShare: 0, italicShare: 0, nearImage: false });
      return false;
    }
    if (BLOCK_TAGS.has(name)) {
      flush();
      if (name === 'br' || name === 'hr') return false;
      block = node;
    }
    const [inBold, inItalic] = styles[styles.length - 1]!;
    const b = inBold || name === 'strong' || name === 'b' || /font-weight:\s*(bold|[6-9]00)/i.test(node.attribs['style'] ?? '');
    const i = inItalic || name === 'em' || name === 'i' || /font-style:\s*italic/i.test(node.attribs['style'] ?? '');
    styles.push([b, i]);
    return true;
  };
  const leave = (node: AnyNode): void => {
    styles.pop();
    if (isElement(node) && BLOCK_TAGS.has(node.name)) {
      flush();
      block = (node.parent as Element | null) ?? root;
    }
  };

  walk(root, enter, leave);
  flush();
  return { paragraphs, captions };
}

/**
 * A data table as sentences the extractors read like prose: each row "label: header value, header value."
 * ("Cấp huyện: Tiếp nhận 1.234, Đã giải quyết 1.200, Đúng hạn 1.190."). A layout table is left as its text.
 */
function tableSentences(table: Element): string[] {
  const rows: string[][] = [];
  walk(table, (node) => {
    if (!isElement(node)) return false;
    if (node.name === 'tr') {
      rows.push(node.children.filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th')).map((c) => cleanText(rawText(c))));
      return false;
    }
  });
  const hasFigure = (cells: string[]) => cells.some((c) => /^[\d.,%\s]+$/u.test(c) && /\d/.test(c));
  // a leading "STT" column numbers the rows; the unit's name is the next one
  if (rows[0] && /^(?:stt|tt|số tt|số thứ tự)$/iu.test(rows[0][0] ?? '')) rows.forEach((r) => r.shift());
  const header = rows.find((r) => r.length > 1 && !hasFigure(r));
  if (!header || !rows.some(hasFigure)) return rows.map((r) => r.filter(Boolean).join(', ')).filter(Boolean);
  return rows.filter((r) => r !== header && r.some(Boolean)).map((r) => {
    if (!hasFigure(r)) return r.filter(Boolean).join(', ');
    const [label, ...values] = r;
    const pairs = values.map((v, i) => (v ? `${header[i + 1] ?? ''} ${v}`.trim() : '')).filter(Boolean);
    return `${label ? `${label}: ` : ''}${pairs.join(', ')}.`;
  });
}

/** An italic or "Ảnh: …" line right under a picture is a caption, not body text. */
function looksLikeCaption(p: Paragraph): boolean {
  if (!p.nearImage || p.text.length > MAX_CAPTION) return false;
  if (p.italicShare >= 0.8) return true;
  if (/^\(?\s*ảnh(\s+minh\s+họa)?\s*[:.)]/iu.test(p.text)) return true;
  return /\((ảnh|nguồn ảnh)\s*:[^)]*\)\s*\.?$/iu.test(p.text) && p.text.length < 250;
}
