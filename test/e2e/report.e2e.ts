// The council report of the built-in example in real Chromium: the summary carries the engine's
// figures, nothing overflows an A4 page under print media, charts are drawn at print resolution,
// and Chromium's print makes a PDF of a plausible number of pages. Axe-clean, no console errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import example from '../../src/examples/haarlem-haarlemmermeer.json';
import { evaluateModel, runMonteCarlo, summarizeMonteCarlo, type ModelFile } from '../../src/engine';
import { haarlemHaarlemmermeerWithRanges } from '../../src/examples';
import readXlsxFile from 'read-excel-file/node';
import { breakEvenText, paybackText } from '../../src/model/describe/results';
import { formatChance, formatMoney, formatPercent } from '../../src/i18n/format';
import { axeViolations, baseUrl, launch, nav, openPage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const model = example as ModelFile;
/** A4 minus the report's page margins (15 mm left and right) in CSS pixels. */
const A4_CONTENT_WIDTH = Math.floor(((210 - 30) / 25.4) * 96);

async function openReport(page: Page, isFresh = true): Promise<void> {
  if (isFresh) {
    await page.goto(baseUrl());
    await page.getByRole('heading', { level: 1, name: 'Welkom bij Kantelpunt' }).waitFor();
  }
  await nav(page, 'Rapport');
  await page.locator('.report-doc .report-title').waitFor();
  // Charts are images once drawn; the sensitivity table arrives from the worker.
  await page.waitForFunction(() => {
    const imgs = [...document.querySelectorAll<HTMLImageElement>('.report-doc img.report-chart')];
    return imgs.length >= 2 && imgs.every((i) => i.complete && i.naturalWidth > 0);
  });
  await page.locator('.report-doc .report-pending').waitFor({ state: 'detached', timeout: 30_000 });
}

describe('the council report', () => {
  it('shows the title page and the engine’s key figures', async () => {
    const w = await openPage(browser);
    const { page } = w;
    await openReport(page);
    const title = page.locator('.report-doc > .report-title-page');
    await expect(title.locator('h1').textContent()).resolves.toBe(model.meta?.title);
    const today = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }).format(
      new Date(),
    );
    await expect(title.textContent()).resolves.toContain(`Opgesteld op ${today}`);

    const evaluation = evaluateModel(model);
    const extrapolateTo = model.horizon.extrapolateTo ?? model.horizon.endYear;
    const table = page.getByRole('table', { name: 'Kerncijfers per scenario' });
    const others = evaluation.scenarios.filter((s) => s.id !== evaluation.baselineId);
    expect(others.length).toBeGreaterThan(0);
    await expect(table.getByRole('rowheader').allTextContents()).resolves.toEqual(others.map((s) => s.name));
    for (const s of others) {
      const cells = (
        await table
          .getByRole('row')
          .filter({ has: page.getByRole('rowheader', { name: s.name, exact: true }) })
          .getByRole('cell')
          .allTextContents()
      ).map((c) => c.replace(/\u00a0/g, ' '));
      expect(cells[0]).toBe(breakEvenText(s.breakEven, false, extrapolateTo, 'nl'));
      expect(cells[1]).toBe(paybackText(s.paybackYears, 'nl'));
      expect(cells[2]).toBe(formatMoney(s.investment, 'nl'));
      expect(cells[3]).toBe(formatMoney(s.npv, 'nl'));
      expect(cells).toContain(formatMoney(s.npvExtended, 'nl'));
      // Savings over the horizon as a share of the baseline's cost over the horizon.
      const cents = (v: string) => BigInt(v.replace('.', ''));
      const horizon = (id: string) =>
        evaluation.scenarios.find((x) => x.id === id)?.years.filter((y) => !y.isExtrapolated) ?? [];
      const saved = horizon(s.id).reduce((n, y) => n + cents(y.savings), 0n);
      const base = horizon(evaluation.baselineId).reduce((n, y) => n + cents(y.total), 0n);
      expect(cells.at(-1)).toBe(formatPercent((Number(saved) / Number(base)).toFixed(6), 'nl', 1));
    }
    // Each municipality has its own business case.
    for (const m of model.parties.filter((p) => p.kind === 'municipality')) {
      await page.getByRole('table', { name: `${m.name}: kosten per jaar (× € 1.000)` }).waitFor();
    }
    expect(await axeViolations(page)).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.context.close();
  });

  it('fits A4 under print media: nothing overflows the page, rows do not split, charts are print-sharp', async () => {
    const w = await openPage(browser);
    const { page } = w;
    await openReport(page);
    // English first (longer words in places), then the Dutch report that is printed below.
    for (const locale of ['en', 'nl']) {
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1366, height: 900 });
      await page.getByLabel(locale === 'en' ? 'Taal' : 'Language', { exact: true }).selectOption(locale);
      await page.locator('.report-doc h2').first().waitFor();
      await page.setViewportSize({ width: A4_CONTENT_WIDTH, height: 1000 });
      await page.emulateMedia({ media: 'print' });
      await checkPrintLayout(page, locale);
    }
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdf.toString('latin1');
    const pages = (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
    // A title page, one page per chapter at least, the appendices: more than a handful, not a book.
    expect(pages).toBeGreaterThanOrEqual(8);
    expect(pages).toBeLessThanOrEqual(60);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});

