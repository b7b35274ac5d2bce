// Redirect games: a loop, a 30-step chain, and hops that try to leave the site by port or the --allow
// patterns. Each failure is on its page row with its reason; the good article is stored; nothing off-site is hit.
import { describe, expect, it } from 'vitest';
import { articleHtml, redirect, robots, siteAndOtherHostPerTest, text } from './server.ts';
import { readDb, runCrawl, tempDb } from './run-crawl.ts';

const servers = siteAndOtherHostPerTest();

const listing = (paths: string[]) => `<!doctype html><html><body>${paths.map((p) => `<a href="${p}">${p}</a>`).join(' ')}</body></html>`;

describe('redirects', () => {
  it('loops, long chains, another port and paths outside --allow are refused with their reason', async () => {
    const o = servers.site.origin;
    servers.site.routes.set('/robots.txt', robots('User-agent: *\nCrawl-delay: 0.05\n'));
    servers.other.routes.set('/robots.txt', robots('User-agent: *\n'));
    servers.other.routes.set('/tin/bai-khac-99999', text(articleHtml('Bài trên cổng khác')));
    servers.site.routes.set('/tin', text(listing(['/tin/bai-vong-12345', '/tin/bai-chuoi-12346', '/tin/bai-cong-12347', '/tin/bai-ngoai-12348', '/tin/bai-tot-12349'])));
    servers.site.routes.set('/tin/bai-vong-12345', redirect('/tin/bai-vong-b-12345'));
    servers.site.routes.set('/tin/bai-vong-b-12345', redirect('/tin/bai-vong-12345'));
    servers.site.routes.set('/tin/bai-chuoi-12346', redirect('/tin/chuoi/1'));
    for (let i = 1; i <= 30; i++) servers.site.routes.set(`/tin/chuoi/${i}`, redirect(i < 30 ? `/tin/chuoi/${i + 1}` : '/tin/bai-tot-12349'));
    servers.site.routes.set('/tin/bai-cong-12347', redirect(`${servers.other.origin}/tin/bai-khac-99999`));
    servers.site.routes.set('/tin/bai-ngoai-12348', redirect('/admin/bai-ngoai-12348'));
    servers.site.routes.set('/admin/bai-ngoai-12348', text(articleHtml('Ngoài phạm vi')));
    servers.site.routes.set('/tin/bai-tot-12349', text(articleHtml('Bài tốt về cải cách hành chính')));
    const db = tempDb();
    const run = await runCrawl(['--seed', `${o}/tin`, '--allow', '/tin', '--db', db, '--allow-private', '--request-timeout', '5'], 60_000);
    expect(run.killed).toBe(false);
    expect(run.code, run.stderr).toBe(0);
    const { page, articles, counts } = readDb(db);
    expect(page(`${o}/tin/bai-vong-12345`)?.error).toBe('redirect loop');
    expect(page(`${o}/tin/bai-chuoi-12346`)?.error).toBe('too many redirects');
    expect(page(`${o}/tin/bai-cong-12347`)?.error).toBe('redirect refused: off-site');
    expect(page(`${o}/tin/bai-ngoai-12348`)?.error).toBe('redirect refused: not in allowed patterns');
    expect(articles).toEqual([`${o}/tin/bai-tot-12349`]);
    expect(counts.failed).toBe(4);
    expect(servers.other.hits).toEqual([]);
    expect(servers.site.count('/admin/bai-ngoai-12348')).toBe(0);
    expect(servers.site.count('/tin/chuoi/7')).toBe(0); // the chain stops at the hop limit (5)
    expect(run.maxRssMb ?? 0).toBeLessThan(400);
  }, 90_000);
});
