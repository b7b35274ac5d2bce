// What a crawl shows while it runs: one updating line on a terminal, JSON log lines otherwise (both on stderr).
import type { CrawlEvent, CrawlSummary } from './types.ts';

export function progressReporter(stream: NodeJS.WriteStream = process.stderr): { onEvent: (e: CrawlEvent) => void; done: () => void } {
  const tty = stream.isTTY === true;
  let lastDraw = 0;
  return {
    onEvent(e) {
      if (!tty) {
        if (e.type === 'page') {
          stream.write(JSON.stringify({ event: e.outcome === 'failed' ? 'page failed' : 'page fetched', url: e.url, kind: e.kind, status: e.status, ms: e.ms, outcome: e.outcome, reason: e.reason ?? undefined }) + '\n');
        }
        return;
      }
      const now = Date.now();
      if (e.type !== 'progress' || now - lastDraw < 200) return;
      lastDraw = now;
      const rate = e.elapsedMs > 0 ? (e.fetched * 1000) / e.elapsedMs : 0;
      stream.write(`\r\x1b[Kfetched ${e.fetched} · queued ${e.queued} · errors ${e.errors} · ${rate.toFixed(1)} pages/s`);
    },
    done() {
      if (tty) stream.write('\r\x1b[K');
    },
  };
}

export function formatSummary(s: CrawlSummary): string {
  const lines = [
    `crawl run ${s.runId} ${s.status}${s.error ? ` (${s.error})` : ''} in ${(s.elapsedMs / 1000).toFixed(1)} s${s.resumed ? ` (resumed ${s.resumed} interrupted pages)` : ''}`
      + (s.restarted ? `; new pass over ${s.restarted} feeds, sitemaps and listings` : '')
      + (s.retried ? `; retrying ${s.retried} pages that failed transiently before` : ''),
    `  fetched ${s.fetched} pages with ${s.requests} requests`,
    `  articles stored ${s.articles} (relevant ${s.relevant}, facts ${s.facts}); duplicates ${s.duplicates}; unchanged ${s.unchanged}`,
    `  skipped ${s.skipped}; failed ${s.failed}${s.badCharset ? ` (bad charset ${s.badCharset})` : ''}; still queued ${s.queuedLeft}`,
  ];
  const reasons = Object.entries(s.reasons).sort((a, b) => b[1] - a[1]);
  if (reasons.length) lines.push('  reasons:', ...reasons.map(([r, n]) => `    ${n} × ${r}`));
  return lines.join('\n') + '\n';
}
