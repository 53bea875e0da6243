import { writeFileSync } from 'node:fs';
import chromium from '@sparticuz/chromium';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServe, type ServeProcess } from '../support/serve-process.js';

/**
 * The counter page in a real browser: the Chromium inside the @sparticuz/chromium package (no
 * download, no system browser), driven by puppeteer-core, against the built `schengen serve`.
 */
let server: ServeProcess;
let browser: Browser;

beforeAll(async () => {
  server = await startServe();
  browser = await puppeteer.launch({ executablePath: await chromium.executablePath(), args: chromium.args, headless: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.child.kill('SIGTERM');
  await server?.ended;
});

describe('a clerk at the counter, in Dutch', () => {
  it('fills in the form, reads the deadline and prints an A4 summary', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(String(error)));
    await page.setExtraHTTPHeaders({ 'Accept-Language': 'nl-BE,nl;q=0.9,en;q=0.5' });
    await page.goto(server.url);
    expect(await page.$eval('html', (html) => html.lang)).toBe('nl');
    expect(await page.$eval('label[for=stamps]', (label) => label.textContent)).toBe('Stempels');

    await page.type('#stamps', 'entry 01.06.2026 FR Parijs\nexit 15.07.2026 FR\n');
    await page.type('#arrival', '24.12.2026');
    await page.type('#visa', 'C 1 2026-12-01..2027-01-31 30');
    await Promise.all([page.waitForNavigation(), page.click('#compute')]);

    const deadline = await page.$eval('#deadline', (dd) => ({ iso: dd.getAttribute('data-iso'), text: dd.textContent }));
    expect(deadline).toEqual({ iso: '2026-12-30', text: 'wo 30/12/2026 (3 werkdagen na aankomst)' });
    expect(await page.$eval('#end-of-stay', (dd) => dd.getAttribute('data-iso'))).toBe('2027-01-22');
    expect(await page.$eval('#standing', (dd) => dd.textContent)).toContain('22 van 90');
    expect(await page.$eval('#print-text', (pre) => pre.textContent)).toContain('AANKOMSTVERKLARING (BIJLAGE 3)');
    // what was typed is still there, to correct and compute again
    expect(await page.$eval('#arrival', (input) => (input as unknown as { value: string }).value)).toBe('24.12.2026');

    // the page's script (a file under the CSP) ran: the print button prints
    // (expressions as text: this project compiles without the DOM library)
    await page.evaluate('window.printed = 0; window.print = () => { window.printed += 1; }');
    await page.click('#print');
    expect(await page.evaluate('window.printed')).toBe(1);

    await page.emulateMediaType('print');
    expect(await page.evaluate("getComputedStyle(document.querySelector('form')).display")).toBe('none');
    expect(await page.evaluate("getComputedStyle(document.getElementById('print-text')).display")).not.toBe('none');
    const pdf = Buffer.from(await page.pdf({ preferCSSPageSize: true, printBackground: false }));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // one A4 sheet: 595 × 842 points
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 594\.9\d* 841\.9\d*\]/);
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
    if (process.env['SCHENGEN_KEEP_PDF'] !== undefined) writeFileSync(process.env['SCHENGEN_KEEP_PDF'], pdf);
    expect(problems).toEqual([]);
  }, 60_000);

  it('shows an error in Dutch next to the field, and keeps the input', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}?lang=nl`);
    await page.type('#stamps', 'entry 2026-06-01\nexit 31.02.2026\n');
    await page.type('#arrival', '2026-12-24');
    await Promise.all([page.waitForNavigation(), page.click('#compute')]);
    expect(await page.$eval('#error', (p) => p.textContent)).toMatch(/^Controleer de invoer: Stempels:2: /);
    expect(await page.$eval('#stamps', (textarea) => textarea.getAttribute('aria-invalid'))).toBe('true');
  }, 60_000);
});
