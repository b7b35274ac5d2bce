// The bundled sample site of `cchc demo`: a few portal-style article pages (data/demo/articles.json) with an
// index, a sitemap and robots.txt, served on 127.0.0.1 so the whole pipeline runs with no network.
import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';

const DemoFileSchema = z.object({
  site: z.object({ name: z.string(), province: z.string() }),
  articles: z.array(
    z.object({
      slug: z.string().regex(/^[a-z0-9-]+$/),
      published: z.string(),
      author: z.string().nullable(),
      title: z.string(),
      paragraphs: z.array(z.string()).min(1),
    }),
  ),
});
export type DemoContent = z.infer<typeof DemoFileSchema>;

export const DEMO_CONTENT_PATH = new URL('../../data/demo/articles.json', import.meta.url);

export function loadDemoContent(path: URL | string = DEMO_CONTENT_PATH): DemoContent {
  const parsed = DemoFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${String(path)}: not a demo site file: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const articlePath = (slug: string) => `/tin-tuc/${slug}.html`;

function page(site: DemoContent['site'], title: string, head: string, body: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${esc(title)} - ${esc(site.name)}</title>${head}</head>
<body><header><nav><a href="/">Trang chủ</a> | <a href="/tin-tuc/">Tin tức</a></nav><p class="site">${esc(site.name)}</p></header>
${body}
<footer><p>Bản quyền © ${esc(site.name)}. Tổng số lượt truy cập: 44540891</p></footer></body></html>`;
}

function render(content: DemoContent, origin: string, path: string): { type: string; body: string } | null {
  const { site, articles } = content;
  if (path === '/robots.txt') return { type: 'text/plain', body: `User-agent: *\nAllow: /\nSitemap: ${origin}/sitemap.xml\n` };
  if (path === '/sitemap.xml') {
    const urls = articles.map((a) => `<url><loc>${origin}${articlePath(a.slug)}</loc><lastmod>${a.published}</lastmod></url>`).join('');
    return { type: 'application/xml', body: `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>` };
  }
  if (path === '/' || path === '/tin-tuc/' || path === '/tin-tuc') {
    const list = articles.map((a) => `<li><a href="${articlePath(a.slug)}">${esc(a.title)}</a> <span>${a.published}</span></li>`).join('\n');
    return { type: 'text/html; charset=utf-8', body: page(site, 'Tin tức', '', `<main><h1>Tin tức</h1><ul class="news">${list}</ul></main>`) };
  }
  const a = articles.find((x) => articlePath(x.slug) === path);
  if (!a) return null;
  const url = `${origin}${path}`;
  const head = `<link rel="canonical" href="${url}"><meta property="og:title" content="${esc(a.title)}"><meta property="article:published_time" content="${a.published}T08:00:00+07:00">${a.author ? `<meta name="author" content="${esc(a.author)}">` : ''}`;
  const body = `<main><article><h1>${esc(a.title)}</h1><time datetime="${a.published}T08:00:00+07:00">${a.published.split('-').reverse().join('/')}</time>
${a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
${a.author ? `<p class="author"><strong>${esc(a.author)}</strong></p>` : ''}</article>
<aside><h2>Tin khác</h2><ul>${articles.filter((x) => x !== a).slice(0, 3).map((x) => `<li><a href="${articlePath(x.slug)}">${esc(x.title)}</a></li>`).join('')}</ul></aside></main>`;
  return { type: 'text/html; charset=utf-8', body: page(site, a.title, head, body) };
}

export interface DemoSite {
  origin: string;
  content: DemoContent;
  close(): Promise<void>;
}

/** Serves the sample site on 127.0.0.1 at a free port. */
export async function startDemoSite(content: DemoContent = loadDemoContent()): Promise<DemoSite> {
  let origin = '';
  const server = createServer((req, res) => {
    const found = render(content, origin, new URL(req.url ?? '/', origin).pathname);
    if (!found) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': found.type }).end(found.body);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    content,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
