/**
 * The Results tabs at national scale (issue 19): on a model of 342 municipalities pasted on the
 * start screen, opening the allocation comparison, the staff view and the trace gives no task
 * on the main thread over 200 ms (PerformanceObserver 'longtask'). The allocation comparison has
 * the municipalities as rows — windowed (far fewer rendered than 342), largest difference between
 * the keys first, searchable by name — under a summary per key; the staff table per municipality
 * is windowed too, the trace lists its largest items.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { clipboardTable, nationalName } from '../support/national-table';
import { axeViolations, baseUrl, closeClean, launch, openPage } from './support/browser';
import { LONG_TASKS, longTasksOf, tabButton } from './support/long-tasks';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const COUNT = 342;
const name = nationalName;
const table = clipboardTable(COUNT);

/** Opens a tab and returns the long tasks from the click until a second after `ready` (CSS locators only). */
const openTab = (page: Page, tab: string, ready: () => Promise<void>): Promise<number[]> =>
  longTasksOf(page, () => tabButton(page, tab).click(), ready);

describe('the Results tabs of a national model', () => {
  it('open without a long task over 200 ms: allocation keys as windowed, searchable rows; staff; trace', async () => {
    const w = await openPage(browser);
    await w.context.addInitScript(LONG_TASKS);
    const { page } = w;
    await page.goto(baseUrl());
    await page.getByRole('button', { name: 'Tabel plakken of inlezen' }).click();
    await page.getByLabel(/^Tabel van gemeenten/).fill(table);
    await page.getByRole('button', { name: `Model maken (${COUNT} gemeenten)` }).click();
    await page.getByRole('heading', { level: 1, name: 'Resultaten' }).waitFor({ timeout: 30_000 });
    await page.locator('[data-figure="breakEven"]').nth(1).waitFor({ timeout: 60_000 });

    // Allocation keys compared.
    const ranking = page.getByRole('table', { name: /grootste verschil eerst \(342\)$/ });
    /** A windowed table's first row in the open tab (CSS: found while long tasks are measured). */
    const firstRow = page.locator('[role="tabpanel"] tbody tr[data-party]').first();
    const allocation = await openTab(page, 'Verdeelsleutels vergeleken', () => firstRow.waitFor({ timeout: 60_000 }));
    expect(allocation.filter((d) => d > 200)).toEqual([]);
    expect(await ranking.getAttribute('aria-rowcount')).toBe(String(COUNT + 1));
    const rendered = ranking.locator('tbody tr[data-party]');
    expect(await rendered.count()).toBeLessThan(60);
    await page
      .getByText(
        /^Alle kosten van .+ verdeeld volgens één sleutel: wat elke gemeente per sleutel t\/m \d{4} bespaart\./,
      )
      .waitFor();
    // Every key's answer to "does every municipality gain?" above the rows.
    const summary = page.getByRole('table', { name: /voordeel voor iedere gemeente, per verdeelsleutel$/ });
    expect(await summary.locator('tbody tr').count()).toBeGreaterThan(1);
    expect(await summary.locator('[data-figure="everyone"]').first().textContent()).toMatch(/^(ja|⚠ nee)$/);
    // Sorted by the difference between the keys, largest first.
    const spreads = await rendered
      .locator('[data-figure="spread"]')
      .allTextContents()
      .then((xs) => xs.map((x) => Number(x.replace(/[^\d,-]/g, '').replace(',', '.'))));
    expect(spreads).toEqual([...spreads].sort((a, b) => b - a));
    expect(await axeViolations(page)).toEqual([]);
    // Scrolled to the end (with the keyboard: the box takes the focus), the last rows are rendered.
    const box = page.getByRole('region', { name: /grootste verschil eerst \(342\)$/ });
    await box.focus();
    await page.keyboard.press('End');
    await expect
      .poll(() => ranking.locator('tbody tr[data-party]').last().getAttribute('aria-rowindex'))
      .toBe(String(COUNT + 1));
    // Searched by name: the one municipality.
    await page.getByLabel('Zoek een gemeente').fill('plaats 017');
    await page.getByText('1 van 342 gemeenten').waitFor();
    const found = page.getByRole('table', { name: /grootste verschil eerst \(1\)$/ });
    expect(await found.locator('tbody th').allTextContents()).toEqual([name(17)]);

    // Staff: the table per municipality windowed.
    const staff = page.getByRole('region', { name: /^Formatie per gemeente/ }).locator('table');
    const staffTasks = await openTab(page, 'Personeel', () => firstRow.waitFor({ timeout: 30_000 }));
    expect(staffTasks.filter((d) => d > 200)).toEqual([]);
    expect(await staff.getAttribute('aria-rowcount')).toBe(String(COUNT + 3));
    expect(await staff.locator('tbody tr[data-party]').count()).toBeLessThan(60);
    // All together in the foot, in view under the first rows without scrolling the box.
    const staffBox = staff.locator('xpath=..');
    const foot = staff.locator('tfoot tr[data-party="together"]');
    expect(await foot.getAttribute('aria-rowindex')).toBe(String(COUNT + 3));
    expect(await foot.locator('th').textContent()).toBe('Samen');
    const [boxRect, footRect] = await Promise.all([staffBox.boundingBox(), foot.boundingBox()]);
    expect(footRect!.y + footRect!.height).toBeLessThanOrEqual(boxRect!.y + boxRect!.height + 1);
    expect(footRect!.y).toBeGreaterThan(boxRect!.y + 33);

    // Trace: the largest items of the total.
    const traceTasks = await openTab(page, 'Herleiding', () =>
      page.locator('.trace-table tbody tr').first().waitFor({ timeout: 30_000 }),
    );
    expect(traceTasks.filter((d) => d > 200)).toEqual([]);
    expect(await page.locator('.trace-table tbody tr').count()).toBeLessThanOrEqual(100);
    await page.locator('[data-trace-shown]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await closeClean(w);
  });
});
