import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, baseUrl, launch, openPage, type AxeViolation } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const navButtons = (page: Page) => page.getByRole('navigation', { name: /Onderdelen|Sections/ }).getByRole('button');

/** Axe on the page, with every tab of the current screen visited. */
async function checkScreen(page: Page, where: string, found: Record<string, AxeViolation[]>): Promise<void> {
  const record = async (label: string) => {
    const v = await axeViolations(page);
    if (v.length > 0) found[label] = v;
  };
  await record(where);
  const tabs = page.getByRole('tab');
  for (let i = 0; i < (await tabs.count()); i += 1) {
    await tabs.nth(i).click();
    await record(`${where} / ${await tabs.nth(i).textContent()}`);
  }
}

describe('accessibility', () => {
  // Axe on every screen and tab in two languages, on the full Haarlem–Haarlemmermeer example: ≈ 1 min on 2 cores.
  it('has no axe violations on any screen, in Dutch and in English, at 1280×720', { timeout: 180_000 }, async () => {
    const w = await openPage(browser, { viewport: { width: 1280, height: 720 } });
    const { page } = w;
    await page.goto(baseUrl());
    await page.getByRole('heading', { level: 1, name: 'Welkom bij Kantelpunt' }).waitFor();
    const found: Record<string, AxeViolation[]> = {};
    for (const locale of ['nl', 'en']) {
      if (locale === 'en') await page.getByLabel('Taal', { exact: true }).selectOption('en');
      const count = await navButtons(page).count();
      for (let i = 0; i < count; i += 1) {
        const button = navButtons(page).nth(i);
        const name = (await button.textContent()) ?? '';
        await button.click();
        await page.locator('main#main h1').first().waitFor();
        await checkScreen(page, `${locale}: ${name}`, found);
      }
    }
    // Every kind of lever editor, opened.
    await page.getByLabel('Language', { exact: true }).selectOption('nl');
    await navButtons(page).filter({ hasText: 'Scenario’s' }).click();
    for (const kind of [
      'Kosten toevoegen',
      'Personeel toevoegen',
      'Personeel wijzigen',
      'Kosten beëindigen',
      'Kosten overdragen aan gezamenlijke partij',
      'Kosten verlagen of verhogen',
      'Aanname wijzigen',
    ]) {
      await page.getByLabel('Soort hefboom').selectOption({ label: kind });
      await page.getByRole('button', { name: 'Hefboom toevoegen' }).click();
      await checkScreen(page, `lever editor: ${kind}`, found);
    }
    // The confirm dialog.
    await navButtons(page).filter({ hasText: 'Start' }).click();
    await page
      .getByRole('button', { name: /^Verwijderen: / })
      .first()
      .click();
    await page.getByRole('dialog').waitFor();
    await checkScreen(page, 'delete dialog', found);
    await page.keyboard.press('Escape');
    expect(found).toEqual({});
    expect(w.errors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.context.close();
  });

  it('is operable by keyboard: skip link, navigation and focus on the new screen', async () => {
    const w = await openPage(browser);
    const { page } = w;
    await page.goto(baseUrl());
    await page.getByRole('heading', { level: 1, name: 'Welkom bij Kantelpunt' }).waitFor();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    const scenarios = navButtons(page).filter({ hasText: 'Scenario’s' });
    await scenarios.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Scenario’s' }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    // Tab reaches the scenario tree and a lever's switch; Space toggles it.
    await page.getByRole('checkbox', { name: 'Aan' }).first().waitFor();
    const offBefore = await page.locator('.change-card.is-off').count();
    await page.getByRole('checkbox', { name: 'Aan' }).first().focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('checkbox', { name: 'Aan' }).first().isChecked()).resolves.toBe(false);
    await expect(page.locator('.change-card.is-off').count()).resolves.toBe(offBefore + 1);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});
