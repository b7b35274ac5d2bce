// What `cchc crawl` and `cchc run` share around a crawl: the store, the progress display, Ctrl-C / SIGTERM
// turned into an abort (pages mid-fetch go back to the queue), and the message for a held lock.
import { LockHeldError } from '../crawl/index.ts';
import { progressReporter } from '../crawl/progress.ts';
import { openStore } from '../store/sqlite.ts';

export interface CrawlSession {
  store: ReturnType<typeof openStore>;
  onEvent: ReturnType<typeof progressReporter>['onEvent'];
  signal: AbortSignal;
}

export async function withCrawlSession<T>(db: string, work: (session: CrawlSession) => Promise<T>): Promise<T> {
  const store = openStore(db);
  const progress = progressReporter();
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => stop.abort(signal);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const result = await work({ store, onEvent: progress.onEvent, signal: stop.signal });
    progress.done();
    // The shell's convention for a process ended by a signal: 128 + its number (SIGINT 2, SIGTERM 15).
    if (stop.signal.aborted) process.exitCode = stop.signal.reason === 'SIGINT' ? 130 : 143;
    return result;
  } catch (err) {
    progress.done();
    if (err instanceof LockHeldError) throw new Error(`${db}: ${err.message}; wait for it to finish (or for its lock to go stale)`);
    throw err;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    store.close();
  }
}
