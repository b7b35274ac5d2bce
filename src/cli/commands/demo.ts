// `cchc demo`: serves a bundled sample site on 127.0.0.1, runs the whole pipeline into ./cchc-demo.db, shows what came out.
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { DEMO_DB } from '../../pipeline/defaults.ts';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('try cchc with no network: crawl a bundled sample site into a fresh database and show the result')
    .option('--db <file>', 'dataset file to create (never a file the demo did not create)', DEMO_DB)
    .option('--force', 'replace the database of an earlier demo')
    .action(async (opts: { db: string; force?: boolean }) => {
      const [{ formatSummary }, { checkDemoTarget, runDemo }, { statsReport, textTable }] = await Promise.all([
        import('../../crawl/progress.ts'), import('../../pipeline/demo.ts'), import('../../pipeline/report.ts'),
      ]);
      const out = (s: string) => process.stdout.write(s + '\n');
      checkDemoTarget(opts.db, { force: opts.force });
      out(`Serving the sample site on 127.0.0.1 and running crawl → read → extract → store into ${opts.db} …\n`);
      const r = await runDemo(opts.db, { force: opts.force });
      out(`sample site: ${r.origin}/ (stopped now)`);
      out(formatSummary(r.crawl));
      out(statsReport(r.dataset, { top: 5 }));
      out(`\nA few facts (view v_facts):`);
      out(r.sample.rows.length ? textTable(r.sample.columns, r.sample.rows, 48) : '(no facts: is the extraction engine in place yet?)');
      const db = opts.db;
      out(`
Explore further:
  npx cchc search --db ${db} "ho so tre han"
  npx cchc query  --db ${db} "SELECT locality_name, period_label, received, resolved, on_time, overdue, flags FROM v_dossiers"
  npx cchc query  --db ${db} "SELECT year, locality_name, par_index_score, par_index_rank, par_index_rank_of, sipas_score FROM v_indices"
  npx cchc export --db ${db} --what facts --excel --out facts.csv
  npx cchc stats  --db ${db}
  sqlite3 ${db}   (tables and views: README.md, "The dataset")`);
      // beside the database, so a demo into a scratch directory leaves nothing elsewhere
      const [{ DEFAULT_REPORT_DIR, writeReport }, { openStore }] = await Promise.all([import('../../report/build.ts'), import('../../store/sqlite.ts')]);
      const store = openStore(db, { readonly: true });
      try {
        const reportDir = join(dirname(db), DEFAULT_REPORT_DIR);
        writeReport(store, { db, out: reportDir });
        out(`\nReport of the demo database (opens offline): ${join(reportDir, 'index.html')}`);
      } finally {
        store.close();
      }
    });
}
