// Records passed between pipeline stages. Inputs are validated with zod at the edges (files, network, DB).
import { z } from 'zod';

/** A document as `cchc extract` / `cchc ingest` read it (the shape of test/fixtures/dev/docs/*.json). */
export const InputDocumentSchema = z
  .object({
    id: z.string().optional(),
    url: z.string().nullable().optional(),
    published: z.string().nullable().optional(),
    title: z.string().nullable().optional(),
    text: z.string().optional(),
    html: z.string().optional(),
  })
  .refine((d) => typeof d.text === 'string' || typeof d.html === 'string', {
    message: 'a document needs a "text" or an "html" field',
  });
export type InputDocument = z.infer<typeof InputDocumentSchema>;

/** What the reader makes of a page, and what the extractors take. */
export interface Article {
  /** Stable id: the document id, else the canonical URL, else the file path. */
  id: string;
  url: string | null;
  title: string | null;
  /** ISO date (YYYY-MM-DD) or date-time with offset, when known. */
  published: string | null;
  author: string | null;
  /** Title, then body paragraphs, separated by blank lines. Evidence offsets index into this string. */
  text: string;
  /** Province the source belongs to (registry), used as the last fallback for localities. */
  siteProvince?: string | null;
}
