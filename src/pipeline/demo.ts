// `cchc demo`: the whole pipeline on the bundled sample site, into a fresh database, for a newcomer with no network.
import { existsSync, rmSync } from 'node:fs';
import { crawl } from '../crawl/index.ts';
import type { CrawlSummary } from '../crawl/types.ts';
import type { DatasetStats } from '../store/interface.ts';
import { isDemoDatabase, openStore } from '../store/sqlite.ts';
import { storingArticles } from './article-record.ts';
import { startDemoSite } from './demo-site.ts';
import { syncGazetteer } from './gazetteer.ts';

export interface DemoResult {
  origin: string;
  crawl: CrawlSummary;
  dataset: DatasetStats;
  /** A few facts from v_facts: column names and rows. */
  sample: { columns: string[]; rows: unknown[][] };
}

/** An existing file the demo will not replace; the message says why and what to do. */
export class DemoTargetError extends Error {}

export interface DemoOptions {
  /** Replace `dbPath` when it is a database an earlier demo created (never any other file). */
  force?: boolean;
}

/** Throws DemoTargetError unless the demo may write `dbPath`: a new file, or an earlier demo's with --force. */
export function checkDemoTarget(dbPath: string, options: DemoOptions = {}): void {
  if (!existsSync(dbPath)) return;
  if (!isDemoDatabase(dbPath)) {
    throw new DemoTargetError(`demo: ${dbPath} exists and was not created by cchc demo; it is left alone (choose another --db)`);
  }
  if (!options.force) throw new DemoTargetError(`demo: ${dbPath} holds an earlier demo; add --force to replace it`);
}

export async function runDemo(dbPath: string, options: DemoOptions = {}): Promise<DemoResult> {
  checkDemoTarget(dbPath, options);
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  const site = await startDemoSite();
  const store = openStore(dbPath);
  try {
    store.markAsDemo();
    syncGazetteer(store);
    const summary = await crawl(
      {
        sources: [
          {
            id: 'demo',
            name: site.content.site.name,
            province: site.content.site.province,
            provinceSince2025: null,
            kind: 'portal',
            homepage: `${site.origin}/`,
            startUrls: [`${site.origin}/`],
            feeds: [],
            sitemaps: [`${site.origin}/sitemap.xml`],
            allow: [],
            deny: [],
          },
        ],
        allowPrivate: true, // the sample site is on 127.0.0.1
        politeness: false,
        concurrency: 4,
        onArticle: storingArticles(store),
      },
      store,
    );
    const stream = store.query(
      `SELECT metric, value, of_value, locality_type || ' ' || locality_name AS locality, period_label, flags, article_title
       FROM v_facts ORDER BY fact_id LIMIT 8`,
    );
    return { origin: site.origin, crawl: summary, dataset: store.stats(), sample: { columns: stream.columns, rows: [...stream.rows] } };
  } finally {
    store.close();
    await site.close();
  }
}
