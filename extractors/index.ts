// Entry point of the extraction engine: article text in, facts out.
import type { Article } from '../src/model/document.ts';
import type { Fact } from '../src/model/fact.ts';
import { extract } from './engine/document.ts';
export { EXTRACTOR_VERSION } from './version.ts';

/** Extracts the CCHC facts of one article. Pure: the same article always gives the same facts. */
export function extractFacts(article: Pick<Article, 'text' | 'published' | 'url'> & { siteProvince?: string | null }): Fact[] {
  return extract({ text: article.text, published: article.published, url: article.url, siteProvince: article.siteProvince ?? null });
}
