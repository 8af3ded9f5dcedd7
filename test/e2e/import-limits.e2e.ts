// Issue 21, item 6, in Chromium: a 100,000-row CSV and a 600,000-row workbook under 5 MB are
// read in the import's own worker. While a file is being read the page keeps handling clicks,
// the user can stop the read, and the refusal names the limit; the model and the preview that
// was open stay as they were.
//
// To make "while it is being read" certain rather than a race, the page's Worker is wrapped
// (before the app loads) so that the import worker's answer can be held until the test lets
// it through; the worker itself reads as always. The engine's workers are left alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildZip, manyRowsSheetXml, sheetXml, workbookParts } from '../support/xlsx-build';
import { baseUrl, closeClean, launch, nav, openPage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Gate = { hold: boolean; arrived: number; release: () => void };

/** Runs in the page before the app: import-worker answers wait while `hold` is set. */
function installGate(): void {
  const RealWorker = window.Worker;
  const waiting: (() => void)[] = [];
  const gate: Gate = {
    hold: false,
    arrived: 0,
    release: () => {
      gate.hold = false;
      for (const go of waiting.splice(0)) go();
    },
  };
  (window as unknown as { __importGate: Gate }).__importGate = gate;
  window.Worker = class extends RealWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      if (!String(url).includes('parse.worker')) return;
      super.addEventListener('message', (e: MessageEvent) => {
        e.stopImmediatePropagation();
        gate.arrived += 1;
        const go = () => this.onmessage?.call(this, e);
        if (gate.hold) waiting.push(go);
        else go();
      });
    }
  };
}

const onGate = <T>(page: Page, fn: (g: Gate) => T) =>
  page.evaluate(`(${fn.toString()})(window.__importGate)`) as Promise<T>;

describe('importing a table too large to read', () => {
  it('a 100,000-row CSV: the page stays usable while it is read, the refusal names the limit, nothing is lost', async () => {
    const w = await openPage(browser);
    const { page } = w;
    await page.addInitScript(installGate);
    await page.goto(baseUrl());
    await page.getByRole('heading', { level: 1, name: 'Welkom bij Kantelpunt' }).waitFor();
    await page.getByRole('button', { name: 'Voorbeeld openen' }).click();
    await nav(page, 'Tabel importeren');
    await page.getByRole('heading', { level: 1, name: 'Tabel importeren' }).waitFor();
    const input = page.getByLabel('Bestand kiezen');
    const kind = page.getByLabel('Soort tabel');
    const statusText = () => page.locator('.import-screen p[role="status"]').textContent();

    // A good workbook first, read in the worker: its preview is what is open when the large file comes.
    const good = buildZip(
      workbookParts(
        sheetXml([
          ['Categorie', 2013, 2014],
          ['Applicaties', 100, 110],
        ]),
      ),
    );
    await input.setInputFiles({ name: 'goed.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(good) });
    await page.getByRole('heading', { name: 'Voorbeeld: goed.xlsx' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);

    // The large CSV, its answer held: the page handles a click meanwhile.
    const rows = Array.from({ length: 100_000 }, (_, i) => `Regel ${i};1.000;2.000`).join('\r\n');
    const csv = Buffer.from(`Categorie;2013;2014\r\n${rows}\r\n`);
    expect(csv.length).toBeLessThan(5 * 1024 * 1024);
    await onGate(page, (g) => {
      g.hold = true;
    });
    await input.setInputFiles({ name: 'begroting.csv', mimeType: 'text/csv', buffer: csv });
    await expect(statusText()).resolves.toBe('begroting.csv wordt gelezen…');
    await kind.selectOption('staff');
    await expect(kind.inputValue()).resolves.toBe('staff');
    await kind.selectOption('costs');
    await expect(statusText()).resolves.toBe('begroting.csv wordt gelezen…');
    // The worker has answered (held); letting it through shows the refusal.
    await expect.poll(() => onGate(page, (g) => g.arrived)).toBe(2);
    await onGate(page, (g) => g.release());
    await expect
      .poll(statusText)
      .toBe(
        'begroting.csv kon niet worden gelezen: de tabel heeft meer dan 1.000 rijen, en er is niet verder gelezen. ' +
          'Een tabel met kosten of formatie heeft één rij per categorie of functiegroep: zet alleen die tabel op het ' +
          'eerste tabblad, of in een CSV-bestand. Er is niets veranderd.',
      );
    // Nothing open is lost: the earlier preview is still there, and nothing was imported.
    await page.getByRole('heading', { name: 'Voorbeeld: goed.xlsx' }).waitFor();
    await expect(page.getByRole('button', { name: 'Ongedaan maken' }).isDisabled()).resolves.toBe(true);

    // A 600,000-row workbook under 5 MB: stopped by the user while it is read, then refused for its rows.
    const big = buildZip(workbookParts(manyRowsSheetXml(600_000), { level: 9 }));
    expect(big.length).toBeLessThan(5 * 1024 * 1024);
    const file = { name: 'groot.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(big) };
    await onGate(page, (g) => {
      g.hold = true;
    });
    await input.setInputFiles(file);
    await page.getByRole('button', { name: 'Stoppen met lezen' }).click();
    await expect(statusText()).resolves.toBe('Het lezen van groot.xlsx is gestopt. Er is niets veranderd.');
    await onGate(page, (g) => g.release());
    await input.setInputFiles(file);
    await expect
      .poll(statusText)
      .toMatch(
        /^groot\.xlsx kon niet worden gelezen: de tabel heeft meer dan 1\.000 rijen, en er is niet verder gelezen\./,
      );
    await page.getByRole('heading', { name: 'Voorbeeld: goed.xlsx' }).waitFor();
    await closeClean(w);
  });
});
