// `cchc extract`: facts from documents, printed as JSON lines, JSON, CSV or a table.
import type { Command } from 'commander';
import { z } from 'zod';
import { extractFacts } from '../../../extractors/index.ts';
import { loadDocuments } from '../../io/documents.ts';
import { formatFacts, type FactFormat, type SourcedFact } from '../../io/fact-output.ts';
import { isCalendarDate, notADate } from '../../model/document.ts';
import { UsageError } from '../errors.ts';

const Options = z.object({
  format: z.enum(['jsonl', 'json', 'csv', 'table'], { error: '--format must be jsonl, json, csv or table' }),
  published: z.string().refine(isCalendarDate, { error: (issue) => `--published: ${notADate(String(issue.input))}` }).optional(),
  url: z.url({ error: '--url must be an absolute URL' }).optional(),
});

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract CCHC facts from documents (.json {id,url,published,text|html}, .jsonl, .txt, .html, or - for stdin)')
    .argument('<files...>', 'documents to read')
    .option('--format <format>', 'jsonl | json | csv | table', 'jsonl')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for documents that carry none')
    .option('--url <url>', 'source URL for documents that carry none')
    .addHelpText('after', '\nExample:\n  cchc extract --format table ../shared/dev/docs/seed-002.json\n')
    .action(async (files: string[], raw: unknown) => {
      const parsed = Options.safeParse(raw);
      if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => i.message).join('; '));
      const opts = parsed.data;
      const facts: SourcedFact[] = [];
      let failed = 0;
      const streaming = opts.format === 'jsonl';
      for await (const doc of loadDocuments(files, { published: opts.published ?? null, url: opts.url ?? null })) {
        if (!doc.article) {
          failed++;
          process.stderr.write(`cchc extract: ${doc.path}: ${doc.error}\n`);
          continue;
        }
        const found = extractFacts(doc.article).map((f) => ({ ...f, source: doc.article!.id }));
        if (streaming) process.stdout.write(formatFacts(found, 'jsonl'));
        else facts.push(...found);
      }
      if (!streaming) process.stdout.write(formatFacts(facts, opts.format as FactFormat));
      if (failed) process.exitCode = 1;
    });
}
