// HTTP fetching with undici: keep-alive pools per origin, timeouts, size cap, manual redirects (each hop
// checked), decompression, conditional GET and retries with backoff. Every request passes the host queue.
import { once } from 'node:events';
import zlib from 'node:zlib';
import { Pool } from 'undici';
import type { IncomingHttpHeaders } from 'undici/types/header.js';
import { backoffDelay, parseRetryAfter, sleep } from './backoff.ts';
import { canonicalizeUrl } from './canonical.ts';
import { HostQueues } from './host-queue.ts';
import { assertHostAllowed, guardedLookup } from './net-guard.ts';
import { DEFAULT_FETCH_CONFIG, USER_AGENT, type FetchConfig } from './types.ts';


/** A fetch that did not give a usable page; `reason` is what gets stored on the page record. */
export class FetchError extends Error {
  constructor(
    readonly reason: string,
    readonly status: number | null = null,
    readonly finalUrl: string | null = null,
    readonly retryable = false,
  ) {
    super(reason);
  }
}

export interface FetchRequest {
  url: string;
  etag?: string | null;
  lastModified?: string | null;
  /** Checks each redirect target; returns a refusal reason or null. */
  checkRedirect?: (url: string) => Promise<string | null>;
  /** Overrides config.maxRetries (robots.txt uses fewer). */
  maxRetries?: number;
  accept?: string;
  /** Overrides config.maxBodyBytes, on the wire and once decompressed (sitemaps may be 50 MB by the protocol). */
  maxBytes?: number;
  /** Skips the host queue (robots.txt, fetched before the host's politeness is known). */
  unqueued?: boolean;
}

export interface FetchResponse {
  /** URL of the last hop (canonical form). */
  url: string;
  status: number;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  /** Decompressed body; empty on 304. */
  body: Buffer;
  notModified: boolean;
  ms: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const RETRYABLE_CODES = new Set([
  'ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT',
]);

function header(headers: IncomingHttpHeaders, name: string): string | null {
  const v = headers[name];
  return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
}

function networkReason(err: unknown): FetchError {
  if (err instanceof FetchError) return err;
  const code = (err as { code?: string }).code ?? '';
  if (code === 'EPRIVATEADDR') return new FetchError('private address');
  if (code.endsWith('_TIMEOUT')) return new FetchError(`timeout (${code.replace('UND_ERR_', '').toLowerCase()})`, null, null, true);
  return new FetchError(`network error: ${code || (err as Error).message}`, null, null, RETRYABLE_CODES.has(code));
}

export class Fetcher {
  readonly config: FetchConfig;
  /** Every HTTP request sent (retries and redirect hops included). */
  requests = 0;
  private readonly pools = new Map<string, Pool>();

  constructor(
    readonly queues: HostQueues,
    config: Partial<FetchConfig> = {},
    private readonly opts: { allowPrivate: boolean; userAgent?: string; signal?: AbortSignal; connections?: number } = { allowPrivate: false },
  ) {
    this.config = { ...DEFAULT_FETCH_CONFIG, ...config };
  }

  private pool(origin: string): Pool {
    let pool = this.pools.get(origin);
    if (!pool) {
      pool = new Pool(origin, {
        connections: this.opts.connections ?? 8,
        keepAliveTimeout: 10_000,
        headersTimeout: this.config.headersTimeoutMs,
        bodyTimeout: this.config.bodyTimeoutMs,
        connect: { timeout: this.config.connectTimeoutMs, lookup: guardedLookup(this.opts.allowPrivate) as never },
      });
      this.pools.set(origin, pool);
    }
    return pool;
  }

  /** GET with redirects and retries. Throws FetchError for anything that is not a final 2xx or 304. */
  async fetch(req: FetchRequest): Promise<FetchResponse> {
    const started = performance.now();
    const seen = new Set<string>();
    let url = canonicalizeUrl(req.url) ?? req.url;
    for (let hop = 0; ; hop++) {
      seen.add(url);
      const res = await this.fetchWithRetries(url, req);
      if (!REDIRECTS.has(res.status)) {
        if (res.status === 304) return { ...res, url, notModified: true, ms: performance.now() - started };
        if (res.status < 200 || res.status >= 300) throw new FetchError(`http ${res.status}`, res.status, url);
        return { ...res, url, notModified: false, ms: performance.now() - started };
      }
      const location = res.location;
      const next = location ? canonicalizeUrl(location, url) : null;
      if (!next) throw new FetchError('redirect without a valid location', res.status, url);
      if (seen.has(next)) throw new FetchError('redirect loop', res.status, url);
      if (hop + 1 > this.config.maxRedirects) throw new FetchError('too many redirects', res.status, url);
      const refusal = req.checkRedirect ? await req.checkRedirect(next) : null;
      if (refusal) throw new FetchError(`redirect refused: ${refusal}`, res.status, next);
      url = next;
    }
  }

  private async fetchWithRetries(url: string, req: FetchRequest) {
    const maxRetries = req.maxRetries ?? this.config.maxRetries;
    for (let attempt = 0; ; attempt++) {
      let waitMs: number;
      let failure: FetchError;
      try {
        const res = req.unqueued
          ? await this.once(url, req)
          : await this.queues.run(new URL(url).host, () => this.once(url, req), this.opts.signal);
        if (res.status !== 429 && res.status < 500) return res;
        const retryAfter = parseRetryAfter(res.retryAfter, this.config.retryAfterCapMs);
        failure = new FetchError(`http ${res.status}`, res.status, url, true);
        if (retryAfter === Infinity) throw new FetchError(`http ${res.status}: Retry-After too long`, res.status, url);
        waitMs = Math.max(retryAfter ?? 0, backoffDelay(attempt + 1, this.config.backoffBaseMs, this.config.backoffCapMs));
        // The server asked the whole host to wait: every queued request to it waits, not only this URL's retry.
        if (retryAfter) this.queues.hold(new URL(url).host, Date.now() + retryAfter);
      } catch (err) {
        failure = networkReason(err);
        if (!failure.retryable) throw failure;
        waitMs = backoffDelay(attempt + 1, this.config.backoffBaseMs, this.config.backoffCapMs);
      }
      if (attempt >= maxRetries || this.opts.signal?.aborted) {
        throw new FetchError(`${failure.reason} after ${attempt + 1} attempts`, failure.status, url);
      }
      await sleep(waitMs, this.opts.signal);
    }
  }

