/**
 * The Uittreden screen in a real Chromium (issue 15): on the built-in example the preset
 * "Haarlemmermeer leaves 2.0 in 2019, tapered" gives the exit sum the engine computes here in
 * Node, the sweep per year of leaving (in the engine worker: progress, Stop, then its chart and
 * table), the methods side by side; "save as scenario" (by keyboard) adds a scenario the results
 * screen shows; "Aan rapport toevoegen" (by keyboard) makes the report's Uittreding section
 * answer the question with its sweep, also after a reload, and the export's workbook carry it
 * (sheet Uittreedvraag, to the cent); axe clean in Dutch and English; no console errors, no
 * foreign requests.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { answerExit, compareExitMethods, exitSweep, type ExitQuestion } from '../../src/engine';
import { haarlemHaarlemmermeer as example, haarlemExitQuestion } from '../../src/examples';
import { formatMoney } from '../../src/i18n/format';
import { euros } from '../../src/features/report/report-format';
import { axeViolations, baseUrl, closeClean, launch, nav, openPage } from './support/browser';

/**
 * Holds the page's messages to its workers while `__holdWorkers` is set (released by
 * `__releaseWorkers`), so that a run is seen in progress, and stopped, whatever the machine's speed.
 */
function holdWorkers(): void {
  const w = window as unknown as { __holdWorkers: boolean; __releaseWorkers: () => void };
  const post = Worker.prototype.postMessage;
  const held: [Worker, unknown[]][] = [];
  w.__holdWorkers = false;
  Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
    if (w.__holdWorkers) held.push([this, args]);
    else (post as (...a: unknown[]) => void).apply(this, args);
  };
  w.__releaseWorkers = () => {
    w.__holdWorkers = false;
    for (const [worker, args] of held.splice(0)) (post as (...a: unknown[]) => void).apply(worker, args);
  };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync('test/e2e/artifacts', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const question: ExitQuestion = haarlemExitQuestion;
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
      await page.addInitScript(holdWorkers);
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

      // The sweep runs in the engine worker: held, it shows its progress and a Stop button (by keyboard).
      const run = page.getByRole('button', { name: 'Bereken voor elk uittredejaar' });
      await page.evaluate(() => ((window as unknown as { __holdWorkers: boolean }).__holdWorkers = true));
      await run.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('progressbar', { name: 'Voortgang per uittredejaar' }).waitFor();
      await page.getByText('Bezig met berekenen…').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      const stop = page.getByRole('button', { name: 'Stoppen' });
      await stop.focus();
      await page.keyboard.press('Enter');
      await page.getByText('De berekening is gestopt.').waitFor();
      expect(await page.getByRole('progressbar').count()).toBe(0);
      await page.evaluate(() => (window as unknown as { __releaseWorkers: () => void }).__releaseWorkers());
      expect(await page.getByRole('table', { name: /Uittreedsom en resultaat per uittredejaar/ }).count()).toBe(0);

      // Run again: every year computed, then the chart and its table.
      await run.click();
      const sweepTable = page.getByRole('table', { name: /Uittreedsom en resultaat per uittredejaar/ });
      await sweepTable.waitFor();
      await page.getByRole('img', { name: 'Uittreedsom en resultaat per uittredejaar' }).waitFor();
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

      // Add the question to the report (by keyboard): the report answers it with its sweep, also after a reload.
      await nav(page, 'Uittreden');
      await page.getByRole('button', { name: 'Voorbeeld: Haarlemmermeer treedt in 2019 uit 2.0 (aflopend)' }).click();
      const add = page.getByRole('button', { name: 'Aan rapport toevoegen' });
      await add.focus();
      await page.keyboard.press('Enter');
      await page.getByText('Deze uittreedvraag staat in het rapport, met het verloop per uittredejaar.').waitFor();
      await page.getByRole('status').filter({ hasText: 'Alles opgeslagen' }).waitFor();
      for (const pass of ['now', 'after a reload']) {
        if (pass === 'after a reload') await page.reload();
        await nav(page, 'Rapport');
        const section = page.getByTestId('report-exit-question');
        await section
          .getByRole('heading', {
            level: 3,
            name: 'Uittreedvraag: Haarlemmermeer treedt per 1 januari 2019 uit ICT-centrum (Samenwerking 2.0)',
          })
          .waitFor();
        const reportSweep = section.getByRole('table', { name: /per uittredejaar/ });
        await reportSweep.waitFor();
        expect(await reportSweep.locator('tbody tr').count()).toBe(sweep.length);
        expect(await reportSweep.locator('tbody tr').first().locator('td').allTextContents()).toEqual([
          euros(sweep[0]!.exitTotal, 'nl'),
          euros(sweep[0]!.leaverNet, 'nl'),
        ]);
        await section
          .getByRole('img', { name: 'Uittreedsom en resultaat van Haarlemmermeer per uittredejaar' })
          .waitFor();
      }
      await page.getByTestId('report-exit-question').screenshot({ path: 'test/e2e/artifacts/exit-report-nl.png' });
      expect(await axeViolations(page)).toEqual([]);

      // The export: the workbook waits for the question's sweep (known already), then carries it to the cent.
      await nav(page, 'Exporteren');
      const [xlsx] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Werkmap downloaden (.xlsx)' }).click(),
      ]);
      const kept = (await readXlsxFile(await xlsx.path())).find((x) => x.sheet === 'Uittreedvraag')?.data ?? [];
      expect(kept[0]?.slice(-3)).toEqual([
        'Uittredejaar',
        'Uittreedsom',
        'Resultaat Haarlemmermeer t.o.v. nooit samenwerken, cumulatief tot en met 2025',
      ]);
      expect(
        kept.slice(1).map((r) => [r[0], r[9], (r[10] as number).toFixed(2), (r[11] as number).toFixed(2)]),
      ).toEqual(sweep.map((x) => ['Samenwerking 2.0', x.year, x.exitTotal, x.leaverNet]));

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
