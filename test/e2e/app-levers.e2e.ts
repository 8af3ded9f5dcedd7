/**
 * Deleting and moving a lever of the example keeps its ranges and workshop sliders sound: the
 * ranges and sliders on a deleted lever go with it (one undo step, with a notice), those on
 * later levers are renumbered, the results still compute; undo brings everything back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { evaluateModel } from '../../src/engine';
import { haarlemHaarlemmermeerWithRanges } from '../../src/examples';
import { formatMoney } from '../../src/i18n/format';
import { remapInputPaths } from '../../src/model';
import { removeChange } from '../../src/model';
import { closeClean, launch, nav, openApp } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const example = haarlemHaarlemmermeerWithRanges;
const ranges = example.uncertainty?.inputs ?? [];
const controls = example.workshop?.controls ?? [];
const s3 = example.scenarios.find((s) => s.id === 's3')!;
const onFirst = (path: string) => path.startsWith('scenarios.s3.changes.0.');
/** A path as it reads once the first lever of 3.0 is gone. */
const renumbered = (path: string) =>
  path.replace(/^scenarios\.s3\.changes\.(\d+)\./, (_, i: string) => `scenarios.s3.changes.${Number(i) - 1}.`);

const outcome = (page: Page, label: string) => page.locator(`dt:text-is("${label}") + dd`);

/** The range cards on the uncertainty screen: their names and paths. */
async function rangeCards(page: Page): Promise<{ names: string[]; paths: string[] }> {
  await nav(page, 'Onzekerheid');
  await page.getByRole('tab', { name: 'Bandbreedtes' }).click();
  const list = page.getByRole('list', { name: 'Bandbreedtes' });
  await list.waitFor();
  const cards = list.getByRole('listitem');
  return {
    names: await cards.locator('h3').allTextContents(),
    // The path is no text a person reads: the card carries it as data.
    paths: await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-path') ?? '')),
  };
}

async function sliderPaths(page: Page): Promise<string[]> {
  await nav(page, 'Workshop');
  const list = page.getByRole('list', { name: 'Regelaars' });
  await list.waitFor();
  return list.getByRole('listitem').evaluateAll((els) => els.map((e) => e.getAttribute('data-path') ?? ''));
}

async function openS3(page: Page) {
  await nav(page, 'Scenario’s');
  await page.getByRole('navigation', { name: 'Scenarioboom' }).getByRole('button', { name: s3.name }).click();
  await page.getByRole('heading', { level: 2, name: s3.name }).waitFor();
}

describe('levers with ranges on them', () => {
  it('deleting the first lever of 3.0 removes its ranges and sliders, renumbers the rest, keeps results; undo brings them back', async () => {
    const gone = ranges.filter((r) => onFirst(r.path));
    const goneControls = controls.filter((c) => onFirst(c.path));
    expect(gone.length).toBeGreaterThan(0);
    const w = await openApp(browser);
    const { page } = w;

    const before = await rangeCards(page);
    expect(before.paths).toEqual(ranges.map((r) => r.path));
    await expect(sliderPaths(page)).resolves.toEqual(controls.map((c) => c.path));

    await openS3(page);
    const first = page.locator('.change-card').first();
    const text = (await first.locator('.change-text').textContent()) ?? '';
    await first.getByRole('button', { name: `Verwijderen: ${text}` }).click();
    await expect.poll(() => page.locator('.change-card').count()).toBe(s3.changes!.length - 1);
    // Still computed: the scenario's outcome is a year or "not within …", not the error message.
    await expect(outcome(page, 'Terugverdiend in').textContent()).resolves.toMatch(/\S/);
    await expect(page.getByText('Geen uitkomst: het model bevat fouten.').count()).resolves.toBe(0);
    const notice = page.locator('.notice', { hasText: 'verwijderd met deze hefboom' });
    const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);
    const what = [
      gone.length > 0 ? count(gone.length, 'bandbreedte', 'bandbreedtes') : null,
      goneControls.length > 0 ? count(goneControls.length, 'workshopregelaar', 'workshopregelaars') : null,
    ]
      .filter(Boolean)
      .join(' en ');
    await expect(notice.locator('p').first().textContent()).resolves.toBe(
      `${what} verwijderd met deze hefboom. Ongedaan maken zet ze terug.`,
    );

    const after = await rangeCards(page);
    const kept = ranges.filter((r) => !onFirst(r.path));
    expect(after.names).toEqual(kept.map((r) => r.label ?? r.path));
    expect(after.paths).toEqual(kept.map((r) => renumbered(r.path)));
    await expect(page.locator('.range-card .field-error').count()).resolves.toBe(0);
    await expect(sliderPaths(page)).resolves.toEqual(
      controls.filter((c) => !onFirst(c.path)).map((c) => renumbered(c.path)),
    );

    // The results are those of the model without that lever (the engine run here in Node).
    const edited = remapInputPaths(example, (m) => removeChange(m, 's3', 0)).model;
    const npv = evaluateModel(edited).scenarios.find((s) => s.id === 's3')!.npv;
    await nav(page, 'Resultaten');
    await page.getByRole('tab', { name: 'Overzicht' }).waitFor();
    await expect(
      page.locator('table.key-figures tr[data-scenario="s3"] [data-figure="npv"]').first().textContent(),
    ).resolves.toBe(formatMoney(npv, 'nl'));
    await expect(page.getByText('Het model bevat fouten', { exact: false }).count()).resolves.toBe(0);

    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    const undone = await rangeCards(page);
    expect(undone).toEqual(before);
    await expect(sliderPaths(page)).resolves.toEqual(controls.map((c) => c.path));
    await closeClean(w);
  });

  it('moving the first lever of 3.0 down takes its ranges with it', async () => {
    const w = await openApp(browser);
    const { page } = w;
    await openS3(page);
    const text = (await page.locator('.change-card').first().locator('.change-text').textContent()) ?? '';
    await page.getByRole('button', { name: `Omlaag: ${text}` }).click();
    await expect(page.locator('.change-card').nth(1).locator('.change-text').textContent()).resolves.toBe(text);
    const swap = (p: string) =>
      p.replace(/^scenarios\.s3\.changes\.([01])\./, (_, i: string) => `scenarios.s3.changes.${1 - Number(i)}.`);
    const moved = await rangeCards(page);
    expect(moved.names).toEqual(ranges.map((r) => r.label ?? r.path));
    expect(moved.paths).toEqual(ranges.map((r) => swap(r.path)));
    await expect(page.locator('.range-card .field-error').count()).resolves.toBe(0);
    await expect(page.locator('.notice', { hasText: 'verwijderd' }).count()).resolves.toBe(0);
    await closeClean(w);
  });
});
