/**
 * Issue 21 item 2 and issue 19 item 5: a heavy model — 100 recurring investments with 100-year
 * annuities over 60 years in a chain of 99 scenarios, valid and about 30 kB — is evaluated in
 * the engine worker. Opened from storage at start and after an edit, no task on the page's main
 * thread takes over 200 ms (PerformanceObserver 'longtask'), the page can be navigated while it
 * computes, the results appear, and Cancel keeps the model with its results marked not current.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ModelFile } from '../../src/engine';
import { axeViolations, baseUrl, closeClean, launch, openPage, type Watched } from './support/browser';
import { heavyChainModel } from '../support/heavy-chain';
import { encodeShareHash } from '../../src/model/share-link';
import {
  calculatingNotice,
  forgetLongTasks,
  LONG_TASKS,
  longTasks,
  longTasksOf,
  navButton,
} from './support/long-tasks';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Writes records into the app's IndexedDB store, as a session before this one left them. */
async function putRecords(page: Page, records: Record<string, string>): Promise<void> {
  await page.evaluate(
    (entries) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kantelpunt', 1);
        open.onsuccess = () => {
          const tx = open.result.transaction('kv', 'readwrite');
          for (const [k, v] of entries) tx.objectStore('kv').put(v, k);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    Object.entries(records),
  );
}

// CSS locators: these wait while long tasks are measured (support/long-tasks.ts).
const saved = (page: Page) => page.locator('[role="status"]').filter({ hasText: 'Alles opgeslagen' }).waitFor();
const calculating = calculatingNotice;

/** A first start, then `model` stored as the open model of a previous session, then a reload. */
async function startWithStored(model: ModelFile): Promise<Watched> {
  const w = await openPage(browser);
  await w.context.addInitScript(LONG_TASKS);
  await w.page.goto(baseUrl());
  await saved(w.page);
  const stamp = new Date().toISOString();
  await putRecords(w.page, {
    'kantelpunt:model:heavy': JSON.stringify({
      schema: 1,
      id: 'heavy',
      revision: 1,
      createdAt: stamp,
      updatedAt: stamp,
      model,
    }),
    'kantelpunt:meta': JSON.stringify({
      schema: 1,
      activeModelId: 'heavy',
      locale: 'nl',
      screen: 'start',
      hasStarted: true,
    }),
  });
  await w.page.reload();
  return w;
}

/**
 * The start screen's scenario table with a figure in every break-even and payback cell (CSS
 * locators: this polls while the long tasks are measured).
 */
async function resultsShown(page: Page, scenarios: number): Promise<void> {
  const table = page
    .locator('main table')
    .filter({ has: page.locator('caption', { hasText: 'Scenario’s van dit model' }) });
  await expect.poll(() => table.locator('tbody tr').count(), { timeout: 60_000 }).toBe(scenarios);
  await expect.poll(() => table.locator('td', { hasText: /^…$/ }).count(), { timeout: 60_000 }).toBe(0);
}

describe('a heavy model', () => {
  it('starts, computes and takes an edit without a main-thread task over 200 ms, and stays usable meanwhile', async () => {
    const model = heavyChainModel();
    expect(JSON.stringify(model).length).toBeLessThan(30_000);
    const w = await startWithStored(model);
    const { page } = w;
    await expect.poll(() => page.locator('.header-model').textContent()).toContain('heavy');
    // At start the worker computes: the page says so and can be navigated meanwhile.
    await calculating(page).waitFor();
    await navButton(page, 'Modelopzet').click();
    await page
      .locator('main h1')
      .filter({ hasText: /^Modelopzet$/ })
      .waitFor();
    await navButton(page, 'Start').click();
    await resultsShown(page, 100);
    await expect.poll(() => calculating(page).count()).toBe(0);
    expect(Math.max(0, ...(await longTasks(page)))).toBeLessThanOrEqual(200);

    // An edit: computed again in the worker while the page stays responsive.
    await navButton(page, 'Modelopzet').click();
    const title = page
      .locator('.field')
      .filter({ has: page.locator('label', { hasText: /^Titel$/ }) })
      .locator('input');
    await title.fill('heavy, bewerkt');
    await title.press('Enter');
    await expect.poll(() => page.locator('.header-model').textContent()).toContain('heavy, bewerkt');
    await navButton(page, 'Start').click();
    await resultsShown(page, 100);
    await expect.poll(() => calculating(page).count(), { timeout: 60_000 }).toBe(0);
    await saved(page);
    expect(Math.max(0, ...(await longTasks(page)))).toBeLessThanOrEqual(200);
    await closeClean(w);
  });

  /** Opens the heavy model in a ready app (`open`), then checks its results came without a long task. */
  async function opensOffPage(open: (page: Page) => Promise<void>): Promise<void> {
    const w = await openPage(browser);
    await w.context.addInitScript(LONG_TASKS);
    const { page } = w;
    await page.goto(baseUrl());
    await saved(page);
    await forgetLongTasks(page);
    await open(page);
    await expect.poll(() => page.locator('.header-model').textContent(), { timeout: 60_000 }).toContain('heavy');
    await resultsShown(page, 100);
    await expect.poll(() => calculating(page).count(), { timeout: 60_000 }).toBe(0);
    expect(Math.max(0, ...(await longTasks(page)))).toBeLessThanOrEqual(200);
    await closeClean(w);
  }

  it('opens from a file without a main-thread task over 200 ms: its verdict and its results come from workers', () =>
    opensOffPage((page) =>
      page.getByLabel('Bestand kiezen…').setInputFiles({
        name: 'zwaar.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(heavyChainModel())),
      }),
    ));

  it('opens from a share link without a main-thread task over 200 ms: the link is read and judged off the page', () =>
    opensOffPage(async (page) => {
      await page.goto(`${baseUrl()}${encodeShareHash(heavyChainModel())}`);
    }));

  it('renders the Results screen of 100 scenarios without a main-thread task over 200 ms, axe clean', async () => {
    const w = await openPage(browser);
    await w.context.addInitScript(LONG_TASKS);
    const { page } = w;
    await page.goto(baseUrl());
    await saved(page);
    await page.getByLabel('Bestand kiezen…').setInputFiles({
      name: 'zwaar.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(heavyChainModel())),
    });
    await resultsShown(page, 100);
    await expect.poll(() => calculating(page).count(), { timeout: 60_000 }).toBe(0);
    // The app is ready with its results: only the Results screen's own rendering is measured,
    // until all three overview charts are created (one per task) and a second after.
    const tasks = await longTasksOf(
      page,
      () => navButton(page, 'Resultaten').click(),
      () => expect.poll(() => page.locator('main canvas').count(), { timeout: 60_000 }).toBe(3),
    );
    await page.getByRole('heading', { level: 1, name: 'Resultaten' }).waitFor();
    // The money table is windowed.
    const totals = page.getByRole('table', { name: /^Totale kosten per scenario per jaar/ });
    expect(await totals.getAttribute('aria-rowcount')).toBe('101');
    expect(await totals.locator('tbody tr:not([aria-hidden])').count()).toBeLessThan(60);
    // Every row has the height the spacers assume (TABLE_ROW_HEIGHT).
    const heights = await totals
      .locator('tbody tr:not([aria-hidden])')
      .evaluateAll((rows) => rows.map((r) => Math.round(r.getBoundingClientRect().height)));
    expect(new Set(heights)).toEqual(new Set([33]));
    expect(Math.max(0, ...tasks)).toBeLessThanOrEqual(200);
    expect(await axeViolations(page)).toEqual([]);
    await closeClean(w);
  });

  it('cancels a computation: the model stays open, its results marked not current, until asked again', async () => {
    // Three times the lines: a computation long enough to cancel.
    const w = await startWithStored(heavyChainModel(300));
    const { page } = w;
    await calculating(page).waitFor();
    await page.getByRole('button', { name: 'Berekening annuleren' }).click();
    const cancelled = page.getByRole('status').filter({ hasText: 'Berekening geannuleerd' });
    await cancelled.waitFor();
    await expect.poll(() => page.locator('.header-model').textContent()).toContain('heavy');
    // No results, and no claim that the model has errors.
    expect(await page.getByText('Nog geen resultaten: het model bevat fouten.').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await cancelled.getByRole('button', { name: 'Toch berekenen' }).click();
    await resultsShown(page, 100);
    await expect.poll(() => cancelled.count()).toBe(0);
    await closeClean(w);
  });
});
