// One p-queue per host: bounded concurrency and a minimum spacing between request starts (politeness).
import PQueue from 'p-queue';

export interface HostPolicy {
  concurrency: number;
  /** Minimum time between two request starts on this host; 0 for none. */
  delayMs: number;
}

export class HostQueues {
  private readonly queues = new Map<string, PQueue>();
  private readonly policies = new Map<string, HostPolicy>();

  constructor(private readonly fallback: HostPolicy) {}

  /** Sets a host's policy; it takes effect if the host's queue has not been created yet (call before the first request). */
  setPolicy(host: string, policy: HostPolicy): void {
    this.policies.set(host, policy);
  }

  policy(host: string): HostPolicy {
    return this.policies.get(host) ?? this.fallback;
  }

  run<T>(host: string, task: () => Promise<T>): Promise<T> {
    let queue = this.queues.get(host);
    if (!queue) {
      const { concurrency, delayMs } = this.policy(host);
      // strict = sliding window: never two starts within delayMs, however the tasks line up.
      queue = delayMs > 0
        ? new PQueue({ concurrency, interval: delayMs, intervalCap: 1, strict: true })
        : new PQueue({ concurrency });
      this.queues.set(host, queue);
    }
    return queue.add(task) as Promise<T>;
  }

  async onIdle(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.onIdle()));
  }
}
