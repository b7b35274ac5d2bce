// Finding the element that holds the article: known CMS containers first, then a text-density score.
import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { LAYOUT_SELECTORS, LIST_HEADING, isAlwaysNoise, isLayoutNoise } from './boilerplate.ts';
import { BLOCK_TAGS, contains, isElement, linkDensity, rawText, removeNode, selectElements, textStats, walk } from './dom.ts';
import { cleanText } from './text.ts';

/** Article-body containers of the CMSs seen on Vietnamese portals and newspapers, most specific first. */
export const CMS_SELECTORS: Array<[cms: string, selector: string]> = [
  ['schema.org', '[itemprop="articleBody"]'],
  ['liferay', '.journal-content-article'],
  ['liferay', '.asset-full-content .asset-content'],
  ['sharepoint', '.ms-rtestate-field'],
  ['sharepoint', '[id$="RichHtmlField"]'],
  ['nukeviet', '#news-bodyhtml'],
  ['nukeviet', '.bodytext'],
  ['wordpress', '.entry-content'],
  ['wordpress', '.post-content'],
  ['epi', '.article__body'],
  ['epi', '.cms-body'],
  ['newspaper', '.detail-content, .detail__content, .content-detail, .news-content, .article-content, .article-body, .post-body, .story-body, .main-content-detail, .chi-tiet-tin, .noi-dung, .noidung, .newsdetail, .news-detail-content, #newsContent, #divNewsContent'],
  ['html5', 'article'],
  ['html5', 'main'],
];

/** Lead paragraphs ("sapo") that CMSs print outside the body container. */
const LEAD_SELECTORS =
  '.article__sapo, .sapo, .detail-sapo, .news-sapo, .hometext, .chapeau, .lead, .summary, .article-summary, .entry-summary, .news-summary, .tomtat, .tom-tat, .mota, .desc-detail, [itemprop=description]';

const MIN_BODY_CHARS = 200;

/** Non-space characters of a subtree: cheap (no normalisation), enough to compare blocks. */
function textLength(el: Element): number {
  return rawText(el).replace(/\s+/g, '').length;
}

function nonLinkLength(el: Element): number {
  return textLength(el) * (1 - linkDensity(el));
}

function inFurniture(el: Element): boolean {
  for (let cur: AnyNode | null = el.parent as AnyNode | null; cur && isElement(cur); cur = cur.parent as AnyNode | null) {
    if (['nav', 'aside', 'footer', 'header'].includes(cur.name)) return true;
    if (isAlwaysNoise(cur)) return true;
  }
  return false;
}

/** The largest match of the first known CMS selector that has real text. */
export function findCmsContainer($: CheerioAPI): { el: Element; method: string } | null {
  for (const [cms, selector] of CMS_SELECTORS) {
    let best: Element | null = null;
    let bestLen = 0;
    for (const el of selectElements($, selector)) {
      if (inFurniture(el)) continue;
      const len = nonLinkLength(el);
      if (len > bestLen) [best, bestLen] = [el, len];
    }
    if (best && bestLen >= MIN_BODY_CHARS) return { el: best, method: `${cms}:${selector.split(',')[0]}` };
  }
  return null;
}

/** The lead printed near (not inside) the body container, when there is one. */
export function findLead($: CheerioAPI, body: Element): Element | null {
  for (const el of selectElements($, LEAD_SELECTORS)) {
    if (contains(body, el) || contains(el, body) || inFurniture(el)) continue;
    const len = textLength(el);
    if (len < 30 || len > 1500 || linkDensity(el) > 0.3) continue;
    // Same article block: the lead and the body share an ancestor within four levels of the body.
    let anc: AnyNode | null = body;
    for (let i = 0; i < 4 && anc; i++) anc = anc.parent as AnyNode | null;
    if (anc && contains(anc, el)) return el;
  }
  return null;
}

/** A block that reads like article prose: long enough, few links. */
function isProse(el: Element): boolean {
  const len = textLength(el);
  return len >= 80 && linkDensity(el) < 0.25;
}

function ownText(el: Element): string {
  let s = '';
  for (const c of el.children) {
    if (c.type === 'text') s += (c as unknown as { data: string }).data;
    else if (isElement(c) && ['a', 'span', 'strong', 'b', 'em', 'i', 'u', 'font', 'sup', 'sub', 'br'].includes(c.name)) s += rawText(c);
  }
  return s;
}

/**
 * Removes page furniture from the whole document before scoring: layout tags, and elements whose class/id
 * names furniture, unless they hold most of the page's prose (a wrapper like "main has-sidebar").
 */