describe('the report after a Monte Carlo run', () => {
  it('shows the run’s chances and NPV percentiles, as the engine computes them', async () => {
    const w = await openPage(browser);
    const { page } = w;
    await page.goto(baseUrl());
    await nav(page, 'Onzekerheid');
    // The example opens with its own ranges (src/examples/haarlem-haarlemmermeer.uncertainty.json): run on those.
    const ranged = haarlemHaarlemmermeerWithRanges;
    expect(ranged.uncertainty?.inputs.length).toBeGreaterThan(0);
    await page.getByRole('tab', { name: 'Kans op terugverdienen' }).click();
    await page.getByLabel('Aantal trekkingen').fill('300');
    await page.getByLabel('Aantal trekkingen').press('Enter');
    await page.getByLabel('Startgetal (seed)').fill('5');
    await page.getByLabel('Startgetal (seed)').press('Enter');
    await page.getByRole('button', { name: 'Doorrekenen' }).click();
    await page.locator('[data-elapsed-ms]').waitFor({ timeout: 60_000 });

    await openReport(page, false);
    const expected = summarizeMonteCarlo(runMonteCarlo(ranged, { samples: 300, seed: 5 }));
    const table = page.getByRole('table', { name: 'Uitkomsten van de Monte Carlo-analyse' });
    for (const s of expected.scenarios.filter((x) => !x.isBaseline)) {
      const name = model.scenarios.find((x) => x.id === s.id)?.name as string;
      const cells = (
        await table
          .getByRole('row')
          .filter({ has: page.getByRole('rowheader', { name, exact: true }) })
          .getByRole('cell')
          .allTextContents()
      ).map((c) => c.replace(/\u00a0/g, ' '));
      const own = evaluateModel(ranged).scenarios.find((x) => x.id === s.id)?.breakEven?.year as number;
      const last = expected.years.at(-1) as number;
      const chance = (year: number) => s.breakEvenByYear.find((b) => b.year === year)?.probability as number;
      // The point estimate's break-even year and the chances by it and by the last computed year (never rounded to 100 %).
      expect(cells.slice(0, 3)).toEqual([
        String(own),
        formatChance(chance(own), 'nl'),
        formatChance(chance(last), 'nl'),
      ]);
      expect(cells.slice(-3)).toEqual([s.npv.p10, s.npv.p50, s.npv.p90].map((v) => formatMoney(v, 'nl')));
    }
    await expect(page.getByText('300 trekkingen met startgetal 5.', { exact: false }).isVisible()).resolves.toBe(true);
    await page.getByRole('table', { name: 'Bandbreedtes voor de onzekerheidsanalyse' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});

describe('spreadsheets in the built app', () => {
  it('downloads a workbook with the engine’s totals and a CSV for Dutch Excel; an import names a bad cell', async () => {
    const w = await openPage(browser);
    const { page } = w;
    await page.goto(baseUrl());
    await nav(page, 'Exporteren');
    await page.getByRole('heading', { level: 1, name: 'Exporteren' }).waitFor();
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Werkmap downloaden (.xlsx)' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const sheets = await readXlsxFile(await xlsx.path());
    const totals = sheets.find((x) => x.sheet === 'Totalen')?.data ?? [];
    const evaluation = evaluateModel(model);
    expect(totals.length - 1).toBe(evaluation.scenarios.reduce((n, x) => n + x.years.length, 0));
    for (const row of totals.slice(1)) {
      // Scenarios by name (an export shows no ids).
      const y = evaluation.scenarios.find((x) => x.name === row[0])?.years.find((x) => x.year === row[1]);
      expect((row[3] as number).toFixed(2)).toBe(y?.total);
    }
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV: Totalen' }).click(),
    ]);
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(await csv.path(), 'utf8');
    expect(text.startsWith('\uFEFFScenario;Jaar;')).toBe(true);

    await nav(page, 'Tabel importeren');
    await page.getByRole('heading', { level: 1, name: 'Tabel importeren' }).waitFor();
    await page.getByLabel('Bestand kiezen').setInputFiles({
      name: 'tabel.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Categorie;2013;2014\r\nApplicaties;100;x\r\n'),
    });
    await expect(page.getByRole('alert').textContent()).resolves.toContain('C2: geen getal (‘x’)');
    await expect(page.getByRole('button', { name: 'Importeren in de baseline' }).isDisabled()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.context.close();
  });
});

async function checkPrintLayout(page: Page, locale: string): Promise<void> {
  const layout = await page.evaluate(() => {
    const doc = document.querySelector('.report-doc') as HTMLElement;
    const box = doc.getBoundingClientRect();
    const outside = [...doc.querySelectorAll<HTMLElement>('table, figure, img, p, h2, h3, li')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.left < box.left - 0.5 || r.right > box.right + 0.5 || el.scrollWidth > el.clientWidth + 1;
      })
      .map((el) => `${el.tagName} ${(el.querySelector('caption')?.textContent ?? el.textContent ?? '').slice(0, 60)}`);
    const rows = [...doc.querySelectorAll('tr')];
    const heads = [...doc.querySelectorAll('thead')];
    // A table continued over a page carries its caption: printed as the first row of its repeated header.
    const captionsThatDoNotRepeat = [...doc.querySelectorAll('table.report-table')].filter((t) => {
      const row = t.querySelector('thead tr.report-caption-row');
      return (
        !row ||
        getComputedStyle(row).display !== 'table-row' ||
        row.textContent !== t.querySelector('caption')?.textContent
      );
    }).length;
    const charts = [...doc.querySelectorAll<HTMLImageElement>('img.report-chart')].map(
      (i) => i.naturalWidth / i.getBoundingClientRect().width,
    );
    const hidden = ['.header', '.nav', '.report-toolbar'].map(
      (s) => getComputedStyle(document.querySelector(s) as Element).display,
    );
    return {
      docWidth: box.width,
      pageScroll: document.documentElement.scrollWidth,
      outside,
      tables: heads.length,
      rowsThatMaySplit: rows.filter((r) => getComputedStyle(r).breakInside !== 'avoid').length,
      captionsThatDoNotRepeat,
      headsThatDoNotRepeat: heads.filter((h) => getComputedStyle(h).display !== 'table-header-group').length,
      titleBreak: getComputedStyle(doc.querySelector('.report-title-page') as Element).breakAfter,
      charts,
      hidden,
    };
  });
  expect(layout.docWidth).toBeGreaterThan(A4_CONTENT_WIDTH - 20);
  expect(layout.pageScroll, locale).toBeLessThanOrEqual(A4_CONTENT_WIDTH);
  expect(layout.outside, locale).toEqual([]);
  expect(layout.tables).toBeGreaterThan(10);
  expect(layout.rowsThatMaySplit).toBe(0);
  expect(layout.headsThatDoNotRepeat).toBe(0);
  expect(layout.captionsThatDoNotRepeat).toBe(0);
  expect(layout.titleBreak).toBe('page');
  expect(layout.hidden).toEqual(['none', 'none', 'none']);
  expect(layout.charts.length).toBeGreaterThanOrEqual(2);
  for (const scale of layout.charts) expect(scale).toBeGreaterThanOrEqual(2.5);
}
