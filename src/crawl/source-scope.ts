// Which URLs belong to a source: its hosts (www-insensitive) and its allow/deny patterns.
import { siteHost } from './canonical.ts';
import type { CrawlSource } from './types.ts';

export class SourceScope {
  readonly hosts: Set<string>;
  private readonly allow: RegExp[];
  private readonly deny: RegExp[];

  constructor(readonly source: CrawlSource) {
    const urls = [source.homepage, ...source.startUrls, ...source.feeds, ...source.sitemaps].filter((u): u is string => !!u);
    this.hosts = new Set(urls.map(siteHost));
    this.allow = source.allow.map((p) => new RegExp(p, 'i'));
    this.deny = source.deny.map((p) => new RegExp(p, 'i'));
  }

  onHost(url: string): boolean {
    try {
      return this.hosts.has(siteHost(url));
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
