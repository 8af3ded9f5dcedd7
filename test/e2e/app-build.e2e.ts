import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, baseUrl, launch, nav, openPage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const lever = (page: Page, text: string | RegExp) => page.locator('.change-text', { hasText: text });

async function addLever(page: Page, kind: string) {
  await page.getByLabel('Soort hefboom').selectOption({ label: kind });
  await page.getByRole('button', { name: 'Hefboom toevoegen' }).click();
}

async function typeInCell(page: Page, grid: string, row: number, col: number, text: string) {
  await page
    .getByRole('grid', { name: grid })
    .getByRole('row')
    .nth(row + 1)
    .getByRole('gridcell')
    .nth(col)
    .click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

async function saveModelFile(page: Page): Promise<string> {
  await nav(page, 'Bestanden en delen');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Model opslaan als bestand' }).click(),
  ]);
  return readFile(await download.path(), 'utf8');
}

describe('building a model from a template', () => {
  it('makes 3 municipalities with an ICT-centre scenario, keeps it after a reload, and saves and opens it unchanged', async () => {
    const w = await openPage(browser);
    const { page } = w;
    await page.goto(baseUrl());
    await page.getByLabel('Titel').fill('Drie gemeenten');
    await page.getByLabel('Aantal gemeenten').fill('3');
    await page.getByLabel('Namen van de gemeenten').fill('Bloemendaal\nHeemstede\nZandvoort');
    await page.getByLabel('Eerste jaar').fill('2026');
    await page.getByLabel('Met een gezamenlijk ICT-centrum').uncheck();
    await page.getByRole('button', { name: 'Model maken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Modelopzet' }).waitFor();

    await page.getByRole('tab', { name: 'Partijen' }).click();
    await page.getByRole('button', { name: 'Gezamenlijke partij toevoegen' }).click();
    await expect(page.getByLabel('Naam van ICT-centrum').inputValue()).resolves.toBe('ICT-centrum');

    await nav(page, 'Scenario’s');
    await page.getByLabel('Naam van het nieuwe scenario').fill('ICT-centrum');
    await page.getByRole('button', { name: 'Scenario toevoegen' }).click();
    await page.getByRole('heading', { level: 2, name: 'ICT-centrum' }).waitFor();

    await addLever(page, 'Kosten overdragen aan gezamenlijke partij');
    await page.getByRole('checkbox', { name: 'Datacommunicatie' }).check();
    await lever(
      page,
      'ICT-werkplek (hardware) en Datacommunicatie van Bloemendaal naar ICT-centrum vanaf 2027',
    ).waitFor();

    await addLever(page, 'Personeel wijzigen');
    await lever(page, 'Technisch beheer Bloemendaal naar 0 fte vanaf 2027').waitFor();

    await addLever(page, 'Personeel toevoegen');
    await typeInCell(page, 'Fte per jaar', 0, 1, '6,5');
    await lever(page, 'Technisch beheer ICT-centrum: 6,5 fte vanaf 2027').waitFor();

    await typeInCell(page, 'Eenmalige kosten — ICT-centrum', 1, 1, '300.000');
    await lever(page, 'Transitiekosten ICT-centrum 2027: € 300.000 eenmalig').waitFor();
    await expect(page.locator('dt:text-is("Investering") + dd').textContent()).resolves.toBe('€ 300.000');

    await nav(page, 'Verdeelsleutels');
    await page.getByLabel('Verdelen').selectOption({ label: 'naar werkplekken' });
    await expect
      .poll(() =>
        page
          .getByRole('table', { name: /Aandeel per gemeente per jaar/ })
          .getByRole('row')
          .count(),
      )
      .toBe(4);
    expect(await axeViolations(page)).toEqual([]);

    const saved = await saveModelFile(page);
    const model = JSON.parse(saved);
    expect(model.parties.map((p: { name: string }) => p.name)).toEqual([
      'Bloemendaal',
      'Heemstede',
      'Zandvoort',
      'ICT-centrum',
    ]);
    expect(model.parties[3].allocation.default.basis).toBe('workstations');
    expect(model.scenarios[1].changes.map((c: { op: string }) => c.op)).toEqual([
      'transfer',
      'setStaff',
      'addStaff',
      'addLine',
    ]);

    await page.getByRole('status').filter({ hasText: 'Alles opgeslagen' }).waitFor();
    await page.reload();
    await nav(page, 'Scenario’s');
    await page.getByRole('navigation', { name: 'Scenarioboom' }).getByRole('button', { name: 'ICT-centrum' }).click();
    await expect.poll(() => page.locator('.change-text').count()).toBe(4);
    await expect(saveModelFile(page)).resolves.toBe(saved);

    await nav(page, 'Start');
    await page.getByRole('heading', { level: 1, name: 'Welkom bij Kantelpunt' }).waitFor();
    await page
      .getByLabel('Bestand kiezen…')
      .setInputFiles({ name: 'drie-gemeenten.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
    await page.getByText('“Drie gemeenten” is geopend.').waitFor();
    await expect.poll(() => page.getByRole('row', { name: /Drie gemeenten/ }).count()).toBe(2);
    await expect(saveModelFile(page)).resolves.toBe(saved);
    expect(w.errors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.context.close();
  });
});
