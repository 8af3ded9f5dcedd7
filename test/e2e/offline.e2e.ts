// Offline and single-file use (issue 6): the hosted build works with the server gone after one
// visit, the single file works from disk, new versions are offered (never forced), local data
// can be wiped, and an edit session sends nothing anywhere and breaks no CSP rule.
import { cp, mkdtemp, readFile, rm, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { evaluateModel, type ModelFile } from '../../src/engine';
import exampleJson from '../../src/examples/haarlem-haarlemmermeer.json';
import { formatMoney } from '../../src/i18n/format';
import { baseUrl, launch, nav } from './support/browser';
import { guardContext, type Guard } from './support/guard';
import { serveStatic } from './support/static-server';

const example = exampleJson as ModelFile;
const outDir = process.env.E2E_OUT_DIR || 'dist';
const singleFile = resolve(process.env.E2E_SINGLE_DIR || `${outDir}-single`, 'kantelpunt.html');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Session = { context: BrowserContext; page: Page; guard: Guard; errors: string[] };

async function open(origin: string | null): Promise<Session> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 900 },
    locale: 'nl-NL',
    acceptDownloads: true,
  });
  const guard = await guardContext(context, origin);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return { context, page, guard, errors };
}

const saved = (page: Page) => page.getByRole('status').filter({ hasText: 'Alles opgeslagen' }).waitFor();

/** NPV per scenario name as the engine computes it, formatted as the start screen shows it. */
function expectedNpv(model: ModelFile): Record<string, string> {
  const evaluation = evaluateModel(model);
  const baseline = model.scenarios.find((s) => s.basedOn === null)?.id;
  return Object.fromEntries(
    evaluation.scenarios.filter((s) => s.id !== baseline).map((s) => [s.name, formatMoney(s.npv, 'nl')]),
  );
}

/** NPV per scenario name from the start screen's scenario table. */
async function shownNpv(page: Page): Promise<Record<string, string>> {
  await nav(page, 'Start');
  const table = page.getByRole('table', { name: 'Scenario’s van dit model' });
  await table.waitFor();
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector('th')?.textContent ?? '', tr.querySelectorAll('td')[3]?.textContent ?? '']),
    );
  return Object.fromEntries(rows.filter(([, npv]) => npv !== '—'));
}

/** Waits until this page's service worker has installed (precached everything) and is active. */
async function serviceWorkerActivated(page: Page): Promise<void> {
  const state = () =>
    page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? 'none');
  await expect.poll(state, { timeout: 30_000 }).toBe('activated');
}

