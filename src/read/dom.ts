// Small helpers over the htmlparser2 (domhandler) tree that cheerio/slim builds.
import type { CheerioAPI } from 'cheerio/slim';
import { compile } from 'css-select';
import type { AnyNode, Element } from 'domhandler';

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/**
 * Depth-first, document-order walk with an explicit stack (20,000 nested <div> must not overflow the call
 * stack). `enter` returning false skips the node's children and its `leave`; a node detached (parent null)
 * after it was stacked is skipped too. Children are taken when the parent is entered.
 */
export function walk(root: AnyNode, enter: (node: AnyNode) => boolean | void, leave?: (node: AnyNode) => void): void {
  const stack: AnyNode[] = [root];
  const leaving: boolean[] = [false];
  while (stack.length) {
    const node = stack.pop()!;
    if (leaving.pop()) {
      leave!(node);
      continue;
    }
    if (node !== root && !node.parent) continue;
    if (enter(node) === false) continue;
    if (leave) {
      stack.push(node);
      leaving.push(true);
    }
    const kids = (node as { children?: AnyNode[] }).children;
    if (kids) {
      for (let i = kids.length - 1; i >= 0; i--) {
        stack.push(kids[i]!);
        leaving.push(false);
      }
    }
  }
}

/** Raw text of a subtree (no whitespace handling), skipping nothing: callers remove scripts first. */
export function rawText(node: AnyNode): string {
  const parts: string[] = [];
  walk(
    node,
    (n) => {
      if (n.type === 'text') parts.push((n as unknown as { data: string }).data);
    },
    // Block boundaries become spaces so that "<p>a</p><p>b</p>" does not read "ab".
    (n) => {
      if (n !== node && isElement(n) && BLOCK_TAGS.has(n.name)) parts.push(' ');
    },
  );
  return parts.join('');
}

/** Non-space characters under each node of a subtree, and how many of them are inside links: one pass for the
 *  whole subtree, where asking each node's rawText or linkDensity is quadratic in the nesting depth. */
export interface TextStats { chars: number; linkChars: number }
export function textStats(root: AnyNode): Map<AnyNode, TextStats> {
  const stats = new Map<AnyNode, TextStats>();
  walk(root, () => true, (n) => {
    let chars = 0;
    let linkChars = 0;
    if (n.type === 'text') chars = (n as unknown as { data: string }).data.replace(/\s+/g, '').length;
    for (const c of (n as { children?: AnyNode[] }).children ?? []) {
      const s = stats.get(c);
      if (s) { chars += s.chars; linkChars += s.linkChars; }
    }
    // (text inside a link counts once, however deep the link nests)
    if (isElement(n) && n.name === 'a') linkChars = chars;
    stats.set(n, { chars, linkChars });
  });
  return stats;
}

/** Length of text inside <a> elements of a subtree. */
export function linkTextLength(node: AnyNode): number {
  let n = 0;
  walk(node, (el) => {
    if (!isElement(el)) return false;
    if (el.name === 'a') {
      n += rawText(el).replace(/\s+/g, '').length;
      return false;
    }
  });
  return n;
}

/** Removes every comment node under root in one pass (splicing them out one by one is quadratic). */
export function removeComments(root: AnyNode): void {
  walk(root, (node) => {
    const parent = node as AnyNode & { children?: AnyNode[] };
    if (!parent.children?.some((c) => c.type === 'comment')) return;
    const kept = parent.children.filter((c) => c.type !== 'comment');
    for (const c of parent.children) if (c.type === 'comment') c.parent = null;
    kept.forEach((c, i) => {
      c.prev = kept[i - 1] ?? null;
      c.next = kept[i + 1] ?? null;
    });
    parent.children = kept;
  });
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

const compiled = new Map<string, (el: Element) => boolean>();

/**
 * Elements matching a selector, in document order. Matched with css-select over our own iterative walk:
 * cheerio's find (domutils) shifts its stack arrays and is quadratic in nesting depth.
 */
export function selectElements($: CheerioAPI, selector: string): Element[] {
  let test = compiled.get(selector);
  if (!test) {
    test = compile<AnyNode, Element>(selector);
    compiled.set(selector, test);
  }
  const out: Element[] = [];
  walk($.root()[0]!, (n) => {
    if (isElement(n) && test(n)) out.push(n);
  });
  return out;
}
