// Retry timing: exponential backoff with full jitter, and Retry-After (seconds or HTTP date) with a cap.

/** Delay before retry number `attempt` (1-based): random in [base*2^(attempt-1)/2, base*2^(attempt-1)], capped. */
export function backoffDelay(attempt: number, baseMs: number, capMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * Milliseconds a Retry-After header asks us to wait, or null when absent or unreadable.
 * Values above capMs come back as Infinity so the caller can give up instead of stalling the run.
 */
export function parseRetryAfter(value: string | null | undefined, capMs: number, now: number = Date.now()): number | null {
  if (value == null) return null;
  const v = value.trim();
  let ms: number;
  if (/^\d+(\.\d+)?$/.test(v)) ms = Number(v) * 1000;
  else {
    const at = Date.parse(v);
    if (Number.isNaN(at)) return null;
    ms = Math.max(0, at - now);
  }
  return ms > capMs ? Infinity : ms;
}

export const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
