import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { tempDir } from '../store/helpers.ts';
import { buildFixtureDb, EVIDENCE_SAMPLE, EXPECTED } from './fixture.ts';

const tmp = tempDir('cchc-report-');
const db = tmp.file('fixture.db');
const chart = (html: string, name: string) => html.match(new RegExp(`<figure class="chart" data-chart="${name}">([^]*?)</figure>\\s*(?:</section>|<h3>)`))?.[1] ?? '';
const dots = (svg: string) => (svg.match(/<circle/g) ?? []).length;

beforeAll(() => buildFixtureDb(db));
afterAll(() => tmp.cleanup());

describe('cchc report', () => {
  it('writes index.html and its stylesheet, every chart with one mark per figure', async () => {
    const out = join(tmp.dir, 'all');
    expect(await main(['node', 'cchc', 'report', '--db', db, '--out', out])).toBe(0);
    expect(existsSync(join(out, 'style.css'))).toBe(true);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    for (const [name, n] of Object.entries(EXPECTED)) expect(dots(chart(html, name)), name).toBe(n);
    expect(html).toContain(`<title>`);
    expect(html).toContain(EVIDENCE_SAMPLE);
    expect(html).toContain('href="https://example.gov.vn/0/2024-01"');
    // offline: no script, no external stylesheet or image
    expect(html).not.toMatch(/<script|<link[^>]+href="https?:|<img[^>]+src="https?:/);
  });

  it('keeps regional ranks apart and lists the flagged fact', async () => {
    const out = join(tmp.dir, 'all2');
    await main(['node', 'cchc', 'report', '--db', db, '--out', out]);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    const regional = html.slice(html.indexOf('Regional ranks'), html.indexOf('id="disagreements"'));
    expect((regional.match(/vùng Đồng bằng sông Cửu Long/g) ?? []).length).toBe(3);
    const disagreements = html.slice(html.indexOf('id="disagreements"'));
    expect(disagreements).toContain('rate_above_100');
    expect(disagreements).toContain('Tỷ lệ đúng hạn đạt 120%.');
  });

  it('--where limits the facts shown', async () => {
    const out = join(tmp.dir, 'where');
    expect(await main(['node', 'cchc', 'report', '--db', db, '--out', out, '--where', "locality_name = 'Cà Mau'"])).toBe(0);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(dots(chart(html, 'dossiers'))).toBe(EXPECTED.dossiers / 3);
    expect(dots(chart(html, 'par_index_rank'))).toBe(EXPECTED.par_index_rank / 3);
    expect(html).not.toContain('tỉnh Đồng Tháp tháng');
  });

  it('a bad --where or a missing database fails with a message naming it', async () => {
    const errors: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((s: string) => (errors.push(String(s)), true)) as typeof process.stderr.write;
    try {
      expect(await main(['node', 'cchc', 'report', '--db', db, '--out', join(tmp.dir, 'bad'), '--where', 'no_such_column = 1'])).toBe(1);
      expect(await main(['node', 'cchc', 'report', '--db', tmp.file('missing.db'), '--out', join(tmp.dir, 'bad2')])).toBe(1);
    } finally {
      process.stderr.write = write;
    }
    expect(errors.join('')).toMatch(/bad --where "no_such_column = 1".*no such column/);
    expect(errors.join('')).toMatch(/missing\.db: no such database file/);
    expect(existsSync(join(tmp.dir, 'bad', 'index.html'))).toBe(false);
  });
});
