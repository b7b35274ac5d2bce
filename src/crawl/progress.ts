// What a crawl shows while it runs, on stderr: one updating progress line on a terminal; otherwise one JSON object
// per line (time, level, run id, source, event), for log collectors. The human summary goes to stdout.
import type { CrawlEvent, CrawlSummary, PageOutcome } from './types.ts';

/** The log event of each page outcome: what happened to the page, not only that it was looked at. */
const PAGE_EVENT: Record<PageOutcome, string> = {
  stored: 'article stored',
  duplicate: 'duplicate article',
  unchanged: 'page unchanged',
  discovered: 'page read',
  skipped: 'page skipped',
  failed: 'page failed',
};

export type LogLevel = 'info' | 'warn' | 'error';

/** The JSON log line of an event, or null for events only the terminal display shows (progress). */
export function logLine(e: CrawlEvent, now: Date = new Date()): string | null {
  const head = { time: now.toISOString() };
  let line: Record<string, unknown>;
  if (e.type === 'page') {
    const { type, runId, sourceId, outcome, reason, ...rest } = e;
    void type;
    const level: LogLevel = outcome === 'failed' ? 'warn' : 'info';
    line = { ...head, level, event: PAGE_EVENT[outcome], runId, source: sourceId, ...rest, outcome, ...(reason ? { reason } : {}) };
  } else if (e.type === 'run started' || e.type === 'run ended') {
    const { type, runId, ...rest } = e;
    const level: LogLevel = e.type === 'run ended' && e.status === 'failed' ? 'error' : e.type === 'run ended' && e.status === 'interrupted' ? 'warn' : 'info';
    line = { ...head, level, event: type, runId, ...rest };
  } else {
    return null;
  }
  return JSON.stringify(line);
}

/** "12 s", "3 min", "1 h 5 min": an estimate, so no more precision than that. */
function roughDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  return `${Math.floor(seconds / 3600)} h ${Math.round((seconds % 3600) / 60)} min`;
}

/** The terminal's progress line: done/total, rate and time left at that rate (the queue grows as links are found). */
export function progressLine(e: Extract<CrawlEvent, { type: 'progress' }>): string {
  const rate = e.elapsedMs > 0 ? (e.done * 1000) / e.elapsedMs : 0;
  const eta = rate > 0 ? roughDuration(e.queued / rate) : '?';
  return `done ${e.done}/${e.done + e.queued} · fetched ${e.fetched} · errors ${e.errors} · ${rate.toFixed(1)} pages/s · ETA ${eta}`;
}

export function progressReporter(stream: NodeJS.WriteStream = process.stderr): { onEvent: (e: CrawlEvent) => void; done: () => void } {
  const tty = stream.isTTY === true;
  let lastDraw = 0;
  return {
    onEvent(e) {
      if (!tty) {
        const line = logLine(e);
        if (line) stream.write(line + '\n');
        return;
      }
      const now = Date.now();
      if (e.type !== 'progress' || now - lastDraw < 200) return;
      lastDraw = now;
      stream.write(`\r\x1b[K${progressLine(e)}`);
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
