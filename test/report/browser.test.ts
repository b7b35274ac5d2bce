// The report in a real browser: Debian's Chromium, driven by playwright-core, opening index.html from file://.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../src/report/build.ts';
import { openStore } from '../../src/store/sqlite.ts';
import { tempDir } from '../store/helpers.ts';
import { buildFixtureDb, EVIDENCE_SAMPLE, EXPECTED } from './fixture.ts';

const CHROMIUM = '/usr/bin/chromium';
/** Screenshots land here (gitignored) for a person to look at after a run. */
const ARTEFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts');
const available = existsSync(CHROMIUM);
if (!available) console.warn(`browser test skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);

describe.skipIf(!available)('report in headless Chromium', () => {
  const tmp = tempDir('cchc-report-browser-');
  const profile = mkdtempSync(join(tmpdir(), 'cchc-chromium-'));
  let browser: BrowserContext;
  let index: string;

  beforeAll(async () => {
    const db = tmp.file('fixture.db');
    buildFixtureDb(db);
    const store = openStore(db, { readonly: true });
    try {
      index = writeReport(store, { db, out: join(tmp.dir, 'report') }).index;
    } finally {
      store.close();
    }
    // Without the background-networking flags Chromium dials out at start, and this closed network refuses it.
    // A fresh profile per run (playwright passes it as --user-data-dir).
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    tmp.cleanup();
    rmSync(profile, { recursive: true, force: true });
  });

  it('opens from file:// with no console errors or network requests, every chart and its marks present', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1100, height: 900 });
    const problems: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => { if (!r.url().startsWith('file://')) problems.push(`request ${r.url()}`); });
    await page.goto(pathToFileURL(index).href);
    for (const [name, n] of Object.entries(EXPECTED)) {
      await expect.poll(() => page.locator(`figure[data-chart="${name}"] svg circle`).count(), { message: name }).toBe(n);
      expect(await page.locator(`figure[data-chart="${name}"] svg a circle`).count(), `${name} links`).toBe(n);
    }
    // the stylesheet was loaded from disk
    expect(await page.locator('.tiles').evaluate((el) => getComputedStyle(el).display)).toBe('grid');
    mkdirSync(ARTEFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTEFACTS, 'report.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('hovering a point shows its evidence sentence (SVG <title>) and links to its article', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(index).href);
    const mark = page.locator('figure[data-chart="dossiers"] svg a', { has: page.locator('title', { hasText: EVIDENCE_SAMPLE }) }).first();
    await mark.locator('circle').hover();
    // The browser's native tooltip is the <title> of the hovered element; read it from the element under the pointer.
    const box = (await mark.locator('circle').boundingBox())!;
    const tip = await page.evaluate(([x, y]) => {
      let el: Element | null = document.elementFromPoint(x!, y!);
      while (el && !el.querySelector(':scope > title')) el = el.parentElement;
      return el?.querySelector(':scope > title')?.textContent ?? null;
    }, [box.x + box.width / 2, box.y + box.height / 2]);
    expect(tip).toContain(EVIDENCE_SAMPLE);
    expect(tip).toContain('Kết quả CCHC Đồng Tháp 2024-01');
    expect(await mark.getAttribute('href')).toBe('https://example.gov.vn/0/2024-01');
  });
});
