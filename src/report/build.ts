// `cchc report`: the dataset to a static report directory (index.html + style.css) that opens from disk.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DatasetStore } from '../store/interface.ts';
import { renderPage, STYLESHEET } from './page.ts';
import { loadReportData } from './queries.ts';

export const DEFAULT_REPORT_DIR = 'cchc-report';

export interface ReportResult {
  /** Absolute path of the written index.html. */
  index: string;
  bytes: number;
  ms: number;
}

export function writeReport(store: DatasetStore, options: { db: string; out?: string; where?: string | null }): ReportResult {
  const started = performance.now();
  const data = loadReportData(store, options.where ?? null);
  const html = renderPage(data, { db: options.db, where: options.where ?? null, builtAt: new Date().toISOString() });
  const dir = resolve(options.out ?? DEFAULT_REPORT_DIR);
  mkdirSync(dir, { recursive: true });
  const index = join(dir, 'index.html');
  writeFileSync(join(dir, 'style.css'), STYLESHEET);
  writeFileSync(index, html);
  return { index, bytes: statSync(index).size + STYLESHEET.length, ms: performance.now() - started };
}
