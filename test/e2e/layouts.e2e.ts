// Layouts people use (issue 20, items 10–12): a projector's 1280×720 and a phone's 390×844. No
// key screen scrolls the page sideways (measured with scrollWidth), the navigation is a menu on a
// phone, every screen has its own address and Back/Forward work, a screen opens at its top, and
// opening the example beside an edited copy asks which one is meant.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, baseUrl, closeClean, launch, openPage, type AxeViolation } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PROJECTOR = { width: 1280, height: 720 };
const PHONE = { width: 390, height: 844 };
const KEY_SCREENS = [
  ['Start', 'Start'],
  ['Modelopzet', 'Model setup'],
  ['Baseline', 'Baseline'],
  ['Scenario’s', 'Scenarios'],
  ['Verdeelsleutels', 'Allocation keys'],
  ['Resultaten', 'Results'],
  ['Begroting', 'Budget'],
  ['Realisatie', 'Realisation'],
  ['Rechtsvorm', 'Legal form'],
  ['Onzekerheid', 'Uncertainty'],
  ['Workshop', 'Workshop'],
  ['Uittreden', 'Leaving'],
  ['Rapport', 'Report'],
  ['Exporteren', 'Export'],
] as const;

async function start(viewport: { width: number; height: number }) {
  const w = await openPage(browser, { viewport });
  await w.page.goto(baseUrl());
  await w.page.getByRole('heading', { level: 1, name: 'Welkom bij Kantelpunt' }).waitFor();
  return w;
}

const menuButton = (page: Page) => page.getByRole('button', { name: 'Menu', exact: true });
const navigation = (page: Page) => page.getByRole('navigation', { name: /^(Onderdelen|Sections)$/ });

/** Goes to a screen through the navigation, opening the menu first where it is one. */
async function go(page: Page, name: string): Promise<void> {
  if (await menuButton(page).isVisible()) {
    if ((await menuButton(page).getAttribute('aria-expanded')) !== 'true') await menuButton(page).click();
  }
  await navigation(page).getByRole('button', { name, exact: true }).click();
  await page.locator('main#main h1').first().waitFor();
}

/** How far the page scrolls sideways, and the visible elements that reach past the window's edge. */
async function sideways(page: Page): Promise<{ excess: number; sticking: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const sticking: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 0.5) continue;
      // Inside a box that scrolls (a wide table) is fine: that box itself must fit.
      let p = el.parentElement;
      let isInside = false;
      while (p && p !== document.body) {
        if (getComputedStyle(p).overflowX !== 'visible' && p.getBoundingClientRect().right <= width + 0.5) {
          isInside = true;
          break;
        }
        p = p.parentElement;
      }
      if (!isInside) sticking.push(`${el.tagName.toLowerCase()}.${el.className}`);
    }
    return { excess: document.documentElement.scrollWidth - width, sticking: sticking.slice(0, 5) };
  });
}

/** Every tab of the current screen, visited; `check` runs on the screen and on each tab. */
async function eachTab(page: Page, check: (where: string) => Promise<void>, where: string): Promise<void> {
  await check(where);
  const tabs = page.locator('main').getByRole('tab');
  for (let i = 0; i < (await tabs.count()); i += 1) {
    await tabs.nth(i).click();
    await check(`${where} / ${await tabs.nth(i).textContent()}`);
  }
}

