// The Realisatie screen in a real browser (model-v3 §10.8): the fictitious monitoring example
// opens from the start screen; a block pasted into the grid updates the variance table, the
// chart's data and the forecast; a CSV with a bad cell shows that cell's message and changes
// nothing; axe finds nothing in Dutch or English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, closeClean, launch, nav, openApp } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const varianceRows = (page: Page) => page.getByTestId('variance-table').locator('tbody tr');

describe('the Realisatie screen', () => {
  it('updates variance, chart and forecast from a pasted block; refuses a bad CSV cell; axe clean', async () => {
    const w = await openApp(browser);
    const { page, context } = w;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Open het fictieve monitoringsvoorbeeld' }).click();
    await page.getByRole('heading', { level: 1, name: 'Realisatie' }).waitFor();
    await expect(page.getByTestId('fictitious').textContent()).resolves.toContain('Fictief voorbeeld');
    const forecast = page.getByTestId('forecast');
    await expect(forecast.textContent()).resolves.toBe(
      'Met de realisatie tot en met 2018 is de investering naar verwachting in 2018 terugverdiend, een jaar later dan begroot.',
    );
    expect(await varianceRows(page).count()).toBe(5);
    expect(await axeViolations(page)).toEqual([]);

    // Paste 2019 and 2020 (amount and FTE) as Excel puts them on the clipboard.
    const block = ['7.000.000\t8,5', '7.000.000\t8,5'].join('\r\n') + '\r\n';
    await page.evaluate((text) => navigator.clipboard.writeText(text), block);
    const grid = page.getByRole('grid', { name: 'Realisatie van Oeverstad' });
    await grid.getByRole('row', { name: /^2019/ }).getByRole('gridcell').first().click();
    await page.keyboard.press('Control+v');
    await page.getByText('4 waarde(n) geplakt.').waitFor();
    await page.getByTestId('forecast').filter({ hasText: 'tot en met 2020' }).waitFor();
    expect(await varianceRows(page).count()).toBe(7);
    // 2019: 7,000,000 − the plan's 5,153,264.16.
    await expect(varianceRows(page).nth(5).textContent()).resolves.toContain('1.846.735,84');
    // Cumulative −2,204,295.23 after 2020; the plan's savings from 2021 make it good in 2024, after the plan period.
    await expect(forecast.textContent()).resolves.toBe(
      'Met de realisatie tot en met 2020 is de investering naar verwachting in 2024 terugverdiend, 7 jaar later dan begroot.',
    );
    const chartTable = page.getByRole('table', {
      includeHidden: true,
      name: 'ICT-kosten van Oeverstad: plan (Samen in één ICT-organisatie), realisatie en baseline',
    });
    await expect(chartTable.locator('tr', { hasText: '2020' }).first().textContent()).resolves.toContain('7.000.000');

    // A CSV with one bad cell: its message, and nothing changes.
    await page.getByRole('button', { name: 'Naar Tabel importeren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tabel importeren' }).waitFor();
    await page.getByLabel('Soort tabel').selectOption('actuals');
    await page.getByLabel('Gemeente of partij').selectOption('oeverstad');
    const csv = '\uFEFFRij;2019;2020\r\nICT-kosten;5.100.000;veel\r\nFte;8;8\r\n';
    await page
      .getByLabel('Bestand kiezen')
      .setInputFiles({ name: 'realisatie.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const alert = page.getByRole('alert').filter({ hasText: 'C2' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('C2: geen getal (‘veel’)');
    await expect(page.getByRole('button', { name: 'Importeren in de realisatie' }).isDisabled()).resolves.toBe(true);
    await nav(page, 'Realisatie');
    await page.getByTestId('forecast').filter({ hasText: 'tot en met 2020' }).waitFor();
    await expect(varianceRows(page).nth(5).textContent()).resolves.toContain('1.846.735,84');

    // English.
    await page.getByLabel('Taal', { exact: true }).selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Realisation' }).waitFor();
    await expect(forecast.textContent()).resolves.toContain('7 years later than planned');
    expect(await axeViolations(page)).toEqual([]);
    await closeClean(w);
  });
});
