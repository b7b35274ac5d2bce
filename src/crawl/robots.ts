// robots.txt per origin through robots-parser: Disallow/Allow and Crawl-delay for our user agent, cached per run.
import robotsParserModule from 'robots-parser';
import { FetchError, type Fetcher } from './fetcher.ts';

// robots-parser is CommonJS with an ESM-style d.ts: at run time the default import is the function itself.
type RobotsParser = typeof import('robots-parser').default;
const robotsParser: RobotsParser =
  (robotsParserModule as unknown as { default?: RobotsParser }).default ?? (robotsParserModule as unknown as RobotsParser);

export interface RobotsRules {
  isAllowed(url: string): boolean;
  /** Crawl-delay for our agent in ms (capped), or null when none is set. */
  crawlDelayMs: number | null;
  sitemaps: string[];
  /** Why the rules are what they are when robots.txt could not be read ('unavailable' disallows everything). */
  note: string | null;
}

const ALLOW_ALL = (note: string | null): RobotsRules => ({ isAllowed: () => true, crawlDelayMs: null, sitemaps: [], note });

/** Parses robots.txt text for one agent. */
export function parseRobots(robotsUrl: string, text: string, userAgent: string, maxCrawlDelayMs: number): RobotsRules {
  const robots = robotsParser(robotsUrl, text);
  const delay = robots.getCrawlDelay(userAgent);
  return {
    // robots-parser answers undefined for URLs of another origin: those are never ours to fetch here.
    isAllowed: (url) => robots.isAllowed(url, userAgent) ?? false,
    crawlDelayMs: typeof delay === 'number' && Number.isFinite(delay) ? Math.min(delay * 1000, maxCrawlDelayMs) : null,
    sitemaps: robots.getSitemaps(),
    note: null,
  };
}

/** Same host (www-insensitive) and same explicit port: http -> https on default ports stays on the site. */
function sameSite(url: string, origin: string): boolean {
  const a = new URL(url);
  const b = new URL(origin);
  return a.hostname.replace(/^www\./, '') === b.hostname.replace(/^www\./, '') && a.port === b.port;
}

export class RobotsCache {
  private readonly byOrigin = new Map<string, Promise<RobotsRules>>();

  constructor(
    private readonly fetcher: Fetcher,
    private readonly userAgent: string,
    private readonly maxCrawlDelayMs: number,
  ) {}

  forUrl(url: string): Promise<RobotsRules> {
    const origin = new URL(url).origin;
    let rules = this.byOrigin.get(origin);
    if (!rules) {
      rules = this.load(origin);
      this.byOrigin.set(origin, rules);
    }
    return rules;
  }

  private async load(origin: string): Promise<RobotsRules> {
    const robotsUrl = `${origin}/robots.txt`;
    try {
      const res = await this.fetcher.fetch({
        url: robotsUrl,
        unqueued: true,
        maxRetries: 1,
        accept: 'text/plain,*/*;q=0.5',
        // robots.txt may redirect (http -> https, www); stay on the same site.
        checkRedirect: async (next) => (sameSite(next, origin) ? null : 'off-site'),
      });
      return parseRobots(robotsUrl, res.body.toString('utf8'), this.userAgent, this.maxCrawlDelayMs);
    } catch (err) {
      // RFC 9309: 4xx means no rules; 5xx or unreachable means assume complete disallow.
      if (err instanceof FetchError && err.status !== null && err.status >= 400 && err.status < 500) return ALLOW_ALL(null);
      const reason = err instanceof FetchError ? err.reason : String(err);
      return { isAllowed: () => false, crawlDelayMs: null, sitemaps: [], note: `robots.txt unavailable (${reason})` };
    }
  }
}
