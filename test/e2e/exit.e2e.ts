/**
 * The Uittreden screen in a real Chromium (issue 15): on the built-in example the preset
 * "Haarlemmermeer leaves 2.0 in 2019, tapered" gives the exit sum the engine computes here in
 * Node, the sweep per year of leaving with its table, the methods side by side; "save as
 * scenario" (by keyboard) adds a scenario the results screen shows; axe clean in Dutch and
 * English; no console errors, no foreign requests.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { answerExit, compareExitMethods, exitSweep, type ExitQuestion } from '../../src/engine';
import { haarlemHaarlemmermeer as example } from '../../src/examples';
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

const question: ExitQuestion = {
  scenarioId: 's2',
  party: 'haarlemmermeer',
  shared: 'ictc',
  from: 2019,
  noticeYears: 1,
  settlement: { method: 'tapered' },
  booking: 'decisionYear',
  standalone: 'baseline',
};
const answer = answerExit(example, question);
const sweep = exitSweep(example, question);
const methods = compareExitMethods(example, question, '1000000');

describe('the Uittreden screen on the example', () => {
  it(
    'answers the preset exit question, sweeps the years, compares the methods and saves the exit as a scenario',
    { timeout: 180_000 },
    async () => {
      const w = await openPage(browser, { viewport: { width: 1280, height: 900 } });
      const { page } = w;
      await page.goto(baseUrl());
      await nav(page, 'Uittreden');
      await page.getByRole('heading', { level: 1, name: 'Uittreden' }).waitFor();
      // The example extrapolates frozen: the screen says it computes through.
      await page.getByText(/berekend op een doorgerekende kopie/).waitFor();
      await page.getByRole('button', { name: 'Voorbeeld: Haarlemmermeer treedt in 2019 uit 2.0 (aflopend)' }).click();
      const sentence = page.getByTestId('exit-sentence');
      await sentence.getByText(formatMoney(answer.exit.total, 'nl'), { exact: false }).waitFor();
      expect(await sentence.textContent()).toContain('Als Haarlemmermeer per 1 januari 2019 uit ICT-centrum');
      expect(await sentence.textContent()).toContain(formatMoney(answer.leaverJoinThenLeave, 'nl'));
      const terms = page.getByRole('table', { name: 'Uittreedsom per termijn' });
      expect(await terms.locator('tbody td').allTextContents()).toEqual(
        answer.exit.terms.map((t) => formatMoney(t.amount, 'nl')),
      );

      await page.getByRole('button', { name: 'Bereken voor elk uittredejaar' }).click();
      const sweepTable = page.getByRole('table', { name: /Uittreedsom en resultaat per uittredejaar/ });
      await sweepTable.waitFor();
      expect(await sweepTable.locator('tbody tr').count()).toBe(sweep.length);
      await sweepTable.getByText(formatMoney(sweep[0]!.exitTotal, 'nl')).first().waitFor();

      await page.getByRole('button', { name: 'Vergelijk de methoden' }).click();
      const methodTable = page.getByRole('table', { name: 'Afrekenmethoden bij uittreden in 2019' });
      await methodTable.waitFor();
      for (const m of methods)
        expect(await methodTable.locator(`tr[data-method="${m.method}"] td`).first().textContent()).toBe(
          formatMoney(m.exit.total, 'nl'),
        );
      await page.screenshot({ path: 'test/e2e/artifacts/exit-nl.png', fullPage: true });
      expect(await axeViolations(page)).toEqual([]);

      // Keyboard: focus the save button and press Enter.
      const save = page.getByRole('button', { name: 'Opslaan als scenario' });
      await save.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('status').getByText('Scenario “Haarlemmermeer treedt uit in 2019” toegevoegd.').waitFor();

      await nav(page, 'Resultaten');
      await page.getByText('Haarlemmermeer treedt uit in 2019').first().waitFor();

      await nav(page, 'Uittreden');
      await page.getByLabel('Taal', { exact: true }).selectOption('en');
      await page.getByRole('heading', { level: 1, name: 'Leaving' }).waitFor();
      await page.getByRole('button', { name: 'Example: Haarlemmermeer leaves 2.0 in 2019 (tapered)' }).click();
      await page
        .getByTestId('exit-sentence')
        .getByText(/If Haarlemmermeer leaves/)
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await closeClean(w);
    },
  );
});
