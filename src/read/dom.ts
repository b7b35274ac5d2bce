// Small helpers over the htmlparser2 (domhandler) tree that cheerio/slim builds.
import type { AnyNode, Element } from 'domhandler';

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** Raw text of a subtree (no whitespace handling), skipping nothing: callers remove scripts first. */
export function rawText(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (!('children' in node)) return '';
  let out = '';
  for (const child of node.children as AnyNode[]) {
    out += rawText(child);
    // Block boundaries become spaces so that "<p>a</p><p>b</p>" does not read "ab".
    if (isElement(child) && BLOCK_TAGS.has(child.name)) out += ' ';
  }
  return out;
}

/** Length of text inside <a> elements of a subtree. */
export function linkTextLength(node: AnyNode): number {
  if (!isElement(node)) return 0;
  if (node.name === 'a') return rawText(node).replace(/\s+/g, '').length;
  let n = 0;
  for (const child of node.children) n += linkTextLength(child);
  return n;
}

/** Share of a subtree's (non-space) text that is link text: 1 for a menu, near 0 for an article. */
export function linkDensity(node: AnyNode): number {
  const total = rawText(node).replace(/\s+/g, '').length;
  return total === 0 ? 0 : Math.min(1, linkTextLength(node) / total);
}

/** The class and id of an element, lower-cased, as one string for pattern tests. */
export function classAndId(el: Element): string {
  return `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`.toLowerCase();
}

export function contains(ancestor: AnyNode, node: AnyNode): boolean {
  for (let cur: AnyNode | null = node; cur; cur = cur.parent as AnyNode | null) {
    if (cur === ancestor) return true;
  }
  return false;
}

export function ancestors(node: AnyNode): Element[] {
  const out: Element[] = [];
  for (let cur = node.parent as AnyNode | null; cur && isElement(cur); cur = cur.parent as AnyNode | null) out.push(cur);
  return out;
}

export function removeNode(node: AnyNode): void {
  const parent = node.parent as (AnyNode & { children: AnyNode[] }) | null;
  if (!parent) return;
  const i = parent.children.indexOf(node);
  if (i >= 0) parent.children.splice(i, 1);
  const prev = node.prev as (AnyNode & { next: AnyNode | null }) | null;
  const next = node.next as (AnyNode & { prev: AnyNode | null }) | null;
  if (prev) prev.next = next;
  if (next) next.prev = prev;
  node.parent = null;
  node.prev = null;
  node.next = null;
}

/** Elements that end a paragraph. Everything else is inline and joins the running text. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'br', 'caption', 'html',
]);

/** Elements matching a selector, typed as elements (cheerio types a plain-string selector's matches as AnyNode). */
export function selectElements($: { (selector: string): { toArray(): AnyNode[] } }, selector: string): Element[] {
  return $(selector).toArray().filter(isElement);
}
