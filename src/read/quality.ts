// Reader quality over fixture pages: does the body hold every sentence of the article (recall) and none of
// the page furniture (boilerplate)? Shared by the tests and the benchmark, which scores other readers too.
import { z } from 'zod';
import { cleanText } from './text.ts';

export const ExpectedArticleSchema = z.object({
  title: z.string(),
  published: z.string().nullable(),
  author: z.string().nullable(),
  source: z.string().nullable().optional(),
  paragraphs: z.array(z.string()).min(1),
  captions: z.array(z.string()).default([]),
  /** Lines present on the page that must not be in the body. */
  boilerplate: z.array(z.string()).min(1),
});
export type ExpectedArticle = z.infer<typeof ExpectedArticleSchema>;

export interface PageQuality {
  sentences: number;
  missing: string[];
  boilerplateLines: number;
  leaked: string[];
  /** Share of expected sentences found in the body (1 is perfect). */
  recall: number;
  /** Share of boilerplate lines absent from the body (1 is perfect). */
  boilerplateFree: number;
}

/** For matching only: a reader may join paragraphs without a space, so all whitespace goes. */
function matchKey(s: string): string {
  return cleanText(s).replace(/\s+/g, '');
}

/** Sentences of a paragraph: split after . ! ? … when a capital (or an opening quote/bracket) follows. */
export function splitSentences(paragraph: string): string[] {
  return cleanText(paragraph)
    .split(/(?<=[.!?…])\s+(?=["“(\p{Lu}])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function scoreBody(body: string, expected: Pick<ExpectedArticle, 'paragraphs' | 'boilerplate'>): PageQuality {
  const hay = matchKey(body);
  const sentences = expected.paragraphs.flatMap(splitSentences);
  const missing = sentences.filter((s) => !hay.includes(matchKey(s)));
  const leaked = expected.boilerplate.filter((b) => hay.includes(matchKey(b)));
  return {
    sentences: sentences.length,
    missing,
    boilerplateLines: expected.boilerplate.length,
    leaked,
    recall: sentences.length ? 1 - missing.length / sentences.length : 1,
    boilerplateFree: expected.boilerplate.length ? 1 - leaked.length / expected.boilerplate.length : 1,
  };
}

export interface QualitySummary {
  pages: number;
  /** Micro-averaged over all sentences / boilerplate lines of all pages. */
  recall: number;
  boilerplateFree: number;
  perfectPages: number;
}

export function summarise(pages: PageQuality[]): QualitySummary {
  const sentences = pages.reduce((n, p) => n + p.sentences, 0);
  const missing = pages.reduce((n, p) => n + p.missing.length, 0);
  const lines = pages.reduce((n, p) => n + p.boilerplateLines, 0);
  const leaked = pages.reduce((n, p) => n + p.leaked.length, 0);
  return {
    pages: pages.length,
    recall: sentences ? 1 - missing / sentences : 1,
    boilerplateFree: lines ? 1 - leaked / lines : 1,
    perfectPages: pages.filter((p) => p.missing.length === 0 && p.leaked.length === 0).length,
  };
}
