/**
 * The method panel in a real Chromium (issue 14): on the built-in example (a version-1 file
 * extended to 2025 with the frozen method) the results show break-even and NPV frozen and
 * computed through side by side, as the engine computes them here in Node; axe clean in Dutch
 * and English; no console errors, no foreign requests.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { compareMethods, evaluateModel } from '../../src/engine';
import { haarlemHaarlemmermeer as example } from '../../src/examples';
import { formatMoney } from '../../src/i18n/format';
import { breakEvenText } from '../../src/model/describe/results';
import { axeViolations, baseUrl, closeClean, launch, nav, openPage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync('test/e2e/artifacts', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const c = compareMethods(example);
const e = evaluateModel(example);

describe('the method panel on the example', () => {
  it(
    'shows the frozen and the computed-through figures side by side, axe clean in Dutch and English',
    { timeout: 120_000 },
    async () => {
      expect(c).not.toBeNull();
      const w = await openPage(browser, { viewport: { width: 1280, height: 900 } });
      const { page } = w;
      await page.goto(baseUrl());
      await nav(page, 'Resultaten');
      const panel = page.getByRole('region', { name: 'Na de horizon: bevroren of doorgerekend' });
      await panel.waitFor();
      for (const row of c!.rows.filter((r) => r.party === null)) {
        const name = e.scenarios.find((s) => s.id === row.scenarioId)!.name;
        const table = panel.getByRole('table', { name: `${name}: bevroren en doorgerekend` });
        const cells = table.locator('tr[data-figure="breakEven"] td');
        expect(await cells.allTextContents()).toEqual([
          breakEvenText(row.frozen.breakEven, false, c!.extrapolateTo, 'nl'),
          breakEvenText(row.through.breakEven, false, c!.extrapolateTo, 'nl'),
        ]);
        const npv = table.locator('tr[data-figure="npvExtended"] td');
        expect(await npv.allTextContents()).toEqual([
          formatMoney(row.frozen.npvExtended, 'nl'),
          formatMoney(row.through.npvExtended, 'nl'),
        ]);
      }
      await panel
        .getByText(
          /Doorgerekend is Samenwerking 2\.0 in 2020 terugverdiend, een jaar eerder dan met de bevroren methode/,
        )
        .waitFor();
      await panel.scrollIntoViewIfNeeded();
      await page.screenshot({ path: 'test/e2e/artifacts/method-panel-nl.png', fullPage: false });
      expect(await axeViolations(page)).toEqual([]);
      await page.getByLabel('Taal', { exact: true }).selectOption('en');
      const en = page.getByRole('region', { name: 'After the horizon: frozen or computed through' });
      await en
        .getByText(
          /Computed through, Samenwerking 2\.0 breaks even in 2020, a year earlier than with the frozen method/,
        )
        .waitFor();
      await en.getByLabel('Business case of').selectOption({ label: 'Haarlem' });
      await en
        .getByRole('table', { name: /frozen and computed through$/ })
        .first()
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await closeClean(w);
    },
  );
});
