import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, nav, openPage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const outcome = (page: Page, label: string) => page.locator(`dt:text-is("${label}") + dd`);

async function breakEven(page: Page): Promise<string> {
  return (await outcome(page, 'Terugverdiend in').textContent()) ?? '';
}

describe('editing the example', () => {
  it('changing Haarlem’s technical-management FTE in 2.0 moves the break-even; undo and redo bring it back and forth', async () => {
    const w = await openPage(browser);
    const { page } = w;
    await page.goto(baseUrl());
    await nav(page, 'Scenario’s');
    await page
      .getByRole('navigation', { name: 'Scenarioboom' })
      .getByRole('button', { name: 'Samenwerking 2.0' })
      .click();
    await expect(page.getByRole('heading', { level: 2, name: 'Samenwerking 2.0' }).isVisible()).resolves.toBe(true);
    const before = await breakEven(page);
    expect(before).toMatch(/^\d{4}/);
    // The lever "Technisch beheer Haarlem naar 0 fte vanaf 2014": keep 25 FTE in 2014–2017 instead.
    const original =
      (await page.locator('.change-text', { hasText: /^Technisch beheer Haarlem naar / }).textContent()) ?? '';
    await page.getByRole('button', { name: /^Bewerken: Technisch beheer Haarlem naar / }).click();
    const grid = page.getByRole('grid', { name: 'Fte per jaar' });
    await grid.getByRole('gridcell').nth(1).click();
    await page.keyboard.type('25');
    await page.keyboard.press('Enter');
    await page.locator('.change-text', { hasText: /^Technisch beheer Haarlem naar 25 fte vanaf 2014$/ }).waitFor();
    await grid.getByRole('gridcell').nth(3).click();
    await page.keyboard.type('20');
    await page.keyboard.press('Enter');
    await page
      .locator('.change-text', { hasText: /^Technisch beheer Haarlem naar 25 fte in 2014, 20 fte vanaf 2016$/ })
      .waitFor();
    const after = await breakEven(page);
    expect(after).not.toBe(before);

    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.locator('.change-text', { hasText: /^Technisch beheer Haarlem naar 25 fte vanaf 2014$/ }).waitFor();
    await page.keyboard.press('Control+z');
    await expect.poll(() => breakEven(page)).toBe(before);
    await page.locator('.change-text', { hasText: original }).waitFor();
    await page.keyboard.press('Control+Shift+z');
    await page.locator('.change-text', { hasText: /^Technisch beheer Haarlem naar 25 fte vanaf 2014$/ }).waitFor();
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+y');
    await page.getByRole('button', { name: 'Opnieuw' }).click();
    await expect.poll(() => breakEven(page)).toBe(after);
    await expect(page.getByRole('button', { name: 'Opnieuw' }).isDisabled()).resolves.toBe(true);
    expect(w.errors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.context.close();
  });
});
