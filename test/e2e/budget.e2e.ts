/**
 * The Begroting screen and the decision levers in a real Chromium (issue 16, model-v3
 * §10.5–§10.7): on the example with its budget figures from the 2013 report, Haarlem's baseline
 * lies above its budget, as the engine computes it here in Node; switching the centre's VAT
 * regime to `charged` with 95 % compensable adds a VAT line to both municipalities; the lever
 * "Frictiekosten volgens regel" shows the table the rule produces. Axe clean in Dutch and
 * English; no console errors, no foreign requests.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { evaluateModel, type ModelFile } from '../../src/engine';
import { haarlemHaarlemmermeerBudgets, haarlemHaarlemmermeerWithRanges as example } from '../../src/examples';
import { formatMoney } from '../../src/i18n/format';
import { axeViolations, baseUrl, closeClean, launch, nav, openPage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync('test/e2e/artifacts', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** The example as the screen edits it: its budgets, then VAT charged with 95 % compensable. */
function edited(isVat: boolean): ModelFile {
  const m = structuredClone(example) as ModelFile;
  m.version = 3;
  for (const p of m.parties) {
    const budget = haarlemHaarlemmermeerBudgets[p.id];
    if (budget) p.budget = structuredClone(budget);
    if (isVat && p.kind === 'shared') p.vat = { regime: 'charged' };
    if (isVat && p.kind === 'municipality') p.vat = { compensable: '0.95' };
  }
  return m;
}

describe('the Begroting screen on the example', () => {
  it(
    "shows Haarlem's baseline above its budget, VAT lines when the centre charges VAT, and the friction rule's table; axe clean",
    { timeout: 180_000 },
    async () => {
      const plain = evaluateModel(edited(false));
      const base = plain.scenarios.find((s) => s.id === plain.baselineId)!;
      const gap2013 = base.parties.haarlem!.budget![0]!.total;
      expect(Number(gap2013)).toBeGreaterThan(0);
      const w = await openPage(browser, { viewport: { width: 1280, height: 900 } });
      const { page } = w;
      await page.goto(baseUrl());
      await nav(page, 'Begroting');
      await page.getByRole('button', { name: 'Begrotingscijfers uit het rapport van 2013 invullen' }).click();
      const haarlem = page.getByRole('table', { name: 'Effect op de begroting van Haarlem — Samenwerking 2.0' });
      await haarlem.waitFor();
      expect(await haarlem.locator('tr[data-year="2013"] td[data-figure="alone"]').textContent()).toBe(
        formatMoney(gap2013, 'nl'),
      );
      await page
        .getByText(/taakstelling van € 1[05]0\.000 wordt in/)
        .first()
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);

      // VAT charged, 95 % compensable: a VAT line for both municipalities, as the engine computes it.
      const withVat = evaluateModel(edited(true));
      const s2 = withVat.scenarios.find((s) => s.id === 's2')!;
      await page.getByLabel('Btw-regime ICT-centrum').selectOption('charged');
      for (const name of ['Haarlem', 'Haarlemmermeer']) {
        const field = page.getByLabel(`Compensabel deel voor ${name}`, { exact: true });
        await field.fill('95');
        await field.press('Enter');
      }
      for (const [id, name] of [
        ['haarlem', 'Haarlem'],
        ['haarlemmermeer', 'Haarlemmermeer'],
      ] as const) {
        const table = page.getByRole('table', { name: `Effect op de begroting van ${name} — Samenwerking 2.0` });
        const cell = table.locator('tr[data-year="2014"] td[data-figure="vat"]');
        await cell.waitFor();
        const vat2014 = s2.parties[id]!.years.find((y) => y.year === 2014)!.byCategory.vat!;
        expect(Number(vat2014)).toBeGreaterThan(0);
        expect(await cell.textContent()).toBe(formatMoney(vat2014, 'nl'));
      }
      await page.screenshot({ path: 'test/e2e/artifacts/budget-nl.png', fullPage: false });
      expect(await axeViolations(page)).toEqual([]);

      // The staff-transition lever on 2.0: added, confirmed, its table appears.
      await nav(page, 'Scenario’s');
      await page
        .getByRole('navigation', { name: 'Scenarioboom' })
        .getByRole('button', { name: 'Samenwerking 2.0' })
        .click();
      await page.getByLabel('Soort hefboom').selectOption('staffTransition');
      await page.getByRole('button', { name: 'Hefboom toevoegen' }).click();
      await page.getByRole('button', { name: /^Bevestigen: Frictiekosten volgens regel/ }).click();
      const table = page.getByRole('table', { name: 'Wat de regel oplevert' });
      await table.waitFor();
      expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
      // The example's 2.0 books a lump sum of friction too: the app warns it would count twice.
      await page.getByText(/frictiekosten dubbel geteld/).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByLabel('Taal', { exact: true }).selectOption('en');
      await page.getByRole('table', { name: 'What the rule produces' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page
        .getByRole('navigation', { name: 'Sections' })
        .getByRole('button', { name: 'Budget', exact: true })
        .click();
      await page.getByRole('table', { name: 'Effect on the budget of Haarlem — Samenwerking 2.0' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await closeClean(w);
    },
  );
});