  /** One request, no redirects followed. The body is read (and decompressed) only for 2xx answers. */
  private async once(url: string, req: FetchRequest) {
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), this.config.totalTimeoutMs);
    const signal = this.opts.signal ? AbortSignal.any([this.opts.signal, deadline.signal]) : deadline.signal;
    try {
      return await this.request(url, req, signal);
    } catch (err) {
      // Our deadline, not the caller's abort: a hard failure (not retried, a dripping server would only drip again).
      if (deadline.signal.aborted && !this.opts.signal?.aborted) {
        throw new FetchError(`timeout (total ${Math.round(this.config.totalTimeoutMs / 1000)} s)`, null, url);
      }
      throw err;
    } finally {
      clearTimeout(timer);
    }
  }

  private async request(url: string, req: FetchRequest, signal: AbortSignal) {
    const u = new URL(url);
    assertHostAllowed(u.hostname, this.opts.allowPrivate);
    const headers: Record<string, string> = {
      'user-agent': this.opts.userAgent ?? USER_AGENT,
      accept: req.accept ?? 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
      'accept-encoding': 'gzip, deflate, br',
      'accept-language': 'vi,en;q=0.5',
    };
    if (req.etag) headers['if-none-match'] = req.etag;
    if (req.lastModified) headers['if-modified-since'] = req.lastModified;
    this.requests++;
    const res = await this.pool(u.origin).request({ path: u.pathname + u.search, method: 'GET', headers, signal });
    const base = {
      status: res.statusCode,
      contentType: header(res.headers, 'content-type'),
      etag: header(res.headers, 'etag'),
      lastModified: header(res.headers, 'last-modified'),
      location: header(res.headers, 'location'),
      retryAfter: header(res.headers, 'retry-after'),
      body: Buffer.alloc(0) as Buffer,
    };
    if (res.statusCode < 200 || res.statusCode >= 300) {
      await res.body.dump({ limit: 64 * 1024 }).catch(() => undefined); // frees the keep-alive socket
      return base;
    }
    const max = req.maxBytes ?? this.config.maxBodyBytes;
    const declared = Number(header(res.headers, 'content-length') ?? NaN);
    if (declared > max) {
      res.body.destroy();
      throw new FetchError('too large', res.statusCode, url);
    }
    base.body = await readBody(res.body, header(res.headers, 'content-encoding'), max, url);
    return base;
  }

  async close(): Promise<void> {
    await Promise.all([...this.pools.values()].map((p) => p.close().catch(() => undefined)));
    this.pools.clear();
  }
}

/**
 * Reads a body, decoding its Content-Encoding as it arrives, with the wire size and the decoded size each capped
 * at `max`: a bomb is refused as soon as its output passes the cap, whatever it would inflate to.
 */
async function readBody(body: AsyncIterable<Buffer> & { destroy(err?: Error): unknown }, encoding: string | null, max: number, url: string): Promise<Buffer> {
  const enc = (encoding ?? '').trim().toLowerCase();
  const identity = !enc || enc === 'identity';
  if (!identity && !['gzip', 'x-gzip', 'br', 'deflate'].includes(enc)) {
    body.destroy();
    throw new FetchError(`unsupported content-encoding ${enc}`, 200, url);
  }
  const out: Buffer[] = [];
  let wire = 0;
  let decoded = 0;
  let codec: zlib.Gunzip | zlib.Inflate | zlib.InflateRaw | zlib.BrotliDecompress | null = null;
  let done: Promise<unknown> | null = null;
  const keep = (chunk: Buffer) => {
    decoded += chunk.length;
    if (decoded > max) throw new FetchError(identity ? 'too large' : `too large: ${enc} body inflates past ${mb(max)}`, 200, url);
    out.push(chunk);
  };
  try {
    for await (const chunk of body) {
      wire += chunk.length;
      if (wire > max) throw new FetchError('too large', 200, url);
      if (identity) {
        keep(chunk);
        continue;
      }
      if (!codec) {
        // "deflate" is zlib-wrapped by the spec but raw on some servers: the zlib header starts with 0x78.
        const c = enc === 'br' ? zlib.createBrotliDecompress() : enc === 'deflate' ? (chunk[0] === 0x78 ? zlib.createInflate() : zlib.createInflateRaw()) : zlib.createGunzip();
        c.on('data', (d: Buffer) => {
          try {
            keep(d);
          } catch (err) {
            c.destroy(err as Error); // past the cap: stop inflating now
          }
        });
        done = new Promise((resolve, reject) => {
          c.once('end', resolve);
          c.once('error', reject);
        });
        done.catch(() => undefined); // observed below; no unhandled rejection meanwhile
        codec = c;
      }
      if (!codec.write(chunk)) await Promise.race([once(codec, 'drain'), done]);
    }
    if (codec) {
      codec.end();
      await done;
    }
  } catch (err) {
    body.destroy();
    codec?.destroy();
    if (err instanceof FetchError) throw err;
    if (codec && typeof (err as { errno?: unknown }).errno === 'number') throw new FetchError(`bad ${enc} body`, 200, url);
    throw err;
  }
  return Buffer.concat(out);
}

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
