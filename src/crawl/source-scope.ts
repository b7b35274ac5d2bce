// Which URLs belong to a source: its hosts (www-insensitive, port-sensitive) and its allow/deny patterns.
import { siteHost } from './canonical.ts';
import type { CrawlSource } from './types.ts';

export class SourceScope {
  readonly hosts: Set<string>;
  private readonly allow: RegExp[];
  private readonly deny: RegExp[];

  constructor(readonly source: CrawlSource) {
    const urls = [source.homepage, ...source.startUrls, ...source.feeds, ...source.sitemaps].filter((u): u is string => !!u);
    this.hosts = new Set(urls.map(siteKey));
    this.allow = source.allow.map((p) => new RegExp(p, 'i'));
    this.deny = source.deny.map((p) => new RegExp(p, 'i'));
  }

  onHost(url: string): boolean {
    try {
      return this.hosts.has(siteKey(url));
    } catch {
      return false;
    }
  }

  /** Null when the URL may be crawled for this source, else why not. Seeds skip the allow list (they define it). */
  refusal(url: string, opts: { seed?: boolean } = {}): string | null {
    if (!this.onHost(url)) return 'off-site';
    if (this.deny.some((re) => re.test(url))) return 'denied by pattern';
    if (!opts.seed && this.allow.length && !this.allow.some((re) => re.test(url))) return 'not in allowed patterns';
    return null;
  }
}

/** Host without `www.`, with its port when one is written: another port is another server, not this site. */
function siteKey(url: string): string {
  const { port } = new URL(url);
  return port ? `${siteHost(url)}:${port}` : siteHost(url);
}
