import { readFile } from 'node:fs/promises';
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

const saved = (page: Page) => page.getByRole('status').filter({ hasText: 'Alles opgeslagen' }).waitFor();
const corrupt = '{"schema":1,"id":"broken","revision":3,"model":{"format":"ict-business-case","vers';

/** Writes a raw value into the app's IndexedDB store, as a crash halfway through a write would leave it. */
async function putRaw(page: Page, key: string, value: string): Promise<void> {
  await page.evaluate(
    ([k, v]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kantelpunt', 1);
        open.onsuccess = () => {
          const tx = open.result.transaction('kv', 'readwrite');
          tx.objectStore('kv').put(v, k);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    [key, value] as const,
  );
}

describe('keeping data in the browser', () => {
  it('starts with a recovery banner when a stored model is corrupt, keeps the raw data downloadable, and can discard it', async () => {
    const w = await openPage(browser);
    const { page } = w;
    await page.goto(baseUrl());
    await saved(page);
    await putRaw(page, 'kantelpunt:model:broken', corrupt);
    await page.reload();
    const banner = page.getByRole('alert').filter({ hasText: 'Niet alle opgeslagen gegevens konden worden gelezen' });
    await banner.waitFor();
    await expect(page.locator('.header-model').textContent()).resolves.toContain('Haarlem');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      banner.getByRole('button', { name: 'Download ruwe gegevens' }).click(),
    ]);
    await expect(readFile(await download.path(), 'utf8')).resolves.toBe(corrupt);
    // Still there after another restart, until the user deletes it.
    await page.reload();
    await banner.waitFor();
    await banner.getByRole('button', { name: 'Verwijderen' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    await page.reload();
    await page.locator('.header-model').waitFor();
    expect(await banner.count()).toBe(0);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('a second tab takes the other tab’s saved changes and never saves over them', async () => {
    const w = await openPage(browser);
    await w.page.goto(baseUrl());
    await saved(w.page);
    const other = await w.context.newPage();
    await other.goto(baseUrl());
    await other.locator('.header-model').waitFor();
    await nav(w.page, 'Modelopzet');
    await w.page.getByLabel('Titel').fill('Gewijzigd in tab 1');
    await w.page.getByLabel('Titel').press('Enter');
    await saved(w.page);
    await expect.poll(() => other.locator('.header-model').textContent()).toContain('Gewijzigd in tab 1');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});
