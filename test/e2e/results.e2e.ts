/**
 * The results screens in a real Chromium (issue 5): each view opened on the built-in example,
 * its key figures compared with the engine run here in Node on the same model, a screenshot
 * (test/e2e/artifacts/), axe clean (WCAG 2.1 A/AA), no console errors, no foreign requests.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { breakEvenText, paybackText } from '../../src/model/describe/results';
import { compareAllocationBases, costPerInhabitant, evaluateModel, explainFigure, staffTotals } from '../../src/engine';
import { haarlemHaarlemmermeer as example } from '../../src/examples';
import { formatDecimal, formatMoney } from '../../src/i18n/format';
import { axeViolations, baseUrl, launch, nav, openPage, type Watched } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync('test/e2e/artifacts', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const e = evaluateModel(example);
const last = e.years.at(-1) as number;
const alternatives = e.scenarios.filter((s) => s.id !== e.baselineId);
const nameOf = (id: string) => example.parties.find((p) => p.id === id)?.name ?? id;

async function openResults(view?: string): Promise<Watched> {
  const w = await openPage(browser, { viewport: { width: 1440, height: 1000 } });
  await w.page.goto(baseUrl());
  await nav(w.page, 'Resultaten');
  await w.page.getByRole('tab', { name: 'Overzicht' }).waitFor();
  if (view) await w.page.getByRole('tab', { name: view, exact: true }).click();
  return w;
}

async function finish(w: Watched, shot: string) {
  await w.page.evaluate(() => window.scrollTo(0, 0));
  await w.page.screenshot({ path: `test/e2e/artifacts/${shot}.png`, fullPage: true });
  expect(await axeViolations(w.page)).toEqual([]);
  expect(w.errors).toEqual([]);
  expect(w.foreignRequests).toEqual([]);
  await w.context.close();
}

const text = async (page: Page, selector: string) => (await page.locator(selector).first().textContent())?.trim();

describe('results on the example', () => {
  it('overview: key figures per scenario as the engine computes them, charts with names and tables', async () => {
    const w = await openResults();
    const { page } = w;
    for (const s of e.scenarios) {
      const row = `table.key-figures tr[data-scenario="${s.id}"]`;
      const isBaseline = s.id === e.baselineId;
      expect(await text(page, `${row} [data-figure="breakEven"]`)).toBe(
        breakEvenText(s.breakEven, isBaseline, last, 'nl'),
      );
      expect(await text(page, `${row} [data-figure="payback"]`)).toBe(paybackText(s.paybackYears, 'nl'));
      if (isBaseline) continue;
      expect(await text(page, `${row} [data-figure="npv"]`)).toBe(formatMoney(s.npv, 'nl'));
      expect(await text(page, `${row} [data-figure="npvExtended"]`)).toBe(formatMoney(s.npvExtended, 'nl'));
      expect(await text(page, `${row} [data-figure="investment"]`)).toBe(formatMoney(s.investment, 'nl'));
    }
    for (const name of [
      'Kosten per scenario per jaar',
      'Besparing per jaar ten opzichte van de baseline',
      'Cumulatieve besparing, met het terugverdienjaar',
    ]) {
      expect(await page.getByRole('img', { name }).isVisible()).toBe(true);
    }
    // The data-table alternative of the cost chart holds the same figures.
    await page.getByText('Toon als tabel: Kosten per scenario per jaar').click();
    const table = page.getByRole('table', { name: 'Kosten per scenario per jaar', exact: true });
    const first = e.scenarios[0]!;
    expect(await table.getByRole('row').nth(1).getByRole('cell').first().textContent()).toBe(
      formatMoney(first.years[0]!.total, 'nl'),
    );
    await finish(w, 'results-overview');
  });

  it('composition: cost per category and per owner of a scenario, adding up to its total', async () => {
    const w = await openResults('Samenstelling');
    const { page } = w;
    const s = alternatives.at(-1)!;
    await page.getByLabel('Scenario', { exact: true }).selectOption(s.id);
    for (const y of s.years.filter((_, i) => i % 4 === 0)) {
      expect(await text(page, `table.money-table tr[data-row="total"] td[data-year="${y.year}"] button`)).toContain(
        formatMoney(y.total, 'nl'),
      );
      for (const owner of [...e.municipalities, ...e.sharedParties]) {
        const cell = page.locator(`table.money-table tr[data-row="${owner}"] td[data-year="${y.year}"]`);
        if ((await cell.count()) > 0) expect(await cell.textContent()).toContain(formatMoney(y.byOwner[owner]!, 'nl'));
      }
    }
    expect(await page.getByRole('img', { name: `Kosten per categorie, ${s.name}` }).isVisible()).toBe(true);
    await finish(w, 'results-composition');
  });

  it('per municipality: each business case after allocation, in × €1,000 rounded to €50,000', async () => {
    const w = await openResults('Per gemeente');
    const { page } = w;
    await page.getByRole('radio', { name: /× € 1\.000/ }).check();
    for (const m of e.municipalities) {
      const table = page.getByRole('table', {
        name: new RegExp(`^Kosten van ${nameOf(m)} per scenario \\(na verdeling\\)`),
      });
      for (const s of e.scenarios) {
        const cells = await table.locator(`tr[data-row="${s.id}"] td button`).allTextContents();
        expect(cells.map((c) => c.split(' — ')[0])).toEqual(
          s.parties[m]!.years.map((y) => formatMoney(y.total, 'nl', 'thousands50')),
        );
      }
    }
    await finish(w, 'results-municipalities');
  });

  it('allocation keys compared: savings per municipality per basis, losers flagged', async () => {
    const w = await openResults('Verdeelsleutels vergeleken');
    const { page } = w;
    const cmp = compareAllocationBases(example, e.sharedParties[0]!);
    for (const s of alternatives) {
      for (const o of cmp.outcomes) {
        for (const m of e.municipalities) {
          const c = o.scenarios[s.id]![m]!;
          const cell = page.locator(
            `section:has(h2:text-is("${s.name}")) tr[data-basis="${o.basis}"] [data-party="${m}"][data-figure="savingsEnd"]`,
          );
          const shown = await cell.textContent();
          expect(shown).toContain(formatMoney(c.savingsEnd, 'nl'));
          expect(shown?.includes('verlies')).toBe(c.isLoss);
        }
      }
    }
    await finish(w, 'results-allocation');
  });

  it('staff: FTE per function group per scenario and per 100,000 inhabitants', async () => {
    const w = await openResults('Personeel');
    const { page } = w;
    const totals = staffTotals(e, e.endYear);
    const perInhabitant = costPerInhabitant(example, e.endYear);
    for (const s of e.scenarios) {
      const t = totals.find((x) => x.scenarioId === s.id)!;
      expect(await text(page, `.staff-table tr[data-group="total"] td[data-scenario="${s.id}"]`)).toBe(
        formatDecimal(t.total, 'nl', 1),
      );
      const together = perInhabitant[s.id]!.at(-1)!;
      expect(await text(page, `.staff-table tr[data-group="per100k"] td[data-scenario="${s.id}"]`)).toBe(
        formatDecimal(together.ftePer100k, 'nl', 1),
      );
    }
    await finish(w, 'results-staff');
  });

  it("trace: a municipality's figure opened from its table lists items that add up to it", async () => {
    const w = await openResults('Per gemeente');
    const { page } = w;
    const s = alternatives[0]!;
    const m = e.municipalities[0]!;
    const year = e.endYear;
    await page.locator(`tr[data-row="${s.id}"] td[data-year="${year}"] button`).first().click();
    await page.getByRole('tab', { name: 'Herleiding', selected: true }).waitFor();
    const figure = s.parties[m]!.years.find((y) => y.year === year)!.total;
    expect(await text(page, '[data-figure="figure"]')).toBe(formatMoney(figure, 'nl', 'cents'));
    expect(await text(page, '[data-figure="sum"]')).toBe(formatMoney(figure, 'nl', 'cents'));
    const trace = explainFigure(example, { scenarioId: s.id, year, party: m });
    expect(await page.locator('.trace-table tbody tr').count()).toBe(trace.items.length);
    expect(await page.locator('.trace-table tbody tr[data-rule="allocation"]').count()).toBe(
      trace.items.filter((i) => i.rule === 'allocation').length,
    );
    // Focus follows to the trace's heading, so a keyboard user lands on the answer.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await finish(w, 'results-trace');
  });

  it('benchmark: cost per inhabitant per municipality against the default table, with the council sentence', async () => {
    const w = await openPage(browser, { viewport: { width: 1440, height: 1000 } });
    const { page } = w;
    await page.goto(baseUrl());
    await nav(page, 'Benchmark');
    const figures = costPerInhabitant(example, e.endYear)[e.baselineId]!;
    for (const r of figures) {
      const row = `.benchmark-table tr[data-party="${r.party ?? 'together'}"]`;
      expect(await text(page, `${row} [data-figure="total"]`)).toBe(formatMoney(r.total, 'nl', 'cents'));
      expect(await text(page, `${row} [data-figure="software"]`)).toBe(formatMoney(r.software, 'nl', 'cents'));
    }
    const sentences = await page.locator('.benchmark-sentences li').allTextContents();
    expect(sentences).toHaveLength(figures.length);
    for (const s of sentences)
      expect(s).toMatch(/per inwoner (boven|onder) het gemiddelde 2022|gelijk aan het gemiddelde 2022/);
    await finish(w, 'results-benchmark');
  });
});