export function removeFurniture($: CheerioAPI, keep: Element | null): void {
  // Prose characters under every element, in one pass over the prose blocks and their ancestors.
  const proseUnder = new Map<AnyNode, number>();
  let proseTotal = 0;
  for (const el of selectElements($, 'p, td, div, li')) {
    if (!el.children.every((c) => !isElement(c) || !['p', 'div', 'table'].includes(c.name)) || !isProse(el)) continue;
    const n = textLength(el);
    proseTotal += n;
    for (let cur: AnyNode | null = el; cur; cur = cur.parent as AnyNode | null) proseUnder.set(cur, (proseUnder.get(cur) ?? 0) + n);
  }
  const holdsArticle = (el: Element): boolean =>
    (keep !== null && contains(el, keep)) || (proseUnder.get(el) ?? 0) / (proseTotal || 1) >= 0.5;
  const removed = new Set<AnyNode>();
  const detached = (el: Element): boolean => {
    for (let cur: AnyNode | null = el; cur; cur = cur.parent as AnyNode | null) if (removed.has(cur)) return true;
    return false;
  };
  const drop = (el: Element): void => {
    removed.add(el);
    removeNode(el);
  };
  for (const el of selectElements($, LAYOUT_SELECTORS)) {
    if (!detached(el) && !holdsArticle(el)) drop(el);
  }
  for (const el of selectElements($, '[class], [id]')) {
    if (el.name === 'body' || el.name === 'html' || detached(el)) continue;
    if ((isAlwaysNoise(el) || isLayoutNoise(el)) && !holdsArticle(el)) drop(el);
  }
}

/** Readability-style fallback: prose blocks credit their container; the container with the most wins. */
export function scoreByDensity($: CheerioAPI): Element | null {
  const scores = new Map<Element, number>();
  const credit = (el: AnyNode | null, s: number): void => {
    if (el && isElement(el) && el.name !== 'html') scores.set(el, (scores.get(el) ?? 0) + s);
  };
  for (const el of selectElements($, 'p, pre, blockquote, td, div, section, article, li, font, span')) {
    const isParagraph = ['p', 'pre', 'blockquote'].includes(el.name);
    const text = cleanText(isParagraph ? rawText(el) : ownText(el));
    if (text.length < 25) continue;
    if (linkDensity(el) > 0.5 && isParagraph) continue;
    if (!isParagraph && el.name === 'li') continue; // list items are menus and related links far more often than prose
    // Commas and sentence ends are what prose has and menus lack.
    const punctuation = (text.match(/[,;]/g)?.length ?? 0) + (text.match(/[.!?…](\s|$)/g)?.length ?? 0);
    const score = 1 + punctuation + Math.min(text.length / 100, 3);
    if (isParagraph || ['font', 'span'].includes(el.name)) {
      credit(el.parent as AnyNode | null, score);
      credit(el.parent?.parent as AnyNode | null, score / 2);
    } else {
      credit(el, score);
      credit(el.parent as AnyNode | null, score / 2);
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) {
    if (['span', 'font', 'a', 'p'].includes(el.name)) continue; // inline wrappers and paragraphs are not containers
    const final = s * (1 - linkDensity(el));
    if (final > bestScore) [best, bestScore] = [el, final];
  }
  return best;
}

/** Inside the chosen container: furniture by class/id, "Tin liên quan" headings with their lists, link lists. */
const MAX_HEADING_CHARS = 60;

export function cleanContainer(root: Element): void {
  // (a child is judged before anything under it is removed, so its subtree's counts taken up front stay true)
  const stats = textStats(root);
  const chars = (el: AnyNode) => stats.get(el)?.chars ?? 0;
  const density = (el: AnyNode) => { const s = stats.get(el); return s && s.chars ? Math.min(1, s.linkChars / s.chars) : 0; };
  const total = chars(root) || 1;
  // Top-down: a child is judged before anything under it is removed; removed nodes are not descended into.
  walk(root, (child) => {
    if (child === root) return true;
    if (!isElement(child)) return false;
    if ((isAlwaysNoise(child) || isLayoutNoise(child)) && chars(child) / total < 0.5) {
      removeNode(child);
      return false;
    }
    if (['ul', 'ol', 'div', 'table'].includes(child.name) && chars(child) > 0 && density(child) >= 0.6) {
      removeNode(child); // a list of links inside a body is a related-articles list
      return false;
    }
    // (a heading is a few words: longer blocks are not read whole for it)
    if (BLOCK_TAGS.has(child.name) && chars(child) <= MAX_HEADING_CHARS && LIST_HEADING.test(cleanText(rawText(child)))) {
      // The heading and the list/box right after it.
      let next = child.next as AnyNode | null;
      while (next && !isElement(next)) next = next.next as AnyNode | null;
      if (next && isElement(next) && (['ul', 'ol', 'div', 'table'].includes(next.name) && density(next) >= 0.3)) removeNode(next);
      removeNode(child);
      return false;
    }
    return true;
  });
}

