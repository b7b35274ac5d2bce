// One p-queue per host: bounded concurrency and a minimum spacing between request starts (politeness).
import PQueue from 'p-queue';
import { sleep } from './backoff.ts';

export interface HostPolicy {
  concurrency: number;
  /** Minimum time between two request starts on this host; 0 for none. */
  delayMs: number;
}

export class HostQueues {
  private readonly queues = new Map<string, PQueue>();
  private readonly policies = new Map<string, HostPolicy>();
  /** Epoch ms before which no request starts on a host (a Retry-After holds for the host, not one URL). */
  private readonly holds = new Map<string, number>();
  private readonly lastStart = new Map<string, number>();

  constructor(private readonly fallback: HostPolicy) {}

  /** Sets a host's policy; it takes effect if the host's queue has not been created yet (call before the first request). */
  setPolicy(host: string, policy: HostPolicy): void {
    this.policies.set(host, policy);
  }

  policy(host: string): HostPolicy {
    return this.policies.get(host) ?? this.fallback;
  }

  /** Pauses a host until `until` (epoch ms); a later hold extends it, an earlier one is ignored. */
  hold(host: string, until: number): void {
    if (until > (this.holds.get(host) ?? 0)) this.holds.set(host, until);
  }

  run<T>(host: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    let queue = this.queues.get(host);
    if (!queue) {
      const { concurrency, delayMs } = this.policy(host);
      // strict = sliding window: never two starts within delayMs, however the tasks line up.
      queue = delayMs > 0
        ? new PQueue({ concurrency, interval: delayMs, intervalCap: 1, strict: true })
        : new PQueue({ concurrency });
      this.queues.set(host, queue);
    }
    return queue.add(async () => {
      for (let wait = this.waitMs(host); wait > 0 && !signal?.aborted; wait = this.waitMs(host)) await sleep(wait, signal);
      this.lastStart.set(host, Date.now());
      return task();
    }) as Promise<T>;
  }

  /** Until the hold ends and, after a hold, the host's spacing since the last start (tasks that waited out a
   *  hold together must not all start at its end: p-queue counted their start when they began waiting). */
  private waitMs(host: string): number {
    const now = Date.now();
    const hold = this.holds.get(host) ?? 0;
    if (hold <= 0) return 0;
    return Math.max(hold - now, (this.lastStart.get(host) ?? 0) + this.policy(host).delayMs - now);
  }

  async onIdle(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.onIdle()));
  }
}
