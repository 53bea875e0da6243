import { writeFileSync } from 'node:fs';
import chromium from '@sparticuz/chromium';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServe, type ServeProcess } from '../support/serve-process.js';
import { runCli } from './run-cli.js';

/**
 * The counter page in a real browser: the Chromium inside the @sparticuz/chromium package (no
 * download, no system browser), driven by puppeteer-core, against the built `schengen serve`.
 * Issue 23: on a phone (390 px) and at a desk (1280 px), in four languages, nothing is wider than
 * the screen, the answer comes first, an error is brought into view, and "Print" prints the same
 * A4 declaration as `annex3 --html`, one page per person.
 */
let server: ServeProcess;
let browser: Browser;

beforeAll(async () => {
  server = await startServe(['--municipality', 'Leuven']);
  browser = await puppeteer.launch({ executablePath: await chromium.executablePath(), args: chromium.args, headless: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.child.kill('SIGTERM');
  await server?.ended;
});

/** A page that records script errors (expressions as text: this project compiles without the DOM library). */
async function open(language: string, width: number): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.setViewport({ width, height: width < 600 ? 844 : 900 });
  await page.setExtraHTTPHeaders({ 'Accept-Language': `${language};q=1` });
  await page.goto(server.url);
  return { page, problems };
}

/** The widest thing on the page, in CSS pixels: the document's scroll width and every element's right edge. */
function widest(page: Page): Promise<number> {
  return page.evaluate(
    'Math.max(document.documentElement.scrollWidth, document.body.scrollWidth, ...[...document.querySelectorAll("body *")].map((e) => Math.ceil(e.getBoundingClientRect().right)))',
  ) as Promise<number>;
}

const rect = (page: Page, selector: string) =>
  page.evaluate(`(() => { const r = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; })()`) as Promise<{ top: number; bottom: number }>;

/** A4 as PDF points: 595 × 842. */
const A4 = /\/MediaBox \[0 0 594\.9\d* 841\.9\d*\]/;
const pages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;

// The stamps in each clerk's own words; entry 16.11.2026 on a visa of 30 days: 16.11 + 29 = 15.12.2026.
const STAMPS = { en: 'entry 16.11.2026 FR', nl: 'binnenkomst 16.11.2026 FR', fr: 'entrée 16.11.2026 FR', de: 'Einreise 16.11.2026 FR' } as const;

describe.each(['nl', 'fr', 'de', 'en'] as const)('the clerk’s desk in %s', (language) => {
  it.each([390, 1280])('at %i px: nothing wider than the screen, the verdict first, the declaration printed on one A4 page', async (width) => {
    const { page, problems } = await open(language, width);
    expect(await page.$eval('html', (html) => html.lang)).toBe(language);
    expect(await widest(page)).toBeLessThanOrEqual(width);

    await page.type('#stamps', STAMPS[language]);
    await page.type('#arrival', '20.11.2026');
    await page.type('#visa', 'C 1 2026-11-01..2027-01-31 30');
    await page.type('#name', 'DOE John');
    await page.type('#birthDate', '14 MAR 1985');
    await page.type('#nationality', 'USA');
    await Promise.all([page.waitForNavigation(), page.click('#compute')]);

    // Arrival Fri 20.11.2026: Sat 21, Sun 22 passed over; Mon 23, Tue 24, Wed 25 → 25.11.2026.
    expect(await page.$eval('#deadline', (dd) => dd.getAttribute('data-iso'))).toBe('2026-11-25');
    expect(await page.$eval('#end-of-stay', (dd) => dd.getAttribute('data-iso'))).toBe('2026-12-15');
    expect(await widest(page)).toBeLessThanOrEqual(width);
    // The answer first: its verdict on the first screen, above the form.
    const verdict = await rect(page, '#verdict');
    expect(verdict.top).toBeGreaterThanOrEqual(0);
    expect(verdict.bottom).toBeLessThanOrEqual(width < 600 ? 844 : 900);
    expect(verdict.top).toBeLessThan((await rect(page, 'form')).top);

    // "Print" runs window.print (the page's only script, a file under the CSP) ...
    await page.evaluate('window.printed = 0; window.print = () => { window.printed += 1; }');
    await page.click('#print');
    expect(await page.evaluate('window.printed')).toBe(1);
    // ... which prints the declaration alone, on one A4 page for the one person.
    await page.emulateMediaType('print');
    expect(await page.evaluate("getComputedStyle(document.querySelector('form')).display")).toBe('none');
    expect(await page.evaluate("getComputedStyle(document.getElementById('result')).display")).toBe('none');
    expect(await page.evaluate("getComputedStyle(document.getElementById('declaration')).display")).not.toBe('none');
    const pdf = Buffer.from(await page.pdf({ preferCSSPageSize: true, printBackground: false }));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(A4);
    expect(pages(pdf)).toBe(1);
    if (process.env['SCHENGEN_KEEP_PDF'] !== undefined) writeFileSync(`${process.env['SCHENGEN_KEEP_PDF']}-${language}-${width}.pdf`, pdf);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});

describe('errors on a phone', () => {
  it('an error sits next to its field and is brought into view, in Dutch', async () => {
    const { page } = await open('nl', 390);
    await page.type('#stamps', 'binnenkomst 2026-06-01\nuitreis 31.02.2026\n');
    await page.type('#arrival', '2026-12-24');
    await Promise.all([page.waitForNavigation(), page.click('#compute')]);
    expect(await page.$eval('#error', (p) => p.textContent)).toMatch(/^Controleer de invoer: Stempels:2: veld "datum": /);
    expect(await page.$eval('#stamps', (textarea) => textarea.getAttribute('aria-invalid'))).toBe('true');
    await page.waitForFunction('document.activeElement && document.activeElement.id === "stamps"');
    const error = await rect(page, '#error');
    expect(error.top).toBeGreaterThanOrEqual(0);
    expect(error.bottom).toBeLessThanOrEqual(844);
    expect(await widest(page)).toBeLessThanOrEqual(390);
    await page.close();
  }, 60_000);
});

describe('annex3 --html printed by the same browser', () => {
  it('one A4 page per person', async () => {
    const result = await runCli([
      'annex3', '--arrival', '2026-12-24', '--entry', '2026-12-20', '--visa', 'C 1 2026-12-01..2027-01-31 30', '--on', '2026-12-28', '--html', '--lang', 'fr',
      '--name', 'DOE John', '--name', 'DOE Jane', '--name', 'DOE Jim', '--municipality', 'Bruxelles',
    ]);
    expect(result.exitCode).toBe(0);
    const page = await browser.newPage();
    await page.setContent(result.stdout);
    const pdf = Buffer.from(await page.pdf({ preferCSSPageSize: true, printBackground: false }));
    expect(pdf.toString('latin1')).toMatch(A4);
    expect(pages(pdf)).toBe(3);
    await page.close();
  }, 60_000);
});
