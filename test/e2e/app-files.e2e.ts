import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, baseUrl, launch, nav, openPage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('model files and share links', () => {
  it('refuses an invalid file with its errors and JSON paths, and keeps the open model', async () => {
    const w = await openPage(browser);
    const { page } = w;
    await page.goto(baseUrl());
    await page.getByRole('heading', { level: 1, name: 'Welkom bij Kantelpunt' }).waitFor();
    const title = await page.locator('.header-model').textContent();
    const bad = {
      format: 'ict-business-case',
      version: 1,
      horizon: { startYear: 2020, endYear: 2015 },
      parties: [],
      scenarios: [],
    };
    await page
      .getByLabel('Bestand kiezen…')
      .setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await page.getByText(/“kapot\.json” is niet geopend/).waitFor();
    const errors = await page.locator('.error-list li').allTextContents();
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((e) => e.startsWith('horizon'))).toBe(true);
    await page
      .getByLabel('Bestand kiezen…')
      .setInputFiles({ name: 'geen-json.json', mimeType: 'application/json', buffer: Buffer.from('{ "format": ') });
    await page.getByText(/“geen-json\.json” is niet geopend/).waitFor();
    await expect(page.locator('.header-model').textContent()).resolves.toBe(title);
    expect(await page.getByRole('table').filter({ hasText: 'Gewijzigd' }).getByRole('row').count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('shares a model as a link that opens it elsewhere, with a warning that the link holds the data', async () => {
    const w = await openPage(browser);
    const { page } = w;
    await page.goto(baseUrl());
    await nav(page, 'Bestanden en delen');
    await page.getByRole('button', { name: 'Link maken' }).click();
    const link = await page.getByLabel('Link naar dit model').inputValue();
    expect(link).toMatch(/#m1=[A-Za-z0-9_-]+$/);
    expect(link.startsWith(baseUrl())).toBe(true);
    await page.getByText(/De link bevat het hele model zelf/).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const other = await openPage(browser);
    await other.page.goto(link);
    await other.page.getByText('Het model uit de link is geopend en opgeslagen in deze browser.').waitFor();
    await expect(other.page.locator('.header-model').textContent()).resolves.toContain('Haarlem');
    // The link's data leaves the address (a reload imports nothing again): the screen's own address takes its place.
    expect(new URL(other.page.url()).hash).toMatch(/^#\/[a-z-]+$/);
    // A damaged link is refused with a message; nothing is imported.
    await other.page.goto(`${baseUrl()}#m1=AAAA`);
    await other.page.getByText('Het model kon niet worden geopend. Er is niets gewijzigd.').waitFor();
    expect(w.errors).toEqual([]);
    expect(other.errors).toEqual([]);
    expect([...w.foreignRequests, ...other.foreignRequests]).toEqual([]);
    await w.context.close();
    await other.context.close();
  });
});
