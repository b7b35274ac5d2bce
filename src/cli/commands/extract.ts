// `cchc extract`: facts from documents, printed as JSON lines, JSON, CSV or a table.
import { Option, type Command } from 'commander';
import type { FactFormat, SourcedFact } from '../../io/fact-output.ts';
import { absoluteUrl, isoDate } from '../options.ts';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract CCHC facts from documents (.json {id,url,published,text|html}, .jsonl, .txt, .html, or - for stdin)')
    .argument('<files...>', 'documents to read')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'json', 'csv', 'table']).default('jsonl'))
    .option('--published <date>', 'publication date (YYYY-MM-DD) for documents that carry none', isoDate)
    .option('--url <url>', 'source URL for documents that carry none', absoluteUrl)
    .addHelpText('after', '\nExample:\n  cchc extract --format table test/fixtures/dev/docs/seed-002.json\n')
    .action(async (files: string[], opts: { format: FactFormat; published?: string; url?: string }) => {
      const [{ extractFacts }, { loadDocuments }, { formatFacts }] = await Promise.all([
        import('../../../extractors/index.ts'), import('../../io/documents.ts'), import('../../io/fact-output.ts'),
      ]);
      const facts: SourcedFact[] = [];
      let failed = 0;
      const streaming = opts.format === 'jsonl';
      const fail = (path: string, reason: string) => {
        failed++;
        process.stderr.write(`cchc extract: ${path}: ${reason}\n`);
      };
      for await (const doc of loadDocuments(files, { published: opts.published ?? null, url: opts.url ?? null })) {
        if (!doc.article) {
          fail(doc.path, doc.error ?? 'unreadable');
          continue;
        }
        let found: SourcedFact[];
        // whatever one input does to the extractors (a stack overflow, a bug), the others are still processed
        try {
          found = extractFacts(doc.article).map((f) => ({ ...f, source: doc.article!.id }));
        } catch (err) {
          fail(doc.path, `extraction failed: ${err instanceof Error ? err.message : String(err)}`);
          continue;
        }
        if (streaming) process.stdout.write(formatFacts(found, 'jsonl'));
        else facts.push(...found);
      }
      if (!streaming) process.stdout.write(formatFacts(facts, opts.format));
      if (failed) process.exitCode = 1;
    });
}