describe('offline after one visit', () => {
  it('reloads with the server gone and shows the example with its results and charts', async () => {
    const served = await serveStatic(outDir);
    const s = await open(new URL(served.url).origin);
    const { page } = s;
    try {
      await page.goto(served.url);
      await page.locator('.header-model').waitFor();
      await serviceWorkerActivated(page);
      served.server.closeAllConnections();
      await served.close();
      await s.context.setOffline(true);

      await page.reload();
      await expect(page.locator('.header-model').textContent()).resolves.toContain(example.meta?.title ?? '');
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      const expected = expectedNpv(example);
      expect(Object.keys(expected).length).toBeGreaterThan(0);
      await expect.poll(() => shownNpv(page)).toEqual(expected);

      await nav(page, 'Resultaten');
      await page.getByRole('heading', { level: 1, name: 'Resultaten' }).waitFor();
      const chart = page.locator('main canvas').first();
      await chart.waitFor({ timeout: 15_000 });
      expect((await chart.boundingBox())?.height ?? 0).toBeGreaterThan(50);
      expect(s.errors).toEqual([]);
      expect(s.guard.violations).toEqual([]);
    } finally {
      await s.context.close();
    }
  });

  it('offers a new version without forcing it, and reloads into it when the user accepts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kantelpunt-update-'));
    await cp(outDir, dir, { recursive: true });
    const served = await serveStatic(dir);
    const s = await open(new URL(served.url).origin);
    const { page } = s;
    try {
      await page.goto(served.url);
      await saved(page);
      await serviceWorkerActivated(page);
      // A later visit: the page is now served (controlled) by the installed version.
      await page.reload();
      await page.locator('.header-model').waitFor();
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      // A new deployment: any byte of sw.js changed makes the browser install it beside the old one.
      await appendFile(join(dir, 'sw.js'), '\n// next version\n');
      await page.evaluate(() => {
        (window as unknown as { tabMarker: string }).tabMarker = 'still the same tab';
      });
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      const offer = page.getByRole('complementary', { name: 'Nieuwe versie' });
      await offer.getByText('Er is een nieuwe versie van Kantelpunt.').waitFor();
      // Offered, not forced: the tab stays as it is.
      await page.waitForTimeout(1000);
      expect(await page.evaluate(() => (window as unknown as { tabMarker?: string }).tabMarker)).toBe(
        'still the same tab',
      );

      await Promise.all([page.waitForEvent('load'), offer.getByRole('button', { name: 'Nu bijwerken' }).click()]);
      await page.locator('.header-model').waitFor();
      expect(await page.evaluate(() => (window as unknown as { tabMarker?: string }).tabMarker)).toBeUndefined();
      expect(
        await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null),
      ).toBeNull();
      await expect(offer.count()).resolves.toBe(0);
      expect(s.errors).toEqual([]);
    } finally {
      await s.context.close();
      served.server.closeAllConnections();
      await served.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('wipes all local data after a confirmation: storage, caches and the service worker', async () => {
    const s = await open(new URL(baseUrl()).origin);
    const { page } = s;
    try {
      await page.goto(baseUrl());
      await saved(page);
      await serviceWorkerActivated(page);
      await nav(page, 'Modelopzet');
      await page.getByLabel('Titel').fill('Te wissen model');
      await page.getByLabel('Titel').press('Enter');
      await saved(page);
      await page.evaluate(() => localStorage.setItem('kantelpunt:extra', 'x'));
      expect(await page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);

      await nav(page, 'Instellingen');
      await page.getByRole('button', { name: 'Alle lokale gegevens wissen…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Alle lokale gegevens wissen?' });
      await dialog.getByRole('button', { name: 'Annuleren' }).click();
      await expect(page.evaluate(() => localStorage.length)).resolves.toBeGreaterThan(0);
      await page.getByRole('button', { name: 'Alle lokale gegevens wissen…' }).click();
      await dialog.getByRole('button', { name: 'Alles wissen' }).click();
      await page.getByText('Alle lokale gegevens zijn gewist.').waitFor();

      expect(await page.evaluate(() => localStorage.length)).toBe(0);
      expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(0);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
      // Starting again is a first start: the example, and nothing of what was there before.
      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Opnieuw beginnen' }).click()]);
      await expect(page.locator('.header-model').textContent()).resolves.toContain(example.meta?.title ?? '');
      await saved(page);
      await expect(page.getByText('Te wissen model').count()).resolves.toBe(0);
      expect(s.errors).toEqual([]);
    } finally {
      await s.context.close();
    }
  });
});

describe('the single file', () => {
  it('opened from disk shows the example, recomputes on an edit and keeps it after a reload', async () => {
    const s = await open(null);
    const { page } = s;
    try {
      await page.goto(pathToFileURL(singleFile).href);
      await expect(page.locator('.header-model').textContent()).resolves.toContain(example.meta?.title ?? '');
      const before = expectedNpv(example);
      await expect.poll(() => shownNpv(page)).toEqual(before);

      await nav(page, 'Modelopzet');
      await page.getByRole('tab', { name: 'Aannames' }).click();
      const rate = page.getByLabel('Disconteringsvoet (netto contante waarde)');
      await rate.fill('7');
      await rate.press('Enter');
      const edited = structuredClone(example);
      edited.assumptions = { ...edited.assumptions, discountRate: 0.07 };
      const after = expectedNpv(edited);
      expect(after).not.toEqual(before);
      await expect.poll(() => shownNpv(page)).toEqual(after);

      await saved(page);
      await page.reload();
      await expect.poll(() => shownNpv(page)).toEqual(after);

      // The engine worker runs here too (an inline classic worker: module workers fail on file://).
      await nav(page, 'Onzekerheid');
      await page.getByRole('tab', { name: 'Gevoeligheid' }).click();
      await expect(page.locator('.tornado-base').textContent()).resolves.toMatch(/^Basis: /);
      // So does the Excel export (its zip library compresses in blob: workers).
      await nav(page, 'Exporteren');
      const [xlsx] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Werkmap downloaden (.xlsx)' }).click(),
      ]);
      expect((await readFile(await xlsx.path())).subarray(0, 2).toString()).toBe('PK');
      expect(s.errors).toEqual([]);
      expect(s.guard.violations).toEqual([]);
      expect(s.guard.foreignRequests).toEqual([]);
    } finally {
      await s.context.close();
    }
  });

  it('carries its own CSP, by hash, with no inline code outside it', async () => {
    const html = await readFile(singleFile, 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/script-src 'sha256-[^']+'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(html).not.toMatch(/<(?:script|link)\b[^>]*\b(?:src|href)="(?!data:)[^"]+"/);
  });
});

