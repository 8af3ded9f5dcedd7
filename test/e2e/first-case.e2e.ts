// Issue 20, item 5 and its "done when": a new user builds the three-municipality case
// (Bloemendaal 24,000 inhabitants, Heemstede 27,000, Zandvoort 17,000; one collaboration
// scenario) from an empty start by following the checklist that appears after "Model maken".
// The results on the screen must equal an evaluation, here in Node, of the same figures
// written out by hand as a model file — every figure the case uses is one the user saw in a
// grid (entered, or a template value listed by the checklist and confirmed). The model the app
// saves is evaluated too and must give the same results, so no hidden value can differ.
// The number of user actions is written to test/e2e/artifacts/first-case-actions.json.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { evaluateModel, type ModelFile } from '../../src/engine';
import { formatDecimal, formatMoney } from '../../src/i18n';
import { axeViolations, baseUrl, launch, nav, openPage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const CASE = [
  { name: 'Bloemendaal', inhabitants: 24000, workstations: 520, employees: 480 },
  { name: 'Heemstede', inhabitants: 27000, workstations: 610, employees: 560 },
  { name: 'Zandvoort', inhabitants: 17000, workstations: 380, employees: 350 },
];
/** Yearly operating costs in 2026, in the template's row order (workplace … facilities). */
const OPEX_CATEGORIES = ['workplace', 'applications', 'appServers', 'datacom', 'telecom', 'facilities'];
const OPEX = [
  [380000, 820000, 210000, 120000, 95000, 50000],
  [430000, 910000, 240000, 140000, 110000, 55000],
  [290000, 640000, 170000, 95000, 75000, 40000],
];

// The template values the checklist lists and the user confirms (visible in the grids).
const TERMS = {
  workplace: 4,
  workplaceServers: 5,
  peripherals: 5,
  applications: 5,
  appServers: 5,
  datacom: 5,
  telecom: 5,
  facilities: 10,
};
const STAFF: [string, number][] = [
  ['management', 1],
  ['businessOffice', 1],
  ['infoAdvice', 3],
  ['functionalMgmt', 4],
  ['technicalMgmt', 8],
  ['cio', 1],
];

/** The case as a model file, written out from the figures above (not from the template code). */
function caseFile(): ModelFile {
  const ids = CASE.map((_, i) => `m${i + 1}`);
  return {
    format: 'ict-business-case',
    version: 1,
    meta: { title: 'Zuid-Kennemerland' },
    horizon: { startYear: 2026, endYear: 2030, extrapolateTo: 2038 },
    assumptions: { priceBaseYear: 2026 },
    parties: [
      ...CASE.map((c, i) => ({
        id: ids[i] as string,
        name: c.name,
        kind: 'municipality' as const,
        inhabitants: { '2026': c.inhabitants },
        workstations: { '2026': c.workstations },
        employees: { '2026': c.employees },
        interestRate: 0.02,
        depreciationYears: { ...TERMS },
        costPerFte: { own: 80000, hired: 120000 },
      })),
      {
        id: 'centre',
        name: 'ICT-centrum',
        kind: 'shared' as const,
        interestRate: 0.03,
        depreciationYears: { ...TERMS },
        costPerFte: { own: 80000, hired: 120000 },
        allocation: { default: { basis: 'inhabitants' as const } },
      },
    ],
    scenarios: [
      {
        id: 'base',
        name: 'Baseline',
        basedOn: null,
        lines: ids.flatMap((party, i) => [
          ...OPEX_CATEGORIES.map((category, k) => ({
            type: 'opex' as const,
            id: `${party}-${category}`,
            party,
            category,
            amount: OPEX[i]![k]!,
          })),
          {
            type: 'recurringInvestment' as const,
            id: `${party}-renewal`,
            party,
            category: 'applications',
            from: 2026,
            to: 2030,
            perInhabitant: 4.56,
          },
        ]),
        staff: ids.flatMap((party) =>
          STAFF.map(([group, fte]) => ({ party, group, fte: { '2026': fte }, hiredShare: 0.1 })),
        ),
      },
      {
        id: 'together',
        name: 'Samenwerking in ICT-centrum',
        basedOn: 'base',
        changes: [
          ...ids.map((party) => ({
            op: 'transfer' as const,
            select: { party, category: ['workplace', 'appServers', 'datacom', 'telecom'] },
            to: 'centre',
            from: 2027,
          })),
          ...ids.map((party) => ({ op: 'setStaff' as const, party, group: 'technicalMgmt', fte: { '2027': 0 } })),
          { op: 'addStaff' as const, staff: { party: 'centre', group: 'technicalMgmt', fte: { '2027': 20.4 } } },
          {
            op: 'addLine' as const,
            line: {
              type: 'oneOff' as const,
              id: 'p',
              party: 'centre',
              category: 'programme',
              year: 2026,
              amount: 750000,
            },
          },
          {
            op: 'addLine' as const,
            line: {
              type: 'oneOff' as const,
              id: 't',
              party: 'centre',
              category: 'transition',
              year: 2027,
              amount: 450000,
            },
          },
        ],
      },
    ],
  } as ModelFile;
}

/** Every user action goes through here, so the test can count them. */
function actions(page: Page) {
  let count = 0;
  const act = async (what: () => Promise<unknown>) => {
    count += 1;
    await what();
  };
  return {
    count: () => count,
    click: (l: Locator) => act(() => l.click()),
    fill: (l: Locator, text: string) => act(() => l.fill(text)),
    /** Copy a column (in the user's spreadsheet), click the grid's first cell, paste: two actions in the app. */
    paste: async (grid: Locator, values: number[]) => {
      await page.evaluate((text) => navigator.clipboard.writeText(text), values.join('\r\n') + '\r\n');
      const cellAt = (r: number) =>
        grid
          .getByRole('row')
          .nth(r + 1)
          .getByRole('gridcell')
          .first();
      await act(() => cellAt(0).click());
      await act(() => page.keyboard.press('Control+v'));
      // The paste has landed when the last value shows in its cell.
      const last = values.length - 1;
      await expect.poll(() => cellAt(last).textContent()).toContain(formatDecimal(values[last]!, 'nl'));
    },
  };
}

const guide = (page: Page) => page.getByRole('region', { name: 'Stappenplan voor uw eigen model' });
const step = (page: Page, id: string) => guide(page).locator(`[data-step="${id}"]`);
const status = (page: Page, id: string) => step(page, id).locator('.guide-status').getAttribute('data-status');

describe('the guided first case', () => {
  it('builds the three-municipality case by following the checklist; its results equal the same figures as a model file', async () => {
    const w = await openPage(browser, { viewport: { width: 1280, height: 720 } });
    const { page, context } = w;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(baseUrl());
    await page.getByRole('heading', { level: 1, name: 'Welkom bij Kantelpunt' }).waitFor();
    const a = actions(page);

    // Model maken.
    await a.fill(page.getByLabel('Titel'), 'Zuid-Kennemerland');
    await a.fill(page.getByLabel('Namen van de gemeenten'), CASE.map((c) => c.name).join('\n'));
    await a.fill(page.getByLabel('Eerste jaar'), '2026');
    await a.click(page.getByRole('button', { name: 'Model maken' }));
    await page.getByRole('heading', { level: 1, name: 'Modelopzet' }).waitFor();
    await guide(page).waitFor();
    await expect(guide(page).getByText('0 van de 5 stappen klaar').count()).resolves.toBe(1);
    // Parties: 3 × (inhabitants, workstations, employees, cost per FTE) + the centre's cost per FTE.
    await expect(step(page, 'parties').textContent()).resolves.toContain('13 voorbeeldwaarde(n) nog niet aangepast');
    expect(await axeViolations(page)).toEqual([]);

    // Step 1: parties — the figures per municipality; the cost per FTE kept and ticked off.
    await a.click(step(page, 'parties').getByRole('button', { name: 'Naar Partijen' }));
    await expect(page.getByRole('tab', { name: 'Partijen' }).getAttribute('aria-selected')).resolves.toBe('true');
    await a.paste(
      page.getByRole('grid', { name: 'Inwoners' }),
      CASE.map((c) => c.inhabitants),
    );
    await a.paste(
      page.getByRole('grid', { name: 'Werkplekken' }),
      CASE.map((c) => c.workstations),
    );
    await a.paste(
      page.getByRole('grid', { name: 'Medewerkers' }),
      CASE.map((c) => c.employees),
    );
    await expect(step(page, 'parties').textContent()).resolves.toContain('4 voorbeeldwaarde(n) nog niet aangepast');
    await a.click(step(page, 'parties').getByRole('button', { name: 'Stap Partijen afvinken' }));
    await expect(status(page, 'parties')).resolves.toBe('done');

    // Step 2: baseline — each municipality's operating costs; staff and renewal kept and ticked off.
    await a.click(step(page, 'baseline').getByRole('button', { name: 'Naar Baseline' }));
    await page.getByRole('heading', { level: 1, name: 'Baseline' }).waitFor();
    // The step of the open screen explains the template's renewal line with its own figures.
    await expect(step(page, 'baseline').textContent()).resolves.toContain('€ 4,56 per inwoner');
    for (const [i, c] of CASE.entries()) {
      if (i > 0) await a.click(page.getByRole('tab', { name: c.name }));
      await a.paste(page.getByRole('grid', { name: `Exploitatiekosten — ${c.name}` }), OPEX[i]!);
    }
    await a.click(step(page, 'baseline').getByRole('button', { name: 'Stap Baseline afvinken' }));
    await expect(status(page, 'baseline')).resolves.toBe('done');

    // Step 3: scenarios — the template's three sample levers confirmed on the scenario card.
    await a.click(step(page, 'scenarios').getByRole('button', { name: 'Naar Scenario’s' }));
    await a.click(
      page
        .getByRole('navigation', { name: 'Scenarioboom' })
        .getByRole('button', { name: 'Samenwerking in ICT-centrum' }),
    );
    await expect(step(page, 'scenarios').textContent()).resolves.toContain('3 hefboom/hefbomen nog te bevestigen');
    const confirms = page.getByRole('button', { name: /^Bevestigen: / });
    for (let left = 3; left > 0; left -= 1) {
      await a.click(confirms.first());
      await expect.poll(() => confirms.count()).toBe(left - 1);
    }
    await expect(status(page, 'scenarios')).resolves.toBe('done');

    // Step 4: keys — the centre's split by inhabitants kept and ticked off.
    await a.click(step(page, 'keys').getByRole('button', { name: 'Naar Verdeelsleutels' }));
    await a.click(step(page, 'keys').getByRole('button', { name: 'Stap Verdeelsleutels afvinken' }));
    await expect(status(page, 'keys')).resolves.toBe('done');

    // Step 5: results.
    await a.click(step(page, 'results').getByRole('button', { name: 'Naar Resultaten' }));
    await page.getByRole('heading', { level: 1, name: 'Resultaten' }).waitFor();
    await expect.poll(() => guide(page).getByText('5 van de 5 stappen klaar').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // What the results screen shows: the collaboration's key figures and every year's total.
    const keyFigure = (figure: string) =>
      page.locator(`table.key-figures tr[data-scenario="centre"] [data-figure="${figure}"]`).textContent();
    // Each amount is a button whose hidden text names its trace ("— herleiding van …").
    const totalsOf = async (row: string) =>
      (await page.locator(`table.money-table`).first().locator(`tr[data-row="${row}"] td`).allTextContents()).map((t) =>
        t.split(' — ')[0]?.trim(),
      );
    const shown = {
      npv: await keyFigure('npv'),
      npvExtended: await keyFigure('npvExtended'),
      investment: await keyFigure('investment'),
      baseline: await totalsOf('baseline'),
      centre: await totalsOf('centre'),
    };

    // The model the app saves (kept as an artifact).
    await nav(page, 'Bestanden en delen');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Model opslaan als bestand' }).click(),
    ]);
    const savedText = await readFile(await download.path(), 'utf8');
    await mkdir('test/e2e/artifacts', { recursive: true });
    await writeFile('test/e2e/artifacts/first-case-model.json', savedText);

    // The figures shown equal the engine's on the hand-written file.
    const expected = evaluateModel(caseFile());
    const base = expected.scenarios.find((s) => s.id === 'base')!;
    const together = expected.scenarios.find((s) => s.id === 'together')!;
    expect(shown).toEqual({
      npv: formatMoney(together.npv, 'nl'),
      npvExtended: formatMoney(together.npvExtended, 'nl'),
      investment: formatMoney(together.investment, 'nl'),
      baseline: base.years.map((y) => formatMoney(y.total, 'nl')),
      centre: together.years.map((y) => formatMoney(y.total, 'nl')),
    });

    // No hidden value: the saved model evaluates exactly like the hand-written file, to the cent.
    const figures = (r: typeof expected) =>
      r.scenarios.map((s) => ({
        npv: s.npv,
        npvExtended: s.npvExtended,
        investment: s.investment,
        breakEven: s.breakEven,
        paybackYears: s.paybackYears,
        years: s.years.map((y) => [y.year, y.total, y.oneOff, y.recurring, Object.values(y.byParty)]),
      }));
    expect(figures(evaluateModel(JSON.parse(savedText) as ModelFile))).toEqual(figures(expected));

    const count = a.count();
    await mkdir('test/e2e/artifacts', { recursive: true });
    await writeFile(
      'test/e2e/artifacts/first-case-actions.json',
      `${JSON.stringify({ case: 'Bloemendaal, Heemstede, Zandvoort; one scenario', actions: count }, null, 2)}\n`,
    );
    console.log(`first case: ${count} user actions`);
    expect(w.errors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.context.close();
  });
});
