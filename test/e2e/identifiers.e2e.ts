// No internal identifiers anywhere a person reads (issue 20, item 6): every screen and tab of the
// example and its printed report, in Dutch and in English. (The exports: test/ui/export-identifiers.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { haarlemHaarlemmermeerWithRanges as example } from '../../src/examples';
import { internalIdentifiers } from '../support/identifiers';
import { baseUrl, closeClean, launch, openPage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The text a person reads on the page: what is shown, and the names and hints of controls. */
const readable = (page: Page) =>
  page.evaluate(() => {
    const attrs = [...document.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')].flatMap((e) =>
      ['aria-label', 'title', 'placeholder', 'alt'].map((a) => e.getAttribute(a) ?? ''),
    );
    const options = [...document.querySelectorAll('option')].map((o) => o.textContent ?? '');
    return [document.body.innerText, ...attrs, ...options].join('\n');
  });

describe('internal identifiers', () => {
  it(
    'shows none on any screen, tab or opened lever of the example, nor in its report',
    { timeout: 240_000 },
    async () => {
      const w = await openPage(browser, { viewport: { width: 1440, height: 900 } });
      const { page } = w;
      await page.goto(baseUrl());
      await page.getByRole('heading', { level: 1, name: 'Welkom bij Kantelpunt' }).waitFor();
      const found: Record<string, string[]> = {};
      const check = async (where: string, locale: 'nl' | 'en') => {
        const ids = internalIdentifiers(await readable(page), example, locale);
        if (ids.length > 0) found[where] = ids;
      };
      const nav = page.getByRole('navigation', { name: /^(Onderdelen|Sections)$/ }).getByRole('button');
      for (const locale of ['nl', 'en'] as const) {
        if (locale === 'en') await page.locator('#locale-select').selectOption('en');
        for (let i = 0; i < (await nav.count()); i += 1) {
          const name = (await nav.nth(i).textContent()) ?? '';
          await nav.nth(i).click();
          await page.locator('main#main h1').first().waitFor();
          await check(`${locale}: ${name}`, locale);
          const tabs = page.locator('main').getByRole('tab');
          for (let j = 0; j < (await tabs.count()); j += 1) {
            await tabs.nth(j).click();
            await check(`${locale}: ${name} / ${await tabs.nth(j).textContent()}`, locale);
          }
          // Every lever of every scenario, opened.
          if (/^Scenario/.test(name)) {
            const scenarios = page.locator('.scenario-tree .tree-item');
            for (let s = 0; s < (await scenarios.count()); s += 1) {
              await scenarios.nth(s).click();
              const edit = page.locator('main').getByRole('button', { name: /^(Bewerken|Edit)/ });
              for (let c = 0; c < (await edit.count()); c += 1) {
                await edit.nth(c).click();
                await check(`${locale}: ${name} / ${await scenarios.nth(s).textContent()} / lever ${c + 1}`, locale);
                await edit.nth(c).click();
              }
            }
          }
          if (/^Workshop/.test(name)) {
            await page.getByRole('button', { name: /^(Workshop starten|Start workshop)$/ }).click();
            await page.getByRole('dialog').waitFor();
            await check(`${locale}: workshop session`, locale);
            await page.keyboard.press('Escape');
          }
        }
      }
      expect(found).toEqual({});
      await closeClean(w);
    },
  );
});
