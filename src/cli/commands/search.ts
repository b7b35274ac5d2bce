// `cchc search`: full-text search over the stored articles, accent-insensitive, with highlighted snippets.
import { Option, type Command } from 'commander';
import { DEFAULT_DB } from '../../pipeline/defaults.ts';
import { positiveInt, ROW_FORMATS, type RowFormat } from '../options.ts';
import { printRows } from '../rows-output.ts';

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('find articles by words, with or without accents: cchc search "ho so tre han"')
    .argument('<words...>', 'words; "quoted words" must stand together, all parts must match')
    .option('--db <file>', 'dataset file', DEFAULT_DB)
    .option('--limit <n>', 'most results', positiveInt, 20)
    .option('--exact', 'keep đ and d apart (tone and vowel marks still match loosely)')
    .addOption(new Option('--format <format>', 'output: list (numbered, for reading), or rows as table, csv, json, jsonl')
      .choices(['list', ...ROW_FORMATS]).default('list'))
    .addHelpText('after', `\nExamples (on the database \`cchc demo\` writes):\n  cchc search --db cchc-demo.db ho so tre han\n  cchc search --db cchc-demo.db --format csv --limit 5 '"tan phu dong" "dung han"'\n`)
    .action(async (words: string[], opts: { db: string; limit: number; exact?: boolean; format: 'list' | RowFormat }) => {
      const { openStore } = await import('../../store/sqlite.ts');
      const store = openStore(opts.db, { readonly: true });
      try {
        const tty = process.stdout.isTTY === true;
        // machine formats carry the snippet with « » marks: colour codes would corrupt a file
        const marks = tty && (opts.format === 'list' || opts.format === 'table') ? { open: '\x1b[1;33m', close: '\x1b[0m' } : { open: '«', close: '»' };
        const hits = store.search(words.join(' '), { limit: opts.limit, exact: opts.exact, marks });
        if (opts.format === 'list') {
          hits.forEach((h, i) => {
            process.stdout.write(`${i + 1}. ${h.title ?? '(untitled)'}${h.published ? ` (${h.published.slice(0, 10)})` : ''} [article ${h.articleId}]\n`);
            if (h.url) process.stdout.write(`   ${h.url}\n`);
            process.stdout.write(`   ${h.snippet}\n`);
            // The figures it states, as agreed across articles: how many others say so, and any disagreement.
            for (const f of store.figuresOf(h.articleId)) {
              const where = [f.localityName, f.periodLabel].filter(Boolean).join(', ');
              const conflict = f.conflictValues ? `; conflicting values ${f.conflictValues.replaceAll(';', ', ')}` : '';
              const revised = f.revisions ? `; revised ${f.revisions}×` : '';
              process.stdout.write(`   figure: ${f.metric}${where ? ` (${where})` : ''} = ${f.value} ${f.unit} — ${f.nArticles} article(s), ${f.nStories} stor${f.nStories === 1 ? 'y' : 'ies'}${conflict}${revised}\n`);
            }
            process.stdout.write('\n');
          });
        } else {
          await printRows({
            columns: ['rank', 'article_id', 'published', 'title', 'url', 'snippet'],
            rows: hits.map((h, i) => [i + 1, h.articleId, h.published, h.title, h.url, h.snippet]),
          }, opts.format);
        }
        process.stderr.write(`${hits.length} article${hits.length === 1 ? '' : 's'} found\n`);
      } finally {
        store.close();
      }
    });
}
