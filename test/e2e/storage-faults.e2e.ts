/**
 * Faults never hide saved models (issue 21), in Chromium's IndexedDB: a database without its
 * store, a database of a higher version (a newer build), and a wipe while another tab is open.
 */
import { readFileSync } from 'node:fs';
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

const example = JSON.parse(readFileSync('src/examples/haarlem-haarlemmermeer.json', 'utf8'));
const saved = 'Alles opgeslagen';

describe('IndexedDB faults', () => {
  it('a database without its store: the app starts (not stuck on loading) and saves again', async () => {
    const w = await openPage(browser);
    // Before the app's first start, leave an empty database of version 1 (no object store).
    await w.context.addInitScript(() => {
      if (sessionStorage.getItem('seeded') !== null) return;
      sessionStorage.setItem('seeded', '1');
      const req = indexedDB.open('kantelpunt', 1);
      req.onsuccess = () => req.result.close();
    });
    const { page } = w;
    await page.goto(baseUrl());
    await page.getByRole('status').filter({ hasText: saved }).waitFor({ timeout: 15_000 });
    await nav(page, 'Modelopzet');
    await page.getByLabel('Titel').fill('Na een lege database');
    await page.getByLabel('Titel').press('Enter');
    await page.getByRole('status').filter({ hasText: saved }).waitFor();
    await page.reload();
    await expect.poll(() => page.locator('.header-model').textContent()).toContain('Na een lege database');
    await w.context.close();
  });

  it('a database of a higher version (a newer build): its models are read, not a first visit', async () => {
    const w = await openPage(browser);
    const record = JSON.stringify({
      schema: 1,
      id: 'newer',
      revision: 4,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-02T00:00:00.000Z',
      model: { ...example, meta: { ...example.meta, title: 'Uit een nieuwere versie' } },
    });
    const meta = JSON.stringify({ schema: 1, activeModelId: 'newer', locale: 'nl', screen: 'start', hasStarted: true });
    await w.context.addInitScript(
      ([r, m]) => {
        if (sessionStorage.getItem('seeded') !== null) return;
        sessionStorage.setItem('seeded', '1');
        const req = indexedDB.open('kantelpunt', 7);
        req.onupgradeneeded = () => {
          const store = req.result.createObjectStore('kv');
          store.put(r, 'kantelpunt:model:newer');
          store.put(m, 'kantelpunt:meta');
        };
        req.onsuccess = () => req.result.close();
      },
      [record, meta] as const,
    );
    const { page } = w;
    await page.goto(baseUrl());
    await expect.poll(() => page.locator('.header-model').textContent()).toContain('Uit een nieuwere versie');
    await w.context.close();
  });

  it('a wipe with another tab open: "Opnieuw beginnen" starts afresh, and the other tab does not claim later edits are saved', async () => {
    const w = await openPage(browser);
    const { page } = w;
    await page.goto(baseUrl());
    await page.getByRole('status').filter({ hasText: saved }).waitFor();
    const other = await w.context.newPage();
    await other.goto(baseUrl());
    await other.getByRole('status').filter({ hasText: saved }).waitFor();

    await nav(page, 'Instellingen');
    await page.getByRole('button', { name: 'Alle lokale gegevens wissen…' }).click();
    await page.getByRole('button', { name: 'Alles wissen' }).click();
    await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welkom bij Kantelpunt' }).waitFor({ timeout: 15_000 });

    await nav(other, 'Modelopzet');
    await other.getByLabel('Titel').fill('Na het wissen');
    await other.getByLabel('Titel').press('Enter');
    await other.getByRole('status').filter({ hasText: 'Niet opgeslagen' }).waitFor();
    expect(await other.getByRole('status').filter({ hasText: saved }).count()).toBe(0);
    await w.context.close();
  });
});
