// `cchc search`: full-text search over the stored articles, accent-insensitive, with highlighted snippets.
import { Command } from 'commander';
import { DEFAULT_DB } from '../../pipeline/defaults.ts';
import { openStore } from '../../store/sqlite.ts';

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('find articles by words, with or without accents: cchc search "ho so tre han"')
    .argument('<words...>', 'words; "quoted words" must stand together, all parts must match')
    .option('--db <file>', 'dataset file', DEFAULT_DB)
    .option('--limit <n>', 'most results', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new Error(`--limit must be a positive whole number, got ${JSON.stringify(v)}`);
      return n;
    }, 20)
    .option('--exact', 'keep đ and d apart (tone and vowel marks still match loosely)')
    .action((words: string[], opts: { db: string; limit: number; exact?: boolean }) => {
      const store = openStore(opts.db, { readonly: true });
      try {
        const tty = process.stdout.isTTY === true;
        const marks = tty ? { open: '\x1b[1;33m', close: '\x1b[0m' } : { open: '«', close: '»' };
        const hits = store.search(words.join(' '), { limit: opts.limit, exact: opts.exact, marks });
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
        process.stderr.write(`${hits.length} article${hits.length === 1 ? '' : 's'} found\n`);
      } finally {
        store.close();
      }
    });
}