describe('layouts', () => {
  for (const [label, viewport] of [
    ['projector 1280×720', PROJECTOR],
    ['phone 390×844', PHONE],
  ] as const) {
    it(`no key screen scrolls sideways on a ${label}, in Dutch and in English`, { timeout: 180_000 }, async () => {
      const w = await start(viewport);
      const { page } = w;
      const found: Record<string, unknown> = {};
      for (const locale of ['nl', 'en'] as const) {
        if (locale === 'en') await page.locator('#locale-select').selectOption('en');
        for (const names of KEY_SCREENS) {
          await go(page, names[locale === 'nl' ? 0 : 1]);
          await eachTab(
            page,
            async (where) => {
              const s = await sideways(page);
              if (s.excess > 0 || s.sticking.length > 0) found[where] = s;
            },
            `${locale}: ${names[0]}`,
          );
        }
      }
      expect(found).toEqual({});
      await closeClean(w);
    });
  }

  it('opens "Model uit tabel" with a pasted table on a phone without sideways scroll', async () => {
    const w = await start(PHONE);
    const { page } = w;
    await go(page, 'Start');
    await page.getByRole('button', { name: 'Tabel plakken of inlezen' }).click();
    await page
      .getByLabel(/Tabel van gemeenten/)
      .fill(
        'Naam\tInwoners\tRegio\nBloemendaal\t24000\tKennemerland\nHeemstede\t27000\tKennemerland\nZandvoort\t17000\tKust',
      );
    await page.getByRole('button', { name: 'Model maken (3 gemeenten)' }).waitFor();
    // The template's hidden field labels once stretched the page to 667 px.
    expect(await sideways(page)).toEqual({ excess: 0, sticking: [] });
    await closeClean(w);
  });

  it('fits the key figures and the workshop figure cards on a projector; variants show beside the chart', async () => {
    const w = await start(PROJECTOR);
    const { page } = w;
    await go(page, 'Resultaten');
    const keyFigures = page
      .locator('.table-wrap')
      .getByRole('table', { name: 'Kerncijfers per scenario' })
      .locator('xpath=..');
    await keyFigures.waitFor();
    const fits = (selector: string) =>
      page.$$eval(selector, (els) =>
        els.map((e) => e.scrollWidth <= e.clientWidth + 1 && e.getBoundingClientRect().right <= innerWidth),
      );
    expect(await fits('.key-figures')).toEqual([true]);
    expect(await keyFigures.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(1);

    await go(page, 'Workshop');
    await page.getByRole('button', { name: 'Workshop starten' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('.ws-figures dd').first().waitFor();
    expect(await fits('.ws-figures dd')).toEqual([true, true, true, true]);
    const snapshot = dialog.getByRole('button', { name: 'Momentopname', exact: true });
    await snapshot.click();
    await dialog.locator('.ws-slider').first().press('ArrowLeft');
    await snapshot.click();
    // The variants are in view without scrolling past the sliders.
    const strip = dialog.getByRole('list', { name: 'Varianten naast elkaar' });
    await expect.poll(() => strip.getByRole('listitem').count()).toBe(2);
    const bottom = await strip.evaluate((e) => e.getBoundingClientRect().bottom);
    expect(bottom).toBeLessThanOrEqual(PROJECTOR.height);
    // "Bewaren in model" confirms visibly.
    await dialog.getByRole('button', { name: 'Bewaren in model', exact: true }).click();
    const status = dialog.getByRole('status').filter({ hasText: 'Bewaard in het model' });
    await status.waitFor();
    expect(await status.isVisible()).toBe(true);
    await closeClean(w);
  });

  it('on a phone the navigation is a menu; undo, redo and language stay in view', async () => {
    const w = await start(PHONE);
    const { page } = w;
    const menu = menuButton(page);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await navigation(page).isVisible()).toBe(false);
    for (const control of [
      page.getByRole('button', { name: 'Ongedaan maken' }),
      page.getByRole('button', { name: 'Opnieuw' }),
      page.getByLabel('Taal', { exact: true }),
    ]) {
      expect(await control.isVisible()).toBe(true);
      const box = await control.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= PHONE.width).toBe(true);
    }
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await navigation(page).isVisible()).toBe(true);
    // Escape closes the menu and gives focus back to its button.
    await navigation(page).getByRole('button', { name: 'Resultaten' }).focus();
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.evaluate((e) => e === document.activeElement)).toBe(true);
    // Choosing a screen closes it.
    await go(page, 'Resultaten');
    expect(await page.getByRole('heading', { level: 1 }).first().textContent()).toBe('Resultaten');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await navigation(page).isVisible()).toBe(false);
    // Undo and redo still work from the phone's header.
    await go(page, 'Modelopzet');
    const author = page.getByLabel('Opgesteld door');
    await author.fill('Team Kantelpunt');
    await author.press('Enter');
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(() => author.inputValue()).not.toBe('Team Kantelpunt');
    await closeClean(w);
  });

  it('gives every screen its own address; Back and Forward work and a screen opens at its top', async () => {
    const w = await start(PROJECTOR);
    const { page } = w;
    const heading = () => page.locator('main#main h1').first().textContent();
    expect(new URL(page.url()).hash).toBe('#/start');
    await go(page, 'Resultaten');
    expect(new URL(page.url()).hash).toBe('#/results');
    await page.mouse.wheel(0, 2000);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
    await go(page, 'Scenario’s');
    expect(new URL(page.url()).hash).toBe('#/scenarios');
    expect(await page.evaluate(() => scrollY)).toBe(0);
    expect(await page.title()).toMatch(/^Scenario’s — /);

    await page.goBack();
    await expect.poll(heading).toBe('Resultaten');
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await page.goBack();
    await expect.poll(heading).toBe('Welkom bij Kantelpunt');
    await page.goForward();
    await expect.poll(heading).toBe('Resultaten');
    // A button on a screen that leads elsewhere is a step in the history too.
    await go(page, 'Start');
    await page.getByRole('button', { name: 'Scenario’s bewerken' }).click();
    await expect.poll(heading).toBe('Scenario’s');
    await page.goBack();
    await expect.poll(heading).toBe('Welkom bij Kantelpunt');

    // An address opens its screen, also on a new load.
    await page.goto(`${baseUrl()}#/uncertainty`);
    await page.reload();
    await expect.poll(heading).toBe('Onzekerheid');
    await closeClean(w);
  });

  it('asks whether to open the edited copy or a new one, and names copies apart', async () => {
    const w = await start(PROJECTOR);
    const { page } = w;
    const savedNames = () =>
      page
        .getByRole('table')
        .filter({ has: page.getByRole('columnheader', { name: 'Gewijzigd' }) })
        .getByRole('rowheader')
        .allTextContents();
    const example = 'ICT-samenwerking Haarlem–Haarlemmermeer (2013)';
    // The untouched example opens again without a question and without a new copy.
    await page.getByRole('button', { name: 'Voorbeeld openen' }).click();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await savedNames()).toHaveLength(1);
    // Edit it.
    await go(page, 'Modelopzet');
    await page.getByLabel('Opgesteld door').fill('Gemeente Haarlem');
    await page.getByLabel('Opgesteld door').press('Enter');
    await go(page, 'Start');
    await page.getByRole('button', { name: 'Voorbeeld openen' }).click();
    const dialog = page.getByRole('dialog', { name: 'U hebt het voorbeeld al bewerkt' });
    await dialog.waitFor();
    expect(await axeViolations(page)).toEqual([] as AxeViolation[]);
    // Cancel changes nothing; "open the edited copy" opens it; "a new copy" adds one with its own name.
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    expect(await savedNames()).toHaveLength(1);
    await page.getByRole('button', { name: 'Voorbeeld openen' }).click();
    await dialog.getByRole('button', { name: 'Nieuwe kopie openen' }).click();
    await expect.poll(savedNames).toHaveLength(2);
    const names = await savedNames();
    expect(new Set(names.map((n) => n.replace(/ \(geopend\)$/, ''))).size).toBe(2);
    expect(names).toContain(`${example} (kopie) (geopend)`);
    // Now an untouched copy exists again: it opens without a question.
    await page.getByRole('button', { name: `Openen: ${example}`, exact: true }).click();
    await page.getByRole('button', { name: 'Voorbeeld openen' }).click();
    expect(await dialog.count()).toBe(0);
    expect(await savedNames()).toContain(`${example} (kopie) (geopend)`);
    // Duplicating twice gives two different names.
    await page.getByRole('button', { name: `Dupliceren: ${example}`, exact: true }).click();
    await page.getByRole('button', { name: `Dupliceren: ${example}`, exact: true }).click();
    await expect.poll(savedNames).toHaveLength(4);
    expect(new Set((await savedNames()).map((n) => n.replace(/ \(geopend\)$/, ''))).size).toBe(4);
    await closeClean(w);
  });

  it('has no axe violations on any screen on a phone, in Dutch and in English', { timeout: 240_000 }, async () => {
    const w = await start(PHONE);
    const { page } = w;
    const found: Record<string, AxeViolation[]> = {};
    const record = async (where: string) => {
      const v = await axeViolations(page);
      if (v.length > 0) found[where] = v;
    };
    for (const locale of ['nl', 'en'] as const) {
      if (locale === 'en') await page.locator('#locale-select').selectOption('en');
      await menuButton(page).click();
      await record(`${locale}: menu open`);
      const count = await navigation(page).getByRole('button').count();
      await menuButton(page).click();
      for (let i = 0; i < count; i += 1) {
        await menuButton(page).click();
        const item = navigation(page).getByRole('button').nth(i);
        const name = (await item.textContent()) ?? '';
        await item.click();
        await page.locator('main#main h1').first().waitFor();
        await eachTab(page, record, `${locale}: ${name}`);
      }
    }
    expect(found).toEqual({});
    await closeClean(w);
  });
});