describe('privacy and CSP', () => {
  it('a full edit session, with export, sends nothing to another origin and breaks no CSP rule', async () => {
    const origin = new URL(baseUrl()).origin;
    const s = await open(origin);
    const { page } = s;
    try {
      await page.goto(baseUrl());
      await saved(page);
      await nav(page, 'Modelopzet');
      await page.getByLabel('Titel').fill('Sessie zonder netwerk');
      await page.getByLabel('Titel').press('Enter');
      await page.getByRole('tab', { name: 'Aannames' }).click();
      const rate = page.getByLabel('Disconteringsvoet (netto contante waarde)');
      await rate.fill('4,5');
      await rate.press('Enter');

      await nav(page, 'Baseline');
      await page.getByRole('heading', { level: 1, name: 'Baseline' }).waitFor();
      await nav(page, 'Scenario’s');
      await page.getByLabel('Naam van het nieuwe scenario').fill('Offline-variant');
      await page.getByRole('button', { name: 'Scenario toevoegen' }).click();
      await page.getByRole('heading', { level: 2, name: 'Offline-variant' }).waitFor();
      await page.getByLabel('Soort hefboom').selectOption({ label: 'Personeel wijzigen' });
      await page.getByRole('button', { name: 'Hefboom toevoegen' }).click();
      await page.locator('.change-text').first().waitFor();

      await nav(page, 'Verdeelsleutels');
      await page.getByLabel('Verdelen').first().selectOption({ label: 'naar werkplekken' });
      // Every screen once (results, uncertainty with its worker, workshop, …).
      const screens = await page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('button').allTextContents();
      for (const name of screens) {
        await nav(page, name);
        await page.locator('main h1').first().waitFor();
        await page.waitForTimeout(300);
      }
      // The engine worker (a module worker from the app's own origin).
      await nav(page, 'Onzekerheid');
      await page.getByRole('tab', { name: 'Gevoeligheid' }).click();
      await expect(page.locator('.tornado-base').textContent()).resolves.toMatch(/^Basis: /);

      await nav(page, 'Bestanden en delen');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Model opslaan als bestand' }).click(),
      ]);
      const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as ModelFile;
      expect(exported.meta?.title).toBe('Sessie zonder netwerk');
      await page.getByRole('button', { name: 'Link maken' }).click();
      await page.getByLabel('Link naar dit model').waitFor();
      // What the app shows is what the engine computes for the exported file.
      await expect.poll(() => shownNpv(page)).toEqual(expectedNpv(exported));

      // Spreadsheet export: the workbook and one CSV, made in the browser.
      await nav(page, 'Exporteren');
      const [xlsx] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Werkmap downloaden (.xlsx)' }).click(),
      ]);
      expect((await readFile(await xlsx.path())).subarray(0, 2).toString()).toBe('PK');
      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page
          .getByRole('button', { name: /^CSV: / })
          .first()
          .click(),
      ]);
      expect((await readFile(await csv.path(), 'utf8')).length).toBeGreaterThan(0);

      await nav(page, 'Instellingen');
      await page.getByRole('combobox', { name: 'Taal van de app' }).selectOption('en');
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      await page.getByRole('combobox', { name: 'Language of the app' }).selectOption('nl');
      await saved(page);
      await page.reload();
      await page.locator('.header-model').waitFor();

      expect(s.guard.foreignRequests).toEqual([]);
      expect(s.guard.violations).toEqual([]);
      expect(s.errors).toEqual([]);
    } finally {
      await s.context.close();
    }
  });

  it('the CSP is in force: inline code is refused and reported', async () => {
    const s = await open(new URL(baseUrl()).origin);
    const { page } = s;
    try {
      await page.goto(baseUrl());
      await page.locator('.header-model').waitFor();
      const ran = await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true';
        document.body.append(script);
        return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
      });
      expect(ran).toBe(false);
      // Both the event and Chromium's console report arrive.
      await expect.poll(() => s.guard.violations.some((v) => v.startsWith('script-src'))).toBe(true);
      await expect.poll(() => s.guard.violations.some((v) => v.startsWith('console: '))).toBe(true);
    } finally {
      await s.context.close();
    }
  });
});
