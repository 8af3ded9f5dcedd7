/**
 * Redeploys never blank the page (issue 21): the old assets are gone before the screens were
 * preloaded, in a tab no service worker controls. Opening another screen shows "Deze versie is
 * bijgewerkt — herladen" in the app frame, and the model is kept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, nav, openPage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('a redeploy under an open tab', () => {
  it('shows "Deze versie is bijgewerkt" when a screen chunk is gone, and keeps the model', async () => {
    const w = await openPage(browser);
    const { page } = w;
    // No service worker: the first visit is not controlled, so nothing is served from its cache.
    await w.context.route('**/sw.js', (route) => route.abort());
    await page.goto(baseUrl());
    await page.getByRole('status').filter({ hasText: 'Alles opgeslagen' }).waitFor();
    // The redeploy: every asset not loaded yet is gone from the server.
    await w.context.route('**/assets/**', (route) =>
      route.fulfill({ status: 404, contentType: 'text/plain', body: 'gone' }),
    );
    await nav(page, 'Resultaten');
    const alert = page.getByRole('alert').filter({ hasText: 'Deze versie is bijgewerkt' });
    await alert.waitFor();
    await expect(alert.getByRole('button', { name: 'Herladen' }).isVisible()).resolves.toBe(true);
    // The frame and the model stay: the header still names it, navigation still works.
    await expect(page.locator('.header-model').textContent()).resolves.toContain('Haarlem');
    await w.context.unroute('**/assets/**');
    await alert.getByRole('button', { name: 'Herladen' }).click();
    await expect.poll(() => page.locator('.header-model').textContent()).toContain('Haarlem');
    await w.context.close();
  });
});
