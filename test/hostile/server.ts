// The hostile web in one server: a real node:http server on 127.0.0.1 whose answer per path is a switchable
// behaviour (throttling, outages, hangs, drips, redirect games, bombs, bad charsets...). Tests set the routes
// for a case, run a real `cchc crawl` against it, then read the request log.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Readable } from 'node:stream';
import { constants as zlibConstants, createBrotliCompress, createDeflate, createGzip } from 'node:zlib';
import { afterEach, beforeEach } from 'vitest';

export interface Hit {
  path: string;
  at: number;
  userAgent: string | undefined;
}

/** Writes the answer for one request; may hang, drip or stream forever (the socket is destroyed on close). */
export type Behaviour = (req: IncomingMessage, res: ServerResponse, server: HostileServer) => void | Promise<void>;

export interface HostileServer {
  origin: string;
  hits: Hit[];
  /** Path (query included) to behaviour; unknown paths get 404. Replace per case. */
  routes: Map<string, Behaviour>;
  count(path: string): number;
  close(): Promise<void>;
}

export async function startHostileServer(): Promise<HostileServer> {
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    self.hits.push({ path, at: Date.now(), userAgent: req.headers['user-agent'] });
    const behaviour = self.routes.get(path) ?? notFound;
    Promise.resolve(behaviour(req, res, self)).catch(() => res.destroy());
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const self: HostileServer = {
    origin: `http://127.0.0.1:${port}`,
    hits: [],
    routes: new Map(),
    count: (path) => self.hits.filter((h) => h.path === path).length,
    close: async () => {
      for (const s of sockets) s.destroy();
      server.close();
      await once(server, 'close');
    },
  };
  return self;
}

// ---- behaviours -------------------------------------------------------------------------------------------

export const notFound: Behaviour = (_req, res) => {
  res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
};

export const text = (body: string | Buffer, type = 'text/html; charset=utf-8', status = 200, headers: Record<string, string> = {}): Behaviour =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': type, ...headers }).end(body);
  };

export const robots = (lines: string): Behaviour => text(lines, 'text/plain');

export const redirect = (to: string, status = 302): Behaviour => (_req, res) => {
  res.writeHead(status, { location: to }).end();
};

/** Accepts the request and never answers (the socket stays open until the server closes). */
export const hang: Behaviour = () => undefined;

/** Sends headers, then one byte per `everyMs`, forever (an idle timeout never fires). */
export const drip = (type = 'text/html; charset=utf-8', everyMs = 1000): Behaviour => (req, res) => {
  res.writeHead(200, { 'content-type': type });
  res.write('<');
  const t = setInterval(() => res.write('a'), everyMs);
  req.socket.on('close', () => clearInterval(t));
};

/** An article page long enough to be stored (the reader keeps >= 200 characters). */
export function articleHtml(title: string, extra = ''): string {
  const para = 'Công tác cải cách hành chính của tỉnh tiếp tục được đẩy mạnh, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%. ';
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>
<meta property="article:published_time" content="2026-11-20T08:00:00+07:00"></head>
<body><article><h1>${title}</h1><p>${para.repeat(3)}</p><p>${para.repeat(2)}</p>${extra}</article></body></html>`;
}

/** Streams `bytes` of filler without Content-Length (a size cap must count as it reads). */
export const huge = (bytes: number, type = 'text/html; charset=utf-8'): Behaviour => (_req, res) => {
  res.writeHead(200, { 'content-type': type });
  Readable.from(zeros(bytes, 0x61)).pipe(res);
};

/**
 * A compression bomb: `inflated` bytes of zeros compressed on the fly (never held in memory) and sent with
 * Content-Encoding `encoding`, or as a gzip file with no Content-Encoding (`raw-gzip`, a .xml.gz sitemap).
 */
export const bomb = (encoding: 'gzip' | 'deflate' | 'br' | 'raw-gzip', inflated: number, type = 'text/html; charset=utf-8'): Behaviour => (_req, res) => {
  const headers: Record<string, string> = { 'content-type': type };
  if (encoding !== 'raw-gzip') headers['content-encoding'] = encoding;
  res.writeHead(200, headers);
  const codec = encoding === 'br'
    ? createBrotliCompress({ params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 1 } })
    : encoding === 'deflate' ? createDeflate({ level: 9 }) : createGzip({ level: 9 });
  Readable.from(zeros(inflated, 0)).pipe(codec).pipe(res);
};

function* zeros(total: number, fill: number): Generator<Buffer> {
  const chunk = Buffer.alloc(1 << 20, fill);
  for (let left = total; left > 0; left -= chunk.length) yield left >= chunk.length ? chunk : chunk.subarray(0, left);
}

/** The site under test and another host beside it (for links and redirects that try to leave the site), both
 *  fresh for each test. */
export function siteAndOtherHostPerTest(): { site: HostileServer; other: HostileServer } {
  const servers = {} as { site: HostileServer; other: HostileServer };
  beforeEach(async () => {
    servers.site = await startHostileServer();
    servers.other = await startHostileServer();
  });
  afterEach(async () => {
    await servers.site.close();
    await servers.other.close();
  });
  return servers;
}
