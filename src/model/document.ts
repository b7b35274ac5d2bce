// Records passed between pipeline stages. Inputs are validated with zod at the edges (files, network, DB).
import { z } from 'zod';

// YYYY-MM-DD, optionally with a time and an offset (2024-04-15T08:30:00+07:00), as the reader writes them.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/;

/** Whether `value` is an ISO date (or date-time) naming a day that exists, in the years 1900–2100
 *  (2024-13-45, 2023-02-29, 0000-00-00 and 15/04/2024 are not). */
export function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** The message for a date that is not one, naming the value. */
export const notADate = (value: string) => `${JSON.stringify(value)} is not a calendar date (YYYY-MM-DD, or an ISO 8601 date-time)`;

const PublishedDate = z.string().refine(isCalendarDate, { error: (issue) => notADate(String(issue.input)) });

/** A document as `cchc extract` / `cchc ingest` read it (the shape of test/fixtures/dev/docs/*.json). */
export const InputDocumentSchema = z
  .object({
    id: z.string().optional(),
    url: z.string().nullable().optional(),
    published: PublishedDate.nullable().optional(),
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
